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
    // Keys only, split from the records: decoding every entry (values,
    // continuation lines) would cost most of the time on a million-line table.
    const RecordDocument &doc = m_table.document();
    int line = 1;
    for (qsizetype i = 0; i < doc.size(); line += doc.record(i).lineCount, ++i) {
        if (doc.kind(i) != quint8(RecordKind::Content))
            continue;
        const QByteArray key = KeyValueTable::split(doc.text(i), m_table.options().quotedKeys).key;
        if (m_kind == Kind::Cidr) {
            QByteArrayView k = key;
            if (k.startsWith('!'))
                k = k.sliced(1);
            if (k != "if" && k != "endif" && !Validators::isCidr(k))
                out.append({line, 1, Diagnostic::Severity::Warning,
                    Tr::tr("\"%1\" is not an IP address or network/prefix").arg(QString::fromUtf8(key))});
            continue;
        }
        // Address-shaped keys (user@domain, @domain) must have a valid domain part.
        const qsizetype at = key.lastIndexOf('@');
        if (at >= 0 && at + 1 < key.size() && !Validators::isAddress(key, true))
            out.append({line, 1, Diagnostic::Severity::Warning,
                Tr::tr("\"%1\" is not a valid address").arg(QString::fromUtf8(key))});
    }
    std::sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    return out;
}

} // namespace Mailwarden
