#pragma once

#include "core/linesplitter.h"
#include "lineparser.h"
#include "statsaggregator.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace Mailwarden::Stats {

/// Incremental analysis of one log stream: feed() any chunks of bytes (a file
/// read in blocks, a pipe, a `tail -F` or Host stream), lines are split at
/// '\n' (a partial last line waits for the next chunk, bounded by
/// LineSplitter: an overlong line is cut and counted) and aggregated at once.
/// Live follow is this plus StatsAggregator's per-second window.
/// Not thread-safe; one analyzer per stream.
class LogAnalyzer final
{
public:
    explicit LogAnalyzer(MtaKind mta, std::string postfixSyslogName = std::string("postfix"));

    /// Feeds the next bytes of the stream.
    void feed(QByteArrayView bytes);

    /// Ends the stream: a last line without '\n' counts too.
    void finish();

    StatsAggregator &aggregator() { return m_aggregator; }
    const StatsAggregator &aggregator() const { return m_aggregator; }

private:
    void line(QByteArrayView line);

    LineParser m_parser;
    StatsAggregator m_aggregator;
    LineSplitter m_splitter;
};

} // namespace Mailwarden::Stats
