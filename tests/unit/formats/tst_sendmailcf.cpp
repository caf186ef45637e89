// SendmailCf: verbatim lines, option lines, PrivacyOptions as a set of flags.
#include "sendmail/sendmailcf.h"

#include "testsupport.h"
#include <QFile>

#include <QTest>

using namespace Mailwarden;

namespace {

QByteArray dataFile(const char *name)
{
    QFile file(QStringLiteral(MW_SOURCE_DIR "/tests/data/formats/sendmail/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

SendmailCf parsed(const QByteArray &bytes)
{
    return MW_PARSED_OR_FAIL(SendmailCf::parse(bytes, QStringLiteral("sendmail.cf")));
}

} // namespace

class TestSendmailCf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("lab-file") << dataFile("sendmail.cf");
        QTest::newRow("crlf-no-final-newline") << QByteArray("O PrivacyOptions=goaway\r\nDj$w");
        QTest::newRow("non-utf8") << QByteArray("DZ\xe9\xff\n");
    }

    void roundTrip()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(parsed(bytes).toBytes(), bytes);
    }

    void reject_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::newRow("unknown-command") << QByteArray("V10\nX what\n") << 2;
        QTest::newRow("continuation-first") << QByteArray("\tP=/bin/true\n") << 1;
    }

    void reject()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        const auto cf = SendmailCf::parse(bytes, QStringLiteral("sendmail.cf"));
        QVERIFY(!cf);
        QCOMPARE(cf.error().line, line);
        QCOMPARE(cf.error().column, 1);
    }

    void options()
    {
        const SendmailCf cf = parsed(dataFile("sendmail.cf"));
        QCOMPARE(cf.options().size(), 3);
        QCOMPARE(cf.option("timeout.queuereturn"), std::optional<QByteArray>("5d"));
        QCOMPARE(cf.privacyFlags(), (QList<QByteArray> {"authwarnings", "noexpn", "novrfy"}));
        QCOMPARE(cf.check(), QList<Diagnostic>());
    }

    void privacyFlags_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("flag");
        QTest::addColumn<bool>("on");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("add-comma") << QByteArray("O PrivacyOptions=authwarnings,noexpn\n") << QByteArray("novrfy")
                                   << true << QByteArray("O PrivacyOptions=authwarnings,noexpn,novrfy\n");
        QTest::newRow("add-comma-space") << QByteArray("O PrivacyOptions=a, b  \r\n") << QByteArray("goaway") << true
                                         << QByteArray("O PrivacyOptions=a, b, goaway  \r\n");
        QTest::newRow("remove-middle") << QByteArray("O PrivacyOptions=a, noexpn, c\n") << QByteArray("NOEXPN") << false
                                       << QByteArray("O PrivacyOptions=a, c\n");
        QTest::newRow("remove-last") << QByteArray("O PrivacyOptions=a,b\n") << QByteArray("b") << false
                                     << QByteArray("O PrivacyOptions=a\n");
        QTest::newRow("add-missing-option")
            << QByteArray("V10\nO QueueDirectory=/q\nR$* $@ $1\n") << QByteArray("goaway") << true
            << QByteArray("V10\nO QueueDirectory=/q\nO PrivacyOptions=goaway\nR$* $@ $1\n");
        QTest::newRow("last-line-wins") << QByteArray("O PrivacyOptions=a\nO PrivacyOptions=b\n") << QByteArray("c")
                                        << true << QByteArray("O PrivacyOptions=a\nO PrivacyOptions=b,c\n");
    }

    void privacyFlags()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, flag);
        QFETCH(bool, on);
        QFETCH(QByteArray, after);
        SendmailCf cf = parsed(before);
        QVERIFY(cf.setPrivacyFlag(flag, on));
        QCOMPARE(cf.toBytes(), after);
        QVERIFY(!cf.setPrivacyFlag(flag, on)); // already so: nothing to change
        QCOMPARE(cf.toBytes(), after);
    }

    void setOption()
    {
        SendmailCf cf = parsed("# c\nO Timeout.queuereturn = 5d\nO X=1\n");
        QVERIFY(cf.setOption("timeout.queuereturn", "2d"));
        QCOMPARE(cf.toBytes(), QByteArray("# c\nO Timeout.queuereturn = 2d\nO X=1\n"));
        QVERIFY(cf.removeOption("X"));
        QCOMPARE(cf.toBytes(), QByteArray("# c\nO Timeout.queuereturn = 2d\n"));
        QVERIFY(!cf.setOption("Y", "a\nb"));
    }

    void warnings()
    {
        const QList<Diagnostic> diagnostics
            = parsed("O PrivacyOptions=goaway,nosuchflag\nO PrivacyOptions=noexpn\n").check();
        QCOMPARE(diagnostics.size(), 2);
        QCOMPARE(diagnostics[0].line, 1);
        QVERIFY(diagnostics[0].message.contains(QLatin1String("nosuchflag")));
        QCOMPARE(diagnostics[1].line, 2);
    }

    // Options that sendmail takes more than once: a daemon per DaemonPortOptions
    // line, ClientPortOptions per address family. Only a real repeat warns.
    void repeatedOptions_data()
    {
        QTest::addColumn<QByteArray>("cf");
        QTest::addColumn<QList<int>>("warnedLines");
        QTest::newRow("mta-and-msa") << QByteArray("O DaemonPortOptions=Port=smtp,Addr=127.0.0.1, Name=MTA\n"
                                                   "O DaemonPortOptions=Port=submission, Name=MSA, M=Ea\n")
                                     << QList<int> {};
        QTest::newRow("same-daemon-name") << QByteArray("O DaemonPortOptions=Port=25, Name=MTA\n"
                                                        "O DaemonPortOptions=Port=26, name=mta\n")
                                          << QList<int> {2};
        QTest::newRow("same-daemon-no-name")
            << QByteArray("O DaemonPortOptions=Port=25\nO DaemonPortOptions=Port=25\n") << QList<int> {2};
        QTest::newRow("client-per-family") << QByteArray("O ClientPortOptions=Family=inet, Addr=192.0.2.1\n"
                                                         "O ClientPortOptions=Family=inet6, Addr=2001:db8::1\n")
                                           << QList<int> {};
        QTest::newRow("client-same-family") << QByteArray("O ClientPortOptions=Addr=192.0.2.1\n"
                                                          "O ClientPortOptions=Fam=inet, Addr=192.0.2.2\n")
                                            << QList<int> {2};
        QTest::newRow("timeout-twice") << QByteArray("O Timeout.queuereturn=5d\nO Timeout.queuewarn=4h\n"
                                                     "O Timeout.queuereturn=4d\n")
                                       << QList<int> {3};
    }
    void repeatedOptions()
    {
        QFETCH(QByteArray, cf);
        QFETCH(QList<int>, warnedLines);
        QList<int> lines;
        for (const Diagnostic &d : parsed(cf).check())
            lines.append(d.line);
        QCOMPARE(lines, warnedLines);
    }

    // sendmail.cf generated by m4 from Debian's stock sendmail.mc (an MTA and an
    // MSA daemon, on Debian 13): it round-trips and nothing in it is worth a warning.
    void stockGeneratedCf()
    {
        const QByteArray bytes = dataFile("debian-stock-sendmail.cf");
        const SendmailCf cf = parsed(bytes);
        QCOMPARE(cf.toBytes(), bytes);
        QCOMPARE(cf.check(), QList<Diagnostic>());
        int daemons = 0;
        for (const SendmailCf::Option &o : cf.options())
            daemons += o.name == "DaemonPortOptions";
        QCOMPARE(daemons, 2);
    }
};

QTEST_GUILESS_MAIN(TestSendmailCf)
#include "tst_sendmailcf.moc"
