// Shared building blocks: logical lines, RecordDocument edits, separator style, validators.
#include "formats/logicallinesplitter.h"
#include "formats/separatorstyle.h"
#include "formats/validators.h"

#include <QTest>

using namespace Mailwarden;

class TestSharedFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split()
    {
        const RecordDocument doc = splitLogicalLines("a\n  b\n# c\n  d\n\n# e\n  f\n");
        QCOMPARE(doc.size(), 1); // comment and blank lines between continuation lines stay inside (Postfix)
        QCOMPARE(doc.text(0), QByteArrayView("a\n  b\n# c\n  d\n\n# e\n  f"));
        const RecordDocument sendmail = splitLogicalLines("a\n# c\n  d\n", {true, false, '#'});
        QCOMPARE(sendmail.size(), 3);
        QCOMPARE(sendmail.kind(2), quint8(RecordKind::Orphan));
    }

    void edits()
    {
        RecordDocument doc = splitLogicalLines("a\r\nb");
        doc.append("c\nd", quint8(RecordKind::Content));
        QCOMPARE(doc.toBytes(), QByteArray("a\r\nb\r\nc\r\nd\r\n"));
        doc.replace(0, "x", quint8(RecordKind::Content));
        doc.remove(1);
        QCOMPARE(doc.toBytes(), QByteArray("x\r\nc\r\nd\r\n"));
    }

    void editKeepsTheLinesOwnEnding()
    {
        // A file that mixes LF and CRLF: the edited line keeps its own ending.
        RecordDocument doc = splitLogicalLines("a\nb\r\nc\n");
        doc.replace(1, "x", quint8(RecordKind::Content));
        QCOMPARE(doc.toBytes(), QByteArray("a\nx\r\nc\n"));
    }

    void editKeepsLoneCarriageReturn()
    {
        RecordDocument doc = splitLogicalLines("k\rv old\n");
        doc.replace(0, "k\rv new", quint8(RecordKind::Content));
        QCOMPARE(doc.toBytes(), QByteArray("k\rv new\n"));
    }

    void separatorIgnoresNonBlankSamples()
    {
        SeparatorStyle style(" ");
        style.addSample("key", "\r");
        style.addSample("other", "\f");
        QCOMPARE(style.separatorFor("new"), QByteArray(" "));
    }

    void separator()
    {
        SeparatorStyle aligned(" ");
        aligned.addSample("a", "       ");
        aligned.addSample("bbb", "     ");
        QCOMPARE(aligned.separatorFor("cc"), QByteArray("      "));
        SeparatorStyle tabs(" ");
        tabs.addSample("a", "\t");
        tabs.addSample("bbbbbbbbbb", "\t");
        QCOMPARE(tabs.separatorFor("x"), QByteArray("\t"));
    }

    void validators_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ipv4");
        QTest::addColumn<bool>("ipv6");
        QTest::addColumn<bool>("cidr");
        QTest::newRow("ipv4") << QByteArray("192.0.2.1") << true << false << true;
        QTest::newRow("ipv4-octet-too-big") << QByteArray("192.0.2.256") << false << false << false;
        QTest::newRow("ipv4-net") << QByteArray("192.0.2.0/24") << false << false << true;
        QTest::newRow("ipv4-prefix-too-big") << QByteArray("192.0.2.0/33") << false << false << false;
        QTest::newRow("ipv6") << QByteArray("2001:db8::1") << false << true << true;
        QTest::newRow("ipv6-v4-tail") << QByteArray("::ffff:192.0.2.1") << false << true << true;
        QTest::newRow("ipv6-two-gaps") << QByteArray("1::2::3") << false << false << false;
        QTest::newRow("ipv6-bracketed-net") << QByteArray("[2001:db8::]/32") << false << false << true;
    }
    void validators()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ipv4);
        QFETCH(bool, ipv6);
        QFETCH(bool, cidr);
        QCOMPARE(Validators::isIPv4(text), ipv4);
        QCOMPARE(Validators::isIPv6(text), ipv6);
        QCOMPARE(Validators::isCidr(text), cidr);
    }

    void domainsAndAddresses()
    {
        QVERIFY(Validators::isDomain("mail.example.com"));
        QVERIFY(Validators::isDomain(".example.com", true));
        QVERIFY(!Validators::isDomain("-bad.example"));
        QVERIFY(!Validators::isDomain("a..b"));
        QVERIFY(Validators::isAddress("user@example.com"));
        QVERIFY(Validators::isAddress("user@[192.0.2.1]"));
        QVERIFY(Validators::isAddress("@example.com", true));
        QVERIFY(!Validators::isAddress("us er@example.com"));
        QVERIFY(!Validators::isAddress("user@exa mple.com"));
    }
};

QTEST_GUILESS_MAIN(TestSharedFormats)
#include "tst_sharedformats.moc"
