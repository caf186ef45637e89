#include "loganalyzer.h"

namespace Mailwarden::Stats {

LogAnalyzer::LogAnalyzer(MtaKind mta, std::string postfixSyslogName) : m_parser(mta, std::move(postfixSyslogName)) { }

void LogAnalyzer::line(QByteArrayView bytes)
{
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    m_aggregator.countLine(m_parser.parse(std::string_view(bytes.data(), std::size_t(bytes.size())), m_aggregator));
}

void LogAnalyzer::feed(QByteArrayView bytes)
{
    const qint64 overlong = m_splitter.overlongLines();
    m_splitter.feed(bytes, [this](QByteArrayView l) { line(l); });
    m_aggregator.countOverlongLines(m_splitter.overlongLines() - overlong);
}

void LogAnalyzer::finish()
{
    const qint64 overlong = m_splitter.overlongLines();
    m_splitter.finish([this](QByteArrayView l) { line(l); });
    m_aggregator.countOverlongLines(m_splitter.overlongLines() - overlong);
}

} // namespace Mailwarden::Stats
