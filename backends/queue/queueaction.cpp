#include "queueaction.h"

#include "core/tr.h"
#include "remote/host.h"

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

std::optional<QString> actionUnavailable(ActionKind kind, MtaKind mta)
{
    Q_UNUSED(kind)
    if (mta == MtaKind::Postfix)
        return std::nullopt;
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
    if (const auto why = actionUnavailable(kind, mta))
        return std::unexpected(*why);
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
