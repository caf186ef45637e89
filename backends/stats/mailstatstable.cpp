#include "mailstatstable.h"

#include "core/tr.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

namespace Mailwarden::Stats {

namespace {

// "42K" (the table for people) or "42" (-P): kilobytes either way.
bool toCount(const QByteArray &field, qint64 &value)
{
    QByteArray digits = field;
    if (digits.endsWith('K'))
        digits.chop(1);
    bool ok = false;
    value = digits.toLongLong(&ok);
    return ok && value >= 0;
}

// "M msgsfr bytes_from msgsto bytes_to msgsrej msgsdis [msgsqur] [NAME]" with M a
// number or "T". Older sendmails have no quarantine column.
bool parseRow(const QList<QByteArray> &fields, MailstatsRow &row)
{
    if (fields.size() < 7)
        return false;
    const bool total = fields[0] == "T";
    if (!total) {
        bool ok = false;
        row.mailer = fields[0].toInt(&ok);
        if (!ok)
            return false;
    }
    qint64 *counts[] = {&row.messagesFrom, &row.kbytesFrom, &row.messagesTo, &row.kbytesTo, &row.rejected,
        &row.discarded, &row.quarantined};
    qsizetype i = 1;
    for (qint64 *count : counts) {
        if (i >= fields.size() || !toCount(fields[i], *count))
            break;
        ++i;
    }
    if (i < 7)
        return false;
    if (!total) {
        if (i >= fields.size())
            return false;
        row.name = QString::fromUtf8(fields.mid(i).join(' '));
    } else if (i != fields.size()) {
        return false;
    }
    return true;
}

} // namespace

std::expected<QList<MailstatsSection>, ParseError> parseMailstats(QByteArrayView output, const QString &fileName)
{
    QList<MailstatsSection> sections;
    auto current = [&]() -> MailstatsSection & {
        if (sections.isEmpty())
            sections.append(MailstatsSection {});
        return sections.last();
    };
    auto fail
        = [&](int line, const QString &message) { return std::unexpected(ParseError {fileName, line, 1, message}); };
    const QList<QByteArray> lines = output.toByteArray().split('\n');
    int lineNumber = 0;
    for (const QByteArray &raw : lines) {
        ++lineNumber;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith("====="))
            continue;
        if (line.endsWith("statistics...")) { // "MTA statistics..." starts a section
            sections.append(MailstatsSection {});
            sections.last().name = QString::fromUtf8(line.first(line.indexOf(' ')));
            continue;
        }
        if (line.startsWith("Statistics from ")) {
            const QString when = QString::fromUtf8(line.mid(16)).simplified();
            current().since = QLocale::c().toDateTime(when, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
            if (!current().since.isValid())
                return fail(lineNumber, Tr::tr("“%1” is not a date").arg(when));
            continue;
        }
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.first() == "M") // the column titles
            continue;
        if (fields.size() == 2 && current().mailers.isEmpty() && !current().since.isValid()) {
            bool ok = false;
            const qint64 since = fields[0].toLongLong(&ok); // -P: "START NOW" in epoch seconds
            if (ok) {
                current().since = QDateTime::fromSecsSinceEpoch(since, QTimeZone::UTC);
                continue;
            }
        }
        if (fields.first() == "C") {
            qint64 values[3] = {0, 0, 0};
            if (fields.size() != 4 || !toCount(fields[1], values[0]) || !toCount(fields[2], values[1])
                || !toCount(fields[3], values[2]))
                return fail(lineNumber, Tr::tr("the connection line needs three counts"));
            current().connectionsFrom = values[0];
            current().connectionsTo = values[1];
            current().connectionsRejected = values[2];
            continue;
        }
        MailstatsRow row;
        if (!parseRow(fields, row))
            return fail(lineNumber, Tr::tr("not a mailstats row: “%1”").arg(QString::fromUtf8(line.left(80))));
        if (row.mailer < 0)
            current().total = row;
        else
            current().mailers.append(row);
    }
    if (sections.isEmpty())
        return fail(lineNumber, Tr::tr("no mailstats table found"));
    return sections;
}

QString mailstatsText(const QList<MailstatsSection> &sections)
{
    QString text;
    auto row = [](const MailstatsRow &r, const QString &label) {
        return QStringLiteral("%1 %2 %3K %4 %5K %6 %7 %8  %9\n")
            .arg(label, 3)
            .arg(r.messagesFrom, 8)
            .arg(r.kbytesFrom, 10)
            .arg(r.messagesTo, 8)
            .arg(r.kbytesTo, 10)
            .arg(r.rejected, 8)
            .arg(r.discarded, 7)
            .arg(r.quarantined, 7)
            .arg(r.name);
    };
    for (const MailstatsSection &s : sections) {
        if (!s.name.isEmpty())
            text += QStringLiteral("%1 statistics\n").arg(s.name);
        text += QStringLiteral("since %1\n").arg(s.since.toUTC().toString(Qt::ISODate));
        text += QStringLiteral("  M   msgsfr  bytes_from   msgsto    bytes_to  msgsrej msgsdis msgsqur  Mailer\n");
        for (const MailstatsRow &m : s.mailers)
            text += row(m, QString::number(m.mailer));
        text += row(s.total, QStringLiteral("T"));
        text += QStringLiteral("connections: %1 in, %2 out, %3 rejected\n\n")
                    .arg(s.connectionsFrom)
                    .arg(s.connectionsTo)
                    .arg(s.connectionsRejected);
    }
    return text;
}

QJsonObject mailstatsJson(const QList<MailstatsSection> &sections)
{
    auto row = [](const MailstatsRow &r) {
        QJsonObject o {{QStringLiteral("messages_from"), r.messagesFrom}, {QStringLiteral("kbytes_from"), r.kbytesFrom},
            {QStringLiteral("messages_to"), r.messagesTo}, {QStringLiteral("kbytes_to"), r.kbytesTo},
            {QStringLiteral("rejected"), r.rejected}, {QStringLiteral("discarded"), r.discarded},
            {QStringLiteral("quarantined"), r.quarantined}};
        if (r.mailer >= 0) {
            o.insert(QStringLiteral("mailer"), r.mailer);
            o.insert(QStringLiteral("name"), r.name);
        }
        return o;
    };
    QJsonArray list;
    for (const MailstatsSection &s : sections) {
        QJsonArray mailers;
        for (const MailstatsRow &m : s.mailers)
            mailers.append(row(m));
        list.append(QJsonObject {{QStringLiteral("name"), s.name},
            {QStringLiteral("since"), s.since.toUTC().toString(Qt::ISODate)}, {QStringLiteral("mailers"), mailers},
            {QStringLiteral("total"), row(s.total)}, {QStringLiteral("connections_from"), s.connectionsFrom},
            {QStringLiteral("connections_to"), s.connectionsTo},
            {QStringLiteral("connections_rejected"), s.connectionsRejected}});
    }
    return {{QStringLiteral("mailstats"), list}};
}

} // namespace Mailwarden::Stats
