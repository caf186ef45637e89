// The Statistics tab's work on the lab Postfix, side by side with the peer in
// the same run (not a ctest test):
//   QT_QPA_PLATFORM=offscreen scripts/in-env build/bin/bench_stats_lab [--lines N] [--runs R] [--rate M] [--seconds S]
// 1. A generated Postfix log of N lines (default 1,000,000) put on the host:
//    the dashboard's figures over SSH (analyzeHostLogs: cat streamed, parsed
//    on the thread pool) plus its digest and widgets, against
//    `ssh host cat LOG > /dev/null` through one OpenSSH ControlMaster
//    connection (goal: ≤ 1.5×), and against the same with the cipher our
//    connection picks (-c aes128-gcm); best of R runs each, totals checked
//    against the same file analysed here.
// 2. The live chart following a log that grows by M messages a second
//    (default 100, appended on the host in one-second steps) for S seconds:
//    this process's CPU time as a share of one core (goal: ≤ 5 %).
#include "labhost.h"
#include "remote/sshhost.h"
#include "stats/hostlogs.h"
#include "stats/livetrafficview.h"
#include "stats/loganalysis.h"
#include "stats/statsdashboard.h"
#include "stats/statsdigest.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>

using namespace Mailwarden;
using namespace Mailwarden::Stats;
using namespace Mailwarden::Testing;

namespace {

const QByteArray kLog = "/tmp/mw-bench-stats.log";
const QByteArray kLive = "/tmp/mw-bench-live.log";
const QByteArray kLiveSource = "/tmp/mw-bench-live-source.log";

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QByteArray generate(int lines, int seed, qint64 start = -1)
{
    QProcess gen;
    QStringList args {QStringLiteral("--mta"), QStringLiteral("postfix"), QStringLiteral("--lines"),
        QString::number(lines), QStringLiteral("--seed"), QString::number(seed)};
    if (start >= 0)
        args << QStringLiteral("--start") << QString::number(start);
    gen.start(QStringLiteral(MW_SOURCE_DIR "/tests/lab/genlog"), args);
    gen.waitForFinished(600000);
    return gen.readAllStandardOutput();
}

bool put(SshHost &host, const QByteArray &path, const QByteArray &bytes)
{
    Command c;
    c.argv = {"sh", "-c", "cat > \"$1\"", "sh", path};
    c.input = bytes;
    c.timeout = std::chrono::minutes(10);
    const auto r = host.run(c).result();
    return r && r->succeeded();
}

bool program(const QString &name, const QStringList &args)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(name, args);
    return p.waitForFinished(600000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&args](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    const int lines = option("--lines", 1000000);
    const int runs = option("--runs", 3);
    const int rate = option("--rate", 100);
    const int seconds = option("--seconds", 30);

    QTemporaryDir scratch;
    const auto lab = labHost(QStringLiteral("postfix"), scratch);
    if (!lab) {
        std::fprintf(stderr, "bench_stats_lab: the lab Postfix is not running (tests/lab/lab up)\n");
        return 77;
    }
    SshHost host(lab->profile, lab->credentials(), lab->options());
    if (!host.connectToHost().result()) {
        std::fprintf(stderr, "bench_stats_lab: cannot connect to the lab Postfix\n");
        return 1;
    }

    // 1. The dashboard against ssh cat.
    const QByteArray log = generate(lines, 7);
    const QString local = scratch.filePath(QStringLiteral("bench.log"));
    {
        QFile f(local);
        if (!f.open(QIODevice::WriteOnly) || f.write(log) != log.size())
            return 1;
    }
    if (!put(host, kLog, log)) {
        std::fprintf(stderr, "bench_stats_lab: cannot put the log on the host\n");
        return 1;
    }
    AnalysisOptions options;
    options.mta = MtaKind::Postfix;
    const auto expected = analyzeLogs({local}, options);
    // One OpenSSH master per cipher: a multiplexed session keeps its master's.
    // Our SSH connection prefers AES-GCM where the CPU has AES instructions
    // (SshSession); OpenSSH's default is ChaCha20-Poly1305. Both peers are shown.
    auto sshVia = [&](const QString &controlName, const QString &cipher) {
        return QStringList {QStringLiteral("-c"), cipher, QStringLiteral("-o"),
            QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
            QStringLiteral("UserKnownHostsFile=%1").arg(lab->knownHostsFile), QStringLiteral("-i"),
            lab->profile.keyFile, QStringLiteral("-o"), QStringLiteral("ControlMaster=auto"), QStringLiteral("-o"),
            QStringLiteral("ControlPath=%1").arg(scratch.filePath(controlName)), QStringLiteral("-o"),
            QStringLiteral("ControlPersist=120"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
            QStringLiteral("-p"), QString::number(lab->profile.port),
            QStringLiteral("%1@%2").arg(lab->profile.user, lab->profile.address)};
    };
    const QStringList ssh = sshVia(QStringLiteral("cm"), QStringLiteral("chacha20-poly1305@openssh.com"));
    const QStringList sshGcm = sshVia(QStringLiteral("cm-gcm"), QStringLiteral("aes128-gcm@openssh.com"));
    for (const QStringList &master : {ssh, sshGcm})
        program(QStringLiteral("ssh"), master + QStringList {QStringLiteral("true")}); // the master connections
    qint64 peerBest = -1, peerGcmBest = -1, oursBest = -1, engineBest = -1;
    double engineCpu = 1e9; // this process's CPU seconds in the fastest-CPU run (SSH decryption + parsing)
    bool same = true;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        if (!program(QStringLiteral("ssh"), ssh + QStringList {QStringLiteral("cat"), QString::fromUtf8(kLog)}))
            return 1;
        const qint64 peer = clock.elapsed();
        clock.restart();
        if (!program(QStringLiteral("ssh"), sshGcm + QStringList {QStringLiteral("cat"), QString::fromUtf8(kLog)}))
            return 1;
        const qint64 peerGcm = clock.elapsed();
        clock.restart();
        const double cpuStart = cpuSeconds();
        const auto result = analyzeHostLogs(host, {QString::fromUtf8(kLog)}, options, log.size()).result();
        const qint64 engine = clock.elapsed();
        engineCpu = std::min(engineCpu, cpuSeconds() - cpuStart);
        if (!result) {
            std::fprintf(stderr, "bench_stats_lab: %s\n", qPrintable(result.error()));
            return 1;
        }
        StatsDashboard dashboard;
        dashboard.resize(1200, 900);
        dashboard.setDigest(StatsDigest::from(*result), QStringLiteral("bench"));
        dashboard.show();
        QCoreApplication::processEvents();
        const qint64 ours = clock.elapsed();
        same = same && expected && result->figures.received == expected->figures.received
            && result->figures.delivered == expected->figures.delivered
            && result->figures.bytesDelivered == expected->figures.bytesDelivered
            && result->figures.lines == expected->figures.lines;
        peerBest = peerBest < 0 ? peer : std::min(peerBest, peer);
        peerGcmBest = peerGcmBest < 0 ? peerGcm : std::min(peerGcmBest, peerGcm);
        oursBest = oursBest < 0 ? ours : std::min(oursBest, ours);
        engineBest = engineBest < 0 ? engine : std::min(engineBest, engine);
    }
    std::printf("log: %d lines, %.1f MB on the lab Postfix; best of %d runs\n", lines, double(log.size()) / 1e6, runs);
    std::printf("%-40s %7lld ms\n", "ssh host cat LOG > /dev/null (peer)", static_cast<long long>(peerBest));
    std::printf("%-40s %7lld ms   ratio %.2f   (this process: %.0f ms CPU on %d cores)\n", "analyzeHostLogs (figures)",
        static_cast<long long>(engineBest), double(engineBest) / double(std::max<qint64>(1, peerBest)),
        engineCpu * 1000, QThread::idealThreadCount());
    std::printf("%-40s %7lld ms   ratio %.2f (goal <= 1.5)\n", "dashboard ready (figures+digest+widgets)",
        static_cast<long long>(oursBest), double(oursBest) / double(std::max<qint64>(1, peerBest)));
    std::printf("%-40s %7lld ms   dashboard ratio %.2f (same cipher as ours)\n",
        "ssh -c aes128-gcm host cat LOG (peer)", static_cast<long long>(peerGcmBest),
        double(oursBest) / double(std::max<qint64>(1, peerGcmBest)));
    std::printf("totals equal to the local analysis of the same file: %s\n", same ? "yes" : "NO");

    // 2. The live chart at RATE messages a second.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // Generously more than needed: only the smtpd-received messages count towards the rate.
    const QByteArray source = generate(rate * seconds * 12, 8, now);
    if (!put(host, kLiveSource, source) || !put(host, kLive, {}))
        return 1;
    LiveTrafficView view;
    view.resize(1000, 500);
    view.show();
    view.follow(&host, QStringLiteral("lab-postfix"), QString::fromUtf8(kLive), MtaKind::Postfix);
    QTest::qWait(1500);
    // Appends the source one second's worth of received messages at a time.
    Command feed;
    feed.argv = {"python3", "-c",
        "import sys, time\n"
        "src, dst, rate, secs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])\n"
        "lines = open(src, 'rb').read().split(b'\\n')\n"
        "out = open(dst, 'ab', buffering=0)\n"
        "i = 0\n"
        "start = time.time()\n"
        "for s in range(secs):\n"
        "    n = 0\n"
        "    chunk = []\n"
        "    while i < len(lines) and n < rate:\n"
        "        chunk.append(lines[i])\n"
        "        n += b'postfix/smtpd[' in lines[i] and b': client=' in lines[i]\n"
        "        i += 1\n"
        "    out.write(b'\\n'.join(chunk) + b'\\n')\n"
        "    time.sleep(max(0, start + s + 1 - time.time()))\n",
        kLiveSource, kLive, QByteArray::number(rate), QByteArray::number(seconds)};
    feed.timeout = std::chrono::seconds(seconds + 60);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    auto fed = host.run(feed);
    while (!fed.isFinished())
        QTest::qWait(100);
    QTest::qWait(2000); // the last second reaches the chart
    const double cpu = cpuSeconds() - cpuBefore;
    const double elapsed = double(wall.elapsed()) / 1000.0;
    const auto feedResult = fed.result();
    if (!feedResult || !feedResult->succeeded()) {
        std::fprintf(stderr, "bench_stats_lab: feeding the live log failed: %s\n",
            feedResult ? feedResult->err.constData() : qPrintable(feedResult.error().toString()));
        return 1;
    }
    std::printf("live chart: %d messages/s for %d s: %lld received counted, %d redraws in %.1f s, CPU %.2f s = %.1f %% "
                "of one core (goal <= 5 %%)\n",
        rate, seconds, static_cast<long long>(view.lastHour().received), view.redraws(), elapsed, cpu,
        100.0 * cpu / elapsed);
    view.stop();
    Command cleanup;
    cleanup.argv = {"rm", "-f", "--", kLog, kLive, kLiveSource};
    host.run(cleanup).waitForFinished();
    for (const QStringList &master : {ssh, sshGcm})
        program(QStringLiteral("ssh"),
            master.mid(0, master.size() - 1)
                + QStringList {QStringLiteral("-O"), QStringLiteral("exit"), master.last()});
    return same ? 0 : 1;
}
