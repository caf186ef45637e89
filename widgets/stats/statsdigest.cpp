#include "statsdigest.h"

#include "core/displaytext.h"
#include "core/tr.h"

#include <QLocale>

namespace Mailwarden {

using namespace Stats;

namespace {

QString key(const std::string &s)
{
    return displayText(QString::fromUtf8(s.data(), qsizetype(s.size())), LineBreaks::Join);
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString percent(qint64 part, qint64 whole)
{
    return whole ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + QStringLiteral(" %") : QString();
}

QString seconds(double s)
{
    if (s < 60)
        return Tr::tr("%1 s").arg(QLocale().toString(s, 'f', s < 10 ? 2 : 0));
    if (s < 3600)
        return Tr::tr("%1 min").arg(QLocale().toString(s / 60, 'f', 1));
    return Tr::tr("%1 h").arg(QLocale().toString(s / 3600, 'f', 1));
}

StatsTable volumeTable(
    const QString &id, const QString &title, const QString &what, const KeyMap<Volume> &map, int top, bool bySize)
{
    StatsTable t {id, title, {what, Tr::tr("Messages"), Tr::tr("Bytes")}, {}, {2}};
    for (const auto &[k, v] : topEntries(map, top, [bySize](const Volume &x) { return bySize ? x.bytes : x.count; }))
        t.rows.append({key(*k), qint64(v->count), qint64(v->bytes)});
    return t;
}

StatsTable countTable(
    const QString &id, const QString &title, const QString &what, const KeyMap<std::int64_t> &map, int top)
{
    StatsTable t {id, title, {what, Tr::tr("Count")}, {}, {}};
    for (const auto &[k, v] : topEntries(map, top, [](std::int64_t c) { return c; }))
        t.rows.append({key(*k), qint64(*v)});
    return t;
}

} // namespace

StatsDigest StatsDigest::from(const AnalysisResult &result, int top)
{
    const StatsFigures &f = result.figures;
    StatsDigest d;
    d.mta = result.mta;
    d.perHour = f.perHour;
    d.perDay = f.perDay;
    d.lines = f.lines;
    d.matchedLines = f.matchedLines;

    const qint64 handled = f.delivered + f.rejected + f.discarded;
    auto card = [&d](const char *id, const QString &label, qint64 n, const QString &detail = {}) {
        d.cards.append({QLatin1String(id), label, number(n), detail, n});
    };
    auto bytesCard = [&d](const char *id, const QString &label, qint64 n) {
        d.cards.append({QLatin1String(id), label, QLocale().formattedDataSize(n, 1, QLocale::DataSizeTraditionalFormat),
            Tr::tr("%1 bytes").arg(number(n)), n});
    };
    card("received", Tr::tr("Received"), f.received);
    card("delivered", Tr::tr("Delivered"), f.delivered);
    card("forwarded", Tr::tr("Forwarded"), f.forwarded);
    card("deferred", Tr::tr("Deferred"), f.deferredMessages, Tr::tr("%n deferral(s)", nullptr, int(f.deferrals)));
    card("bounced", Tr::tr("Bounced"), f.bounced);
    card("rejected", Tr::tr("Rejected"), f.rejected, percent(f.rejected, handled));
    card("rejectWarnings", Tr::tr("Reject warnings"), f.rejectWarnings);
    card("held", Tr::tr("Held"), f.held);
    card("discarded", Tr::tr("Discarded"), f.discarded, percent(f.discarded, handled));
    bytesCard("bytesReceived", Tr::tr("Bytes received"), f.bytesReceived);
    bytesCard("bytesDelivered", Tr::tr("Bytes delivered"), f.bytesDelivered);
    card("senders", Tr::tr("Senders"), qint64(f.senders.size()),
        Tr::tr("%n sending domain(s)", nullptr, int(f.sendingDomains.size())));
    card("recipients", Tr::tr("Recipients"), qint64(f.recipients.size()),
        Tr::tr("%n recipient domain(s)", nullptr, int(f.deliveredDomainCount())));
    card("connections", Tr::tr("Connections"), f.connections);
    d.cards.append({QStringLiteral("tlsShare"), Tr::tr("TLS share"),
        f.connections ? percent(f.tlsSessions, f.connections) : Tr::tr("n/a"),
        Tr::tr("%n TLS session(s)", nullptr, int(f.tlsSessions)),
        f.connections ? f.tlsSessions * 1000 / f.connections : 0});
    card("saslFailures", Tr::tr("SASL failures"), f.saslFailureCount);
    card("problems", Tr::tr("Warnings"), f.warningCount,
        Tr::tr("%1 fatal, %2 panic").arg(number(f.fatalCount), number(f.panicCount)));
    d.cards.append({QStringLiteral("delay"), Tr::tr("Delay (median)"),
        f.delays.samples ? seconds(f.delays.percentile(50)) : Tr::tr("n/a"),
        f.delays.samples
            ? Tr::tr("95th percentile %1, max %2").arg(seconds(f.delays.percentile(95)), seconds(f.delays.max))
            : QString(),
        qint64(f.delays.samples ? f.delays.percentile(50) * 1000 : 0)});

    d.tables << volumeTable(
        QStringLiteral("senders-by-count"), Tr::tr("Senders by messages"), Tr::tr("Sender"), f.senders, top, false)
             << volumeTable(QStringLiteral("senders-by-size"), Tr::tr("Senders by size"), Tr::tr("Sender"), f.senders,
                    top, true)
             << volumeTable(QStringLiteral("recipients-by-count"), Tr::tr("Recipients by messages"),
                    Tr::tr("Recipient"), f.recipients, top, false)
             << volumeTable(QStringLiteral("recipients-by-size"), Tr::tr("Recipients by size"), Tr::tr("Recipient"),
                    f.recipients, top, true)
             << volumeTable(QStringLiteral("sending-domains"), Tr::tr("Sending domains"), Tr::tr("Host or domain"),
                    f.sendingDomains, top, false);
    StatsTable domains {QStringLiteral("recipient-domains"), Tr::tr("Recipient domains"),
        {Tr::tr("Domain"), Tr::tr("Delivered"), Tr::tr("Bytes"), Tr::tr("Deferrals"), Tr::tr("Average delay (s)"),
            Tr::tr("Maximum delay (s)")},
        {}, {2}};
    for (const auto &[k, v] :
        topEntries(f.recipientDomains, top, [](const DeliveryVolume &x) { return std::pair(x.count, x.bytes); }))
        domains.rows.append({key(*k), qint64(v->count), qint64(v->bytes), qint64(v->defers),
            v->count ? v->delaySum / double(v->count) : 0.0, v->delayMax});
    d.tables << domains;
    d.tables << countTable(
        QStringLiteral("reject-reasons"), Tr::tr("Reject reasons"), Tr::tr("Reason"), f.rejectReasons[0], top)
             << countTable(QStringLiteral("reject-warnings"), Tr::tr("Reject warnings"), Tr::tr("Reason"),
                    f.rejectReasons[1], top)
             << countTable(QStringLiteral("deferral-reasons"), Tr::tr("Deferral reasons"), Tr::tr("Reason"),
                    f.deferralReasons, top)
             << countTable(
                    QStringLiteral("bounce-reasons"), Tr::tr("Bounce reasons"), Tr::tr("Reason"), f.bounceReasons, top)
             << countTable(QStringLiteral("sasl-failures"), Tr::tr("SASL failures by client"), Tr::tr("Client"),
                    f.saslFailures, top);
    StatsTable problems {QStringLiteral("problems"), Tr::tr("Warnings, fatal errors and panics"),
        {Tr::tr("Kind"), Tr::tr("Message"), Tr::tr("Count")}, {}, {}};
    const std::pair<QString, const KeyMap<std::int64_t> *> kinds[]
        = {{Tr::tr("panic"), &f.panics}, {Tr::tr("fatal"), &f.fatals}, {Tr::tr("warning"), &f.warnings}};
    for (const auto &[kind, map] : kinds)
        for (const auto &[k, v] : topEntries(*map, top, [](std::int64_t c) { return c; }))
            problems.rows.append({kind, key(*k), qint64(*v)});
    d.tables << problems;
    StatsTable delays {
        QStringLiteral("delays"), Tr::tr("Delivery delays"), {Tr::tr("Percentile"), Tr::tr("Delay (s)")}, {}, {}};
    if (f.delays.samples) {
        for (double p : {50.0, 75.0, 90.0, 95.0, 99.0})
            delays.rows.append({Tr::tr("%1th").arg(p), f.delays.percentile(p)});
        delays.rows.append({Tr::tr("maximum"), f.delays.max});
        delays.rows.append({Tr::tr("average"), f.delays.sum / double(f.delays.samples)});
    }
    d.tables << delays;
    return d;
}

const StatsCard *StatsDigest::card(const QString &id) const
{
    for (const StatsCard &c : cards)
        if (c.id == id)
            return &c;
    return nullptr;
}

const StatsTable *StatsDigest::table(const QString &id) const
{
    for (const StatsTable &t : tables)
        if (t.id == id)
            return &t;
    return nullptr;
}

} // namespace Mailwarden
