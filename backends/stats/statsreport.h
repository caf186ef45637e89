#pragma once

#include "loganalysis.h"

#include <QJsonObject>
#include <QString>

namespace Mailwarden::Stats {

/// Writes AnalysisResults for people and scripts.
///
/// The text report copies pflogsumm's section titles, labels and number
/// formats ("Grand Totals", " 1234   received", "k"/"m" units) so that people
/// and scripts that read pflogsumm read it at once. Those labels are English on
/// purpose and never translated: scripts parse them.
namespace StatsReport {

/// pflogsumm's text report, \a top rows per table (pflogsumm's -h/-u default 10).
QString text(const AnalysisResult &result, int top = 10);

/// The same figures as JSON: exact numbers, no units.
QJsonObject json(const AnalysisResult &result, int top = 10);

/// "postfix", "sendmail" or "qmail".
QString mtaName(MtaKind mta);

} // namespace StatsReport

} // namespace Mailwarden::Stats
