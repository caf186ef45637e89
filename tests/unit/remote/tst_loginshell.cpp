// LoginShell: which login shells get our POSIX lines as they are, which get
// them through /bin/sh, which are refused; and that the wrapped line holds
// nothing a non-POSIX shell would read differently, yet gives /bin/sh the
// exact POSIX line (run through a real /bin/sh here; tst_sshhost runs every
// quoting row through a fish account of the lab).
#include "remote/loginshell.h"
#include "remote/shellquote.h"

#include <QProcess>
#include <QTest>

using namespace Mailwarden;

class TestLoginShell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<LoginShell::Kind>("kind");
        QTest::newRow("bash") << QByteArray("/bin/bash\n") << LoginShell::Kind::Posix;
        QTest::newRow("dash-as-sh") << QByteArray("/bin/sh\n") << LoginShell::Kind::Posix;
        QTest::newRow("zsh") << QByteArray("/usr/bin/zsh\n") << LoginShell::Kind::Posix;
        QTest::newRow("ksh93") << QByteArray("/usr/bin/ksh93\n") << LoginShell::Kind::Posix;
        QTest::newRow("fish") << QByteArray("/usr/bin/fish\n") << LoginShell::Kind::Other;
        QTest::newRow("tcsh") << QByteArray("/bin/tcsh\n") << LoginShell::Kind::Other;
        QTest::newRow("csh") << QByteArray("/bin/csh\n") << LoginShell::Kind::Other;
        QTest::newRow("unknown-shell") << QByteArray("/opt/shells/xonsh\n") << LoginShell::Kind::Other;
        QTest::newRow("nologin") << QByteArray("/usr/sbin/nologin\n") << LoginShell::Kind::Refused;
        QTest::newRow("false") << QByteArray("/bin/false\n") << LoginShell::Kind::Refused;
        QTest::newRow("restricted-bash") << QByteArray("/bin/rbash\n") << LoginShell::Kind::Refused;
        QTest::newRow("nologin-message") << QByteArray("This account is currently not available.\n")
                                         << LoginShell::Kind::Refused;
        QTest::newRow("nothing") << QByteArray() << LoginShell::Kind::Refused;
        QTest::newRow("two-lines") << QByteArray("/bin/sh\n/bin/bash\n") << LoginShell::Kind::Refused;
    }
    void classifies()
    {
        QFETCH(QByteArray, output);
        QFETCH(LoginShell::Kind, kind);
        QCOMPARE(LoginShell::fromProbeOutput(output).kind(), kind);
    }

    void posixLineIsShellJoin()
    {
        const QByteArrayList argv {"printf", "%s\\n", "it's", "a\\b"};
        QCOMPARE(LoginShell::fromProbeOutput("/bin/bash").commandLine(argv), shellJoin(argv));
    }

    // Inside its one pair of single quotes the wrapped line has no byte that
    // fish (\\ and \'), csh (!, newline) or any shell (') treats specially.
    void wrappedLineIsInertForEveryShell()
    {
        QByteArrayList argv {"printf", "%s\\0"};
        for (int byte = 1; byte <= 255; ++byte)
            argv << QByteArray(1, char(byte)) + "'\\!\n";
        const QByteArray line = LoginShell::fromProbeOutput("/usr/bin/fish").commandLine(argv);
        QVERIFY(line.startsWith("exec /bin/sh -c '"));
        QVERIFY(line.endsWith("'"));
        QCOMPARE(line.count('\''), 2);
        for (const char bad : {'\\', '!', '\n', '\r', '`', '#', '~'})
            QVERIFY2(!line.contains(bad), qPrintable(QStringLiteral("contains byte %1").arg(int(bad))));
        for (const char c : line)
            QVERIFY(uchar(c) >= 0x20 && uchar(c) < 0x7f);
    }

    // What /bin/sh makes of the wrapped line (as the single argument fish or
    // csh would hand it after removing the outer quotes): the same bytes.
    void wrappedLineRunsTheSameUnderSh()
    {
        QByteArrayList argv {"printf", "%s\\0"};
        QByteArray expected;
        for (int byte = 1; byte <= 255; ++byte) {
            argv << QByteArray(1, char(byte)) + "x'\"\\$(y)\n";
            expected += argv.last() + '\0';
        }
        argv << "" << "trailing\n\n";
        expected += QByteArray(1, '\0') + "trailing\n\n" + '\0';
        const QByteArray line = LoginShell::fromProbeOutput("/usr/bin/fish").commandLine(argv);
        // sh -c LINE is what sshd runs for a POSIX login shell; the wrapper then runs /bin/sh again.
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromLatin1(line)});
        QVERIFY(sh.waitForFinished());
        QCOMPARE(sh.exitCode(), 0);
        QCOMPARE(sh.readAllStandardOutput(), expected);
    }
};

QTEST_GUILESS_MAIN(TestLoginShell)
#include "tst_loginshell.moc"
