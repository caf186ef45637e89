#pragma once

#include "dayrange.h"
#include "mailevent.h"
#include "statsfigures.h"

#include <QIODevice>
#include <QStringList>

#include <expected>
#include <optional>

namespace Mailwarden::Stats {

/// How analyzeLogs() reads its inputs.
struct AnalysisOptions {
    std::optional<MtaKind> mta; ///< nullopt: detect from the first input's start
    std::string postfixSyslogName = "postfix"; ///< Postfix's syslog_name
    DayRange days; ///< the days counted (lines of other days are read, not counted)
    int threads = 0; ///< 0: QThread::idealThreadCount()
    qint64 minPartBytes = 4 << 20; ///< smallest part worth a thread of its own
};

/// The figures of a whole set of logs and the MTA they were read as.
struct AnalysisResult {
    MtaKind mta = MtaKind::Postfix;
    StatsFigures figures;
};

/// Orders a rotated set oldest first: "mail.log.3.gz, mail.log.2.gz,
/// mail.log.1, mail.log", and date-suffixed "mail.log-20250105" by date.
/// Paths of different logs keep their relative order.
QStringList orderRotatedSet(const QStringList &paths);

/// Reads \a paths in order as one log ("-" is standard input; ".gz" files are
/// decompressed by gzip(1) in its own process) and returns their figures.
/// Plain files are read in blocks (pread; memory does not grow with the file)
/// and split at line boundaries into one part per thread, parsed in parallel and merged in order
/// (StatsAggregator::absorb), so the result equals a sequential pass. Year-less syslog days are dated by the last
/// file's modification time. Errors name the file.
std::expected<AnalysisResult, QString> analyzeLogs(const QStringList &paths, const AnalysisOptions &options = {});

} // namespace Mailwarden::Stats
