#include "qmailvirtualdomains.h"

#include "core/tr.h"
#include "formats/validators.h"

#include <algorithm>

namespace Mailwarden {

std::expected<QmailVirtualDomains, ParseError> QmailVirtualDomains::parse(QByteArrayView bytes, const QString &fileName)
{
    auto table = QmailColonTable::parse(bytes, fileName);
    if (!table)
        return std::unexpected(table.error());
    QmailVirtualDomains v;
    v.m_table = std::move(*table);
    return v;
}

QList<QmailVirtualDomains::Entry> QmailVirtualDomains::entries() const
{
    QList<Entry> out;
    for (const QmailColonTable::Line &l : m_table.lines())
        out.append(Entry {l.key, l.rest, l.line});
    return out;
}

std::optional<QmailVirtualDomains::Entry> QmailVirtualDomains::find(QByteArrayView key) const
{
    const auto l = m_table.find(key);
    if (!l)
        return std::nullopt;
    return Entry {l->key, l->rest, l->line};
}

QList<Diagnostic> QmailVirtualDomains::check() const
{
    QList<Diagnostic> out = m_table.duplicates();
    for (const Entry &e : entries()) {
        const bool keyOk = e.key.isEmpty()
            || (e.key.contains('@') ? Validators::isAddress(e.key) : Validators::isDomain(e.key, true));
        if (!keyOk)
            out.append({e.line, 1, Diagnostic::Severity::Warning,
                Tr::tr("\"%1\" is neither a domain nor an address").arg(QString::fromUtf8(e.key))});
        const bool prependOk = std::none_of(
            e.prepend.begin(), e.prepend.end(), [](char c) { return c == '@' || c == ' ' || c == '\t'; });
        if (!prependOk)
            out.append({e.line, int(e.key.size()) + 2, Diagnostic::Severity::Warning,
                Tr::tr("the prepend \"%1\" must be a local-part prefix, without '@' or blanks")
                    .arg(QString::fromUtf8(e.prepend))});
    }
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    return out;
}

} // namespace Mailwarden
