// bench_stats: generates a log with the lab's genlog, then runs, in the same
// run and on the same (page-cached) file, `wc -l`, `mailwarden-cli stats`
// (end to end, start-up included), the peer (pflogsumm for Postfix; for
// Sendmail and qmail, which Debian ships no summariser for, a simple awk
// summary of the same log as the baseline, and `grep -c` for scale) and the
// engine in-process (parse only, one thread, all threads), and the CLI's
// start-up alone (an empty log). Prints seconds,
// lines/s, MB/s, peak RSS and the ratios. Best of --runs runs (pflogsumm: of
// at most 3, it takes seconds).
#include "stats/lineparser.h"
#include "stats/loganalysis.h"
#include "stats/statsaggregator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cstdlib>
#include <unistd.h>

extern char **environ;

using namespace Mailwarden::Stats;

namespace {

struct Measure {
    double seconds = 1e9;
    long rssKb = 0;
};

// Runs argv with stdout to a scratch file (not /dev/null: GNU grep stops at
// the first match when its output goes there); wall time and peak RSS.
Measure spawn(const std::vector<std::string> &argv)
{
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/tmp/mailwarden-bench-output", O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QElapsedTimer t;
    t.start();
    pid_t pid;
    if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
        std::fprintf(stderr, "cannot run %s\n", args[0]);
        return {};
    }
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    posix_spawn_file_actions_destroy(&actions);
    // A child that failed measured nothing: its time must not be printed as a figure.
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "bench_stats: %s failed (%s %d)\n", args[0], WIFEXITED(status) ? "exit" : "signal",
            WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
        std::exit(1);
    }
    return {double(t.nsecsElapsed()) / 1e9, usage.ru_maxrss};
}

Measure best(int runs, const std::function<Measure()> &f)
{
    Measure m;
    for (int i = 0; i < runs; ++i) {
        const Measure r = f();
        if (r.seconds < m.seconds)
            m = r;
    }
    return m;
}

// The baseline: what a few lines of awk count in the same log.
const char *awkSummary(const QString &mta)
{
    if (mta == QLatin1String("sendmail"))
        return R"(/ from=/ && / size=/ && !/ nrcpts=0,/ { n++; if (match($0, /size=[0-9]+/)) b += substr($0, RSTART + 5, RLENGTH - 5) }
/ stat=Sent/ { d++ }
/ stat=Deferred/ { q++ }
/ dsn=5/ { x++ }
/ ruleset=check_/ && / reject=/ { r++ }
END { print "received", n, "bytes", b, "delivered", d, "deferred", q, "bounced", x, "rejected", r })";
    return R"(/ info msg / { n++; if (match($0, /bytes [0-9]+/)) b += substr($0, RSTART + 6, RLENGTH - 6) }
/ delivery [0-9]+: success/ { d++ }
/ delivery [0-9]+: deferral/ { q++ }
/ delivery [0-9]+: failure/ { x++ }
END { print "received", n, "bytes", b, "delivered", d, "deferred", q, "bounced", x })";
}

class NullSink final : public EventSink
{
public:
    void event(const MailEvent &) override { ++events; }
    long events = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString mta = QStringLiteral("postfix");
    long lines = 1000000;
    int runs = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--lines"))
            lines = args[i + 1].toLong();
        else if (args[i] == QLatin1String("--mta"))
            mta = args[i + 1];
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
    }
    const std::string path = QStringLiteral("/tmp/mailwarden-bench-%1-%2.log").arg(mta).arg(lines).toStdString();
    if (!QFileInfo::exists(QString::fromStdString(path))) {
        const std::string cmd = std::string(MW_SOURCE_DIR "/tests/lab/genlog --mta ") + mta.toStdString() + " --lines "
            + std::to_string(lines) + " --seed 1 > " + path;
        if (std::system(cmd.c_str()) != 0)
            return 1;
    }
    const double mb = double(QFileInfo(QString::fromStdString(path)).size()) / 1e6;
    std::printf("log: %s, %ld lines, %.1f MB\n\n", path.c_str(), lines, mb);

    const Measure wc = best(runs, [&] { return spawn({"wc", "-l", path}); });
    const Measure ours = best(
        runs, [&] { return spawn({MW_BINARY_DIR "/bin/mailwarden-cli", "stats", "--mta", mta.toStdString(), path}); });
    const bool postfix = mta == QLatin1String("postfix");
    // The CLI's fixed cost: loading its 69 shared libraries (QtNetwork's
    // libproxy alone brings ~30) before main(), then QCoreApplication.
    const std::string empty = "/tmp/mailwarden-bench-empty.log";
    QFile(QString::fromStdString(empty)).open(QIODevice::WriteOnly | QIODevice::Truncate);
    const Measure startUp = best(
        runs, [&] { return spawn({MW_BINARY_DIR "/bin/mailwarden-cli", "stats", "--mta", mta.toStdString(), empty}); });
    const Measure peer = postfix ? best(std::min(runs, 3), [&] { return spawn({"pflogsumm", path}); })
                                 : best(runs, [&] { return spawn({"awk", awkSummary(mta), path}); });
    const Measure grep = best(runs, [&] {
        return spawn({"grep", "-c",
            mta == QLatin1String("qmail") ? "delivery"
                : postfix                 ? "status=sent"
                                          : "stat=Sent",
            path});
    });
    const MtaKind kind = mta == QLatin1String("sendmail") ? MtaKind::Sendmail
        : mta == QLatin1String("qmail")                   ? MtaKind::Qmail
                                                          : MtaKind::Postfix;

    QFile file(QString::fromStdString(path));
    file.open(QIODevice::ReadOnly);
    const auto *data = reinterpret_cast<const char *>(file.map(0, file.size()));
    const Measure parseOnly = best(runs, [&] {
        QElapsedTimer t;
        t.start();
        LineParser parser(kind);
        NullSink sink;
        LineParser::forEachLine(data, data + file.size(), [&](std::string_view l) { parser.parse(l, sink); });
        return Measure {double(t.nsecsElapsed()) / 1e9, 0};
    });
    const Measure oneThread = best(runs, [&] {
        QElapsedTimer t;
        t.start();
        AnalysisOptions o;
        o.mta = kind;
        o.threads = 1;
        (void)analyzeLogs({QString::fromStdString(path)}, o);
        return Measure {double(t.nsecsElapsed()) / 1e9, 0};
    });
    const Measure allThreads = best(runs, [&] {
        QElapsedTimer t;
        t.start();
        AnalysisOptions o;
        o.mta = kind;
        (void)analyzeLogs({QString::fromStdString(path)}, o);
        return Measure {double(t.nsecsElapsed()) / 1e9, 0};
    });

    auto row = [&](const char *name, const Measure &m) {
        std::printf(
            "%-34s %8.3f s %12.0f lines/s %9.1f MB/s", name, m.seconds, double(lines) / m.seconds, mb / m.seconds);
        if (m.rssKb)
            std::printf(" %8.1f MB RSS", double(m.rssKb) / 1024);
        std::printf("\n");
    };
    row("wc -l", wc);
    row(postfix ? "pflogsumm" : "awk summary (baseline)", peer);
    row("grep -c", grep);
    row("mailwarden-cli stats (end to end)", ours);
    std::printf("%-34s %8.3f s\n", "  of which start-up (empty log)", startUp.seconds);
    row("engine in-process, parse only", parseOnly);
    row("engine in-process, 1 thread", oneThread);
    row("engine in-process, all threads", allThreads);
    std::printf("\nours vs %s: %.1fx    ours vs wc -l: %.1f%%\n", postfix ? "pflogsumm" : "awk summary",
        peer.seconds / ours.seconds, 100 * wc.seconds / ours.seconds);
    return 0;
}
