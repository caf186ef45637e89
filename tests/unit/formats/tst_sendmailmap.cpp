// SendmailMap (virtusertable, mailertable, ...) and SendmailList (class files):
// round trip, makemap errors, edits in the file's style, per-table warnings.
#include "sendmail/sendmaillist.h"
#include "sendmail/sendmailmap.h"

#include <QFile>
#include <QTest>

using namespace Mailwarden;

namespace {

QByteArray dataFile(const char *name)
{
    QFile file(QStringLiteral(MW_SOURCE_DIR "/tests/data/formats/sendmail/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSendmailMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("virtusertable") << QStringLiteral("virtusertable") << dataFile("virtusertable");
        QTest::newRow("mailertable-crlf")
            << QStringLiteral("mailertable") << QByteArray(".example.com\tsmtp:[relay.example.com]\r\n");
        QTest::newRow("authinfo-no-final-newline")
            << QStringLiteral("authinfo") << QByteArray("AuthInfo:relay.example.com \"U:me\" \"P:secret\" \"M:PLAIN\"");
        QTest::newRow("non-utf8") << QStringLiteral("genericstable") << QByteArray("j\xf6rg\tjoerg@example.com\n");
    }

    void roundTrip()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        const auto map = SendmailMap::parse(bytes, fileName);
        QVERIFY2(map, map ? "" : qPrintable(map.error().toString()));
        QCOMPARE(map->toBytes(), bytes);
    }

    void kindFromFileName()
    {
        QCOMPARE(SendmailMap::kindForFileName(QStringLiteral("/etc/mail/mailertable")), SendmailMap::Kind::Mailertable);
        QCOMPARE(SendmailMap::kindForFileName(QStringLiteral("virtusertable.txt")), SendmailMap::Kind::Virtusertable);
        QCOMPARE(SendmailMap::kindForFileName(QStringLiteral("other")), SendmailMap::Kind::Generic);
    }

    void warnings_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("virtuser-bad-key") << QStringLiteral("virtusertable") << QByteArray("# x\njoe\tbob\n") << 2 << 1;
        QTest::newRow("mailertable-no-mailer")
            << QStringLiteral("mailertable") << QByteArray(".example.com\trelay.example.com\n") << 1 << 14;
        QTest::newRow("domaintable-bad-domain")
            << QStringLiteral("domaintable") << QByteArray("old.example\tnew..example\n") << 1 << 13;
        QTest::newRow("authinfo-key") << QStringLiteral("authinfo") << QByteArray("relay.example.com\t\"U:me\"\n") << 1
                                      << 1;
    }

    void warnings()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        const QList<Diagnostic> diagnostics = SendmailMap::parse(bytes, fileName)->check();
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].line, line);
        QCOMPARE(diagnostics[0].column, column);
    }

    void duplicateKeysInSample()
    {
        const auto map = SendmailMap::parse(
            QByteArray(dataFile("virtusertable") + "Info@Example.com\tbob\n"), QStringLiteral("virtusertable"));
        const QList<Diagnostic> diagnostics = map->check();
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].line, 6);
    }

    void editsKeepStyle()
    {
        auto map = SendmailMap::parse(
            QByteArray(
                ".my.domain\t\txnet:%1.my.domain\nuuhost1.my.domain\tsuucp:uuhost1\n.bitnet\t\t\tsmtp:relay.bit.net\n"),
            QStringLiteral("mailertable"));
        QVERIFY(map->addEntry(".example.org", "esmtp:[mx.example.org]"));
        QVERIFY(map->setValue("UUHOST1.my.domain", "uucp-dom:uuhost1"));
        QVERIFY(map->removeEntry(".bitnet"));
        QCOMPARE(map->toBytes(),
            QByteArray(".my.domain\t\txnet:%1.my.domain\nuuhost1.my.domain\tuucp-dom:uuhost1\n.example.org\t\tesmtp:["
                       "mx.example.org]\n"));
    }

    void listRoundTripAndItems()
    {
        const QByteArray bytes = dataFile("relay-domains");
        const auto list = SendmailList::parse(bytes, QStringLiteral("relay-domains"));
        QCOMPARE(list->toBytes(), bytes);
        const QList<SendmailList::Item> items = list->items();
        QCOMPARE(items.size(), 6);
        QCOMPARE(items[5], (SendmailList::Item {"other.example.com", 6, 17}));
        QCOMPARE(list->check(), QList<Diagnostic>());
    }

    void listEdits_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QByteArray>("edit");
        QTest::newRow("add-after-last") << QByteArray("a.example\n# end\n")
                                        << QByteArray("a.example\nb.example\n# end\n") << QByteArray("+b.example");
        QTest::newRow("remove-alone") << QByteArray("a.example\nb.example\n") << QByteArray("b.example\n")
                                      << QByteArray("-A.example");
        QTest::newRow("remove-first-of-two")
            << QByteArray("a.example  b.example\n") << QByteArray("b.example\n") << QByteArray("-a.example");
        QTest::newRow("remove-last-of-two")
            << QByteArray("a.example  b.example \n") << QByteArray("a.example \n") << QByteArray("-b.example");
    }

    void listEdits()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QByteArray, edit);
        auto list = SendmailList::parse(before, QStringLiteral("local-host-names"));
        QVERIFY(edit.startsWith('+') ? list->add(edit.mid(1)) : list->remove(edit.mid(1)));
        QCOMPARE(list->toBytes(), after);
    }

    void listWarnings()
    {
        auto hosts
            = SendmailList::parse(QByteArray("a.example\nA.EXAMPLE\nbad_host!\n"), QStringLiteral("relay-domains"));
        const QList<Diagnostic> diagnostics = hosts->check();
        QCOMPARE(diagnostics.size(), 2);
        QCOMPARE(diagnostics[0].line, 2);
        QCOMPARE(diagnostics[1].line, 3);
        auto users = SendmailList::parse(QByteArray("root\nsmmsp\n"), QStringLiteral("trusted-users"));
        QCOMPARE(users->kind(), SendmailList::Kind::Users);
        QCOMPARE(users->check(), QList<Diagnostic>());
    }
};

QTEST_GUILESS_MAIN(TestSendmailMap)
#include "tst_sendmailmap.moc"
