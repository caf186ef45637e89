// bench_remote: 100 small commands and a 50 MB read through SshHost, and the
// same through OpenSSH (ssh with a ControlMaster connection, scp), on one lab
// host in one run. Prints both times and the ratio (goal: ≤ 1.2×).
#include "labhost.h"
#include "remote/sshhost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

namespace {

constexpr int kCommands = 100;
constexpr qint64 kReadBytes = 50 * 1024 * 1024;

QStringList sshOptions(const LabHost &lab, const QString &controlPath)
{
    return {QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
        QStringLiteral("UserKnownHostsFile=%1").arg(lab.knownHostsFile), QStringLiteral("-i"), lab.profile.keyFile,
        QStringLiteral("-o"), QStringLiteral("ControlMaster=auto"), QStringLiteral("-o"),
        QStringLiteral("ControlPath=%1").arg(controlPath), QStringLiteral("-o"), QStringLiteral("ControlPersist=60"),
        QStringLiteral("-o"), QStringLiteral("BatchMode=yes")};
}

bool runProgram(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(600000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void report(const char *what, qint64 oursMs, qint64 peerMs, const char *peer)
{
    std::printf("%-28s mailwarden %7lld ms   %-22s %7lld ms   ratio %.2f\n", what, static_cast<long long>(oursMs), peer,
        static_cast<long long>(peerMs), peerMs > 0 ? double(oursMs) / double(peerMs) : 0.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString hostName = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("postfix");
    QTemporaryDir scratch;
    const auto lab = labHost(hostName, scratch);
    if (!lab) {
        std::fprintf(stderr, "bench_remote: lab host %s is not running (tests/lab/lab up)\n", qPrintable(hostName));
        return 77;
    }
    const QString target = QStringLiteral("%1@%2").arg(lab->profile.user, lab->profile.address);
    const QString port = QString::number(lab->profile.port);
    const QString control = scratch.filePath(QStringLiteral("cm"));
    QStringList ssh = sshOptions(*lab, control);
    const QByteArray remoteFile = "/tmp/mailwarden-bench-50m";

    SshHost host(lab->profile, lab->credentials(), lab->options());
    if (!host.connectToHost().result())
        return 1;
    // Same starting line for both: connected, file in place, page cache warm.
    host.run(Command {{"sh", "-c", "head -c \"$1\" /dev/urandom > \"$2\" && cat \"$2\" > /dev/null", "sh",
                          QByteArray::number(kReadBytes), remoteFile},
                 false, {}, {}})
        .waitForFinished();
    runProgram(QStringLiteral("ssh"), ssh + QStringList {QStringLiteral("-p"), port, target, QStringLiteral("true")});

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kCommands; ++i) {
        if (!host.run(Command {{"true"}, false, {}, {}}).result())
            return 1;
    }
    const qint64 oursSmall = timer.elapsed();
    timer.restart();
    for (int i = 0; i < kCommands; ++i) {
        if (!runProgram(
                QStringLiteral("ssh"), ssh + QStringList {QStringLiteral("-p"), port, target, QStringLiteral("true")}))
            return 1;
    }
    const qint64 peerSmall = timer.elapsed();

    timer.restart();
    const auto bytes = host.readFile(QString::fromUtf8(remoteFile)).result();
    const qint64 oursRead = timer.elapsed();
    if (!bytes || bytes->size() != kReadBytes)
        return 1;
    const QString local = scratch.filePath(QStringLiteral("copy"));
    QStringList scp = ssh;
    timer.restart();
    if (!runProgram(QStringLiteral("scp"),
            scp
                + QStringList {QStringLiteral("-q"), QStringLiteral("-P"), port,
                    QStringLiteral("%1:%2").arg(target, QString::fromUtf8(remoteFile)), local}))
        return 1;
    const qint64 peerRead = timer.elapsed();

    runProgram(QStringLiteral("ssh"),
        ssh + QStringList {QStringLiteral("-O"), QStringLiteral("exit"), QStringLiteral("-p"), port, target});
    host.run(Command {{"rm", "-f", remoteFile}, false, {}, {}}).waitForFinished();

    std::printf("lab host %s (%s:%s)\n", qPrintable(hostName), qPrintable(lab->profile.address), qPrintable(port));
    report("100 small commands", oursSmall, peerSmall, "ssh (ControlMaster)");
    report("50 MB read", oursRead, peerRead, "scp");
    return 0;
}
