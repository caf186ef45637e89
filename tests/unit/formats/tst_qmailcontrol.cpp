// QmailControl (one value per line), QmailVirtualDomains and QmailSmtpRoutes:
// round trip, "key:value" errors, edits, warnings per file.
#include "qmail/qmailcontrol.h"
#include "qmail/qmailsmtproutes.h"
#include "qmail/qmailvirtualdomains.h"

#include <QFile>
#include <QTest>

using namespace Mailwarden;

namespace {

QByteArray dataFile(const char *name)
{
    QFile file(QStringLiteral(MW_SOURCE_DIR "/tests/data/formats/qmail/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestQmailControl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("rcpthosts") << QStringLiteral("control") << dataFile("rcpthosts");
        QTest::newRow("virtualdomains") << QStringLiteral("virtualdomains") << dataFile("virtualdomains");
        QTest::newRow("smtproutes") << QStringLiteral("smtproutes") << dataFile("smtproutes");
        QTest::newRow("crlf-trailing-blanks") << QStringLiteral("virtualdomains") << QByteArray("a.example:a \t\r\n:b");
        QTest::newRow("non-utf8") << QStringLiteral("control") << QByteArray("220 \xe9t\xe9 ESMTP");
        QTest::newRow("empty") << QStringLiteral("smtproutes") << QByteArray();
    }

    void roundTrip()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, bytes);
        QByteArray written;
        if (type == QLatin1String("control"))
            written = QmailControl::parse(bytes, QStringLiteral("rcpthosts"))->toBytes();
        else if (type == QLatin1String("virtualdomains"))
            written = QmailVirtualDomains::parse(bytes)->toBytes();
        else
            written = QmailSmtpRoutes::parse(bytes)->toBytes();
        QCOMPARE(written, bytes);
    }

    void controlValues()
    {
        const auto me = QmailControl::parse(
            QByteArray("mail.example.com  \n# nothing\n"), QStringLiteral("/var/qmail/control/me"));
        QCOMPARE(me->kind(), QmailControl::Kind::Text);
        QCOMPARE(me->value(), std::optional<QByteArray>("mail.example.com"));
        const auto rcpt = QmailControl::parse(dataFile("rcpthosts"), QStringLiteral("rcpthosts"));
        QCOMPARE(rcpt->values().size(), 3);
        QCOMPARE(rcpt->values()[1], (QmailControl::Value {".example.com", 3}));
        QCOMPARE(rcpt->check(), QList<Diagnostic>());
    }

    void controlEdits()
    {
        auto rcpt = QmailControl::parse(dataFile("rcpthosts"), QStringLiteral("rcpthosts"));
        QVERIFY(rcpt->add("example.net"));
        QVERIFY(!rcpt->add("EXAMPLE.net"));
        QVERIFY(rcpt->remove("localhost"));
        QCOMPARE(rcpt->toBytes(), QByteArray("# accept mail for\nexample.com\n.example.com\nexample.net\n"));
        auto bytes = QmailControl::parse(QByteArray("1000000\n"), QStringLiteral("databytes"));
        QVERIFY(bytes->setValue("20000000"));
        QCOMPARE(bytes->toBytes(), QByteArray("20000000\n"));
    }

    void controlWarnings_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::newRow("databytes-not-a-number") << QStringLiteral("databytes") << QByteArray("10M\n") << 1;
        QTest::newRow("me-second-line") << QStringLiteral("me") << QByteArray("a.example\nb.example\n") << 2;
        QTest::newRow("rcpthosts-bad-host") << QStringLiteral("rcpthosts") << QByteArray("ok.example\nbad host\n") << 2;
        QTest::newRow("badmailfrom") << QStringLiteral("badmailfrom") << QByteArray("@spam.example\nnot an address\n")
                                     << 2;
        QTest::newRow("locals-duplicate") << QStringLiteral("locals") << QByteArray("a.example\nA.example\n") << 2;
    }

    void controlWarnings()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        const QList<Diagnostic> diagnostics = QmailControl::parse(bytes, fileName)->check();
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].line, line);
    }

    void colonErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("missing-colon") << QByteArray("a.example:x\n# c\nb.example  \n") << 3 << 10;
    }

    void colonErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        for (const auto &error : {QmailVirtualDomains::parse(bytes, QStringLiteral("vd")).error(),
                 QmailSmtpRoutes::parse(bytes, QStringLiteral("vd")).error()}) {
            QCOMPARE(error.line, line);
            QCOMPARE(error.column, column);
        }
    }

    void virtualDomains()
    {
        auto vd = QmailVirtualDomains::parse(dataFile("virtualdomains"));
        QCOMPARE(vd->entries().size(), 4);
        QCOMPARE(vd->find("POSTMASTER@example.com")->prepend, QByteArray());
        QCOMPARE(vd->check(), QList<Diagnostic>());
        QVERIFY(vd->addEntry("example.net", "net"));
        QVERIFY(vd->setPrepend("example.com", "joe-com"));
        QVERIFY(vd->removeEntry(".example.org"));
        QCOMPARE(vd->toBytes(),
            QByteArray(
                "# virtual domains\nexample.com:joe-com\npostmaster@example.com:\nexample.net:net\n:alias-catchall\n"));
    }

    void smtpRoutes()
    {
        auto routes = QmailSmtpRoutes::parse(dataFile("smtproutes"));
        const QList<QmailSmtpRoutes::Route> list = routes->routes();
        QCOMPARE(list.size(), 5);
        QCOMPARE(list[0], (QmailSmtpRoutes::Route {"inside.example.com", "firewall.example.com", "26", 1}));
        QCOMPARE(list[1].relay, QByteArray());
        QCOMPARE(list[3], (QmailSmtpRoutes::Route {"v6.example.com", "[2001:db8::1]", "587", 4}));
        QCOMPARE(list[4].host, QByteArray());
        QCOMPARE(routes->check(), QList<Diagnostic>());
        QVERIFY(routes->addRoute("new.example.com", "relay.example.com", "2525"));
        QVERIFY(routes->setRoute(".example.org", "mx.example.org"));
        QVERIFY(!routes->addRoute("x.example", "a:b"));
        QCOMPARE(routes->toBytes(),
            QByteArray(
                "inside.example.com:firewall.example.com:26\n.example.org:mx.example.org\n[192.0.2.1]:relay.example."
                "net\n"
                "v6.example.com:[2001:db8::1]:587\nnew.example.com:relay.example.com:2525\n:smarthost.example.net\n"));
        const QList<Diagnostic> bad = QmailSmtpRoutes::parse(QByteArray("a.example:relay.example:99999\n:\n"))->check();
        QCOMPARE(bad.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestQmailControl)
#include "tst_qmailcontrol.moc"
