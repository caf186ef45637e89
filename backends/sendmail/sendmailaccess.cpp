#include "sendmailaccess.h"

#include "core/tr.h"
#include "formats/validators.h"

#include <QHash>

#include <algorithm>

namespace Mailwarden {

namespace {

// Tags of sendmail 8.x's cf/README ("access database") plus the TLS and feature maps.
constexpr const char *knownTags[]
    = {"Connect", "From", "To", "Spam", "GreetPause", "ClientRate", "ClientConn", "Compat", "Srv_Features", "Try_TLS",
        "TLS_Clt", "TLS_Srv", "TLS_Rcpt", "CERTISSUER", "CERTSUBJECT", "Auth", "Mailer", "LocalMailer"};

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool isKnownTag(QByteArrayView tag)
{
    return std::any_of(
        std::begin(knownTags), std::end(knownTags), [&](const char *t) { return equalsIgnoreCase(tag, t); });
}

// Tags whose right-hand side is not an access action but a number or feature letters.
bool isNumericTag(QByteArrayView tag)
{
    return equalsIgnoreCase(tag, "GreetPause") || equalsIgnoreCase(tag, "ClientRate")
        || equalsIgnoreCase(tag, "ClientConn");
}

bool isFreeFormTag(QByteArrayView tag)
{
    return !tag.isEmpty() && !isNumericTag(tag) && !equalsIgnoreCase(tag, "Connect") && !equalsIgnoreCase(tag, "From")
        && !equalsIgnoreCase(tag, "To") && !equalsIgnoreCase(tag, "Spam");
}

bool isNumber(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "128.32" style prefixes: up to four decimal octets.
bool isIPv4Prefix(QByteArrayView text)
{
    int parts = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i) != '.')
            continue;
        const QByteArrayView part = text.sliced(start, i - start);
        if (++parts > 4 || !isNumber(part) || part.size() > 3 || part.toInt() > 255)
            return false;
        start = i + 1;
    }
    return true;
}

bool isIPv6Prefix(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return c == ':' || c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

bool isAccessTarget(QByteArrayView target)
{
    if (target.size() > 5 && equalsIgnoreCase(target.first(5), "IPv6:"))
        return isIPv6Prefix(target.sliced(5));
    if (target.startsWith('[') && target.endsWith(']'))
        return Validators::isIPAddress(target) || Validators::isIPAddress(target.sliced(1, target.size() - 2))
            || (target.size() > 7 && equalsIgnoreCase(target.sliced(1, 5), "IPv6:")
                && Validators::isIPv6(target.sliced(6, target.size() - 7)));
    if (std::all_of(target.begin(), target.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; }))
        return isIPv4Prefix(target);
    const qsizetype at = target.lastIndexOf('@');
    if (at >= 0) {
        const QByteArrayView domain = target.sliced(at + 1);
        return domain.isEmpty() || Validators::isAddress(target, true);
    }
    return Validators::isDomain(target, true);
}

// ERROR:"550 5.7.1 text", ERROR:550 text, ERROR:5.7.1:550 text.
bool hasReplyCode(QByteArrayView error)
{
    QByteArrayView text = Bytes::trimmed(error);
    if (text.startsWith('"'))
        text = text.sliced(1);
    const qsizetype colon = text.indexOf(':');
    if (colon > 0 && text.first(colon).contains('.') && !text.first(colon).contains(' '))
        text = text.sliced(colon + 1); // the D.S.N: prefix
    if (text.startsWith('"'))
        text = text.sliced(1); // ERROR:5.7.1:"550 text" quotes after the status code
    return text.size() >= 3 && (text.at(0) == '4' || text.at(0) == '5') && isNumber(text.first(3))
        && (text.size() == 3 || text.at(3) == ' ' || text.at(3) == '"' || text.at(3) == '-');
}

} // namespace

std::expected<SendmailAccess, ParseError> SendmailAccess::parse(QByteArrayView bytes, const QString &fileName)
{
    auto map = SendmailMap::parse(bytes, fileName);
    if (!map)
        return std::unexpected(map.error());
    SendmailAccess access;
    access.m_map = std::move(*map);
    access.m_map.setKind(SendmailMap::Kind::Access);
    return access;
}

std::pair<QByteArray, QByteArray> SendmailAccess::splitKey(QByteArrayView key)
{
    const qsizetype colon = key.indexOf(':');
    if (colon > 0 && isKnownTag(key.first(colon)))
        return {key.first(colon).toByteArray(), key.sliced(colon + 1).toByteArray()};
    return {QByteArray(), key.toByteArray()};
}

bool SendmailAccess::isKnownAction(QByteArrayView tag, QByteArrayView action)
{
    if (isNumericTag(tag))
        return isNumber(action);
    if (isFreeFormTag(tag))
        return true;
    static const char *const plain[] = {"OK", "RELAY", "REJECT", "DISCARD", "SKIP"};
    if (std::any_of(std::begin(plain), std::end(plain), [&](const char *a) { return equalsIgnoreCase(action, a); }))
        return true;
    if (equalsIgnoreCase(tag, "Spam") && (equalsIgnoreCase(action, "FRIEND") || equalsIgnoreCase(action, "HATER")))
        return true;
    return (action.size() > 6 && equalsIgnoreCase(action.first(6), "ERROR:"))
        || (action.size() > 11 && equalsIgnoreCase(action.first(11), "QUARANTINE:"));
}

QList<SendmailAccess::Entry> SendmailAccess::entries() const
{
    QList<Entry> list;
    for (const KeyValueEntry &e : m_map.entries()) {
        auto [tag, target] = splitKey(e.key);
        list.append(Entry {tag, target, e.value, e.line});
    }
    return list;
}

std::optional<SendmailAccess::Entry> SendmailAccess::find(QByteArrayView key) const
{
    const auto e = m_map.find(key);
    if (!e)
        return std::nullopt;
    auto [tag, target] = splitKey(e->key);
    return Entry {tag, target, e->value, e->line};
}

QList<Diagnostic> SendmailAccess::check() const
{
    QList<Diagnostic> out = m_map.check(); // duplicate keys
    const RecordDocument &doc = m_map.table().document();
    for (const KeyValueEntry &e : m_map.entries()) {
        auto [tag, target] = splitKey(e.key);
        const int actionColumn = 1 + int(KeyValueTable::split(doc.text(e.index), false).valueBegin);
        out += checkEntry(Entry {tag, target, e.value, e.line}, actionColumn);
    }
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    return out;
}

QList<Diagnostic> SendmailAccess::checkEntry(const Entry &e, int actionColumn) const
{
    QList<Diagnostic> out;
    auto warn = [&](int column, const QString &message) {
        out.append(Diagnostic {e.line, column, Diagnostic::Severity::Warning, message});
    };
    const qsizetype colon = e.target.indexOf(':');
    if (e.tag.isEmpty() && colon > 0 && !equalsIgnoreCase(e.target.first(colon), "IPv6"))
        warn(1, Tr::tr("unknown tag \"%1:\"").arg(QString::fromUtf8(e.target.first(colon))));
    else if (!isFreeFormTag(e.tag) && !(isNumericTag(e.tag) && e.target.isEmpty()) && !isAccessTarget(e.target))
        warn(e.tag.isEmpty() ? 1 : int(e.tag.size()) + 2,
            Tr::tr("\"%1\" is no address, domain or IP address").arg(QString::fromUtf8(e.target)));

    const QByteArrayView action = Bytes::trimmed(e.action); // the rulesets tokenize it: blanks do not count
    if (!isKnownAction(e.tag, action)) {
        warn(actionColumn,
            isNumericTag(e.tag)
                ? Tr::tr("%1 needs a number, not \"%2\"").arg(QString::fromUtf8(e.tag), QString::fromUtf8(e.action))
                : Tr::tr("unknown action \"%1\"").arg(QString::fromUtf8(e.action)));
    } else if (action.size() > 6 && equalsIgnoreCase(action.first(6), "ERROR:") && !hasReplyCode(action.sliced(6))) {
        warn(actionColumn + 6, Tr::tr("ERROR: needs a 4xx or 5xx reply code"));
    }
    return out;
}

} // namespace Mailwarden
