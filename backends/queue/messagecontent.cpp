#include "messagecontent.h"

#include "core/tr.h"
#include "queueaction.h"
#include "queuedump.h"
#include "remote/host.h"
#include "sendmailqueue.h"

namespace Mailwarden::Queue {

namespace {

QString gone(const QString &id)
{
    return Tr::tr("Message %1 is no longer in the queue (delivered, returned or deleted meanwhile).").arg(id);
}

std::expected<MessageContent, QString> postfixContent(Host &host, const QString &id, qint64 maxBytes)
{
    // One byte more than wanted tells whether there is more; head ends postcat
    // early on a large message instead of carrying all of it over SSH.
    Command command;
    command.argv = {"sh", "-c", "sudo -n /usr/sbin/postcat -bh -q \"$1\" | head -c \"$2\"", "sh", id.toLatin1(),
        QByteArray::number(maxBytes + 1)};
    const auto ran = host.run(command).result();
    if (!ran)
        return std::unexpected(ran.error().toString());
    if (ran->out.isEmpty() && !ran->err.trimmed().isEmpty()) {
        if (ran->err.contains("No such file"))
            return std::unexpected(gone(id));
        return std::unexpected(QString::fromUtf8(ran->err).trimmed());
    }
    MessageContent content;
    content.text = ran->out;
    content.truncated = content.text.size() > maxBytes;
    if (content.truncated)
        content.text.truncate(maxBytes);
    const qsizetype blank = content.text.indexOf("\n\n");
    content.bodyShown = blank < 0 ? 0 : content.text.size() - blank - 2;
    return content;
}

std::expected<MessageContent, QString> helperContent(Host &host, MtaKind mta, const QString &id, qint64 maxBytes)
{
    if (host.fileHelper().isEmpty())
        return std::unexpected(Tr::tr("This host has no root-file helper (mw-file), which reads queued messages: "
                                      "prepare the host first."));
    Command command;
    command.argv = {host.fileHelper().toUtf8(), "queue-read", mta == MtaKind::Sendmail ? "sendmail" : "qmail",
        id.toLatin1(), QByteArray::number(maxBytes)};
    command.sudo = true;
    const auto ran = host.run(command).result();
    if (!ran)
        return std::unexpected(ran.error().toString());
    if (!ran->succeeded())
        return std::unexpected(QString::fromUtf8(ran->err).trimmed());
    const auto frames = parseQueueDump(ran->out);
    if (!frames)
        return std::unexpected(frames.error());
    MessageContent content;
    bool found = false;
    for (const QueueDumpFrame &frame : *frames) {
        if (frame.kind == "qf" || frame.kind == "hf" || frame.kind == "Qf") {
            content.text = sendmailHeader(frame.data) + '\n';
            found = true;
        } else if (frame.kind == "df" || frame.kind == "mess") {
            content.bodySize = frame.extra.value(0, -1);
            content.bodyShown = frame.data.size();
            content.truncated = content.bodySize > frame.data.size();
            content.text += frame.data;
            found = true;
        }
    }
    if (!found)
        return std::unexpected(gone(id));
    if (mta == MtaKind::Qmail) { // the mess file is the whole message
        const qsizetype blank = content.text.indexOf("\n\n");
        content.bodyShown = blank < 0 ? 0 : content.text.size() - blank - 2;
    }
    return content;
}

} // namespace

QByteArray sendmailHeader(QByteArrayView qf)
{
    QByteArray header;
    bool inHeader = false;
    for (qsizetype pos = 0; pos < qf.size();) {
        qsizetype end = qf.indexOf('\n', pos);
        if (end < 0)
            end = qf.size();
        QByteArrayView line = qf.sliced(pos, end - pos);
        pos = end + 1;
        if (!line.isEmpty() && line.front() == '\t') {
            if (inHeader)
                header += line + '\n';
            continue;
        }
        inHeader = !line.isEmpty() && line.front() == 'H';
        if (!inHeader)
            continue;
        line = line.sliced(1);
        // "H?P?Return-Path: …": the condition between question marks is Sendmail's, not the message's.
        if (line.startsWith('?')) {
            const qsizetype close = line.indexOf('?', 1);
            if (close > 0)
                line = line.sliced(close + 1);
        }
        header += line + '\n';
    }
    return header;
}

std::expected<MessageContent, QString> readMessageContent(Host &host, MtaKind mta, const QString &id, qint64 maxBytes)
{
    maxBytes = std::clamp<qint64>(maxBytes, 1, kMaxMessageBytes);
    switch (mta) {
    case MtaKind::Postfix:
        if (!isPostfixQueueId(id))
            return std::unexpected(Tr::tr("\"%1\" is not a Postfix queue id (6 to 32 letters and digits).").arg(id));
        return postfixContent(host, id, maxBytes);
    case MtaKind::Sendmail:
        if (!isSendmailQueueId(id))
            return std::unexpected(Tr::tr("\"%1\" is not a Sendmail queue id (6 to 30 letters and digits).").arg(id));
        return helperContent(host, mta, id, maxBytes);
    case MtaKind::Qmail:
        if (id.isEmpty() || id.size() > 20 || !std::ranges::all_of(id, [](QChar c) { return c >= u'0' && c <= u'9'; }))
            return std::unexpected(Tr::tr("\"%1\" is not a qmail queue id (a number).").arg(id));
        return helperContent(host, mta, id, maxBytes);
    case MtaKind::Unknown:
        break;
    }
    return std::unexpected(Tr::tr("The host's mail server is not known, so its queue cannot be read."));
}

} // namespace Mailwarden::Queue
