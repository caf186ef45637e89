#include "statsreport.h"

#include "core/linesplitter.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Mailwarden::Stats::StatsReport {

namespace {

constexpr const char *MonthNames[]
    = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// pflogsumm's adj_int_units + "%6d%s".
QString units(double value)
{
    char unit = ' ';
    if (value > 536870912) {
        value /= 1048576;
        unit = 'm';
    } else if (value > 524288) {
        value /= 1024;
        unit = 'k';
    }
    return QString::asprintf("%6lld%c", static_cast<long long>(value), unit);
}

// pflogsumm's adj_time_units + "%5.1f %s".
QString timeUnits(double value)
{
    char unit = 's';
    if (value > 3600) {
        value /= 3600;
        unit = 'h';
    } else if (value > 60) {
        value /= 60;
        unit = 'm';
    }
    return QString::asprintf("%5.1f %c", value, unit);
}

QString title(const QString &t)
{
    return QLatin1Char('\n') + t + QLatin1Char('\n') + QString(t.size(), QLatin1Char('-')) + QLatin1Char('\n');
}

QString key(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString countTable(const QString &name, const KeyMap<std::int64_t> &map, int top)
{
    if (map.empty())
        return QLatin1Char('\n') + name + QStringLiteral(": none\n");
    QString out = title(name);
    for (const auto &[k, v] : topEntries(map, top, [](std::int64_t c) { return c; }))
        out += QLatin1Char(' ') + units(double(*v)) + QStringLiteral("  ") + key(*k) + QLatin1Char('\n');
    return out;
}

QString userTable(const QString &name, const KeyMap<Volume> &map, int top, bool bySize)
{
    const QString t = QStringLiteral("top %1 %2").arg(top).arg(name);
    if (map.empty())
        return QLatin1Char('\n') + t + QStringLiteral(": none\n");
    QString out = QLatin1Char('\n') + t + QLatin1Char('\n') + QString(t.size(), QLatin1Char('-')) + QLatin1Char('\n');
    for (const auto &[k, v] : topEntries(map, top, [&](const Volume &x) { return bySize ? x.bytes : x.count; }))
        out += QLatin1Char(' ') + units(double(bySize ? v->bytes : v->count)) + QStringLiteral("  ") + key(*k)
            + QLatin1Char('\n');
    return out;
}

double percentOf(std::int64_t part, std::int64_t total)
{
    return total ? std::floor(double(part) / double(total) * 100) : 0;
}

QString dayLabel(std::int32_t day)
{
    return QString::asprintf("%s %2d %04d", MonthNames[std::clamp(day / 100 % 100, 1, 12) - 1], day % 100, day / 10000);
}

QJsonObject counts(const KeyMap<std::int64_t> &map, int top)
{
    QJsonObject o;
    for (const auto &[k, v] : topEntries(map, top, [](std::int64_t c) { return c; }))
        o.insert(key(*k), qint64(*v));
    return o;
}

QJsonArray volumes(const KeyMap<Volume> &map, int top, bool bySize)
{
    QJsonArray a;
    for (const auto &[k, v] : topEntries(map, top, [&](const Volume &x) { return bySize ? x.bytes : x.count; }))
        a.append(QJsonObject {{QStringLiteral("name"), key(*k)}, {QStringLiteral("messages"), qint64(v->count)},
            {QStringLiteral("bytes"), qint64(v->bytes)}});
    return a;
}

QJsonObject traffic(const Traffic &t)
{
    return {{QStringLiteral("received"), qint64(t.received)}, {QStringLiteral("delivered"), qint64(t.delivered)},
        {QStringLiteral("deferred"), qint64(t.deferred)}, {QStringLiteral("bounced"), qint64(t.bounced)},
        {QStringLiteral("rejected"), qint64(t.rejected)}};
}

} // namespace

QString mtaName(MtaKind mta)
{
    return mtaKindName(mta);
}

QString text(const AnalysisResult &result, int top)
{
    const StatsFigures &f = result.figures;
    const std::int64_t total = f.delivered + f.rejected + f.discarded;
    QString out = title(QStringLiteral("Grand Totals"));
    out += QStringLiteral("messages\n\n");
    auto line = [&](std::int64_t v, const char *label) {
        out += QLatin1Char(' ') + units(double(v)) + QStringLiteral("  ") + QLatin1String(label) + QLatin1Char('\n');
    };
    line(f.received, "received");
    line(f.delivered, "delivered");
    line(f.forwarded, "forwarded");
    out += QLatin1Char(' ') + units(double(f.deferredMessages)) + QStringLiteral("  deferred");
    if (f.deferrals) {
        const QString d = units(double(f.deferrals)); // "(%d%s deferrals)": number and unit, no padding
        out += QStringLiteral("  (%1%2 deferrals)").arg(d.left(6).trimmed(), d.right(1));
    }
    out += QLatin1Char('\n');
    line(f.bounced, "bounced");
    out += QLatin1Char(' ') + units(double(f.rejected))
        + QString::asprintf("  rejected (%d%%)\n", int(percentOf(f.rejected, total)));
    line(f.rejectWarnings, "reject warnings");
    line(f.held, "held");
    out += QLatin1Char(' ') + units(double(f.discarded))
        + QString::asprintf("  discarded (%d%%)\n", int(percentOf(f.discarded, total)));
    out += QLatin1Char('\n');
    line(f.bytesReceived, "bytes received");
    line(f.bytesDelivered, "bytes delivered");
    line(std::int64_t(f.senders.size()), "senders");
    line(std::int64_t(f.sendingDomains.size()), "sending hosts/domains");
    line(std::int64_t(f.recipients.size()), "recipients");
    line(f.deliveredDomainCount(), "recipient hosts/domains");
    out += QLatin1Char('\n');

    const QString heading
        = QStringLiteral("received  delivered   deferred    bounced     rejected\n"
                         "    --------------------------------------------------------------------\n");
    auto row = [&](const Traffic &t, double divisor) {
        for (std::int64_t v : {t.received, t.delivered, t.deferred, t.bounced, t.rejected})
            out += QStringLiteral("    ") + units(divisor > 1 ? double(v) / divisor + 0.5 : double(v));
        out += QLatin1Char('\n');
    };
    if (f.perDay.size() > 1) {
        out += title(QStringLiteral("Per-Day Traffic Summary")) + QStringLiteral("    date          ") + heading;
        for (const auto &[day, t] : f.perDay) {
            out += QStringLiteral("    ") + dayLabel(day);
            row(t, 1);
        }
    }
    const double days = double(std::max<std::size_t>(f.perDay.size(), 1));
    out += title(f.perDay.size() > 1 ? QStringLiteral("Per-Hour Traffic Daily Average")
                                     : QStringLiteral("Per-Hour Traffic Summary"));
    out += QStringLiteral("    time          ") + heading;
    for (int h = 0; h < 24; ++h) {
        out += QString::asprintf("    %02d00-%02d00  ", h, h + 1);
        row(f.perHour[std::size_t(h)], days > 1 ? days : 0);
    }

    out += title(QStringLiteral("Host/Domain Summary: Message Delivery (top %1)").arg(top));
    out += QStringLiteral(" sent cnt  bytes   defers   avg dly max dly host/domain\n -------- -------  -------  "
                          "------- ------- -----------\n");
    for (const auto &[k, v] :
        topEntries(f.recipientDomains, top, [](const DeliveryVolume &d) { return std::pair(d.count, d.bytes); }))
        out += QStringLiteral(" %1  %2  %3  %4  %5  %6\n")
                   .arg(units(double(v->count)), units(double(v->bytes)), units(double(v->defers)),
                       timeUnits(v->count ? v->delaySum / double(v->count) : 0), timeUnits(v->delayMax), key(*k));
    out += title(QStringLiteral("Host/Domain Summary: Messages Received (top %1)").arg(top));
    out += QStringLiteral(" msg cnt   bytes   host/domain\n -------- -------  -----------\n");
    for (const auto &[k, v] :
        topEntries(f.sendingDomains, top, [](const Volume &d) { return std::pair(d.count, d.bytes); }))
        out += QStringLiteral(" %1  %2  %3\n").arg(units(double(v->count)), units(double(v->bytes)), key(*k));

    out += userTable(QStringLiteral("Senders by message count"), f.senders, top, false);
    out += userTable(QStringLiteral("Recipients by message count"), f.recipients, top, false);
    out += userTable(QStringLiteral("Senders by message size"), f.senders, top, true);
    out += userTable(QStringLiteral("Recipients by message size"), f.recipients, top, true);

    out += countTable(QStringLiteral("message deferral detail"), f.deferralReasons, top);
    out += countTable(QStringLiteral("message bounce detail"), f.bounceReasons, top);
    out += countTable(QStringLiteral("message reject detail"), f.rejectReasons[0], top);
    out += countTable(QStringLiteral("message reject warning detail"), f.rejectReasons[1], top);
    out += countTable(QStringLiteral("message hold detail"), f.rejectReasons[2], top);
    out += countTable(QStringLiteral("message discard detail"), f.rejectReasons[3], top);
    out += countTable(QStringLiteral("Warnings"), f.warnings, top);
    out += countTable(QStringLiteral("Fatal Errors"), f.fatals, top);
    out += countTable(QStringLiteral("Panics"), f.panics, top);
    out += countTable(QStringLiteral("Master daemon messages"), f.masterMessages, top);

    // Beyond pflogsumm; same style.
    out += title(QStringLiteral("Sessions and Delays"));
    out += QLatin1Char(' ') + units(double(f.connections)) + QStringLiteral("  connections\n");
    out += QLatin1Char(' ') + units(double(f.tlsSessions)) + QStringLiteral("  TLS sessions\n");
    out += QLatin1Char(' ') + units(double(f.saslFailureCount)) + QStringLiteral("  SASL authentication failures\n");
    out += QString::asprintf("  %s  average delivery delay\n",
        qPrintable(timeUnits(f.delays.samples ? f.delays.sum / double(f.delays.samples) : 0)));
    for (double p : {50.0, 90.0, 99.0})
        out += QString::asprintf("  %s  %.0fth percentile delay\n", qPrintable(timeUnits(f.delays.percentile(p))), p);
    out += QString::asprintf("  %s  maximum delay\n", qPrintable(timeUnits(f.delays.max)));
    out += countTable(QStringLiteral("SASL authentication failures by client"), f.saslFailures, top);
    if (f.overlongLines > 0)
        out += QLatin1Char('\n') + units(double(f.overlongLines))
            + QStringLiteral("  lines longer than %1 KiB, read cut to it\n")
                  .arg(LineSplitter::kDefaultMaxLineLength / 1024);
    return out;
}

QJsonObject json(const AnalysisResult &result, int top)
{
    const StatsFigures &f = result.figures;
    const std::int64_t total = f.delivered + f.rejected + f.discarded;
    QJsonObject grand {{QStringLiteral("received"), qint64(f.received)},
        {QStringLiteral("delivered"), qint64(f.delivered)}, {QStringLiteral("forwarded"), qint64(f.forwarded)},
        {QStringLiteral("deferred"), qint64(f.deferredMessages)}, {QStringLiteral("deferrals"), qint64(f.deferrals)},
        {QStringLiteral("bounced"), qint64(f.bounced)}, {QStringLiteral("rejected"), qint64(f.rejected)},
        {QStringLiteral("rejectedPercent"), percentOf(f.rejected, total)},
        {QStringLiteral("rejectWarnings"), qint64(f.rejectWarnings)}, {QStringLiteral("held"), qint64(f.held)},
        {QStringLiteral("discarded"), qint64(f.discarded)},
        {QStringLiteral("discardedPercent"), percentOf(f.discarded, total)},
        {QStringLiteral("expired"), qint64(f.expired)}, {QStringLiteral("bytesReceived"), qint64(f.bytesReceived)},
        {QStringLiteral("bytesDelivered"), qint64(f.bytesDelivered)},
        {QStringLiteral("senders"), qint64(f.senders.size())},
        {QStringLiteral("sendingDomains"), qint64(f.sendingDomains.size())},
        {QStringLiteral("recipients"), qint64(f.recipients.size())},
        {QStringLiteral("recipientDomains"), qint64(f.deliveredDomainCount())}};
    QJsonArray hours;
    for (const Traffic &t : f.perHour)
        hours.append(traffic(t));
    QJsonObject days;
    for (const auto &[day, t] : f.perDay)
        days.insert(QString::asprintf("%04d-%02d-%02d", day / 10000, day / 100 % 100, day % 100), traffic(t));
    QJsonObject delays {{QStringLiteral("count"), qint64(f.delays.samples)},
        {QStringLiteral("average"), f.delays.samples ? f.delays.sum / double(f.delays.samples) : 0.0},
        {QStringLiteral("max"), f.delays.max}, {QStringLiteral("p50"), f.delays.percentile(50)},
        {QStringLiteral("p90"), f.delays.percentile(90)}, {QStringLiteral("p99"), f.delays.percentile(99)}};
    QJsonObject domains;
    QJsonArray rd;
    for (const auto &[k, v] :
        topEntries(f.recipientDomains, top, [](const DeliveryVolume &d) { return std::pair(d.count, d.bytes); }))
        rd.append(QJsonObject {{QStringLiteral("name"), key(*k)}, {QStringLiteral("messages"), qint64(v->count)},
            {QStringLiteral("bytes"), qint64(v->bytes)}, {QStringLiteral("defers"), qint64(v->defers)},
            {QStringLiteral("averageDelay"), v->count ? v->delaySum / double(v->count) : 0.0},
            {QStringLiteral("maxDelay"), v->delayMax}});
    return {{QStringLiteral("mta"), mtaName(result.mta)}, {QStringLiteral("lines"), qint64(f.lines)},
        {QStringLiteral("matchedLines"), qint64(f.matchedLines)},
        {QStringLiteral("overlongLines"), qint64(f.overlongLines)}, {QStringLiteral("grandTotals"), grand},
        {QStringLiteral("perHour"), hours}, {QStringLiteral("perDay"), days}, {QStringLiteral("delays"), delays},
        {QStringLiteral("recipientDomains"), rd},
        {QStringLiteral("sendingDomains"), volumes(f.sendingDomains, top, false)},
        {QStringLiteral("sendersByCount"), volumes(f.senders, top, false)},
        {QStringLiteral("recipientsByCount"), volumes(f.recipients, top, false)},
        {QStringLiteral("sendersBySize"), volumes(f.senders, top, true)},
        {QStringLiteral("recipientsBySize"), volumes(f.recipients, top, true)},
        {QStringLiteral("rejectReasons"), counts(f.rejectReasons[0], top)},
        {QStringLiteral("rejectWarningReasons"), counts(f.rejectReasons[1], top)},
        {QStringLiteral("deferralReasons"), counts(f.deferralReasons, top)},
        {QStringLiteral("bounceReasons"), counts(f.bounceReasons, top)},
        {QStringLiteral("warnings"), counts(f.warnings, top)}, {QStringLiteral("fatals"), counts(f.fatals, top)},
        {QStringLiteral("panics"), counts(f.panics, top)},
        {QStringLiteral("saslFailures"), counts(f.saslFailures, top)},
        {QStringLiteral("tls"),
            QJsonObject {{QStringLiteral("sessions"), qint64(f.tlsSessions)},
                {QStringLiteral("connections"), qint64(f.connections)}}},
        {QStringLiteral("warningCount"), qint64(f.warningCount)}, {QStringLiteral("fatalCount"), qint64(f.fatalCount)},
        {QStringLiteral("panicCount"), qint64(f.panicCount)}};
}

} // namespace Mailwarden::Stats::StatsReport
