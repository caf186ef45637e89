// The Queue tab's loading path at 100,000 messages, side by side with
// python3 -m json.tool --json-lines on the same bytes. The listing is a
// synthetic `postqueue -j` (ids, senders, 1-3 recipients in 5,000 domains,
// a handful of reasons, as a deferred queue with a dead relay looks), sent
// through a real LocalHost command (cat), so only SSH is not in the path.
// Prints: parse alone; first batch on screen after the request; the model
// complete after the last byte; the largest gap of the GUI event loop while
// loading and sorting (a 5 ms timer's drift); RSS per message; sort and filter.
#include "queue/postqueuejson.h"
#include "queue/queuemodel.h"
#include "queue/queuereader.h"
#include "remote/localhost.h"
#include "tabload.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Mailwarden;
using namespace Mailwarden::Queue;

namespace {

QByteArray listing(int messages)
{
    QRandomGenerator random(42); // the same listing every run
    const char *reasons[] = {"connect to 127.0.0.1[127.0.0.1]:25: Connection refused",
        "delivery temporarily suspended: connect to 127.0.0.1[127.0.0.1]:25: Connection refused",
        "host mx.example.com[192.0.2.10] said: 451 4.7.1 Greylisted, try again later (in reply to RCPT TO command)",
        "conversation with mx.example.net[192.0.2.11] timed out while receiving the initial server greeting",
        "Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found, try "
        "again"};
    QByteArray out;
    out.reserve(qsizetype(messages) * 330);
    const qint64 now = 1796525882;
    for (int i = 0; i < messages; ++i) {
        out += "{\"queue_name\": \"deferred\", \"queue_id\": \""
            + QByteArray::number(0x4A0000000LL + i * 7919LL, 16).toUpper()
            + "\", \"arrival_time\": " + QByteArray::number(now - random.bounded(86400 * 3)) + ", \"message_size\": "
            + QByteArray::number(300 + random.bounded(50000)) + ", \"forced_expire\": false, \"sender\": \"sender"
            + QByteArray::number(random.bounded(20)) + "@lab.example\", \"recipients\": [";
        const int rcpts = 1 + int(random.bounded(3));
        for (int r = 0; r < rcpts; ++r)
            out += QByteArray(r ? ", " : "") + "{\"address\": \"user" + QByteArray::number(random.bounded(1000))
                + "@domain" + QByteArray::number(random.bounded(5000)) + ".example\", \"delay_reason\": \""
                + reasons[random.bounded(5)] + "\"}";
        out += "]}\n";
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    int count = 100000;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--messages")); at > 0 && at + 1 < args.size())
        count = args.at(at + 1).toInt();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("postqueue.jsonl"));
    const QByteArray bytes = listing(count);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return 1;
    }
    std::printf("listing: %d messages, %.1f MB of postqueue -j\n", count, double(bytes.size()) / 1e6);

    // Parse alone.
    {
        QElapsedTimer t;
        t.start();
        PostqueueJsonParser parser;
        qsizetype parsed = 0;
        qsizetype start = 0;
        while (start < bytes.size()) {
            qsizetype end = bytes.indexOf('\n', start);
            if (end < 0)
                end = bytes.size();
            parsed += parser.parseLine(QByteArrayView(bytes).sliced(start, end - start)).has_value();
            start = end + 1;
        }
        std::printf("parse only (one thread): %lld ms for %lld messages\n", qint64(t.elapsed()), qint64(parsed));
    }

    // The peer on the same bytes.
    {
        QElapsedTimer t;
        t.start();
        QProcess python;
        // Through sh: Python 3.13's json.tool closes a named input file too early with --json-lines.
        python.start(QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("python3 -m json.tool --json-lines < \"$1\" > /dev/null"),
                QStringLiteral("sh"), path});
        python.waitForFinished(-1);
        std::printf(
            "peer python3 -m json.tool --json-lines: %lld ms (exit %d)\n", qint64(t.elapsed()), python.exitCode());
    }

    LocalHost host;
    if (!host.connectToHost().result())
        return 1;
    Bench::TabLoad tab;
    QueueModel &model = tab.model;
    QTableView &view = tab.view;
    const qint64 rssBefore = tab.rssBefore;

    PostfixQueueReader reader(host, nullptr);
    Command cat;
    cat.argv = {"cat", path.toUtf8()};
    cat.maxLineLength = PostfixQueueReader::kMaxLineLength;
    reader.setListingCommand(cat);
    tab.load(reader);
    std::printf("first rows on screen after the request: %lld ms\n", tab.firstRows);
    std::printf(
        "whole listing in the model: %lld ms after the request; %lld ms after the last byte (finishLoading %lld "
        "ms)\n",
        tab.done, tab.done - tab.lastByte, tab.finishMs);
    std::printf("largest GUI event-loop stall while loading: %.1f ms (longest append %.1f ms, biggest batch %lld)\n",
        tab.stallMs, double(tab.worstAppendNs) / 1e6, qint64(tab.biggestBatch));
    Bench::GapProbe probe;
    QElapsedTimer t;
    const qint64 rss = Bench::rssBytes() - rssBefore;
    // The strings this listing really holds: each distinct allocation once
    // (the reader shares repeated senders, reasons and addresses), sized as
    // glibc's malloc gives it (header and 16-byte steps); what the RSS holds
    // beyond them is the model's own cost per message.
    qint64 unsharedBytes = 0; // UTF-16 payload as if nothing were shared
    qint64 heldBytes = 0;
    QSet<const void *> seen;
    const auto hold = [&](const QString &text) {
        unsharedBytes += text.size() * 2;
        if (text.isEmpty() || seen.contains(text.constData()))
            return;
        seen.insert(text.constData());
        const qint64 asked = 16 + (text.capacity() + 1) * 2; // QArrayData header, the characters and the NUL
        heldBytes += std::max<qint64>(32, (asked + 8 + 15) / 16 * 16);
    };
    // The model's own structures as allocated: the message list with its
    // spare room, each message's recipient list, the two row orders.
    const auto chunk = [](qint64 asked) { return std::max<qint64>(32, (asked + 8 + 15) / 16 * 16); };
    qint64 structBytes = chunk(16 + model.messages().capacity() * qint64(sizeof(QueueMessage)))
        + 2 * qint64(model.messages().size()) * qint64(sizeof(qint32));
    for (const QueueMessage &m : model.messages())
        structBytes += chunk(16 + m.recipients.capacity() * qint64(sizeof(QueueRecipient)));
    for (const QueueMessage &m : model.messages()) {
        hold(m.id);
        hold(m.sender);
        for (const QueueRecipient &r : m.recipients) {
            hold(r.address);
            hold(r.reason);
        }
    }
    const qint64 messageCount = qMax<qint64>(1, qint64(model.messages().size()));
    const auto perMessage = [messageCount](qint64 total) { return static_cast<long long>(total / messageCount); };
    std::printf("memory: %.1f MB RSS for %lld messages = %lld bytes per message; strings held %lld bytes per message "
                "(%lld distinct, unshared payload would be %lld); beyond the strings %lld bytes per message (the "
                "model's structures %lld: a message %lld, its list capacity %lld)\n",
        double(rss) / 1e6, static_cast<long long>(messageCount), perMessage(rss), perMessage(heldBytes),
        static_cast<long long>(seen.size()), perMessage(unsharedBytes), perMessage(rss - heldBytes),
        perMessage(structBytes), static_cast<long long>(sizeof(QueueMessage)),
        static_cast<long long>(model.messages().capacity()));

    // Sort (off the GUI thread) and filter.
    for (const int column : {int(QueueModel::Arrival), int(QueueModel::Sender)}) {
        bool sorted = false;
        auto c = QObject::connect(&model, &QueueModel::sorted, [&] { sorted = true; });
        probe.start();
        t.restart();
        view.horizontalHeader()->setSortIndicator(column, Qt::AscendingOrder);
        while (!sorted)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        view.viewport()->repaint();
        std::printf("sort by %s: %lld ms until shown; largest GUI stall %.1f ms\n",
            column == QueueModel::Arrival ? "arrival" : "sender", qint64(t.elapsed()), probe.stopMs());
        QObject::disconnect(c);
    }
    {
        QueueFilter filter;
        filter.text = QStringLiteral("domain4711.example");
        bool filtered = false;
        QObject::connect(&model, &QueueModel::filtered, [&] { filtered = true; });
        probe.start();
        t.restart();
        model.setFilter(filter);
        while (!filtered)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        view.viewport()->repaint();
        std::printf("quick filter: %lld ms until shown, %d rows; largest GUI stall %.1f ms\n", qint64(t.elapsed()),
            model.rowCount(), probe.stopMs());
    }
    return 0;
}
