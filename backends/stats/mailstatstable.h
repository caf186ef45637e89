#pragma once

#include "formats/parseerror.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <expected>

namespace Mailwarden::Stats {

/// One row of Sendmail's `mailstats` table: a mailer's counts since the
/// statistics file was last cleared. Sizes are in kilobytes, as mailstats
/// keeps them.
struct MailstatsRow {
    int mailer = -1; ///< the mailer's number; -1 for the total row
    QString name; ///< "local", "esmtp", "relay", …; empty for the total
    qint64 messagesFrom = 0;
    qint64 kbytesFrom = 0;
    qint64 messagesTo = 0;
    qint64 kbytesTo = 0;
    qint64 rejected = 0;
    qint64 discarded = 0;
    qint64 quarantined = 0;
    friend bool operator==(const MailstatsRow &, const MailstatsRow &) = default;
};

/// One statistics file's table ("MTA", "MSP", or unnamed when mailstats
/// prints only one).
struct MailstatsSection {
    QString name;
    QDateTime since; ///< when counting began
    QList<MailstatsRow> mailers;
    MailstatsRow total;
    qint64 connectionsFrom = 0;
    qint64 connectionsTo = 0;
    qint64 connectionsRejected = 0;
};

/// Parses the output of `mailstats` (the table for people) or `mailstats -P`
/// (program-readable: epoch times, no units), one or several sections. Pure;
/// errors name the line. Year-less dates do not occur: mailstats prints ctime().
std::expected<QList<MailstatsSection>, ParseError> parseMailstats(QByteArrayView output, const QString &fileName = {});

/// The sections as text (a table per section) and as JSON.
QString mailstatsText(const QList<MailstatsSection> &sections);
QJsonObject mailstatsJson(const QList<MailstatsSection> &sections);

} // namespace Mailwarden::Stats
