#pragma once

#include "stats/loganalysis.h"
#include "statstable.h"

#include <QList>
#include <QString>

#include <array>
#include <map>

namespace Mailwarden {

/// One figure of the dashboard's top row ("Received 1,234").
struct StatsCard {
    QString id; ///< stable key for tests and the report: "received", "tlsShare" …
    QString label;
    QString value;
    QString detail; ///< a second line ("12 % of all mail"), may be empty
    qint64 number = 0; ///< the raw figure behind value (percentages: per mille)
};

/// What the statistics dashboard shows of one AnalysisResult, computed off the
/// GUI thread (the figures' maps can hold millions of keys; only the top rows
/// are kept), in the console's language. Log text (addresses, reasons) is made
/// safe for display (displayText) here.
struct StatsDigest {
    Stats::MtaKind mta = Stats::MtaKind::Postfix;
    QList<StatsCard> cards;
    QList<StatsTable> tables;
    std::array<Stats::Traffic, 24> perHour {};
    std::map<std::int32_t, Stats::Traffic> perDay; ///< YYYYMMDD
    qint64 lines = 0, matchedLines = 0;

    /// \a top rows per table.
    static StatsDigest from(const Stats::AnalysisResult &result, int top = 100);

    const StatsCard *card(const QString &id) const;
    const StatsTable *table(const QString &id) const;
};

} // namespace Mailwarden
