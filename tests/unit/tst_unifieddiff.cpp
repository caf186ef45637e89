// UnifiedDiff: exact output for hand-checked cases (each equal to GNU diff -u's
// hunks for the same files), and a property check over many random edits with a
// fixed seed: applying the diff to the old text gives the new text.
#include "core/unifieddiff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Mailwarden;

namespace {

// Applies a unified diff produced by UnifiedDiff to \a before (test oracle).
QByteArray applyDiff(const QByteArray &before, const QByteArray &diff)
{
    QList<QByteArray> a;
    for (qsizetype s = 0; s < before.size();) {
        const qsizetype nl = before.indexOf('\n', s);
        const qsizetype e = nl < 0 ? before.size() : nl + 1;
        a.append(before.mid(s, e - s));
        s = e;
    }
    QByteArray out;
    qsizetype pos = 0; // next line of a to copy
    const QList<QByteArray> lines = diff.split('\n');
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QByteArray &l = lines[i];
        if (l.startsWith("@@ -")) {
            const QByteArray spec = l.mid(4, l.indexOf(' ', 4) - 4);
            const QList<QByteArray> p = spec.split(',');
            qsizetype start = p[0].toLongLong();
            const qsizetype count = p.size() > 1 ? p[1].toLongLong() : 1;
            if (count > 0)
                --start;
            while (pos < start)
                out += a[pos++];
        } else if (l.startsWith(' ') || l.startsWith('-') || l.startsWith('+')) {
            const bool noNewline = i + 1 < lines.size() && lines[i + 1].startsWith("\\ No newline");
            const QByteArray text = l.mid(1) + (noNewline ? "" : "\n");
            if (l.startsWith('+')) {
                out += text;
            } else {
                if (a.value(pos) != text)
                    return "MISMATCH at line " + QByteArray::number(pos + 1);
                if (l.startsWith(' '))
                    out += text;
                ++pos;
            }
        }
    }
    while (pos < a.size())
        out += a[pos++];
    return out;
}

} // namespace

class TestUnifiedDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exact_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("equal") << QByteArray("a\nb\n") << QByteArray("a\nb\n") << QByteArray();
        QTest::newRow("one-line-in-the-middle")
            << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n") << QByteArray("1\n2\n3\n4\nfive\n6\n7\n8\n9\n")
            << QByteArray("--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
        QTest::newRow("insert-at-start") << QByteArray("a\nb\n") << QByteArray("x\na\nb\n")
                                         << QByteArray("--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n+x\n a\n b\n");
        QTest::newRow("into-empty") << QByteArray() << QByteArray("a\n")
                                    << QByteArray("--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+a\n");
        QTest::newRow("to-empty") << QByteArray("a\nb\n") << QByteArray()
                                  << QByteArray("--- a/f\n+++ b/f\n@@ -1,2 +0,0 @@\n-a\n-b\n");
        QTest::newRow("no-final-newline")
            << QByteArray("a\nb") << QByteArray("a\nb\n")
            << QByteArray("--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
        QTest::newRow("crlf-line") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\n")
                                   << QByteArray("--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+b\n");
        QTest::newRow("two-hunks") << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n")
                                   << QByteArray("one\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\ntwelve\n")
                                   << QByteArray("--- a/f\n+++ b/f\n@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4\n@@ -9,4 "
                                                 "+9,4 @@\n 9\n 10\n 11\n-12\n+twelve\n");
    }

    void exact()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QByteArray, expected);
        QCOMPARE(UnifiedDiff::diff(before, after, QStringLiteral("f")), expected);
    }

    void randomEditsApply_data()
    {
        QTest::addColumn<qsizetype>("maxEdits");
        QTest::newRow("shortest") << qsizetype(4000);
        QTest::newRow("bounded-fallback") << qsizetype(3);
    }

    void randomEditsApply()
    {
        QFETCH(qsizetype, maxEdits);
        QRandomGenerator rng(20261205); // fixed: the check is deterministic
        for (int round = 0; round < 400; ++round) {
            QList<QByteArray> lines;
            const int n = int(rng.bounded(40));
            for (int i = 0; i < n; ++i)
                lines.append("l" + QByteArray::number(rng.bounded(8)) + (rng.bounded(10) == 0 ? "\r\n" : "\n"));
            QByteArray before = lines.join();
            const int edits = int(rng.bounded(6));
            for (int e = 0; e < edits; ++e) {
                const int at = lines.isEmpty() ? 0 : int(rng.bounded(qsizetype(lines.size())));
                switch (rng.bounded(3)) {
                case 0:
                    lines.insert(at, "new" + QByteArray::number(e) + '\n');
                    break;
                case 1:
                    if (!lines.isEmpty())
                        lines.removeAt(at);
                    break;
                default:
                    if (!lines.isEmpty())
                        lines[at] = "changed\n";
                }
            }
            QByteArray after = lines.join();
            if (rng.bounded(5) == 0 && after.endsWith('\n'))
                after.chop(1);
            if (rng.bounded(5) == 0 && before.endsWith('\n'))
                before.chop(1);
            const QByteArray d = UnifiedDiff::diff(before, after, QStringLiteral("f"), int(rng.bounded(4)), maxEdits);
            QCOMPARE(applyDiff(before, d), after);
            const UnifiedDiff::Stats s = UnifiedDiff::stats(before, after, maxEdits);
            qsizetype added = 0, removed = 0;
            const QList<QByteArray> out = d.split('\n');
            for (qsizetype k = 2; k < out.size(); ++k) { // after the ---/+++ header
                added += out[k].startsWith('+');
                removed += out[k].startsWith('-');
            }
            QCOMPARE(added, s.added);
            QCOMPARE(removed, s.removed);
        }
    }

    // A one-line change in a large table: only that line and its context.
    void largeFileOneLine()
    {
        QByteArray before;
        for (int i = 0; i < 200000; ++i)
            before += "key" + QByteArray::number(i) + " OK\n";
        QByteArray after = before;
        after.replace("key100000 OK\n", "key100000 REJECT\n");
        const QByteArray d = UnifiedDiff::diff(before, after, QStringLiteral("access"));
        QCOMPARE(d.count('\n'), 3 + 3 + 2 + 3);
        QVERIFY(d.contains("@@ -99998,7 +99998,7 @@\n"));
        QVERIFY(d.contains("\n-key100000 OK\n+key100000 REJECT\n"));
    }
};

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
