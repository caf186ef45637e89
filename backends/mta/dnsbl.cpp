#include "dnsbl.h"

#include "core/tr.h"

#include <QRegularExpression>

namespace Mailwarden::Dnsbl {

namespace {

struct Token {
    QByteArray text;
    qsizetype begin = 0;
    qsizetype end = 0;
};

bool isSeparator(char c)
{
    return c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QList<Token> tokens(const QByteArray &list)
{
    QList<Token> out;
    qsizetype i = 0;
    while (i < list.size()) {
        while (i < list.size() && isSeparator(list[i]))
            ++i;
        const qsizetype begin = i;
        while (i < list.size() && !isSeparator(list[i]))
            ++i;
        if (i > begin)
            out.append({list.mid(begin, i - begin), begin, i});
    }
    return out;
}

/// One `[warn_if_reject] reject_rbl_client ZONE` in a restriction list.
struct Entry {
    QByteArray zone;
    qsizetype begin = 0; ///< of warn_if_reject when there, else of reject_rbl_client
    qsizetype ruleBegin = 0; ///< of reject_rbl_client
    qsizetype end = 0; ///< after the zone
    bool warn = false;
};

QList<Entry> entries(const QList<Token> &list)
{
    QList<Entry> out;
    for (qsizetype i = 0; i + 1 < list.size(); ++i) {
        if (list[i].text != "reject_rbl_client")
            continue;
        Entry e {list[i + 1].text, list[i].begin, list[i].begin, list[i + 1].end, false};
        if (i > 0 && list[i - 1].text == "warn_if_reject") {
            e.warn = true;
            e.begin = list[i - 1].begin;
        }
        out.append(e);
    }
    return out;
}

QByteArray entryText(const QByteArray &zone, bool warn)
{
    return (warn ? QByteArray("warn_if_reject ") : QByteArray()) + "reject_rbl_client " + zone;
}

} // namespace

std::expected<QList<QByteArray>, QString> parseZones(const QByteArray &text, bool replyFilters)
{
    static const QRegularExpression name(
        QStringLiteral("^(?=.{4,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    static const QRegularExpression filter(QStringLiteral("^[0-9.\\[\\];*]+$"));
    QList<QByteArray> out;
    for (const Token &t : tokens(text)) {
        const QByteArray zone = t.text;
        const qsizetype eq = zone.indexOf('=');
        const QString host = QString::fromUtf8(eq < 0 ? zone : zone.left(eq));
        if (!name.match(host).hasMatch())
            return std::unexpected(Tr::tr("\"%1\" is not the DNS name of a blocklist").arg(QString::fromUtf8(zone)));
        if (eq >= 0 && (!replyFilters || !filter.match(QString::fromUtf8(zone.mid(eq + 1))).hasMatch()))
            return std::unexpected(replyFilters
                    ? Tr::tr("\"%1\": a reply filter is addresses such as =127.0.0.[2..11]")
                          .arg(QString::fromUtf8(zone))
                    : Tr::tr("\"%1\": this MTA takes the blocklist's name only").arg(QString::fromUtf8(zone)));
        if (!out.contains(zone))
            out.append(zone);
    }
    return out;
}

PostfixBlocklists postfixBlocklists(const QByteArray &restrictions)
{
    PostfixBlocklists out;
    const QList<Entry> list = entries(tokens(restrictions));
    bool allWarn = !list.isEmpty();
    for (const Entry &e : list) {
        out.zones.append(e.zone);
        allWarn = allWarn && e.warn;
    }
    out.warnOnly = allWarn;
    return out;
}

QByteArray postfixWithBlocklists(const QByteArray &restrictions, const QList<QByteArray> &zones, bool warnOnly)
{
    const QList<Token> list = tokens(restrictions);
    const QList<Entry> present = entries(list);
    QByteArray out = restrictions;
    QList<QByteArray> kept;
    qsizetype firstAt = -1; // where the first blocklist stood (in out, after removals before it)
    // Back to front, so earlier offsets stay valid.
    for (qsizetype i = present.size() - 1; i >= 0; --i) {
        const Entry &e = present[i];
        if (zones.contains(e.zone) && !kept.contains(e.zone)) {
            kept.prepend(e.zone);
            if (e.warn != warnOnly)
                out.replace(e.begin, e.end - e.begin, entryText(e.zone, warnOnly));
            firstAt = e.begin;
            continue;
        }
        // the entry and the separator after it; the last one takes the separator before it
        qsizetype begin = e.begin, end = e.end;
        while (end < out.size() && isSeparator(out[end]))
            ++end;
        if (end == out.size()) {
            while (begin > 0 && isSeparator(out[begin - 1]))
                --begin;
        }
        out.remove(begin, end - begin);
        if (firstAt > begin)
            firstAt -= end - begin;
        firstAt = begin;
    }
    QList<QByteArray> added;
    for (const QByteArray &zone : zones) {
        if (!kept.contains(zone))
            added.append(entryText(zone, warnOnly));
    }
    if (added.isEmpty())
        return out;
    const QByteArray text = added.join(", ");
    if (tokens(out).isEmpty())
        return "permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination, " + text;
    if (firstAt >= 0 && firstAt < out.size()) {
        out.insert(firstAt, text + ", ");
        return out;
    }
    const QList<Token> now = tokens(out);
    if (now.constLast().text == "permit") {
        out.insert(now.constLast().begin, text + ", ");
        return out;
    }
    return out + ", " + text;
}

} // namespace Mailwarden::Dnsbl
