// bench_mta: a one-line change to a 1,000,000-line hash access table on the lab
// Postfix, end to end (read, CAS, backup, write, postmap, postfix check,
// reload, verify, journal) through the ChangeSetRunner, against the same steps
// done by hand with OpenSSH over one ControlMaster connection and the same
// root-file helper (read once with cat, each step one ssh command, the file
// sent once). Also detection + catalogue against `postconf -n; postconf -d`.
// Prints each time (best of 3) and the ratios (goals: ≤ 1.1× and ≤ 1.5×).
#include "labhost.h"
#include "mta/changesetrunner.h"
#include "mta/mta.h"
#include "mta/mtaedits.h"
#include "mta/mtasurvey.h"
#include "remote/safefilewriter.h"
#include "remote/sshhost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

namespace {

const QString kTable = QStringLiteral("/etc/postfix/bench_access");

struct Ssh {
    QStringList options;
    QString target;
    QString port;

    // One ssh command; stdin from \a input (a file) when given, stdout to \a output.
    bool run(const QStringList &command, const QString &input = {}, QByteArray *output = nullptr) const
    {
        QProcess p;
        if (!input.isEmpty())
            p.setStandardInputFile(input);
        p.start(QStringLiteral("ssh"), options + QStringList {QStringLiteral("-p"), port, target} + command);
        if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            std::fprintf(
                stderr, "ssh %s failed: %s\n", qPrintable(command.join(u' ')), p.readAllStandardError().constData());
            return false;
        }
        if (output)
            *output = p.readAllStandardOutput();
        return true;
    }
};

QByteArray table(int lines)
{
    QByteArray out;
    out.reserve(qsizetype(lines) * 32);
    for (int i = 0; i < lines; ++i)
        out += "client" + QByteArray::number(i) + ".example.org OK\n";
    return out;
}

void report(const char *what, qint64 oursMs, qint64 peerMs, const char *peer)
{
    std::printf("%-34s mailwarden %7lld ms   %-28s %7lld ms   ratio %.2f\n", what, static_cast<long long>(oursMs), peer,
        static_cast<long long>(peerMs), peerMs > 0 ? double(oursMs) / double(peerMs) : 0.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int lines = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir scratch;
    const auto lab = labHost(QStringLiteral("postfix"), scratch);
    if (!lab) {
        std::fprintf(stderr, "bench_mta: the lab Postfix is not running (tests/lab/lab up)\n");
        return 77;
    }
    SshHost host(lab->profile, lab->credentials(), lab->options());
    const Mta *mta = MtaRegistry::forKind(MtaKind::Postfix);
    Ssh ssh {{QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
                 QStringLiteral("UserKnownHostsFile=%1").arg(lab->knownHostsFile), QStringLiteral("-i"),
                 lab->profile.keyFile, QStringLiteral("-o"), QStringLiteral("ControlMaster=auto"), QStringLiteral("-o"),
                 QStringLiteral("ControlPath=%1").arg(scratch.filePath(QStringLiteral("cm"))), QStringLiteral("-o"),
                 QStringLiteral("ControlPersist=120"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes")},
        QStringLiteral("%1@%2").arg(lab->profile.user, lab->profile.address), QString::number(lab->profile.port)};

    // The table, indexed once, so both sides start from the same state.
    const QByteArray initial = table(lines);
    {
        Command stat {{host.fileHelper().toUtf8(), "stat", kTable.toUtf8()}, true, {}, {}};
        const auto st = host.run(stat).result();
        const QList<QByteArray> fields = st ? st->out.trimmed().split(' ') : QList<QByteArray>();
        std::optional<QByteArray> expect;
        if (fields.value(0) == "regular")
            expect = fields.value(5);
        if (!SafeFileWriter::write(host, {kTable, initial, expect, Host::Access::Root}).result()
            || !host.run(Command {{"/usr/sbin/postmap", "hash:" + kTable.toUtf8()}, true, {}, {}}).result())
            return 1;
    }
    ssh.run({QStringLiteral("true")}); // the master connection, before the clock starts
    CatalogueEntry entry;
    entry.path = kTable;
    entry.mapType = QStringLiteral("hash");
    entry.formatType = QStringLiteral("postfix-table");
    const QByteArray key = "client" + QByteArray::number(lines / 2) + ".example.org";

    qint64 ours = -1, peer = -1;
    QElapsedTimer timer;
    for (int round = 0; round < 3; ++round) {
        // Ours: what `mailwarden-cli table set` does.
        timer.start();
        const auto content = host.readFile(kTable).result();
        if (!content)
            return 1;
        const auto change = MtaEdits::setTableEntry(entry, *content, key, round % 2 ? "OK" : "REJECT");
        if (!change)
            return 1;
        ChangeSet set(MtaKind::Postfix, QStringLiteral("bench"));
        set.addFile(*change);
        ChangeSetRunner runner(host, *mta, set);
        runner.start();
        if (runner.wait() != ChangeSetRunner::Outcome::Applied) {
            std::fprintf(stderr, "%s", qPrintable(runner.report().toText()));
            return 1;
        }
        const qint64 t = timer.elapsed();
        if (qEnvironmentVariableIsSet("BENCH_MTA_REPORT"))
            std::printf("%s", qPrintable(runner.report().toText()));
        ours = ours < 0 ? t : std::min(ours, t);

        // By hand: the same steps, one ssh command each, the file read once and sent once.
        timer.start();
        QByteArray before;
        if (!ssh.run({QStringLiteral("cat"), kTable}, {}, &before))
            return 1;
        QByteArray after = before;
        const QByteArray from = key + (round % 2 ? " REJECT\n" : " OK\n"),
                         to = key + (round % 2 ? " OK\n" : " REJECT\n");
        after.replace(after.indexOf(from), from.size(), to);
        const QString local = scratch.filePath(QStringLiteral("edited"));
        QFile file(local);
        if (!file.open(QIODevice::WriteOnly) || file.write(after) != after.size())
            return 1;
        file.close();
        const QString helper = host.fileHelper();
        const QString sudo = QStringLiteral("sudo");
        if (!ssh.run({sudo, QStringLiteral("-n"), helper, QStringLiteral("stat"), kTable})
            || !ssh.run({sudo, QStringLiteral("-n"), helper, QStringLiteral("backup"), kTable})
            || !ssh.run({sudo, QStringLiteral("-n"), helper, QStringLiteral("install"), QStringLiteral("--sha256"),
                            QString::fromLatin1(SafeFileWriter::sha256Hex(after)), QStringLiteral("--expect"),
                            QString::fromLatin1(SafeFileWriter::sha256Hex(before)), kTable},
                local)
            || !ssh.run(
                {sudo, QStringLiteral("-n"), QStringLiteral("/usr/sbin/postmap"), QStringLiteral("hash:") + kTable})
            || !ssh.run({sudo, QStringLiteral("-n"), QStringLiteral("/usr/sbin/postfix"), QStringLiteral("check")})
            || !ssh.run({sudo, QStringLiteral("-n"), QStringLiteral("/usr/sbin/postfix"), QStringLiteral("reload")})
            || !ssh.run({sudo, QStringLiteral("-n"), QStringLiteral("/usr/sbin/postfix"), QStringLiteral("status")}))
            return 1;
        const qint64 p = timer.elapsed();
        peer = peer < 0 ? p : std::min(peer, p);
    }

    qint64 oursCatalogue = -1, peerCatalogue = -1;
    for (int round = 0; round < 3; ++round) {
        timer.start();
        const auto survey = MtaSurvey::survey(host).result();
        if (!survey || survey->catalogue.isEmpty() || survey->options.isEmpty())
            return 1;
        const qint64 t = timer.elapsed();
        oursCatalogue = oursCatalogue < 0 ? t : std::min(oursCatalogue, t);
        timer.start();
        QByteArray out;
        if (!ssh.run({QStringLiteral("/usr/sbin/postconf -n; /usr/sbin/postconf -d")}, {}, &out))
            return 1;
        const qint64 p = timer.elapsed();
        peerCatalogue = peerCatalogue < 0 ? p : std::min(peerCatalogue, p);
    }

    std::printf("lab Postfix (%s:%s), table of %d lines (%lld bytes), best of 3\n", qPrintable(lab->profile.address),
        qPrintable(ssh.port), lines, static_cast<long long>(initial.size()));
    report("one-line table change, end to end", ours, peer, "ssh steps (ControlMaster)");
    report("detection + catalogue + options", oursCatalogue, peerCatalogue, "ssh postconf -n; postconf -d");
    // The table and the journal stay in /etc/postfix until the lab is reset.
    if (QProcess::execute(
            QStringLiteral(MW_SOURCE_DIR "/tests/lab/lab"), {QStringLiteral("reset"), QStringLiteral("postfix")})
        != 0) {
        std::fprintf(stderr, "lab reset postfix failed: the lab Postfix keeps the benchmark's table\n");
        return 1;
    }
    return 0;
}
