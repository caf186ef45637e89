// MTA detection decides by what runs and what is configured, never by an
// installed program alone (Webmin took a Sendmail host with a stray postconf
// for Postfix). The probe's output is the input here; tst_mtadetect runs the
// probe on the real lab hosts.
#include "mta/mtadetection.h"

#include <QTest>

using namespace Mailwarden;

class TestMtaDetection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<QByteArray>("probe");
        QTest::addColumn<MtaKind>("kind");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("running");
        QTest::addColumn<int>("warnings");
        const QByteArray visible = "processes=visible\n";
        QTest::newRow("postfix-lab") << visible
                + "running=postfix\npostfix.config=/etc/postfix/main.cf\n"
                  "postfix.version=3.10.13\nhostname=postfix.lab.test\n"
                                     << MtaKind::Postfix << QStringLiteral("3.10.13") << true << 0;
        QTest::newRow("sendmail-lab") << visible
                + "running=sendmail\nsendmail.config=/etc/mail/sendmail.cf\n"
                  "sendmail.version=8.18.1/Debian-6\n"
                                      << MtaKind::Sendmail << QStringLiteral("8.18.1/Debian-6") << true << 0;
        QTest::newRow("qmail-lab") << visible + "running=qmail\nqmail.config=/var/qmail/control/me\n"
                                   << MtaKind::Qmail << QString() << true << 0;
        // postconf installed (postfix.version printed) but no main.cf, Sendmail running
        QTest::newRow("stray-postconf-on-sendmail")
            << visible + "running=sendmail\npostfix.version=3.7.11\nsendmail.config=/etc/mail/sendmail.cf\n"
            << MtaKind::Sendmail << QString() << true << 0;
        // a leftover main.cf of a removed Postfix, Sendmail running: Sendmail, with a warning
        QTest::newRow("leftover-postfix-config") << visible
                + "running=sendmail\npostfix.config=/etc/postfix/main.cf\nsendmail.config=/etc/mail/sendmail.cf\n"
                                                 << MtaKind::Sendmail << QString() << true << 1;
        // qmail hosts carry a sendmail wrapper; nothing Sendmail-like runs
        QTest::newRow("qmail-with-sendmail-wrapper") << visible + "running=qmail\nqmail.config=/var/qmail/control/me\n"
                                                     << MtaKind::Qmail << QString() << true << 0;
        QTest::newRow("postfix-stopped") << visible + "postfix.config=/etc/postfix/main.cf\npostfix.version=3.10.13\n"
                                         << MtaKind::Postfix << QStringLiteral("3.10.13") << false << 1;
        QTest::newRow("processes-hidden")
            << QByteArray("postfix.config=/etc/postfix/main.cf\n") << MtaKind::Postfix << QString() << false << 1;
        QTest::newRow("two-running") << visible + "running=postfix\nrunning=sendmail\n"
                                     << MtaKind::Unknown << QString() << false << 1;
        QTest::newRow("two-configured-none-running")
            << visible + "postfix.config=/etc/postfix/main.cf\nsendmail.config=/etc/mail/sendmail.cf\n"
            << MtaKind::Unknown << QString() << false << 1;
        QTest::newRow("nothing") << visible + "hostname=x\n" << MtaKind::Unknown << QString() << false << 1;
        QTest::newRow("garbage") << QByteArray("\x01=\n=x\nrunning\nrunning=exim\npostfix.config=\n")
                                 << MtaKind::Unknown << QString() << false << 1;
    }

    void decide()
    {
        QFETCH(QByteArray, probe);
        QFETCH(MtaKind, kind);
        QFETCH(QString, version);
        QFETCH(bool, running);
        QFETCH(int, warnings);
        const MtaDetection d = detectMta(MtaEvidence::parse(probe));
        QCOMPARE(mtaKindName(d.kind), mtaKindName(kind));
        QCOMPARE(d.version, version);
        QCOMPARE(d.running, running);
        QCOMPARE(d.warnings.size(), warnings);
        if (kind != MtaKind::Unknown)
            QVERIFY(!d.reasons.isEmpty());
    }

    void hostName()
    {
        QCOMPARE(MtaEvidence::parse("hostname=mail.example.com\n").hostName, QStringLiteral("mail.example.com"));
    }
};

QTEST_GUILESS_MAIN(TestMtaDetection)
#include "tst_mtadetection.moc"
