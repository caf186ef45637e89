// SshHost against the real OpenSSH servers of tests/lab: authentication,
// host keys, sudo, exit codes, quoting of every byte (for a bash and a fish
// login shell), big files, output limits, many commands at once, streams,
// cancel, timeouts, a silently dead server, reconnects and port forwards.
#include "labhost.h"
#include "remote/remotestream.h"
#include "remote/sshhost.h"
#include "remote/sshsession.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <libssh/libssh.h>

#include <signal.h>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

namespace {

// Reads SMTP replies until \a count final lines ("250 ..." not "250-...") came.
QByteArrayList readReplies(QTcpSocket &socket, int count, int timeoutMs = 15000)
{
    QByteArrayList finals;
    QDeadlineTimer deadline(timeoutMs);
    while (finals.size() < count && !deadline.hasExpired()) {
        if (!socket.canReadLine() && !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        while (socket.canReadLine()) {
            const QByteArray line = socket.readLine().trimmed();
            if (line.size() >= 4 && line[3] == ' ')
                finals.append(line);
        }
    }
    return finals;
}

// The postfix host's second admin: the same key, fish as login shell
// (tests/lab/hosts/postfix/host.sh).
const QString kFishUser = QStringLiteral("mwfish");

Command cmd(std::initializer_list<QByteArray> argv, bool sudo = false)
{
    Command command;
    command.argv = argv;
    command.sudo = sudo;
    return command;
}

} // namespace

class TestSshHost : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_scratch;
    std::optional<LabHost> m_postfix;

    std::unique_ptr<SshHost> makeHost(HostProfile::Auth auth = HostProfile::Auth::PublicKey)
    {
        HostProfile profile = m_postfix->profile;
        profile.auth = auth;
        return std::make_unique<SshHost>(profile, m_postfix->credentials(), m_postfix->options());
    }
    std::unique_ptr<SshHost> makeHostAs(const QString &user)
    {
        HostProfile profile = m_postfix->profile;
        profile.user = user;
        return std::make_unique<SshHost>(profile, m_postfix->credentials(), m_postfix->options());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_postfix = labHost(QStringLiteral("postfix"), m_scratch);
        if (!m_postfix)
            MW_SKIP_OR_FAIL(labProblem());
    }

    void authMethods_data()
    {
        QTest::addColumn<HostProfile::Auth>("auth");
        QTest::newRow("key-file") << HostProfile::Auth::PublicKey;
        QTest::newRow("password") << HostProfile::Auth::Password;
        QTest::newRow("keyboard-interactive") << HostProfile::Auth::KeyboardInteractive;
    }
    void authMethods()
    {
        QFETCH(HostProfile::Auth, auth);
        auto host = makeHost(auth);
        const auto result = host->run(cmd({"id", "-un"})).result();
        if (!result && auth == HostProfile::Auth::KeyboardInteractive
            && result.error().message.contains(QLatin1String("does not offer")))
            QSKIP("the lab's sshd does not offer keyboard-interactive (KbdInteractiveAuthentication no)");
        QVERIFY2(result, why(result).constData());
        QCOMPARE(result->out, m_postfix->profile.user.toUtf8() + '\n');
        QCOMPARE(host->state(), Host::State::Connected);
    }

    void authAgent()
    {
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-s")});
        if (!agent.waitForFinished(10000) || agent.exitCode() != 0)
            QSKIP("ssh-agent is not available");
        const QString out = QString::fromUtf8(agent.readAllStandardOutput());
        const QString sock = out.section(QLatin1String("SSH_AUTH_SOCK="), 1).section(QLatin1Char(';'), 0, 0);
        const QString pid = out.section(QLatin1String("SSH_AGENT_PID="), 1).section(QLatin1Char(';'), 0, 0);
        QVERIFY(!sock.isEmpty() && !pid.isEmpty());
        auto stopAgent = qScopeGuard([&] { QProcess::execute(QStringLiteral("kill"), {pid}); });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), sock);
        QProcess add;
        add.setProcessEnvironment(env);
        add.start(QStringLiteral("ssh-add"), {m_postfix->profile.keyFile});
        QVERIFY(add.waitForFinished(10000));
        QCOMPARE(add.exitCode(), 0);
        const QByteArray oldSock = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", sock.toUtf8());
        auto restore = qScopeGuard([&] { qputenv("SSH_AUTH_SOCK", oldSock); });
        auto host = makeHost(HostProfile::Auth::Agent);
        const auto result = host->run(cmd({"true"})).result();
        QVERIFY2(result, why(result).constData());
    }

    void wrongPasswordIsRefused()
    {
        SshCredentials wrong;
        wrong.password = "not-the-password";
        HostProfile profile = m_postfix->profile;
        profile.auth = HostProfile::Auth::Password;
        SshHost host(profile, wrong, m_postfix->options());
        const auto result = host.connectToHost().result();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, RemoteError::Kind::Authentication);
        QVERIFY(!result.error().toString().contains(QLatin1String("not-the-password")));
        QTRY_COMPARE(host.state(), Host::State::Failed);
    }

    void unknownHostKeyIsAskedThenRecorded()
    {
        const QString knownHosts = m_scratch.filePath(QStringLiteral("empty_known_hosts"));
        QFile::remove(knownHosts);
        SshOptions options = m_postfix->options();
        options.knownHostsFile = knownHosts;
        {
            SshHost host(m_postfix->profile, m_postfix->credentials(), options);
            const auto refused = host.connectToHost().result();
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, RemoteError::Kind::HostKeyUnknown);
            QVERIFY2(refused.error().fingerprint.startsWith(QLatin1String("SHA256:")),
                qPrintable(refused.error().fingerprint));
            QVERIFY(refused.error().message.contains(refused.error().fingerprint));
            QVERIFY(!QFile::exists(knownHosts) || QFile(knownHosts).size() == 0);

            host.trustHostKey(QStringLiteral("SHA256:not-this-one"));
            QVERIFY(!host.connectToHost().result());
            host.trustHostKey(refused.error().fingerprint);
            const auto accepted = host.connectToHost().result();
            QVERIFY2(accepted, why(accepted).constData());
        }
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(QByteArray("[127.0.0.1]:" + QByteArray::number(m_postfix->profile.port))));
        SshHost again(m_postfix->profile, m_postfix->credentials(), options);
        QVERIFY(again.connectToHost().result());
    }

    void changedHostKeyIsRefused()
    {
        // The sendmail host's keys, filed under the postfix host's port.
        QFile lab(m_postfix->labKnownHostsFile);
        QVERIFY(lab.open(QIODevice::ReadOnly));
        const QByteArray ownPort = "[127.0.0.1]:" + QByteArray::number(m_postfix->profile.port) + ' ';
        QByteArray forged;
        for (const QByteArray &line : lab.readAll().split('\n')) {
            if (line.startsWith("[127.0.0.1]:") && !line.startsWith(ownPort))
                forged += ownPort + line.mid(line.indexOf(' ') + 1) + '\n';
        }
        const QString knownHosts = m_scratch.filePath(QStringLiteral("forged_known_hosts"));
        QFile out(knownHosts);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(forged);
        out.close();
        SshOptions options = m_postfix->options();
        options.knownHostsFile = knownHosts;
        options.acceptNewHostKey = true; // even then: a changed key is never accepted
        SshHost host(m_postfix->profile, m_postfix->credentials(), options);
        const auto result = host.run(cmd({"true"})).result();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, RemoteError::Kind::HostKeyChanged);
        QVERIFY(result.error().message.contains(QLatin1String("CHANGED")));
    }

    void sudoAllowedAndRefused()
    {
        auto host = makeHost();
        const auto allowed = host->run(cmd({"/usr/sbin/postconf", "-h", "mail_version"}, true)).result();
        QVERIFY2(allowed, why(allowed).constData());
        QCOMPARE(allowed->exitCode, 0);
        QVERIFY(allowed->out.startsWith("3."));
        const auto refused = host->run(cmd({"/usr/bin/cat", "/etc/shadow"}, true)).result();
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, RemoteError::Kind::SudoRefused);
        QVERIFY(refused.error().message.contains(QLatin1String("/usr/bin/cat")));
    }

    void exitCodesAndStderr()
    {
        auto host = makeHost();
        const auto result = host->run(cmd({"sh", "-c", "echo out; echo err >&2; exit 3"})).result();
        QVERIFY(result);
        QCOMPARE(result->exitCode, 3);
        QCOMPARE(result->out, QByteArray("out\n"));
        QCOMPARE(result->err, QByteArray("err\n"));
        const auto missing = host->run(cmd({"no-such-program-here"})).result();
        QVERIFY(missing);
        QCOMPARE(missing->exitCode, 127);
        const auto input = host->run(Command {{"tr", "a-z", "A-Z"}, false, "hello", {}}).result();
        QVERIFY(input);
        QCOMPARE(input->out, QByteArray("HELLO"));
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArrayList>("arguments");
        QByteArray all;
        QByteArrayList each;
        for (int byte = 1; byte <= 255; ++byte) {
            all += char(byte);
            each << QByteArray(1, char(byte));
        }
        // Every row as the admin (bash) and as the fish account.
        for (const QString &user : {m_postfix->profile.user, kFishUser}) {
            const QByteArray shell = user == kFishUser ? "@fish" : "@bash";
            auto row = [&](const char *name) -> QTestData & {
                return QTest::newRow(QByteArray(name + shell).constData()) << user;
            };
            row("apostrophes") << QByteArrayList {"it's", "'", "''", "a'b'c"};
            row("double-quotes") << QByteArrayList {"\"", "say \"hi\"", "\"\""};
            row("backslashes") << QByteArrayList {"\\", "a\\nb", "\\\\", "end\\", "\\'"};
            row("command-substitution") << QByteArrayList {
                "$(touch /tmp/mw-pwned)", "`id`", "${HOME}", "$HOME", "(id)"};
            row("newlines") << QByteArrayList {"\n", "a\nb", "trailing\n\n", "\r\n"};
            row("globs-and-operators") << QByteArrayList {
                "*", "?", "[a]", "a;b", "a|b", "a&b", ">x", "<x", "~", "#", "!", "!!", "{a,b}", "%1"};
            row("spaces-and-empty") << QByteArrayList {"", " ", "a b", "\t"};
            row("options-look-alike") << QByteArrayList {"-n", "-e", "--", "-"};
            row("assignment-look-alike") << QByteArrayList {"A=b", "=x", "PATH=/nowhere"};
            row("every-byte-1-255-in-one-argument") << QByteArrayList {all};
            row("every-byte-1-255-one-per-argument") << each;
            row("utf8-and-invalid-utf8") << QByteArrayList {"Grüße", "\xff\xfe", "\xc3", "日本"};
        }
    }
    void quoting()
    {
        QFETCH(QString, user);
        QFETCH(QByteArrayList, arguments);
        auto host = makeHostAs(user);
        Command command;
        command.argv = QByteArrayList {"printf", "%s\\0"} + arguments;
        const auto result = host->run(command).result();
        QVERIFY2(result, why(result).constData());
        QCOMPARE(result->exitCode, 0);
        QByteArray expected;
        for (const QByteArray &argument : arguments)
            expected += argument + '\0';
        QCOMPARE(result->out, expected);
        // An injected command would have run on the lab host, whose /tmp is its own.
        const auto pwned = host->run(Command {{"test", "-e", "/tmp/mw-pwned"}, false, {}, {}}).result();
        QVERIFY2(pwned, why(pwned).constData());
        QCOMPARE(pwned->exitCode, 1);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/mw-pwned")));
    }

    // The fish account really has fish (else its quoting rows prove nothing),
    // and commands run for it through /bin/sh: a first word "A=b" is a
    // command there, not an assignment.
    void fishAccountRunsCommandsThroughSh()
    {
        auto host = makeHostAs(kFishUser);
        const auto shell = host->run(cmd({"printenv", "SHELL"})).result();
        QVERIFY2(shell, why(shell).constData());
        QCOMPARE(shell->out, QByteArray("/usr/bin/fish\n"));
        const auto assignment = host->run(cmd({"A=b", "true"})).result();
        QVERIFY2(assignment, why(assignment).constData());
        QCOMPARE(assignment->exitCode, 127);
        const auto input = host->run(Command {{"tr", "a-z", "A-Z"}, false, "fish\n", {}}).result();
        QVERIFY2(input, why(input).constData());
        QCOMPARE(input->out, QByteArray("FISH\n"));
        const auto sudo = host->run(cmd({"sh", "-c", "exit 7"})).result();
        QVERIFY(sudo);
        QCOMPARE(sudo->exitCode, 7);
    }

    // A command that writes without end is stopped at the limit, and the
    // session goes on.
    void outputBeyondTheLimitFails()
    {
        auto host = makeHost();
        Command flood = cmd({"head", "-c", "100000000", "/dev/zero"});
        flood.maxOutputBytes = 1 << 20;
        const auto result = host->run(flood).result();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, RemoteError::Kind::Io);
        QVERIFY2(result.error().message.contains(QLatin1String("wrote more than")), qPrintable(result.error().message));
        QVERIFY(host->run(cmd({"true"})).result());
    }

    // The server freezes mid-command (its sshd processes stopped: TCP stays
    // up, nothing answers). The command must fail as a dead connection, not
    // wait for ever; the keepalive requests are what notice.
    void silentlyDeadServerFailsTheCommand()
    {
        SshOptions options = m_postfix->options();
        options.keepAlive = std::chrono::seconds(1);
        options.keepAliveCountMax = 2;
        options.commandTimeout = std::chrono::hours(1); // not what ends it
        SshHost host(m_postfix->profile, m_postfix->credentials(), options);
        QVERIFY(host.run(cmd({"true"})).result());
        auto running = host.run(cmd({"sleep", "600"}));
        QTest::qWait(500); // let the command start
        const QList<qint64> frozen = signalOwnConnections(m_postfix->profile.port, SIGSTOP);
        auto thaw = qScopeGuard([&] {
            for (const qint64 pid : frozen)
                ::kill(pid_t(pid), SIGCONT);
        });
        QVERIFY2(!frozen.isEmpty(), "found no server-side sshd process of this test's connection");
        const auto result = running.result();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, RemoteError::Kind::Disconnected);
        QVERIFY2(
            result.error().message.contains(QLatin1String("stopped answering")), qPrintable(result.error().toString()));
        thaw.dismiss();
        for (const qint64 pid : frozen)
            ::kill(pid_t(pid), SIGCONT);
        const auto after = host.run(cmd({"echo", "back"})).result(); // a new connection
        QVERIFY2(after, why(after).constData());
        QCOMPARE(after->out, QByteArray("back\n"));
    }

    // libssh takes "^" (to the front of its default list); a libssh that
    // ignored it would silently keep ChaCha20.
    void cipherFollowsTheCpu()
    {
        SshSession session(m_postfix->profile, m_postfix->credentials(), m_postfix->options());
        const auto opened = session.open({});
        QVERIFY2(opened, why(opened).constData());
        const QByteArray cipher = ssh_get_cipher_in(session.handle());
        QCOMPARE(QByteArray(ssh_get_cipher_out(session.handle())), cipher);
        QCOMPARE(cipher,
            SshSession::prefersAesGcm() ? QByteArray("aes128-gcm@openssh.com")
                                        : QByteArray("chacha20-poly1305@openssh.com"));
    }

    void bigFileRoundTrip()
    {
        auto host = makeHost();
        QByteArray data(20 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(20);
        generator.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        const QByteArray path = "/tmp/mailwarden-roundtrip-" + QByteArray::number(QCoreApplication::applicationPid());
        Command write {{"sh", "-c", "cat > \"$1\"", "sh", path}, false, data, {}};
        const auto written = host->run(write).result();
        QVERIFY2(written && written->exitCode == 0, why(written).constData());
        const auto read = host->readFile(QString::fromUtf8(path)).result();
        QVERIFY2(read, why(read).constData());
        QCOMPARE(read->size(), data.size());
        QVERIFY(*read == data);
        const auto info = host->stat(QString::fromUtf8(path)).result();
        QVERIFY(info && info->exists && info->isRegularFile);
        QCOMPARE(info->size, data.size());
        QVERIFY(host->run(cmd({"rm", "-f", path})).result());
    }

    void fiftyCommandsAtOnce()
    {
        auto host = makeHost();
        QList<QFuture<RemoteResult<CommandResult>>> futures;
        for (int i = 0; i < 50; ++i)
            futures << host->run(cmd({"sh", "-c", "sleep 0.2; echo \"$1\"", "sh", QByteArray::number(i)}));
        for (int i = 0; i < 50; ++i) {
            const auto result = futures[i].result();
            QVERIFY2(result, why(result).constData());
            QCOMPARE(result->out, QByteArray::number(i) + '\n');
        }
    }

    void streamDeliversLines()
    {
        auto host = makeHost();
        RemoteStream *stream
            = host->stream(cmd({"sh", "-c", "for i in 1 2 3; do echo line$i; sleep 0.2; done; printf tail"}));
        QByteArrayList lines;
        connect(stream, &RemoteStream::linesReceived, this, [&](const QByteArrayList &more) { lines += more; });
        QSignalSpy finished(stream, &RemoteStream::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(lines, (QByteArrayList {"line1", "line2", "line3", "tail"}));
        QCOMPARE(finished.first().at(0).toInt(), 0);
        delete stream;
    }

    void streamCancels()
    {
        auto host = makeHost();
        RemoteStream *stream = host->stream(cmd({"sh", "-c", "while :; do echo tick; sleep 0.1; done"}));
        QSignalSpy lines(stream, &RemoteStream::linesReceived);
        QSignalSpy finished(stream, &RemoteStream::finished);
        QVERIFY(lines.wait(10000));
        stream->cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY(!finished.first().at(1).toString().isEmpty());
        delete stream;
    }

    void cancelAndTimeout()
    {
        auto host = makeHost();
        // Cancelled means the remote program is gone, not merely that we stopped waiting.
        const QByteArray pidFile = "/tmp/mw-cancel-" + QByteArray::number(QCoreApplication::applicationPid());
        auto running = [&]() {
            const auto alive
                = host->run(cmd({"sh", "-c", "kill -0 \"$(cat \"$1\")\" 2>/dev/null", "sh", pidFile})).result();
            return alive && alive->exitCode == 0;
        };
        auto sleeping = host->run(cmd({"sh", "-c", "echo $$ > \"$1\"; exec sleep 30", "sh", pidFile}));
        QTRY_VERIFY_WITH_TIMEOUT(running(), 5000);
        sleeping.cancel();
        sleeping.waitForFinished();
        QVERIFY(sleeping.isCanceled() || !sleeping.result());
        QTRY_VERIFY_WITH_TIMEOUT(!running(), 5000);

        Command slow = cmd({"sh", "-c", "echo $$ > \"$1\"; exec sleep 30", "sh", pidFile});
        slow.timeout = std::chrono::milliseconds(500);
        const auto timedOut = host->run(slow).result();
        QVERIFY(!timedOut);
        QCOMPARE(timedOut.error().kind, RemoteError::Kind::Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!running(), 5000); // the time limit stopped it on the host too
        QVERIFY(host->run(cmd({"rm", "-f", pidFile})).result()); // the session survived both
    }

    void reconnectsAfterDroppedConnection()
    {
        auto host = makeHost();
        QVERIFY(host->run(cmd({"true"})).result());
        QSignalSpy states(host.get(), &Host::stateChanged);
        const QList<qint64> killed = cutOwnConnections(m_postfix->profile.port);
        QVERIFY2(!killed.isEmpty(), "found no server-side sshd process of this test's connection");
        QTRY_COMPARE_WITH_TIMEOUT(host->state(), Host::State::Disconnected, 10000);
        const auto after = host->run(cmd({"echo", "back"})).result();
        QVERIFY2(after, why(after).constData());
        QCOMPARE(after->out, QByteArray("back\n"));
        QCOMPARE(host->state(), Host::State::Connected);
    }

    void inFlightCommandFailsWhenCut()
    {
        auto host = makeHost();
        auto running = host->run(cmd({"sleep", "20"}));
        QTest::qWait(500);
        QVERIFY(!cutOwnConnections(m_postfix->profile.port).isEmpty());
        const auto result = running.result();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, RemoteError::Kind::Disconnected);
    }

    void portForwardReachesTheHostsSmtp()
    {
        auto host = makeHost();
        const auto forward = host->forwardPort(QStringLiteral("127.0.0.1"), m_postfix->smtpPort).result();
        QVERIFY2(forward, why(forward).constData());
        QCOMPARE((*forward)->address(), QStringLiteral("127.0.0.1"));
        QVERIFY((*forward)->port() != m_postfix->smtpPort);

        // Two connections at once through the one session, both ways, pipelined
        // well past one read chunk so the window and buffering paths run.
        QTcpSocket first, second;
        first.connectToHost((*forward)->address(), (*forward)->port());
        second.connectToHost((*forward)->address(), (*forward)->port());
        for (QTcpSocket *socket : {&first, &second}) {
            const QByteArrayList banner = readReplies(*socket, 1);
            QCOMPARE(banner.size(), 1);
            QVERIFY2(banner.first().startsWith(QByteArray(QByteArray("220 ") + m_postfix->fqdn.toUtf8())),
                banner.first().constData());
        }
        // Postfix drops clients that pipeline before EHLO's answer (smtpd_forbid_unauth_pipelining)
        // and counts RSETs as junk after 100 (smtpd_junk_command_limit).
        first.write("EHLO forward.test\r\n");
        QVERIFY(readReplies(first, 1).value(0).startsWith("250 "));
        constexpr int kRsets = 90;
        first.write(QByteArray("RSET\r\n").repeated(kRsets) + QByteArray(200000, 'X') + "\r\n");
        const QByteArrayList replies = readReplies(first, kRsets + 1, 60000);
        QVERIFY(replies.size() > kRsets);
        QVERIFY(std::all_of(
            replies.begin(), replies.begin() + kRsets, [](const QByteArray &r) { return r.startsWith("250 "); }));
        // The 200 kB line is no command: Postfix answers each 2 kB piece with an error.
        QVERIFY2(replies.at(kRsets).startsWith("5"), replies.at(kRsets).constData());
        second.write("QUIT\r\n");
        QVERIFY(readReplies(second, 1).value(0).startsWith("221 "));
        QVERIFY(second.state() == QAbstractSocket::UnconnectedState || second.waitForDisconnected(10000));

        // The session also still runs commands.
        QVERIFY(host->run(cmd({"true"})).result());
    }

    void portForwardEndsWithItsHandle()
    {
        auto host = makeHost();
        auto forward = host->forwardPort(QStringLiteral("127.0.0.1"), m_postfix->smtpPort).result();
        QVERIFY2(forward, why(forward).constData());
        const quint16 port = (*forward)->port();
        QTcpSocket open;
        open.connectToHost(QStringLiteral("127.0.0.1"), port);
        QCOMPARE(readReplies(open, 1).size(), 1);
        forward->reset();
        QVERIFY(open.state() == QAbstractSocket::UnconnectedState || open.waitForDisconnected(10000));
        QTcpSocket late;
        late.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY(!late.waitForConnected(2000) || !late.waitForReadyRead(2000));
    }

    // The forward listens on 127.0.0.1, open to every local user while it
    // runs: a connection from another process (here a child shell, standing
    // in for another user's) is closed without reaching the host; ours works.
    void portForwardServesOnlyThisProcess()
    {
        auto host = makeHost();
        const auto forward = host->forwardPort(QStringLiteral("127.0.0.1"), m_postfix->smtpPort).result();
        QVERIFY2(forward, why(forward).constData());
        QProcess other;
        other.start(QStringLiteral("bash"),
            {QStringLiteral("-c"),
                QStringLiteral("exec 3<>/dev/tcp/127.0.0.1/%1 && timeout 10 head -c 4 <&3").arg((*forward)->port())});
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.readAllStandardOutput(), QByteArray()); // no "220 " banner
        QTcpSocket ours;
        ours.connectToHost((*forward)->address(), (*forward)->port());
        const QByteArrayList banner = readReplies(ours, 1);
        QCOMPARE(banner.size(), 1);
        QVERIFY(banner.first().startsWith("220 "));
    }

    void portForwardToAClosedPortClosesTheClient()
    {
        auto host = makeHost();
        const auto forward = host->forwardPort(QStringLiteral("127.0.0.1"), m_postfix->deadPort).result();
        QVERIFY2(forward, why(forward).constData());
        QTcpSocket socket;
        socket.connectToHost((*forward)->address(), (*forward)->port());
        QVERIFY(socket.waitForConnected(5000)); // our listener accepts, as ssh -L does
        QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(10000));
        QCOMPARE(socket.readAll(), QByteArray());
        // A refused channel is that channel's business: the session stays up.
        QSignalSpy states(host.get(), &Host::stateChanged);
        const auto after = host->run(cmd({"echo", "still"})).result();
        QVERIFY2(after, why(after).constData());
        QCOMPARE(after->out, QByteArray("still\n"));
        QCOMPARE(states.count(), 0);
    }

    void portForwardSurvivesReconnect()
    {
        auto host = makeHost();
        const auto forward = host->forwardPort(QStringLiteral("127.0.0.1"), m_postfix->smtpPort).result();
        QVERIFY2(forward, why(forward).constData());
        QVERIFY(!cutOwnConnections(m_postfix->profile.port).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(host->state(), Host::State::Disconnected, 10000);
        QTcpSocket socket; // reconnects on demand
        socket.connectToHost((*forward)->address(), (*forward)->port());
        const QByteArrayList banner = readReplies(socket, 1);
        QCOMPARE(banner.size(), 1);
        QVERIFY(banner.first().startsWith("220 "));
    }

    void connectionRefusedSaysSo()
    {
        HostProfile profile = m_postfix->profile;
        profile.port = m_postfix->deadPort;
        SshHost host(profile, m_postfix->credentials(), m_postfix->options());
        const auto result = host.connectToHost().result();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, RemoteError::Kind::Connect);
        QVERIFY(result.error().message.contains(QString::number(m_postfix->deadPort)));
    }

    // A profile whose port was out of range in its file has port 0; libssh
    // would ignore it and connect to 22.
    void portZeroIsNoPort()
    {
        HostProfile profile = m_postfix->profile;
        profile.port = 0;
        SshHost host(profile, m_postfix->credentials(), m_postfix->options());
        const auto result = host.connectToHost().result();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, RemoteError::Kind::Connect);
        QVERIFY2(result.error().message.contains(QLatin1String("is not a port number (1 to 65535)")),
            qPrintable(result.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestSshHost)
#include "tst_sshhost.moc"
