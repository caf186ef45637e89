#include "lineparser.h"

namespace Mailwarden::Stats {

namespace {

// Counts the events a parser finds, to score detection.
class CountingSink final : public EventSink
{
public:
    void event(const MailEvent &) override { ++count; }
    int count = 0;
};

} // namespace

LineParser::LineParser(MtaKind mta, std::string postfixSyslogName) : m_mta(mta), m_postfix(std::move(postfixSyslogName))
{
}

std::optional<MtaKind> LineParser::detect(std::string_view sample)
{
    int best = 0;
    std::optional<MtaKind> result;
    for (MtaKind mta : {MtaKind::Postfix, MtaKind::Sendmail, MtaKind::Qmail}) {
        LineParser parser(mta);
        CountingSink sink;
        int lines = 0;
        forEachLine(sample.data(), sample.data() + sample.size(),
            [&](std::string_view line) { lines += parser.parse(line, sink); });
        if (lines > best) {
            best = lines;
            result = mta;
        }
    }
    return result;
}

} // namespace Mailwarden::Stats
