// LocalHost: the Host contract on this machine (no SSH): commands as byte
// argv, exit codes, stdin, stat, files, streams, cancel, timeouts, and the
// safe write with its compare-and-swap.
#include "remote/host.h"
#include "remote/localhost.h"
#include "remote/remotestream.h"
#include "remote/safefilewriter.h"
#include "remote/sshsession.h"

#include "testsupport.h"
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QProcess>
#include <QTest>

#include <unistd.h>

using namespace Mailwarden;

namespace {
template<typename T>
QByteArray why(const RemoteResult<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}
} // namespace

class TestLocalHost : public QObject
{
    Q_OBJECT
private:
    LocalHost m_host;
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        return file.fileName();
    }

private Q_SLOTS:
    void exitCodeOutputAndStderr()
    {
        const auto result
            = m_host.run(Command {{"sh", "-c", "echo out; echo err >&2; exit 4"}, false, {}, {}}).result();
        QVERIFY2(result, why(result).constData());
        QCOMPARE(result->exitCode, 4);
        QCOMPARE(result->out, QByteArray("out\n"));
        QCOMPARE(result->err, QByteArray("err\n"));
    }

    void missingProgramIs127()
    {
        const auto result = m_host.run(Command {{"no-such-program-mailwarden"}, false, {}, {}}).result();
        QVERIFY(result);
        QCOMPARE(result->exitCode, 127);
    }

    void bytesArriveUnchanged()
    {
        QByteArrayList args;
        QByteArray expected;
        for (int byte = 1; byte <= 255; ++byte) {
            args << QByteArray(1, char(byte)) + "$(x)'\"\\";
            expected += args.last() + '\0';
        }
        const auto result = m_host.run(Command {QByteArrayList {"printf", "%s\\0"} + args, false, {}, {}}).result();
        QVERIFY2(result, why(result).constData());
        QCOMPARE(result->out, expected);
    }

    void nulByteIsRefused()
    {
        const auto result = m_host.run(Command {{"echo", QByteArray("a\0b", 3)}, false, {}, {}}).result();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, RemoteError::Kind::InvalidArgument);
    }

    void stdinIsPassed()
    {
        const auto result = m_host.run(Command {{"wc", "-c"}, false, QByteArray(300000, 'x'), {}}).result();
        QVERIFY(result);
        QCOMPARE(result->out.trimmed(), QByteArray("300000"));
    }

    void statAndRead()
    {
        const QString path = write(QStringLiteral("stat.txt"), "12345");
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        const auto info = m_host.stat(path).result();
        QVERIFY2(info, why(info).constData());
        QVERIFY(info->exists && info->isRegularFile);
        QCOMPARE(info->size, 5);
        QCOMPARE(info->mode, 0640u);
        QCOMPARE(m_host.readFile(path).result().value(), QByteArray("12345"));
        const auto missing = m_host.stat(m_dir.filePath(QStringLiteral("nope"))).result();
        QVERIFY(missing && !missing->exists);
        const auto unreadable = m_host.readFile(m_dir.filePath(QStringLiteral("nope"))).result();
        QVERIFY(!unreadable);
        QCOMPARE(unreadable.error().kind, RemoteError::Kind::Io);
    }

    void streamsLines()
    {
        RemoteStream *stream
            = m_host.stream(Command {{"sh", "-c", "echo a; sleep 0.1; echo b; printf c"}, false, {}, {}}, this);
        QByteArrayList lines;
        connect(stream, &RemoteStream::linesReceived, this, [&](const QByteArrayList &more) { lines += more; });
        QSignalSpy finished(stream, &RemoteStream::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(lines, (QByteArrayList {"a", "b", "c"}));
        delete stream;
    }

    // A line without end arrives cut to the bound (and counted); the stream
    // goes on with the next line.
    void streamCutsAMultiMegabyteLine()
    {
        RemoteStream *stream = m_host.stream(
            Command {{"sh", "-c", "head -c 5000000 /dev/zero | tr '\\0' x; echo; echo tail"}, false, {}, {}}, this);
        QByteArrayList lines;
        connect(stream, &RemoteStream::linesReceived, this, [&](const QByteArrayList &more) { lines += more; });
        QSignalSpy finished(stream, &RemoteStream::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first(), QByteArray(LineSplitter::kDefaultMaxLineLength, 'x'));
        QCOMPARE(lines.last(), QByteArray("tail"));
        QCOMPARE(stream->overlongLines(), 1);
        delete stream;
    }

    // A command may raise the bound (postqueue -j: a message with thousands
    // of recipients is one line); it stays a bound.
    void streamTakesTheCommandsLineLimit()
    {
        Command command;
        command.argv
            = {"sh", "-c", "head -c 300000 /dev/zero | tr '\\0' y; echo; head -c 3000000 /dev/zero | tr '\\0' z; echo"};
        command.maxLineLength = 1 << 20;
        RemoteStream *stream = m_host.stream(command, this);
        QByteArrayList lines;
        connect(stream, &RemoteStream::linesReceived, this, [&](const QByteArrayList &more) { lines += more; });
        QSignalSpy finished(stream, &RemoteStream::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first(), QByteArray(300000, 'y'));
        QCOMPARE(lines.last(), QByteArray(1 << 20, 'z'));
        QCOMPARE(stream->overlongLines(), 1);
        delete stream;
    }

    void streamDeliversAMillionLines()
    {
        RemoteStream *stream = m_host.stream(Command {{"seq", "1000000"}, false, {}, {}}, this);
        qint64 count = 0;
        QByteArray last;
        connect(stream, &RemoteStream::linesReceived, this, [&](const QByteArrayList &more) {
            count += more.size();
            last = more.last();
        });
        QSignalSpy finished(stream, &RemoteStream::finished);
        QVERIFY(finished.wait(60000));
        QCOMPARE(count, 1000000);
        QCOMPARE(last, QByteArray("1000000"));
        QCOMPARE(stream->overlongLines(), 0);
        delete stream;
    }

    // A command's output is bounded: beyond the limit it is stopped, and says so.
    void outputBeyondTheLimitFails()
    {
        Command flood {{"head", "-c", "50000000", "/dev/zero"}, false, {}, {}};
        flood.maxOutputBytes = 1 << 20;
        const auto result = m_host.run(flood).result();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, RemoteError::Kind::Io);
        QVERIFY2(result.error().message.contains(QLatin1String("wrote more than")), qPrintable(result.error().message));
        Command fits {{"head", "-c", "1048576", "/dev/zero"}, false, {}, {}};
        fits.maxOutputBytes = 1 << 20;
        const auto exact = m_host.run(fits).result();
        QVERIFY2(exact, why(exact).constData());
        QCOMPARE(exact->out.size(), 1 << 20);
    }

    // Without a time limit of its own a command gets the host's default, so a
    // hanging one ends.
    void commandsHaveADefaultTimeout()
    {
        QVERIFY(LocalHost().commandTimeout().count() > 0);
        QVERIFY(SshOptions().commandTimeout.count() > 0);
        LocalHost host;
        host.setCommandTimeout(std::chrono::milliseconds(300));
        const auto result = host.run(Command {{"sleep", "30"}, false, {}, {}}).result();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, RemoteError::Kind::Timeout);
    }

    // A cancelled command and one past its time limit are gone (their process
    // no longer exists), not merely returned early. Each sleep gets a unique
    // duration so pgrep finds exactly this test's process.
    void cancelAndTimeout()
    {
        const auto running = [](const QString &arg) {
            return QProcess::execute(
                       QStringLiteral("pgrep"), {QStringLiteral("-f"), QStringLiteral("^sleep %1$").arg(arg)})
                == 0;
        };
        const QString cancelled = QStringLiteral("30.%1").arg(QCoreApplication::applicationPid());
        auto future = m_host.run(Command {{"sleep", cancelled.toUtf8()}, false, {}, {}});
        QTRY_VERIFY(running(cancelled));
        future.cancel();
        future.waitForFinished();
        QTRY_VERIFY_WITH_TIMEOUT(!running(cancelled), 10000);

        const QString timedOut = QStringLiteral("31.%1").arg(QCoreApplication::applicationPid());
        Command slow {{"sleep", timedOut.toUtf8()}, false, {}, std::chrono::milliseconds(300)};
        const auto result = m_host.run(slow).result();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, RemoteError::Kind::Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!running(timedOut), 10000);
    }

    void sudoRefusalIsAnError()
    {
        // sudo -n without a rule must be SudoRefused. As root sudo just works, so
        // this check runs again as nobody, who has no rule (CI runs as root).
        if (geteuid() == 0 && qEnvironmentVariableIsEmpty("MW_TEST_AS_NOBODY")) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("MW_TEST_AS_NOBODY"), QStringLiteral("1"));
            env.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
            child.setProcessEnvironment(env);
            child.start(QStringLiteral("setpriv"),
                {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                    QCoreApplication::applicationFilePath(), QStringLiteral("sudoRefusalIsAnError")});
            QVERIFY(child.waitForFinished(60000));
            const QByteArray out = child.readAllStandardOutput() + child.readAllStandardError();
            QVERIFY2(child.exitCode() == 0 && out.contains("PASS   : TestLocalHost::sudoRefusalIsAnError()"),
                out.constData());
            return;
        }
        const auto result = m_host.run(Command {{"true"}, true, {}, {}}).result();
        if (result && qEnvironmentVariableIsEmpty("MW_TEST_AS_NOBODY"))
            MW_SKIP_OR_FAIL(QStringLiteral("sudo -n works for this account without a password (NOPASSWD)"));
        QVERIFY2(!result, "sudo -n ran a command for an account without a sudo rule");
        QVERIFY2(result.error().kind == RemoteError::Kind::SudoRefused, qPrintable(result.error().toString()));
    }

    void sudoRefusalAfterAWarning()
    {
        CommandResult r;
        r.exitCode = 1;
        r.err = "sudo: unable to resolve host vm: Name or service not known\nsudo: a password is required\n";
        QVERIFY(isSudoRefusal(r));
        r.err = "sudo: unable to resolve host vm: Name or service not known\n";
        QVERIFY(!isSudoRefusal(r));
        r.err = "sudo: a password is required\n";
        r.exitCode = 0;
        QVERIFY(!isSudoRefusal(r));
    }

    void safeWriteReplacesAndChecksHash()
    {
        const QString path = write(QStringLiteral("safe.cf"), "one\n");
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const auto written
            = SafeFileWriter::write(m_host, {path, "two\n", SafeFileWriter::sha256Hex("one\n"), Host::Access::User})
                  .result();
        QVERIFY2(written, why(written).constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("two\n"));
        QCOMPARE(file.permissions(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        QVERIFY(QFile::exists(written->backupPath));

        const auto stale
            = SafeFileWriter::write(m_host, {path, "three\n", SafeFileWriter::sha256Hex("one\n"), Host::Access::User})
                  .result();
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, RemoteError::Kind::FileChanged);
        file.seek(0);
        QCOMPARE(file.readAll(), QByteArray("two\n"));
    }

    void sha256MatchesSha256sum()
    {
        const auto result = m_host.run(Command {{"sha256sum"}, false, "abc", {}}).result();
        QVERIFY(result);
        QCOMPARE(result->out.left(64), SafeFileWriter::sha256Hex("abc"));
    }
};

QTEST_GUILESS_MAIN(TestLocalHost)
#include "tst_localhost.moc"
