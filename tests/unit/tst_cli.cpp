// The CLI as a script sees it: exit codes and output of the real executable.
#include <QProcess>
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
    static Result run(const QStringList &args)
    {
        QProcess p;
        p.setProgram(QStringLiteral(MW_BINARY_DIR "/bin/mailwarden-cli"));
        p.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LANGUAGE"));
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

    void unknownCommandSaysWhich()
    {
        const Result r = run({QStringLiteral("frobnicate")});
        QVERIFY2(r.err.contains(QLatin1String("unknown command 'frobnicate'")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
