#include "labhost.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>

#include <signal.h>

namespace Mailwarden::Testing {

SshCredentials LabHost::credentials() const
{
    SshCredentials credentials;
    credentials.password = password;
    return credentials;
}

SshOptions LabHost::options() const
{
    SshOptions options;
    options.knownHostsFile = knownHostsFile;
    options.connectTimeout = std::chrono::seconds(10);
    return options;
}

namespace {

QString &lastProblem()
{
    static QString problem;
    return problem;
}

std::optional<LabHost> noHost(const QString &why)
{
    lastProblem() = why;
    return std::nullopt;
}

} // namespace

QString labProblem()
{
    return lastProblem();
}

std::optional<LabHost> labHost(const QString &name, const QTemporaryDir &scratch)
{
    const QString script = QStringLiteral(MW_SOURCE_DIR "/tests/lab/lab");
    QProcess lab;
    lab.start(script, {QStringLiteral("env"), name});
    if (!lab.waitForFinished(30000) || lab.exitCode() != 0)
        return noHost(QStringLiteral("the lab host %1 is not set up (tests/lab/lab env %1: %2)")
                .arg(name, QString::fromUtf8(lab.readAllStandardError().trimmed())));
    QHash<QString, QString> env;
    for (const QByteArray &line : lab.readAllStandardOutput().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            env.insert(QString::fromUtf8(line.first(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    QProcess status;
    status.start(script, {QStringLiteral("status")});
    status.waitForFinished(30000);
    const QByteArray table = status.readAllStandardOutput();
    const QRegularExpression up(QStringLiteral("^%1\\s.*\\sup\\s*$").arg(name), QRegularExpression::MultilineOption);
    if (!up.match(QString::fromUtf8(table)).hasMatch())
        return noHost(QStringLiteral("the lab host %1 is not running (tests/lab/lab up):\n%2")
                .arg(name, QString::fromUtf8(table)));

    LabHost host;
    host.profile.name = QStringLiteral("lab-%1").arg(name);
    host.profile.address = env.value(QStringLiteral("LAB_ADDR"));
    host.profile.port = quint16(env.value(QStringLiteral("LAB_SSH_PORT")).toUInt());
    host.profile.user = env.value(QStringLiteral("LAB_USER"));
    host.profile.keyFile = env.value(QStringLiteral("LAB_KEY"));
    host.profile.mtaHint = mtaKindFromName(env.value(QStringLiteral("LAB_MTA"))).value_or(MtaKind::Unknown);
    host.profile.auth = HostProfile::Auth::PublicKey;
    host.fqdn = env.value(QStringLiteral("LAB_FQDN"));
    host.smtpPort = quint16(env.value(QStringLiteral("LAB_SMTP_PORT")).toUInt());
    host.smtpsPort = quint16(env.value(QStringLiteral("LAB_SMTPS_PORT")).toUInt());
    host.deadPort = quint16(env.value(QStringLiteral("LAB_DEAD_PORT")).toUInt());
    QFile passwordFile(env.value(QStringLiteral("LAB_PASSWORD_FILE")));
    if (!passwordFile.open(QIODevice::ReadOnly))
        return noHost(QStringLiteral("cannot read the lab password file %1: %2")
                .arg(passwordFile.fileName(), passwordFile.errorString()));
    host.password = passwordFile.readAll().trimmed();
    QFile setupPasswordFile(env.value(QStringLiteral("LAB_SETUP_PASSWORD_FILE")));
    if (setupPasswordFile.open(QIODevice::ReadOnly)) {
        host.setupUser = env.value(QStringLiteral("LAB_SETUP_USER"));
        host.setupPassword = setupPasswordFile.readAll().trimmed();
    }
    host.labKnownHostsFile = env.value(QStringLiteral("LAB_KNOWN_HOSTS"));
    host.knownHostsFile = scratch.filePath(QStringLiteral("known_hosts-%1").arg(name));
    QFile::remove(host.knownHostsFile);
    if (!QFile::copy(host.labKnownHostsFile, host.knownHostsFile))
        return noHost(QStringLiteral("cannot copy the lab's known_hosts %1 to %2")
                .arg(host.labKnownHostsFile, host.knownHostsFile));
    QFile::setPermissions(host.knownHostsFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    lastProblem().clear();
    return host;
}

namespace {

struct TcpEntry {
    quint16 localPort;
    quint16 remotePort;
    QByteArray inode;
};

QList<TcpEntry> established()
{
    QList<TcpEntry> entries;
    QFile file(QStringLiteral("/proc/net/tcp"));
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    file.readLine();
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().simplified().split(' ');
        if (f.size() < 10 || f[3] != "01") // 01: ESTABLISHED
            continue;
        entries.append({quint16(f[1].split(':').value(1).toUInt(nullptr, 16)),
            quint16(f[2].split(':').value(1).toUInt(nullptr, 16)), f[9]});
    }
    return entries;
}

QSet<QByteArray> socketInodesOf(const QString &pid)
{
    QSet<QByteArray> inodes;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = fd.symLinkTarget().isEmpty() ? QFile::symLinkTarget(fd.filePath()) : fd.symLinkTarget();
        const QString name = QFileInfo(target).fileName();
        if (name.startsWith(QLatin1String("socket:[")))
            inodes.insert(name.mid(8, name.size() - 9).toLatin1());
    }
    return inodes;
}

} // namespace

QList<qint64> cutOwnConnections(quint16 port)
{
    const QList<TcpEntry> entries = established();
    const QSet<QByteArray> mine = socketInodesOf(QStringLiteral("self"));
    QSet<quint16> myPorts;
    for (const TcpEntry &e : entries) {
        if (e.remotePort == port && mine.contains(e.inode))
            myPorts.insert(e.localPort);
    }
    QSet<QByteArray> serverInodes;
    for (const TcpEntry &e : entries) {
        if (e.localPort == port && myPorts.contains(e.remotePort))
            serverInodes.insert(e.inode);
    }
    QList<qint64> killed;
    if (serverInodes.isEmpty())
        return killed;
    // sshd forks the post-auth child only after it told the client that auth
    // succeeded, so a fresh session's child may appear after a first scan:
    // kill until a scan finds nobody holding the server's end.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        bool found = false;
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
        for (const QString &pid : pids) {
            if (socketInodesOf(pid).intersects(serverInodes)) {
                ::kill(pid.toInt(), SIGKILL);
                if (!killed.contains(pid.toLongLong()))
                    killed << pid.toLongLong();
                found = true;
            }
        }
        if (!found || waited.elapsed() > 5000)
            break;
        QThread::msleep(20);
    }
    return killed;
}

QList<qint64> signalOwnConnections(quint16 port, int signal)
{
    const QList<TcpEntry> entries = established();
    const QSet<QByteArray> mine = socketInodesOf(QStringLiteral("self"));
    QSet<quint16> myPorts;
    for (const TcpEntry &e : entries) {
        if (e.remotePort == port && mine.contains(e.inode))
            myPorts.insert(e.localPort);
    }
    QSet<QByteArray> serverInodes;
    for (const TcpEntry &e : entries) {
        if (e.localPort == port && myPorts.contains(e.remotePort))
            serverInodes.insert(e.inode);
    }
    QList<qint64> signalled;
    if (serverInodes.isEmpty())
        return signalled;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    for (const QString &pid : pids) {
        if (socketInodesOf(pid).intersects(serverInodes) && ::kill(pid.toInt(), signal) == 0)
            signalled << pid.toLongLong();
    }
    return signalled;
}

QList<int> smtpReplyCodes(quint16 port, const QByteArrayList &commands, const QString &client, const QByteArray &body)
{
    QTcpSocket socket;
    socket.bind(QHostAddress(client));
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return {};
    const auto reply = [&socket] {
        QByteArray line;
        do {
            while (!socket.canReadLine())
                if (!socket.waitForReadyRead(20000))
                    return -1;
            line = socket.readLine();
        } while (line.size() > 3 && line.at(3) == '-');
        return line.left(3).toInt();
    };
    QList<int> codes {reply()};
    for (const QByteArray &command : commands) {
        if (codes.last() < 0)
            break;
        socket.write(command + "\r\n");
        codes.append(reply());
        if (command == "DATA" && codes.last() == 354) {
            socket.write(body + "\r\n.\r\n");
            codes.append(reply());
        }
    }
    socket.write("QUIT\r\n");
    socket.waitForBytesWritten(2000);
    return codes;
}

} // namespace Mailwarden::Testing
