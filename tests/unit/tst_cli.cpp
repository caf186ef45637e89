// The CLI as a script sees it: exit codes and output of the real executable.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private:
    struct Result {
        int exitCode;
        QString out;
        QString err;
    };
    static Result run(
        const QStringList &args, const QString &program = QStringLiteral(MW_BINARY_DIR "/bin/mailwarden-cli"))
    {
        QProcess p;
        p.setProgram(program);
        p.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LANGUAGE"));
        // A command that wrongly succeeds must not save profiles among the user's own.
        static const QTemporaryDir home;
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start();
        if (!p.waitForFinished(60000))
            return {-1, {}, QStringLiteral("timed out")};
        return {
            p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no-arguments-is-usage-error") << QStringList {} << 2;
        QTest::newRow("help") << QStringList {QStringLiteral("--help")} << 0;
        QTest::newRow("version-option") << QStringList {QStringLiteral("--version")} << 0;
        QTest::newRow("version-command") << QStringList {QStringLiteral("version")} << 0;
        QTest::newRow("unknown-command") << QStringList {QStringLiteral("frobnicate")} << 2;
        // Rejected before anything is saved: only postfix, sendmail and qmail are MTAs.
        QTest::newRow("hosts-add-unknown-mta") << QStringList {QStringLiteral("hosts"), QStringLiteral("add"),
            QStringLiteral("x"), QStringLiteral("--address"), QStringLiteral("x.example.org"), QStringLiteral("--mta"),
            QStringLiteral("exim")} << 2;
        // 65558 used to wrap to 22 and be saved; 0 and non-digits are no ports either.
        for (const char *port : {"65558", "65536", "0", "-1", "+22", "22x", ""}) {
            QTest::addRow("hosts-add-port-%s", port) << QStringList {QStringLiteral("hosts"), QStringLiteral("add"),
                QStringLiteral("x"), QStringLiteral("--address"), QStringLiteral("x.example.org"),
                QStringLiteral("--port"), QString::fromLatin1(port)}
                                                     << 2;
        }
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Result r = run(args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
    }

    void versionListsEveryLibrary()
    {
        const Result r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        for (const char *name : {"Mailwarden ", "Qt 6.", "QCA 2.", "qca-ossl", "libssh 0.", "QtKeychain "})
            QVERIFY2(r.out.contains(QLatin1String(name)),
                qPrintable(QLatin1String(name) + QStringLiteral(" missing in:\n") + r.out));
        // The CLI does not link the GUI's syntax highlighter (nor Qt GUI through it).
        QVERIFY2(!r.out.contains(QLatin1String("KSyntaxHighlighting")), qPrintable(r.out));
    }

    void portOutOfRangeSaysWhy()
    {
        const Result r
            = run({QStringLiteral("hosts"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--address"),
                QStringLiteral("x.example.org"), QStringLiteral("--port"), QStringLiteral("65558")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("'65558' is not a port number (1 to 65535).")), qPrintable(r.err));
        const Result t = run({QStringLiteral("test"), QStringLiteral("smtp"), QStringLiteral("127.0.0.1:65558")});
        QCOMPARE(t.exitCode, 2);
        QVERIFY2(t.err.contains(QLatin1String("(a port is 1 to 65535)")), qPrintable(t.err));
    }

    // Seconds become milliseconds in an int: 2147484 s overflowed to a
    // negative time limit and the probe ran with it.
    void timeoutIsBounded_data()
    {
        QTest::addColumn<QString>("seconds");
        QTest::newRow("overflows-int-in-ms") << QStringLiteral("2147484");
        QTest::newRow("over-an-hour") << QStringLiteral("3601");
        QTest::newRow("overflows-int") << QStringLiteral("99999999999");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("negative") << QStringLiteral("-5");
    }
    void timeoutIsBounded()
    {
        QFETCH(QString, seconds);
        // Port 1 of 127.0.0.1: should the option pass, the probe fails with a connection error instead.
        const Result r = run({QStringLiteral("test"), QStringLiteral("smtp"), QStringLiteral("127.0.0.1:1"),
            QStringLiteral("--timeout"), seconds});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("test: --timeout needs seconds from 1 to 3600")), qPrintable(r.err));
    }

    void unknownCommandSaysWhich()
    {
        const Result r = run({QStringLiteral("frobnicate")});
        QVERIFY2(r.err.contains(QLatin1String("unknown command 'frobnicate'")), qPrintable(r.err));
    }

    // A mailstats table recorded on the lab Sendmail, read by the launcher; a
    // file that is no table says so and fails.
    void mailstatsTable()
    {
        const QString table = QStringLiteral(MW_SOURCE_DIR "/tests/data/stats/mailstats-lab-p.txt");
        const Result text = run({QStringLiteral("stats"), QStringLiteral("--mailstats"), table});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.startsWith(QLatin1String("MSP statistics\n"))
                && text.out.contains(QLatin1String("MTA statistics")),
            qPrintable(text.out));
        const Result json
            = run({QStringLiteral("stats"), QStringLiteral("--mailstats"), QStringLiteral("--json"), table});
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.out.contains(QLatin1String("\"mailstats\": [")), qPrintable(json.out));
        const Result notATable
            = run({QStringLiteral("stats"), QStringLiteral("--mailstats"), QStringLiteral(MW_SOURCE_DIR "/README.md")});
        QCOMPARE(notATable.exitCode, 1);
        QVERIFY(!notATable.err.isEmpty());
        QVERIFY(notATable.out.isEmpty());
    }

    // mailwarden-cli is a launcher: `stats` on local files runs in it, the
    // rest in libexec/mailwarden/mailwarden-cli-full. A copy of the launcher
    // without that beside it shows which is which.
    void launcherRunsLocalStatsItself()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("bin"))));
        const QString launcher = dir.filePath(QStringLiteral("bin/mailwarden-cli"));
        QVERIFY(QFile::copy(QStringLiteral(MW_BINARY_DIR "/bin/mailwarden-cli"), launcher));
        QFile log(dir.filePath(QStringLiteral("mail.log")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("Dec  7 10:00:00 mx postfix/smtpd[1]: 4XyZ1: client=a.example.org[192.0.2.1]\n"
                  "Dec  7 10:00:00 mx postfix/qmgr[2]: 4XyZ1: from=<a@example.org>, size=1234, nrcpt=1 (queue active)\n"
                  "Dec  7 10:00:01 mx postfix/smtp[3]: 4XyZ1: to=<b@example.net>, relay=b.example.net[192.0.2.2]:25, "
                  "delay=1, delays=0/0/0.5/0.5, dsn=2.0.0, status=sent (250 ok)\n");
        log.close();

        const Result stats = run({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--mta"),
                                     QStringLiteral("postfix"), log.fileName()},
            launcher);
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
        QVERIFY2(stats.out.contains(QLatin1String("\"delivered\": 1")), qPrintable(stats.out));

        for (const QStringList &args : {QStringList {QStringLiteral("hosts"), QStringLiteral("list")},
                 QStringList {QStringLiteral("stats"), QStringLiteral("--follow"), log.fileName()}}) {
            const Result handedOn = run(args, launcher);
            QCOMPARE(handedOn.exitCode, 127);
            QVERIFY2(handedOn.err.contains(QLatin1String("cannot run "))
                    && handedOn.err.contains(QLatin1String("mailwarden-cli-full")),
                qPrintable(handedOn.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
