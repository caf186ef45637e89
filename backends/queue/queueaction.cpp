#include "queueaction.h"

#include "core/tr.h"
#include "queuedump.h"
#include "remote/host.h"
#include "sendmailqueue.h"

#include <QHash>

namespace Mailwarden::Queue {

namespace {

// postsuper's option for each kind, and the word its per-message line ends with.
struct PostsuperVerb {
    const char *option;
    const char *done;
};

std::optional<PostsuperVerb> postsuperVerb(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Delete:
        return PostsuperVerb {"-d", "removed"};
    case ActionKind::Hold:
        return PostsuperVerb {"-h", "placed on hold"};
    case ActionKind::Release:
        return PostsuperVerb {"-H", "released from hold"};
    case ActionKind::Requeue:
        return PostsuperVerb {"-r", "requeued"};
    case ActionKind::Flush:
        break;
    }
    return std::nullopt;
}

QString unchangedDetail(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Hold:
        return Tr::tr("not changed: no longer in the queue, or already on hold");
    case ActionKind::Release:
        return Tr::tr("not changed: no longer in the queue, or not on hold");
    default:
        break;
    }
    return Tr::tr("already gone from the queue");
}

// The root-file helper's answer to ids on stdin: one "ID WORD" line each.
QHash<QString, QByteArray> perIdAnswers(const QByteArray &out)
{
    QHash<QString, QByteArray> said;
    for (const QByteArray &line : out.split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            said.insert(QString::fromLatin1(line.left(space)), line.mid(space + 1));
    }
    return said;
}

QString outputOf(const CommandResult &result)
{
    QString out = QString::fromUtf8(result.out);
    if (!result.err.isEmpty()) {
        if (!out.isEmpty() && !out.endsWith(u'\n'))
            out += u'\n';
        out += QString::fromUtf8(result.err);
    }
    return out;
}

std::expected<ActionResult, QString> postsuper(Host &host, ActionKind kind, const QStringList &ids)
{
    const PostsuperVerb verb = *postsuperVerb(kind);
    Command command;
    command.argv = {"/usr/sbin/postsuper", verb.option, "-"};
    command.sudo = true;
    for (const QString &id : ids)
        command.input += id.toLatin1() + '\n';
    ActionResult result;
    result.kind = kind;
    result.commandLine = command.displayString() + Tr::tr(" (%n queue id(s) on stdin)", nullptr, int(ids.size()));
    const auto ran = host.run(command).result();
    if (!ran)
        return std::unexpected(ran.error().toString());
    result.output = outputOf(*ran);
    // "postsuper: 4F1A2B3C4D: removed" per message it changed; nothing for an id it did not find.
    QHash<QString, QString> said;
    const QByteArray prefix = "postsuper: ";
    for (const QByteArray &line : ran->err.split('\n')) {
        if (!line.startsWith(prefix))
            continue;
        const qsizetype colon = line.indexOf(": ", prefix.size());
        if (colon < 0)
            continue;
        said.insert(QString::fromLatin1(line.mid(prefix.size(), colon - prefix.size())),
            QString::fromUtf8(line.mid(colon + 2)).trimmed());
    }
    for (const QString &id : ids) {
        MessageOutcome outcome {id, MessageOutcome::Kind::Unchanged, unchangedDetail(kind)};
        if (const auto it = said.constFind(id); it != said.constEnd()) {
            outcome.kind = *it == QLatin1String(verb.done) ? MessageOutcome::Kind::Done : MessageOutcome::Kind::Failed;
            outcome.detail = *it;
        } else if (!ran->succeeded()) {
            outcome.kind = MessageOutcome::Kind::Failed;
            outcome.detail = Tr::tr("postsuper failed (exit code %1)").arg(ran->exitCode);
        }
        result.messages.append(outcome);
    }
    if (!ran->succeeded() && said.isEmpty())
        return std::unexpected(result.output.trimmed().isEmpty()
                ? Tr::tr("postsuper failed (exit code %1).").arg(ran->exitCode)
                : result.output.trimmed());
    return result;
}

std::expected<ActionResult, QString> postfixFlush(Host &host, const QStringList &ids)
{
    ActionResult result;
    result.kind = ActionKind::Flush;
    Command command;
    if (ids.isEmpty()) {
        command.argv = {"/usr/sbin/postqueue", "-f"};
    } else {
        // One postqueue -i per id, the ids on stdin (never part of the script,
        // and not arguments: thousands of them would pass the kernel's limit).
        command.argv = {"sh", "-c",
            "while IFS= read -r id; do if /usr/sbin/postqueue -i \"$id\"; then echo \"ok $id\"; "
            "else echo \"failed $id\"; fi; done"};
        for (const QString &id : ids)
            command.input += id.toLatin1() + '\n';
    }
    result.commandLine = ids.isEmpty()
        ? command.displayString()
        : Tr::tr("/usr/sbin/postqueue -i ID for each of %n message(s)", nullptr, int(ids.size()));
    const auto ran = host.run(command).result();
    if (!ran)
        return std::unexpected(ran.error().toString());
    result.output = outputOf(*ran);
    if (ids.isEmpty()) {
        if (!ran->succeeded())
            return std::unexpected(result.output.trimmed().isEmpty()
                    ? Tr::tr("postqueue -f failed (exit code %1).").arg(ran->exitCode)
                    : result.output.trimmed());
        return result;
    }
    QSet<QString> failed;
    for (const QByteArray &line : ran->out.split('\n')) {
        if (line.startsWith("failed "))
            failed.insert(QString::fromLatin1(line.mid(7)));
    }
    for (const QString &id : ids) {
        if (failed.contains(id))
            result.messages.append({id, MessageOutcome::Kind::Failed, Tr::tr("postqueue -i failed")});
        else
            result.messages.append({id, MessageOutcome::Kind::Done, Tr::tr("scheduled for delivery now")});
    }
    return result;
}

// Flush Whole Queue through one root command that says nothing per message
// (Sendmail's `sendmail -q`, qmail's ALRM): its output, or why it failed.
std::expected<ActionResult, QString> flushWholeQueue(Host &host, const QByteArrayList &argv, const QString &name)
{
    Command command;
    command.argv = argv;
    command.sudo = true;
    ActionResult result;
    result.kind = ActionKind::Flush;
    result.commandLine = command.displayString();
    const auto ran = host.run(command).result();
    if (!ran)
        return std::unexpected(ran.error().toString());
    result.output = outputOf(*ran);
    if (!ran->succeeded())
        return std::unexpected(result.output.trimmed().isEmpty()
                ? Tr::tr("%1 failed (exit code %2).").arg(name).arg(ran->exitCode)
                : result.output.trimmed());
    return result;
}

// Where each message of a Sendmail host's queue is now (id -> queue, and its
// reason), from the helper's listing.
struct SendmailState {
    QHash<QString, QueueName> queue;
    QHash<QString, QString> reason;
};

std::expected<SendmailState, QString> sendmailState(Host &host)
{
    Command command;
    command.argv = {host.fileHelper().toUtf8(), "queue-list", "sendmail"};
    command.sudo = true;
    const auto ran = host.run(command).result();
    if (!ran)
        return std::unexpected(ran.error().toString());
    if (!ran->succeeded())
        return std::unexpected(outputOf(*ran).trimmed());
    const auto frames = parseQueueDump(ran->out);
    if (!frames)
        return std::unexpected(frames.error());
    SendmailState state;
    for (const QueueMessage &m : sendmailMessagesFromDump(*frames, 0, nullptr).messages) {
        state.queue.insert(m.id, m.queue);
        state.reason.insert(m.id, m.reason());
    }
    return state;
}

// Runs `sudo -n /usr/sbin/sendmail ARGS…` once per id; the ids come on stdin
// (never part of the script), \a arguments are fixed words and may use $id
// and $1 (\a extra).
std::expected<CommandResult, QString> sendmailPerId(
    Host &host, const QByteArray &arguments, const QStringList &ids, const QByteArray &extra = {})
{
    // sudo's stdin is /dev/null: with use_pty (Debian's default) sudo relays
    // its stdin to the command and so ate the ids still to come in the loop.
    Command command;
    command.argv = {"sh", "-c",
        "while IFS= read -r id; do sudo -n /usr/sbin/sendmail " + arguments
            + " </dev/null || echo \"failed $id\"; done",
        "sh", extra};
    for (const QString &id : ids)
        command.input += id.toLatin1() + '\n';
    const auto ran = host.run(command).result();
    if (!ran)
        return std::unexpected(ran.error().toString());
    return *ran;
}

// The quarantine reason Mailwarden gives a held message: one word (the sudo
// rule allows no space).
constexpr QByteArrayView kHoldReason = "held_by_Mailwarden";

std::expected<ActionResult, QString> sendmailAction(Host &host, ActionKind kind, const QStringList &ids)
{
    ActionResult result;
    result.kind = kind;
    if (host.fileHelper().isEmpty())
        return std::unexpected(Tr::tr("This host has no root-file helper (mw-file), which acts on the Sendmail queue: "
                                      "prepare the host first."));
    if (kind == ActionKind::Flush && ids.isEmpty()) {
        auto flushed = flushWholeQueue(host, {"/usr/sbin/sendmail", "-q"}, QStringLiteral("sendmail -q"));
        if (!flushed)
            return flushed;
        // And the submission queue: mail handed in on the host that the MTA has not taken yet.
        const auto submission
            = flushWholeQueue(host, {"/usr/sbin/sendmail", "-Ac", "-q"}, QStringLiteral("sendmail -Ac -q"));
        flushed->commandLine
            += QStringLiteral("; ") + Command {{"/usr/sbin/sendmail", "-Ac", "-q"}, true, {}, {}}.displayString();
        if (submission)
            flushed->output += submission->output;
        else
            flushed->output += Tr::tr("The submission queue (MSP) was not run: %1").arg(submission.error()) + u'\n';
        return flushed;
    }
    if (ids.isEmpty())
        return std::unexpected(Tr::tr("No message selected."));
    if (kind == ActionKind::Delete) {
        Command command;
        command.argv = {host.fileHelper().toUtf8(), "queue-remove", "sendmail"};
        command.sudo = true;
        for (const QString &id : ids)
            command.input += id.toLatin1() + '\n';
        result.commandLine = command.displayString() + Tr::tr(" (%n queue id(s) on stdin)", nullptr, int(ids.size()));
        const auto ran = host.run(command).result();
        if (!ran)
            return std::unexpected(ran.error().toString());
        result.output = outputOf(*ran);
        // "ID removed|busy|missing" per id.
        const QHash<QString, QByteArray> said = perIdAnswers(ran->out);
        for (const QString &id : ids) {
            const QByteArray word = said.value(id);
            if (word == "removed")
                result.messages.append({id, MessageOutcome::Kind::Done, Tr::tr("removed")});
            else if (word == "missing")
                result.messages.append({id, MessageOutcome::Kind::Unchanged, unchangedDetail(kind)});
            else if (word == "busy")
                result.messages.append({id, MessageOutcome::Kind::Failed,
                    Tr::tr("being delivered right now (Sendmail holds its lock); try again")});
            else
                result.messages.append({id, MessageOutcome::Kind::Failed,
                    Tr::tr("mw-file queue-remove failed (exit code %1)").arg(ran->exitCode)});
        }
        if (!ran->succeeded() && said.isEmpty())
            return std::unexpected(result.output.trimmed());
        return result;
    }
    // Hold, release and flush: Sendmail's own commands per message, and what
    // became of each read back from the queue (the commands say nothing).
    const auto before = sendmailState(host);
    if (!before)
        return std::unexpected(before.error());
    // Messages in the submission queue (the MSP's) are run with -Ac; hold and
    // release are the MTA's queue's only.
    QStringList mtaIds;
    QStringList submissionIds;
    for (const QString &id : ids)
        (before->queue.value(id) == QueueName::Submission ? submissionIds : mtaIds).append(id);
    std::expected<CommandResult, QString> ran = CommandResult {0, {}, {}, {}};
    switch (kind) {
    case ActionKind::Hold:
        result.commandLine
            = Tr::tr("sudo -n /usr/sbin/sendmail -qIID -Q%1 for each of %n message(s)", nullptr, int(mtaIds.size()))
                  .arg(QString::fromLatin1(kHoldReason));
        if (!mtaIds.isEmpty())
            ran = sendmailPerId(host, "\"-qI$id\" \"-Q$1\"", mtaIds, kHoldReason.toByteArray());
        break;
    case ActionKind::Release:
        result.commandLine
            = Tr::tr("sudo -n /usr/sbin/sendmail -qQ -qIID -Q for each of %n message(s)", nullptr, int(mtaIds.size()));
        if (!mtaIds.isEmpty())
            ran = sendmailPerId(host, "-qQ \"-qI$id\" -Q", mtaIds);
        break;
    case ActionKind::Flush:
        result.commandLine
            = Tr::tr("sudo -n /usr/sbin/sendmail -v -qIID for each of %n message(s)", nullptr, int(mtaIds.size()));
        // -v: in the foreground (without it Sendmail returns before the
        // delivery ends); its SMTP dialogue goes to stderr, the output shown.
        if (!mtaIds.isEmpty())
            ran = sendmailPerId(host, "-v \"-qI$id\" >&2", mtaIds);
        if (ran && !submissionIds.isEmpty()) {
            result.commandLine += QStringLiteral("; ")
                + Tr::tr("sudo -n /usr/sbin/sendmail -Ac -v -qIID for each of %n message(s)", nullptr,
                    int(submissionIds.size()));
            const auto submitted = sendmailPerId(host, "-Ac -v \"-qI$id\" >&2", submissionIds);
            if (!submitted)
                ran = submitted;
            else
                ran->out += submitted->out, ran->err += submitted->err;
        }
        break;
    default:
        return std::unexpected(*actionUnavailable(kind, MtaKind::Sendmail));
    }
    if (!ran)
        return std::unexpected(ran.error());
    result.output = outputOf(*ran);
    QSet<QString> failed;
    for (const QByteArray &line : ran->out.split('\n')) {
        if (line.startsWith("failed "))
            failed.insert(QString::fromLatin1(line.mid(7)));
    }
    const auto after = sendmailState(host);
    if (!after)
        return std::unexpected(after.error());
    for (const QString &id : ids) {
        const bool was = before->queue.contains(id);
        const bool is = after->queue.contains(id);
        const QueueName now = after->queue.value(id, QueueName::Other);
        MessageOutcome outcome {id, MessageOutcome::Kind::Unchanged, unchangedDetail(kind)};
        const bool submitted = before->queue.value(id) == QueueName::Submission;
        if (failed.contains(id)) {
            outcome = {id, MessageOutcome::Kind::Failed, Tr::tr("sendmail refused it (see the output)")};
        } else if (submitted && kind != ActionKind::Flush) {
            outcome = {id, MessageOutcome::Kind::Failed,
                Tr::tr("waits in the submission queue (MSP), which has no quarantine here: Flush hands it to the "
                       "mail server")};
        } else if (kind == ActionKind::Flush) {
            if (!was)
                outcome.detail = unchangedDetail(ActionKind::Delete);
            else if (!is && submitted)
                outcome = {
                    id, MessageOutcome::Kind::Done, Tr::tr("handed to the mail server (its queue gives it a new id)")};
            else if (!is)
                outcome = {id, MessageOutcome::Kind::Done, Tr::tr("left the queue (delivered or returned)")};
            else
                outcome = {id, MessageOutcome::Kind::Done,
                    Tr::tr("tried now; still waiting: %1").arg(after->reason.value(id))};
        } else if (kind == ActionKind::Hold) {
            if (was && before->queue.value(id) != QueueName::Quarantine && now == QueueName::Quarantine)
                outcome = {id, MessageOutcome::Kind::Done, Tr::tr("quarantined")};
            else if (was && is && now != QueueName::Quarantine)
                outcome = {id, MessageOutcome::Kind::Failed, Tr::tr("still not quarantined")};
        } else if (kind == ActionKind::Release) {
            if (was && before->queue.value(id) == QueueName::Quarantine && is && now != QueueName::Quarantine)
                outcome = {id, MessageOutcome::Kind::Done, Tr::tr("released from quarantine")};
            else if (is && now == QueueName::Quarantine)
                outcome = {id, MessageOutcome::Kind::Failed, Tr::tr("still quarantined")};
        }
        result.messages.append(outcome);
    }
    return result;
}

// qmail: qmail-send keeps a preprocessed message's state in memory, so the
// helper may change the message's files only while it is stopped. The helper
// does all of it as one step on the host (`--pause-send`: svc -d, wait for
// qmail-send's lock, change the files, svc -u, wait until it is up), so a
// connection that breaks midway cannot leave qmail-send stopped.
bool isQmailQueueId(QStringView id)
{
    // qmail's ids are inode numbers, written without leading zeros.
    return !id.isEmpty() && id.size() <= 19 && id.front() != u'0'
        && std::ranges::all_of(id, [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// The loudest failure: the action ran (or not), but qmail-send is not running.
QString qmailSendNotStarted(const QString &whatHappened)
{
    return Tr::tr("qmail-send is NOT running: it did not start again. No mail is delivered until it runs: "
                  "start it as root on the host with svc -u /service/qmail-send. %1")
        .arg(whatHappened);
}

std::expected<ActionResult, QString> qmailAction(Host &host, ActionKind kind, const QStringList &ids)
{
    if (host.fileHelper().isEmpty())
        return std::unexpected(Tr::tr("This host has no root-file helper (mw-file), which acts on the qmail queue: "
                                      "prepare the host first."));
    if (ids.isEmpty())
        return std::unexpected(Tr::tr("No message selected."));
    for (const QString &id : ids) {
        if (!isQmailQueueId(id))
            return std::unexpected(Tr::tr("\"%1\" is not a qmail queue id (a number).").arg(id));
    }
    ActionResult result;
    result.kind = kind;
    Command helper;
    helper.argv = {host.fileHelper().toUtf8(), kind == ActionKind::Delete ? "queue-remove" : "queue-retry", "qmail",
        "--pause-send"};
    helper.sudo = true;
    for (const QString &id : ids)
        helper.input += id.toLatin1() + '\n';
    result.commandLine = helper.displayString() + Tr::tr(" (%n queue id(s) on stdin)", nullptr, int(ids.size()));

    const auto ran = host.run(helper).result();
    if (!ran)
        return std::unexpected(ran.error().toString());
    result.output += outputOf(*ran);
    if (ran->exitCode == 64)
        return std::unexpected(Tr::tr("The helper on this host (mw-file) is older than this console and cannot "
                                      "stop qmail-send itself: prepare the host again."));
    // "ID removed|scheduled|missing|invalid|failed" per id, then "qmail-send
    // started|left-stopped|not-started" (never an id: those are numbers).
    QHash<QString, QByteArray> said = perIdAnswers(ran->out);
    const QByteArray sendState = said.take(QStringLiteral("qmail-send"));
    const QByteArray doneWord = kind == ActionKind::Delete ? "removed" : "scheduled";
    const QString doneDetail = kind == ActionKind::Delete ? Tr::tr("removed")
        : sendState == "left-stopped"
        ? Tr::tr("tried as soon as qmail-send is started (it was stopped before and is left so)")
        : Tr::tr("tried now (qmail-send started again)");
    for (const QString &id : ids) {
        const QByteArray word = said.value(id);
        if (word == doneWord)
            result.messages.append({id, MessageOutcome::Kind::Done, doneDetail});
        else if (word == "missing")
            result.messages.append({id, MessageOutcome::Kind::Unchanged, unchangedDetail(ActionKind::Delete)});
        else if (word == "failed")
            result.messages.append({id, MessageOutcome::Kind::Failed,
                Tr::tr("left alone: a file of it is not what qmail writes (see the output)")});
        else
            result.messages.append({id, MessageOutcome::Kind::Failed,
                Tr::tr("mw-file %1 failed (exit code %2)")
                    .arg(QString::fromUtf8(helper.argv.at(1)))
                    .arg(ran->exitCode)});
    }
    if (sendState == "not-started")
        return std::unexpected(qmailSendNotStarted(Tr::tr("The action itself: %1").arg(result.summary())));
    if (sendState == "left-stopped")
        result.output += Tr::tr("qmail-send was not running and is left stopped.") + u'\n';
    if (!ran->succeeded() && said.isEmpty())
        return std::unexpected(outputOf(*ran).trimmed().isEmpty() ? Tr::tr("mw-file %1 failed (exit code %2).")
                                                                        .arg(QString::fromUtf8(helper.argv.at(1)))
                                                                        .arg(ran->exitCode)
                                                                  : outputOf(*ran).trimmed());
    return result;
}

} // namespace

qsizetype ActionResult::count(MessageOutcome::Kind outcome) const
{
    return std::ranges::count_if(messages, [outcome](const MessageOutcome &m) { return m.kind == outcome; });
}

QString ActionResult::summary() const
{
    if (messages.isEmpty())
        return kind == ActionKind::Flush ? Tr::tr("The whole queue is being delivered now.") : QString();
    const int done = int(count(MessageOutcome::Kind::Done));
    QStringList parts;
    switch (kind) {
    case ActionKind::Delete:
        parts << Tr::tr("%n message(s) deleted", nullptr, done);
        break;
    case ActionKind::Hold:
        parts << Tr::tr("%n message(s) put on hold", nullptr, done);
        break;
    case ActionKind::Release:
        parts << Tr::tr("%n message(s) released", nullptr, done);
        break;
    case ActionKind::Requeue:
        parts << Tr::tr("%n message(s) requeued", nullptr, done);
        break;
    case ActionKind::Flush:
        parts << Tr::tr("%n message(s) scheduled for delivery", nullptr, done);
        break;
    }
    if (const int unchanged = int(count(MessageOutcome::Kind::Unchanged)))
        parts << Tr::tr("%n unchanged (gone meanwhile or already so)", nullptr, unchanged);
    if (const int failed = int(count(MessageOutcome::Kind::Failed)))
        parts << Tr::tr("%n failed", nullptr, failed);
    return parts.join(QStringLiteral(", ")) + u'.';
}

QString actionName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Delete:
        return Tr::tr("Delete");
    case ActionKind::Hold:
        return Tr::tr("Hold");
    case ActionKind::Release:
        return Tr::tr("Release");
    case ActionKind::Requeue:
        return Tr::tr("Requeue");
    case ActionKind::Flush:
        return Tr::tr("Flush");
    }
    return {};
}

std::optional<QString> actionUnavailable(ActionKind kind, MtaKind mta, bool wholeQueue)
{
    Q_UNUSED(wholeQueue) // every action available now is so on selected messages and on the whole queue
    if (mta == MtaKind::Postfix)
        return std::nullopt;
    if (mta == MtaKind::Qmail) {
        if (kind == ActionKind::Flush || kind == ActionKind::Delete)
            return std::nullopt;
        return Tr::tr("qmail has no hold and no requeue: a message stays in its queue until it is delivered, "
                      "returned or deleted. Only Delete and Flush act on qmail's messages.");
    }
    if (mta == MtaKind::Sendmail) {
        if (kind != ActionKind::Requeue)
            return std::nullopt;
        return Tr::tr("Sendmail has no requeue (Postfix's postsuper -r): use Flush to try the messages now.");
    }
    return Tr::tr("Acting on the %1 queue is not built yet; only Postfix's queue can be changed.")
        .arg(mtaKindName(mta));
}

bool isPostfixQueueId(QStringView id)
{
    if (id.size() < 6 || id.size() > 32)
        return false;
    return std::ranges::all_of(
        id, [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'); });
}

std::expected<ActionResult, QString> runQueueAction(Host &host, MtaKind mta, ActionKind kind, const QStringList &ids)
{
    if (const auto why = actionUnavailable(kind, mta, ids.isEmpty()))
        return std::unexpected(*why);
    if (mta == MtaKind::Qmail && (kind != ActionKind::Flush || !ids.isEmpty()))
        return qmailAction(host, kind, ids);
    if (mta == MtaKind::Qmail) {
        // ALRM makes qmail-send try every message now (qmail has no flush of one message while it runs).
        return flushWholeQueue(host, {"/usr/bin/svc", "-a", "/service/qmail-send"}, QStringLiteral("svc -a"));
    }
    if (mta == MtaKind::Sendmail) {
        for (const QString &id : ids) {
            if (!isSendmailQueueId(id))
                return std::unexpected(
                    Tr::tr("\"%1\" is not a Sendmail queue id (6 to 30 letters and digits).").arg(id));
        }
        return sendmailAction(host, kind, ids);
    }
    for (const QString &id : ids) {
        if (!isPostfixQueueId(id))
            return std::unexpected(Tr::tr("\"%1\" is not a Postfix queue id (6 to 32 letters and digits).").arg(id));
    }
    if (kind == ActionKind::Flush)
        return postfixFlush(host, ids);
    if (ids.isEmpty())
        return std::unexpected(Tr::tr("No message selected."));
    return postsuper(host, kind, ids);
}

} // namespace Mailwarden::Queue
