// mailwarden-cli queue list HOST [FILTERS] [--json]
// mailwarden-cli queue shape HOST [FILTERS] [--by sender|recipient] [--first-minutes N] [--buckets N] [--json]
// mailwarden-cli queue delete|hold|release|requeue HOST FILTERS [--yes] [--json]
// mailwarden-cli queue flush HOST [FILTERS] [--json]
// mailwarden-cli queue show HOST ID [--all]
//   FILTERS: --sender S --recipient R --reason T --domain D --older-than AGE --queue NAME --id ID (repeatable)
// The queue is read with the backend's QueueReader (Postfix: postqueue -j;
// Sendmail: its qf files through the root-file helper);
// list prints the rows as the batches arrive. --json: list writes JSON Lines
// with postqueue -j's keys (so scripts written for postqueue -j keep working),
// shape one object {"headings", "rows"} with qshape's TOTAL row first.
// The actions read the queue first and act on what the filters select (at
// least one filter, so a forgotten one never empties the queue); without
// --yes they only say what they would do. flush without filters flushes the
// whole queue (postqueue -f).
#include "clicommand.h"
#include "hostmta.h"

#include "core/displaytext.h"
#include "queue/messagecontent.h"
#include "queue/queueaction.h"
#include "queue/queuefilter.h"
#include "queue/queuereader.h"
#include "queue/queueshape.h"
#include "remote/host.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace Mailwarden::Cli {

namespace {

using namespace Mailwarden::Queue;

int queueUsage(QTextStream &err)
{
    err << QCoreApplication::translate("cli",
        "Usage: mailwarden-cli queue list HOST [FILTERS] [--json] | queue shape HOST [FILTERS] [--by "
        "sender|recipient] [--first-minutes N] [--buckets N] [--json] | queue delete|hold|release|requeue HOST "
        "FILTERS [--yes] [--json] | queue flush HOST [FILTERS] [--json] | queue show HOST ID [--all]; FILTERS: "
        "--sender S --recipient R --reason "
        "TEXT --domain D --older-than AGE (2h) --queue NAME --id ID (repeatable); also [--accept-fingerprint FP] "
        "[--known-hosts FILE]")
        << '\n';
    return UsageError;
}

struct QueueArgs {
    QueueFilter filter;
    bool json = false;
    QueueShape::By by = QueueShape::By::RecipientDomain;
    int firstMinutes = 5;
    int buckets = 10;
};

// A whole number in [min, max] for OPTION; nullopt after telling err.
std::optional<int> number(const QString &option, const QString &value, int min, int max, QTextStream &err)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (ok && n >= min && n <= max)
        return n;
    err << QCoreApplication::translate("cli", "queue: %1 needs a number from %2 to %3").arg(option).arg(min).arg(max)
        << '\n';
    return std::nullopt;
}

// Takes the filter and output options out of args; nullopt after telling err
// (a usage error).
std::optional<QueueArgs> takeQueueArgs(QStringList &args, bool shape, QTextStream &err)
{
    QueueArgs a;
    a.json = takeFlag(args, QStringLiteral("--json"));
    QueueFilter &f = a.filter;
    f.sender = takeOption(args, QStringLiteral("--sender")).value_or(QString());
    f.recipient = takeOption(args, QStringLiteral("--recipient")).value_or(QString());
    f.reason = takeOption(args, QStringLiteral("--reason")).value_or(QString());
    f.domain = takeOption(args, QStringLiteral("--domain")).value_or(QString());
    while (const auto id = takeOption(args, QStringLiteral("--id")))
        f.ids.append(*id);
    if (const auto age = takeOption(args, QStringLiteral("--older-than"))) {
        const auto seconds = QueueFilter::parseAge(*age);
        if (!seconds) {
            err << QCoreApplication::translate("cli", "queue: %1").arg(seconds.error()) << '\n';
            return std::nullopt;
        }
        f.olderThan = *seconds;
    }
    if (const auto queue = takeOption(args, QStringLiteral("--queue"))) {
        if (!queueKeys().contains(*queue)) {
            err << QCoreApplication::translate("cli", "queue: unknown queue '%1' (%2)")
                       .arg(*queue, queueKeys().join(QLatin1String(", ")))
                << '\n';
            return std::nullopt;
        }
        f.queue = queueFromKey(queue->toUtf8());
    }
    if (!shape)
        return a;
    if (const auto by = takeOption(args, QStringLiteral("--by"))) {
        if (*by == QLatin1String("sender")) {
            a.by = QueueShape::By::SenderDomain;
        } else if (*by != QLatin1String("recipient")) {
            err << QCoreApplication::translate("cli", "queue: --by takes sender or recipient") << '\n';
            return std::nullopt;
        }
    }
    if (const auto first = takeOption(args, QStringLiteral("--first-minutes"))) {
        const auto n = number(QStringLiteral("--first-minutes"), *first, 1, 100000, err);
        if (!n)
            return std::nullopt;
        a.firstMinutes = *n;
    }
    if (const auto buckets = takeOption(args, QStringLiteral("--buckets"))) {
        const auto n = number(QStringLiteral("--buckets"), *buckets, 2, 30, err);
        if (!n)
            return std::nullopt;
        a.buckets = *n;
    }
    return a;
}

// One message with the keys postqueue -j writes (in QJsonObject's order), so
// scripts written for postqueue -j read it unchanged.
QByteArray jsonLine(const QueueMessage &m)
{
    QJsonArray recipients;
    for (const QueueRecipient &r : m.recipients) {
        QJsonObject o {{QStringLiteral("address"), r.address}};
        if (!r.reason.isEmpty()) // postqueue -j leaves it out when there is none
            o.insert(QStringLiteral("delay_reason"), r.reason);
        recipients.append(o);
    }
    const QJsonObject o {{QStringLiteral("queue_name"), queueKey(m.queue)}, {QStringLiteral("queue_id"), m.id},
        {QStringLiteral("arrival_time"), m.arrival}, {QStringLiteral("message_size"), m.size},
        {QStringLiteral("forced_expire"), m.forcedExpire}, {QStringLiteral("sender"), m.sender},
        {QStringLiteral("recipients"), recipients}};
    // Beyond postqueue -j's keys, where the listing knows them.
    QJsonObject extended = o;
    if (m.tries >= 0)
        extended.insert(QStringLiteral("tries"), m.tries);
    if (m.lastAttempt > 0)
        extended.insert(QStringLiteral("last_attempt"), m.lastAttempt);
    if (m.nextRetry > 0) {
        extended.insert(QStringLiteral("next_retry"), m.nextRetry);
        extended.insert(QStringLiteral("next_retry_kind"),
            m.retryKind == RetryKind::Exact ? QStringLiteral("exact") : QStringLiteral("estimate"));
    }
    return QJsonDocument(extended).toJson(QJsonDocument::Compact);
}

QString oneLine(const QString &text)
{
    return displayText(text, LineBreaks::Join);
}

// The readable row: widths fixed so rows can be printed as they arrive.
void printRow(const QueueMessage &m, QTextStream &out)
{
    const QString arrival = m.arrival > 0
        ? QDateTime::fromSecsSinceEpoch(m.arrival).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        : QStringLiteral("-");
    const QString size = m.size >= 0 ? QString::number(m.size) : QStringLiteral("-");
    QString recipients = QStringLiteral("-");
    if (!m.recipients.isEmpty()) {
        recipients = oneLine(m.recipients.first().address);
        if (m.recipients.size() > 1)
            recipients = QCoreApplication::translate("cli", "%1 (+%2)").arg(recipients).arg(m.recipients.size() - 1);
    }
    const QString sender = m.sender.isEmpty() ? QStringLiteral("<>") : oneLine(m.sender);
    QString line;
    QTextStream(&line) << oneLine(m.id).leftJustified(15) << ' ' << queueKey(m.queue).leftJustified(10) << ' '
                       << arrival.leftJustified(19) << ' ' << size.rightJustified(9) << "  " << sender.leftJustified(28)
                       << ' ' << recipients.leftJustified(32) << ' ' << oneLine(m.reason());
    while (line.endsWith(u' '))
        line.chop(1);
    out << line << '\n';
}

void printHeader(QTextStream &out)
{
    out << QCoreApplication::translate("cli", "Queue ID").leftJustified(15) << ' '
        << QCoreApplication::translate("cli", "Queue").leftJustified(10) << ' '
        << QCoreApplication::translate("cli", "Arrival").leftJustified(19) << ' '
        << QCoreApplication::translate("cli", "Size").rightJustified(9) << "  "
        << QCoreApplication::translate("cli", "Sender").leftJustified(28) << ' '
        << QCoreApplication::translate("cli", "Recipients").leftJustified(32) << ' '
        << QCoreApplication::translate("cli", "Reason") << '\n';
}

void printShape(const QueueShape &shape, QTextStream &out)
{
    QList<QStringList> lines;
    lines.append(QStringList {QString(), QStringLiteral("T")} + shape.headings);
    for (const QueueShape::Row &row : shape.rows) {
        QStringList cells {oneLine(row.domain), QString::number(row.total)};
        for (const qint64 n : row.buckets)
            cells.append(QString::number(n));
        lines.append(cells);
    }
    QList<qsizetype> widths(lines.first().size(), 0);
    for (const QStringList &cells : std::as_const(lines)) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], cells.at(i).size());
    }
    for (const QStringList &cells : std::as_const(lines)) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            padded.append(cells.at(i).rightJustified(widths.at(i)));
        out << padded.join(u' ') << '\n';
    }
}

QJsonObject shapeJson(const QueueShape &shape)
{
    QJsonArray rows;
    for (const QueueShape::Row &row : shape.rows) {
        QJsonArray buckets;
        for (const qint64 n : row.buckets)
            buckets.append(n);
        rows.append(QJsonObject {{QStringLiteral("domain"), row.domain}, {QStringLiteral("total"), row.total},
            {QStringLiteral("buckets"), buckets}});
    }
    return {{QStringLiteral("headings"), QJsonArray::fromStringList(shape.headings)}, {QStringLiteral("rows"), rows}};
}

QString outcomeKey(MessageOutcome::Kind kind)
{
    switch (kind) {
    case MessageOutcome::Kind::Done:
        return QStringLiteral("done");
    case MessageOutcome::Kind::Unchanged:
        return QStringLiteral("unchanged");
    case MessageOutcome::Kind::Failed:
        break;
    }
    return QStringLiteral("failed");
}

// Runs the action on the selected messages (\a whole: flush the whole queue)
// and reports per message.
int act(HostMta &target, ActionKind kind, const QList<QueueMessage> &selected, bool whole, bool yes, bool json,
    QTextStream &out, QTextStream &err)
{
    QStringList ids;
    for (const QueueMessage &m : selected)
        ids.append(m.id);
    if (!whole && ids.isEmpty()) {
        err << QCoreApplication::translate("cli", "%1: no message in the queue matches.").arg(target.name) << '\n';
        return Failure;
    }
    if (!yes && kind != ActionKind::Flush) {
        out << QCoreApplication::translate("cli", "Would %1 %n message(s) on %2:", nullptr, int(ids.size()))
                   .arg(actionName(kind).toLower(), target.name)
            << '\n';
        for (const QString &id : std::as_const(ids))
            out << "  " << id << '\n';
        err << QCoreApplication::translate("cli", "Nothing changed: add --yes to do it.") << '\n';
        return Failure;
    }
    const auto result = runQueueAction(*target.host, target.detection.kind, kind, ids);
    if (!result) {
        err << QCoreApplication::translate("cli", "%1: %2").arg(target.name, displayText(result.error())) << '\n';
        return Failure;
    }
    for (const MessageOutcome &m : result->messages) {
        if (json) {
            out << QString::fromUtf8(QJsonDocument(
                QJsonObject {{QStringLiteral("queue_id"), m.id}, {QStringLiteral("outcome"), outcomeKey(m.kind)},
                    {QStringLiteral("detail"), m.detail}})
                    .toJson(QJsonDocument::Compact))
                << '\n';
        } else {
            out << m.id << ": " << displayText(m.detail, LineBreaks::Join) << '\n';
        }
    }
    if (!json)
        out << displayText(result->summary(), LineBreaks::Join) << '\n';
    return result->count(MessageOutcome::Kind::Failed) ? Failure : Success;
}

// One message's header and body, control characters made visible; the
// first 64 KiB of the body unless --all (then up to 16 MiB).
int show(QStringList args, QTextStream &out, QTextStream &err)
{
    const bool all = takeFlag(args, QStringLiteral("--all"));
    if (args.size() < 2 || args.first().startsWith(QLatin1String("--")))
        return queueUsage(err);
    const QString id = args.takeAt(1);
    int exitCode = Failure;
    auto target = openHostMta(args, err, &exitCode);
    if (!target)
        return exitCode;
    if (!args.isEmpty())
        return queueUsage(err);
    const auto content
        = readMessageContent(*target->host, target->detection.kind, id, all ? kMaxMessageBytes : kPreviewBytes);
    if (!content) {
        err << QCoreApplication::translate("cli", "%1: %2").arg(target->name, displayText(content.error())) << '\n';
        return Failure;
    }
    out << displayText(QString::fromUtf8(content->text), LineBreaks::Keep);
    if (!content->text.endsWith('\n'))
        out << '\n';
    out.flush();
    if (content->truncated)
        err << QCoreApplication::translate("cli", "%1: the message goes on; shown: %2 bytes of its body%3")
                   .arg(target->name)
                   .arg(content->bodyShown)
                   .arg(all ? QString() : QCoreApplication::translate("cli", " (--all shows up to 16 MiB)"))
            << '\n';
    return Success;
}

int queue(QStringList args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return queueUsage(err);
    const QString verb = args.takeFirst();
    if (verb == QLatin1String("show"))
        return show(args, out, err);
    const bool shape = verb == QLatin1String("shape");
    static const QHash<QString, ActionKind> actions {{QStringLiteral("delete"), ActionKind::Delete},
        {QStringLiteral("hold"), ActionKind::Hold}, {QStringLiteral("release"), ActionKind::Release},
        {QStringLiteral("requeue"), ActionKind::Requeue}, {QStringLiteral("flush"), ActionKind::Flush}};
    const auto action = actions.constFind(verb);
    const bool acting = action != actions.constEnd();
    if (!shape && !acting && verb != QLatin1String("list"))
        return queueUsage(err);
    const bool yes = takeFlag(args, QStringLiteral("--yes"));
    const auto a = takeQueueArgs(args, shape, err);
    if (!a)
        return queueUsage(err);
    if (acting && *action != ActionKind::Flush && a->filter.isEmpty()) {
        err << QCoreApplication::translate("cli",
            "queue %1: say which messages (--id, --queue, --sender, --recipient, --domain, --reason, --older-than)")
                   .arg(verb)
            << '\n';
        return UsageError;
    }
    // Only the host name and the connection options may be left.
    static const QStringList connectionOptions {
        QStringLiteral("--accept-new"), QStringLiteral("--known-hosts"), QStringLiteral("--accept-fingerprint")};
    for (const QString &arg : std::as_const(args)) {
        if (arg.startsWith(QLatin1String("--")) && !connectionOptions.contains(arg.section(QLatin1Char('='), 0, 0)))
            return queueUsage(err);
    }
    if (args.isEmpty())
        return queueUsage(err);
    int exitCode = Failure;
    auto target = openHostMta(args, err, &exitCode);
    if (!target)
        return exitCode;
    if (!args.isEmpty())
        return queueUsage(err);

    QString why;
    std::unique_ptr<QueueReader> reader(QueueReader::create(*target->host, target->detection.kind, nullptr, &why));
    if (!reader) {
        err << QCoreApplication::translate("cli", "%1: %2").arg(target->name, why) << '\n';
        return Failure;
    }

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    qint64 read = 0;
    qint64 shown = 0;
    QList<QueueMessage> selected; // shape only
    bool headerPrinted = false;
    QObject::connect(reader.get(), &QueueReader::messagesArrived, reader.get(), [&](const QList<QueueMessage> &batch) {
        read += batch.size();
        for (const QueueMessage &m : batch) {
            if (!a->filter.matches(m, now))
                continue;
            ++shown;
            if (shape || acting) {
                selected.append(m);
            } else if (a->json) {
                out << QString::fromUtf8(jsonLine(m)) << '\n';
            } else {
                if (!headerPrinted) {
                    printHeader(out);
                    headerPrinted = true;
                }
                printRow(m, out);
            }
        }
        out.flush();
    });
    QEventLoop loop;
    bool done = false;
    QString error;
    QObject::connect(reader.get(), &QueueReader::finished, &loop, [&](const QString &e) {
        error = e;
        done = true;
        loop.quit();
    });
    reader->start();
    if (!done)
        loop.exec();

    for (const QString &problem : reader->problems())
        err << QCoreApplication::translate("cli", "%1: warning: %2").arg(target->name, displayText(problem)) << '\n';
    if (!error.isEmpty()) {
        out.flush();
        err << QCoreApplication::translate("cli", "%1: %2").arg(target->name, displayText(error)) << '\n';
        return Failure;
    }
    if (acting)
        return act(*target, *action, a->filter.isEmpty() ? QList<QueueMessage>() : selected, a->filter.isEmpty(), yes,
            a->json, out, err);
    if (shape) {
        const QueueShape result = QueueShape::of(selected, a->by, now, a->firstMinutes, a->buckets);
        if (a->json)
            out << QJsonDocument(shapeJson(result)).toJson(QJsonDocument::Indented);
        else
            printShape(result, out);
    } else if (!a->json) {
        out << QCoreApplication::translate("cli", "%n messages in the queue, %1 shown", nullptr, int(read)).arg(shown)
            << '\n';
    }
    return Success;
}

} // namespace

Command queueCommand()
{
    return {QStringLiteral("queue"),
        QCoreApplication::translate("cli",
            "A host's mail queue (Postfix, Sendmail, qmail): list it, show its shape like qshape, delete, hold, "
            "release, "
            "requeue or flush messages, read one: queue list|shape|delete|hold|release|requeue|flush HOST [filters] "
            "[--json], queue show HOST ID [--all]."),
        [](const QStringList &args, QTextStream &out, QTextStream &err) { return queue(args, out, err); }};
}

} // namespace Mailwarden::Cli
