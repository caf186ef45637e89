// The queue at 100,000 real deferred messages on the lab Postfix, side by
// side with the peers on the same host in the same run (not a ctest test):
//   QT_QPA_PLATFORM=offscreen scripts/in-env build/bin/bench_queue_lab [--messages N] [--keep]
// Fills the queue first (tests/lab/fillqueue over SMTP from 127.0.0.2, to a
// dead relay: the mail stays deferred) up to N messages of its own, then
// prints: our streamed listing over SSH into the Queue tab's model and view
// (first rows on screen, complete, next retries known, the GUI's longest
// stall) against `postqueue -j | python3 -m json.tool --json-lines` on the
// host; the qshape view from the listing against `qshape deferred`; the
// cheap counter (mw-file queue-count) against counting by listing
// (`postqueue -j | wc -l`), and per refresh of the follower the alarms use
// (queue-count --every-ms); memory per message in this process. Removes its
// messages at the end unless --keep.
#include "labhost.h"
#include "queue/queuecounter.h"
#include "queue/queuereader.h"
#include "queue/queueshape.h"
#include "remote/sshhost.h"
#include "tabload.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Mailwarden;
using namespace Mailwarden::Queue;
using namespace Mailwarden::Testing;

namespace {

// Wall time of one command on the host, ms; -1 when it failed.
qint64 timed(SshHost &host, const Command &command, QByteArray *out = nullptr)
{
    QElapsedTimer clock;
    clock.start();
    const auto r = host.run(command).result();
    const qint64 ms = clock.elapsed();
    if (!r || !r->succeeded()) {
        std::fprintf(stderr, "bench_queue_lab: %s failed: %s\n", qPrintable(command.displayString()),
            r ? r->err.constData() : qPrintable(r.error().toString()));
        return -1;
    }
    if (out)
        *out = r->out;
    return ms;
}

Command shell(const QByteArray &script, const QByteArrayList &args = {})
{
    Command c;
    c.argv = QByteArrayList {"sh", "-c", "PATH=/usr/sbin:/usr/bin:/bin; " + script, "sh"} + args;
    c.timeout = std::chrono::minutes(30);
    return c;
}

qint64 median(QList<qint64> values)
{
    std::ranges::sort(values);
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

void row(const char *what, qint64 oursMs, const char *peer, qint64 peerMs)
{
    std::printf("%-34s mailwarden %7lld ms   %-34s %7lld ms   ratio %.3f\n", what, static_cast<long long>(oursMs), peer,
        static_cast<long long>(peerMs), peerMs > 0 ? double(oursMs) / double(peerMs) : 0.0);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--messages"));
    const qint64 wanted = at > 0 && at + 1 < args.size() ? args.at(at + 1).toLongLong() : 100'000;
    const bool keep = args.contains(QStringLiteral("--keep"));
    QTemporaryDir scratch;
    const auto lab = labHost(QStringLiteral("postfix"), scratch);
    if (!lab) {
        std::fprintf(stderr, "bench_queue_lab: the lab Postfix is not running (tests/lab/lab up)\n");
        return 77;
    }
    SshHost host(lab->profile, lab->credentials(), lab->options());
    if (!host.connectToHost().result())
        return 1;

    // 1. Our messages in the queue, deferred.
    QByteArray out;
    if (timed(host, shell("postqueue -j | grep -c '\"sender\": \"bench@bench.example\"' || true"), &out) < 0)
        return 1;
    const qint64 have = out.trimmed().toLongLong();
    if (have < wanted) {
        QFile script(QStringLiteral(MW_SOURCE_DIR "/tests/lab/fillqueue"));
        if (!script.open(QIODevice::ReadOnly))
            return 1;
        Command fill = shell(
            "exec python3 - \"$@\"", {QByteArray::number(lab->smtpPort), QByteArray::number(wanted - have), "8"});
        fill.input = script.readAll();
        std::printf("filling the lab Postfix's queue with %lld messages…\n", static_cast<long long>(wanted - have));
        std::fflush(stdout);
        const qint64 fillMs = timed(host, fill);
        if (fillMs < 0)
            return 1;
        std::printf("queued in %lld ms\n", static_cast<long long>(fillMs));
    }
    // Until qmgr has tried them once: nothing of ours left in incoming or active.
    for (int i = 0; i < 600; ++i) {
        if (timed(host,
                shell("postqueue -j | grep '\"sender\": \"bench@bench.example\"' | "
                      "grep -c -v '\"queue_name\": \"deferred\"' || true"),
                &out)
            < 0)
            return 1;
        if (out.trimmed() == "0")
            break;
        QThread::sleep(std::chrono::seconds(2));
    }
    if (timed(host, shell("postqueue -j | wc -l"), &out) < 0)
        return 1;
    const qint64 total = out.trimmed().toLongLong();
    std::printf("queue: %lld messages (%lld of them this benchmark's), 2 cores\n\n", static_cast<long long>(total),
        static_cast<long long>(std::max(have, wanted)));

    // 2. The listing: our reader over SSH into the Queue tab's model and a
    // view set up as the tab's, against json.tool on the host.
    Bench::TabLoad tab;
    qint64 listedMs = -1;
    {
        PostfixQueueReader reader(host, nullptr);
        QElapsedTimer clock;
        QObject::connect(&reader, &QueueReader::nextRetriesKnown, [&] { listedMs = clock.elapsed(); });
        clock.start();
        tab.load(reader);
        if (!tab.error.isEmpty())
            std::fprintf(stderr, "bench_queue_lab: %s\n", qPrintable(tab.error));
    }
    const QList<QueueMessage> &messages = tab.model.messages();
    const qint64 rssPerMessage = messages.isEmpty() ? 0 : (Bench::rssBytes() - tab.rssBefore) / messages.size();
    const qint64 peerMs = timed(host, shell("postqueue -j | python3 -m json.tool --json-lines > /dev/null"));
    const qint64 postqueueMs = timed(host, shell("postqueue -j > /dev/null"));
    std::printf("listing: %lld messages in the model; first rows on screen after %lld ms\n",
        static_cast<long long>(messages.size()), static_cast<long long>(tab.firstRows));
    row("whole listing parsed", tab.lastBatch, "postqueue -j | json.tool", peerMs);
    row("  + next retries (mw-file)", listedMs, "postqueue -j > /dev/null", postqueueMs);
    std::printf("in the model %lld ms after the last byte (finishLoading %lld ms); largest GUI event-loop stall "
                "while loading %.1f ms (longest append %.1f ms, biggest batch %lld)\n",
        static_cast<long long>(tab.done - tab.lastByte), static_cast<long long>(tab.finishMs), tab.stallMs,
        double(tab.worstAppendNs) / 1e6, static_cast<long long>(tab.biggestBatch));
    std::printf("memory: %lld bytes of RSS per message with the model and view (strings included)\n\n",
        static_cast<long long>(rssPerMessage));

    // 3. qshape's view.
    QElapsedTimer shapeClock;
    shapeClock.start();
    const QueueShape shape
        = QueueShape::of(messages, QueueShape::By::RecipientDomain, QDateTime::currentSecsSinceEpoch());
    const qint64 shapeMs = shapeClock.elapsed();
    const qint64 qshapeMs = timed(host, shell("sudo -n /usr/sbin/qshape deferred > /dev/null"));
    row("shape (from the listing)", shapeMs, "sudo qshape deferred", qshapeMs);
    std::printf("  (ours counts %lld domains; listing + shape: %lld ms)\n\n", static_cast<long long>(shape.rows.size()),
        static_cast<long long>(listedMs + shapeMs));

    // 4. The cheap counter against counting by listing, median of 5.
    QList<qint64> counter;
    QList<qint64> byListing;
    qint64 counted = -1;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer clock;
        clock.start();
        const auto c = countQueue(host, MtaKind::Postfix);
        counter.append(clock.elapsed());
        if (!c) {
            std::fprintf(stderr, "bench_queue_lab: %s\n", qPrintable(c.error()));
            return 1;
        }
        counted = c->total;
        byListing.append(timed(host, shell("postqueue -j | wc -l > /dev/null")));
    }
    row("count (mw-file queue-count)", median(counter), "postqueue -j | wc -l", median(byListing));
    std::printf("  (counted %lld messages)\n", static_cast<long long>(counted));

    // 5. What the Queue alarms use: one follower counting every second over one
    // command. A refresh costs the host's walk (timed by the helper) plus the
    // way back; arrivals beyond the interval show that cost as the client sees it.
    {
        constexpr int kEveryMs = 1000;
        constexpr int kRefreshes = 11;
        QueueCountFollower follower(host, MtaKind::Postfix, std::chrono::milliseconds(kEveryMs));
        QList<qint64> hostUs;
        QList<qint64> arrivals;
        QString failure;
        QEventLoop loop;
        QElapsedTimer clock;
        QObject::connect(&follower, &QueueCountFollower::counted, &loop, [&](const QueueCounts &c, qint64 us) {
            arrivals.append(clock.elapsed());
            hostUs.append(us);
            counted = c.total;
            if (arrivals.size() == kRefreshes)
                loop.quit();
        });
        QObject::connect(&follower, &QueueCountFollower::failed, &loop, [&](const QString &error) {
            failure = error;
            loop.quit();
        });
        clock.start();
        follower.start();
        loop.exec();
        if (!failure.isEmpty()) {
            std::fprintf(stderr, "bench_queue_lab: %s\n", qPrintable(failure));
            return 1;
        }
        QList<qint64> beyond;
        for (qsizetype i = 1; i < arrivals.size(); ++i)
            beyond.append(arrivals.at(i) - arrivals.at(i - 1) - kEveryMs);
        const QList<qint64> refreshUs = hostUs.mid(1);
        std::printf("count (follower, first, cold)       mailwarden %7lld ms   (sudo, perl, postconf, whole walk; "
                    "the walk reading every directory: %.1f ms)\n",
            static_cast<long long>(arrivals.value(0)), double(hostUs.value(0)) / 1000.0);
        std::printf("count (follower, per refresh)      host walk median %.1f ms, max %.1f ms; arrival beyond "
                    "the interval median %lld ms, max %lld ms (%lld refreshes, %lld messages)\n",
            double(median(refreshUs)) / 1000.0, double(*std::ranges::max_element(refreshUs)) / 1000.0,
            static_cast<long long>(median(beyond)), static_cast<long long>(*std::ranges::max_element(beyond)),
            static_cast<long long>(beyond.size()), static_cast<long long>(counted));
    }

    if (!keep) {
        Command remove
            = shell("postqueue -j | grep '\"sender\": \"bench@bench.example\"' | "
                    "sed 's/.*\"queue_id\": \"\\([0-9A-Za-z]*\\)\".*/\\1/' | sudo -n postsuper -d - >/dev/null 2>&1");
        timed(host, remove);
    }
    return 0;
}
