#include "loganalyzer.h"

namespace Mailwarden::Stats {

LogAnalyzer::LogAnalyzer(MtaKind mta, std::string postfixSyslogName)
    : m_parser(mta, std::move(postfixSyslogName))
{
}

void LogAnalyzer::line(std::string_view line)
{
    m_aggregator.countLine(m_parser.parse(line, m_aggregator));
}

void LogAnalyzer::feed(QByteArrayView bytes)
{
    const char *begin = bytes.data();
    const char *end = begin + bytes.size();
    if (!m_partial.isEmpty()) {
        // Complete the carried line first; only this copy ever allocates.
        const auto *nl = static_cast<const char *>(std::memchr(begin, '\n', std::size_t(bytes.size())));
        if (!nl) {
            m_partial.append(bytes);
            return;
        }
        m_partial.append(begin, nl - begin + 1);
        LineParser::forEachLine(m_partial.constData(), m_partial.constData() + m_partial.size(), [this](std::string_view l) { line(l); });
        m_partial.clear();
        begin = nl + 1;
    }
    const char *rest = LineParser::forEachLine(begin, end, [this](std::string_view l) { line(l); });
    if (rest < end)
        m_partial.append(rest, end - rest);
}

void LogAnalyzer::finish()
{
    if (!m_partial.isEmpty()) {
        m_partial.append('\n');
        LineParser::forEachLine(m_partial.constData(), m_partial.constData() + m_partial.size(), [this](std::string_view l) { line(l); });
        m_partial.clear();
    }
}

} // namespace Mailwarden::Stats
