// LineSplitter, which every reader of untrusted lines shares (RemoteStream,
// the stats readers): a line without end is cut at the bound and counted,
// memory never holds more than one bound, and every byte is scanned once.
#include "core/linesplitter.h"

#include <QTest>

using namespace Mailwarden;

class TestLineSplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsAtEveryChunkBoundary_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArrayList>("lines");
        QTest::newRow("plain") << QByteArray("a\nbb\nccc\n") << QByteArrayList {"a", "bb", "ccc"};
        QTest::newRow("empty-lines") << QByteArray("\n\nx\n\n") << QByteArrayList {"", "", "x", ""};
        QTest::newRow("unterminated-last") << QByteArray("a\nrest") << QByteArrayList {"a", "rest"};
        QTest::newRow("crlf-keeps-cr") << QByteArray("a\r\nb\r\n") << QByteArrayList {"a\r", "b\r"};
        QTest::newRow("exactly-at-bound") << QByteArray("12345678\nx\n") << QByteArrayList {"12345678", "x"};
        QTest::newRow("one-over-bound-is-cut") << QByteArray("123456789\nx\n") << QByteArrayList {"12345678", "x"};
        QTest::newRow("long-unterminated-last") << QByteArray("ab\n1234567890abc") << QByteArrayList {"ab", "12345678"};
    }
    // Whatever the chunks, the same lines: every split point of the text.
    void splitsAtEveryChunkBoundary()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArrayList, lines);
        for (qsizetype a = 0; a <= text.size(); ++a) {
            for (qsizetype b = a; b <= text.size(); ++b) {
                LineSplitter splitter(8);
                QByteArrayList got;
                auto collect = [&got](QByteArrayView line) { got << line.toByteArray(); };
                splitter.feed(QByteArrayView(text).first(a), collect);
                splitter.feed(QByteArrayView(text).sliced(a, b - a), collect);
                splitter.feed(QByteArrayView(text).sliced(b), collect);
                splitter.finish(collect);
                QCOMPARE(got, lines);
                QVERIFY(splitter.pendingSize() <= 8);
                QCOMPARE(splitter.scannedBytes(), text.size());
            }
        }
    }

    void multiMegabyteLineIsCutAndCounted_data()
    {
        QTest::addColumn<LineSplitter::Overlong>("policy");
        QTest::newRow("cut") << LineSplitter::Overlong::Cut;
        QTest::newRow("drop") << LineSplitter::Overlong::Drop;
    }
    void multiMegabyteLineIsCutAndCounted()
    {
        QFETCH(LineSplitter::Overlong, policy);
        LineSplitter splitter(LineSplitter::kDefaultMaxLineLength, policy);
        QByteArrayList got;
        auto collect = [&got](QByteArrayView line) { got << line.toByteArray(); };
        const QByteArray chunk(4096, 'x');
        constexpr int kChunks = 5 * 256; // 5 MiB, no line feed
        for (int i = 0; i < kChunks; ++i) {
            splitter.feed(chunk, collect);
            QVERIFY(splitter.pendingSize() <= LineSplitter::kDefaultMaxLineLength);
        }
        QVERIFY(got.isEmpty());
        splitter.feed("\nnext\n", collect);
        QCOMPARE(splitter.overlongLines(), 1);
        QCOMPARE(splitter.pendingSize(), 0);
        if (policy == LineSplitter::Overlong::Cut)
            QCOMPARE(got, (QByteArrayList {QByteArray(LineSplitter::kDefaultMaxLineLength, 'x'), "next"}));
        else
            QCOMPARE(got, QByteArrayList {"next"});
        // Linear: each byte searched once, not the carried line again per chunk.
        QCOMPARE(splitter.scannedBytes(), qint64(kChunks) * chunk.size() + 6);
    }

    // A long line inside one chunk is cut without being carried.
    void longLineInsideOneChunk()
    {
        LineSplitter splitter(16);
        QByteArrayList got;
        splitter.feed(
            QByteArray(QByteArray(1000, 'y') + "\nok\n"), [&got](QByteArrayView line) { got << line.toByteArray(); });
        QCOMPARE(got, (QByteArrayList {QByteArray(16, 'y'), "ok"}));
        QCOMPARE(splitter.overlongLines(), 1);
    }

    void millionShortLines()
    {
        QByteArray text;
        for (int i = 0; i < 1000000; ++i)
            text += "line " + QByteArray::number(i) + '\n';
        LineSplitter splitter;
        qint64 count = 0;
        qint64 bytes = 0;
        QByteArray last;
        auto collect = [&](QByteArrayView line) {
            ++count;
            bytes += line.size();
            if (count == 1000000)
                last = line.toByteArray();
        };
        for (qsizetype at = 0; at < text.size(); at += 65521) // a prime: lines straddle every chunk
            splitter.feed(QByteArrayView(text).sliced(at, qMin<qsizetype>(65521, text.size() - at)), collect);
        splitter.finish(collect);
        QCOMPARE(count, 1000000);
        QCOMPARE(bytes, text.size() - 1000000);
        QCOMPARE(last, QByteArray("line 999999"));
        QCOMPARE(splitter.overlongLines(), 0);
        QCOMPARE(splitter.scannedBytes(), text.size());
    }
};

QTEST_GUILESS_MAIN(TestLineSplitter)
#include "tst_linesplitter.moc"
