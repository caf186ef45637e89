#include "postfixtable.h"

#include "core/tr.h"
#include "formats/validators.h"

namespace Mailwarden {

std::expected<PostfixTable, ParseError> PostfixTable::parse(const QByteArray &bytes, const QString &fileName)
{
    return parse(bytes, fileName, fileName.endsWith(QLatin1String(".cidr")) ? Kind::Cidr : Kind::Generic);
}

std::expected<PostfixTable, ParseError> PostfixTable::parse(const QByteArray &bytes, const QString &fileName, Kind kind)
{
    KeyValueOptions options;
    options.quotedKeys = kind == Kind::Generic;
    options.warnDuplicates = kind == Kind::Generic;
    auto table = KeyValueTable::parse(bytes, fileName, options);
    if (!table)
        return std::unexpected(table.error());
    PostfixTable t;
    t.m_table = std::move(*table);
    t.m_kind = kind;
    return t;
}

QList<Diagnostic> PostfixTable::check() const
{
    QList<Diagnostic> out = m_table.commonDiagnostics();
    for (const KeyValueEntry &e : m_table.entries()) {
        if (m_kind == Kind::Cidr) {
            QByteArrayView key = e.key;
            if (key.startsWith('!'))
                key = key.sliced(1);
            if (key != "if" && key != "endif" && !Validators::isCidr(key))
                out.append({e.line, 1, Diagnostic::Severity::Warning,
                    Tr::tr("\"%1\" is not an IP address or network/prefix").arg(QString::fromUtf8(e.key))});
            continue;
        }
        // Address-shaped keys (user@domain, @domain) must have a valid domain part.
        const qsizetype at = e.key.lastIndexOf('@');
        if (at >= 0 && at + 1 < e.key.size() && !Validators::isAddress(e.key, true))
            out.append({e.line, 1, Diagnostic::Severity::Warning,
                Tr::tr("\"%1\" is not a valid address").arg(QString::fromUtf8(e.key))});
    }
    std::sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    return out;
}

} // namespace Mailwarden
