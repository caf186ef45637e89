#include "aliasesfile.h"

#include "core/tr.h"
#include "logicallinesplitter.h"
#include "separatorstyle.h"
#include "validators.h"

#include <QHash>

namespace Mailwarden {

AliasesFile::Split AliasesFile::splitName(QByteArrayView text)
{
    Split s;
    qsizetype i = 0;
    if (i < text.size() && text.at(i) == '"') {
        ++i;
        while (i < text.size() && text.at(i) != '"') {
            if (text.at(i) == '\\' && i + 1 < text.size())
                ++i;
            s.name += text.at(i++);
        }
        if (i == text.size()) {
            s.errorAt = 0;
            s.error = Tr::tr("unbalanced quote in alias name");
            return s;
        }
        ++i;
        while (i < text.size() && Bytes::isBlank(text.at(i)))
            ++i;
    } else {
        while (i < text.size() && text.at(i) != ':' && text.at(i) != '\n' && text.at(i) != '\r')
            s.name += text.at(i++);
        s.name = Bytes::trimmed(s.name).toByteArray();
    }
    if (i >= text.size() || text.at(i) != ':') {
        s.errorAt = i;
        s.error = Tr::tr("missing ':' after the alias name");
        return s;
    }
    if (s.name.isEmpty()) {
        s.errorAt = 0;
        s.error = Tr::tr("empty alias name");
        return s;
    }
    s.colon = i;
    return s;
}

std::expected<QList<QByteArray>, qsizetype> AliasesFile::splitRecipients(QByteArrayView list)
{
    QList<QByteArray> out;
    qsizetype start = 0, quoteAt = -1;
    for (qsizetype i = 0; i <= list.size(); ++i) {
        const char c = i < list.size() ? list.at(i) : ',';
        if (quoteAt >= 0) {
            if (c == '\\' && i + 1 < list.size())
                ++i;
            else if (c == '"')
                quoteAt = -1;
            else if (i == list.size())
                return std::unexpected(quoteAt);
            continue;
        }
        if (c == '"') {
            quoteAt = i;
        } else if (c == ',') {
            const QByteArray item = Bytes::trimmed(list.sliced(start, i - start)).toByteArray();
            if (!item.isEmpty())
                out.append(item);
            start = i + 1;
        }
    }
    return out;
}

std::expected<AliasesFile, ParseError> AliasesFile::parse(const QByteArray &bytes, const QString &fileName)
{
    AliasesFile file;
    file.m_doc = splitLogicalLines(bytes);
    int line = 1;
    for (qsizetype i = 0; i < file.m_doc.size(); ++i) {
        const int here = line;
        line += file.m_doc.record(i).lineCount;
        const quint8 kind = file.m_doc.kind(i);
        if (kind != quint8(RecordKind::Content) && kind != quint8(RecordKind::Orphan))
            continue;
        const QByteArrayView text = file.m_doc.text(i);
        if (kind == quint8(RecordKind::Orphan)) {
            return std::unexpected(
                ParseError {fileName, here, 1, Tr::tr("continuation line without an alias before it")});
        }
        const Split s = splitName(text);
        if (s.colon < 0) {
            const auto [l, c] = Bytes::position(text, s.errorAt, here);
            return std::unexpected(ParseError {fileName, l, c, s.error});
        }
        const auto recipients = splitRecipients(text.sliced(s.colon + 1));
        if (!recipients) {
            const auto [l, c] = Bytes::position(text, s.colon + 1 + recipients.error(), here);
            return std::unexpected(ParseError {fileName, l, c, Tr::tr("unbalanced quote in the recipient list")});
        }
    }
    return file;
}

AliasEntry AliasesFile::entryAt(qsizetype index) const
{
    const QByteArrayView text = m_doc.text(index);
    const Split s = splitName(text);
    AliasEntry e;
    e.name = s.name;
    // Drop indented comment lines inside the logical line before splitting.
    e.recipients = splitRecipients(Bytes::joinLogicalLine(text.sliced(s.colon + 1))).value_or(QList<QByteArray> {});
    return e;
}

QList<AliasEntry> AliasesFile::aliases() const
{
    QList<AliasEntry> list;
    int line = 1;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) == quint8(RecordKind::Content)) {
            list.append(entryAt(i));
            list.last().line = line;
        }
        line += m_doc.record(i).lineCount;
    }
    return list;
}

std::optional<qsizetype> AliasesFile::indexOf(QByteArrayView name) const
{
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) == quint8(RecordKind::Content)
            && splitName(m_doc.text(i)).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return std::nullopt;
}

std::optional<AliasEntry> AliasesFile::find(QByteArrayView name) const
{
    const auto index = indexOf(name);
    if (!index)
        return std::nullopt;
    AliasEntry e = entryAt(*index);
    e.line = m_doc.lineOf(*index);
    return e;
}

QByteArray AliasesFile::encodeName(QByteArrayView name) const
{
    // RFC 822 specials too: postalias and sendmail read an unquoted name as an
    // address, so "a(b)c" would become "ac" (a comment) and never match.
    static constexpr QByteArrayView specials = ":\"#,()<>@;\\[]";
    bool quote = false;
    for (char c : name)
        quote = quote || Bytes::isSpace(c) || specials.contains(c);
    if (!quote)
        return name.toByteArray();
    QByteArray out = "\"";
    for (char c : name) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

bool AliasesFile::addAlias(QByteArrayView name, const QList<QByteArray> &recipients)
{
    if (indexOf(name))
        return false;
    SeparatorStyle style(QByteArrayLiteral(" "));
    qsizetype last = -1;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) != quint8(RecordKind::Content))
            continue;
        last = i;
        if (style.sampleCount() < 200) {
            const QByteArrayView text = m_doc.text(i);
            const qsizetype colon = splitName(text).colon;
            const qsizetype value = Bytes::skipSpace(text, colon + 1);
            if (value < text.size() && !text.sliced(colon + 1, value - colon - 1).contains('\n'))
                style.addSample(text.first(colon + 1), text.sliced(colon + 1, value - colon - 1));
        }
    }
    const QByteArray key = QByteArray(encodeName(name) + ':');
    const QByteArray line = QByteArray(key + style.separatorFor(key) + recipients.join(", "));
    if (last < 0)
        m_doc.append(line, quint8(RecordKind::Content));
    else
        m_doc.insert(last + 1, line, quint8(RecordKind::Content));
    return true;
}

bool AliasesFile::setRecipients(QByteArrayView name, const QList<QByteArray> &recipients)
{
    const auto index = indexOf(name);
    if (!index)
        return false;
    const QByteArrayView text = m_doc.text(*index);
    const qsizetype colon = splitName(text).colon;
    QByteArrayView separator = text.sliced(colon + 1, Bytes::skipSpace(text, colon + 1) - colon - 1);
    if (separator.contains('\n') || separator.isEmpty())
        separator = " ";
    m_doc.replace(*index,
        QByteArray(text.first(colon + 1).toByteArray() + separator.toByteArray() + recipients.join(", ")),
        quint8(RecordKind::Content));
    return true;
}

bool AliasesFile::addRecipient(QByteArrayView name, QByteArrayView recipient)
{
    const auto entry = find(name);
    if (!entry || entry->recipients.contains(recipient))
        return false;
    return setRecipients(name, entry->recipients + QList<QByteArray> {recipient.toByteArray()});
}

bool AliasesFile::removeRecipient(QByteArrayView name, QByteArrayView recipient)
{
    auto entry = find(name);
    if (!entry || !entry->recipients.removeOne(recipient.toByteArray()))
        return false;
    return setRecipients(name, entry->recipients);
}

bool AliasesFile::removeAlias(QByteArrayView name)
{
    const auto index = indexOf(name);
    if (!index)
        return false;
    m_doc.remove(*index);
    return true;
}

AliasesFile::RecipientType AliasesFile::recipientType(QByteArrayView recipient)
{
    QByteArrayView r = recipient;
    if (r.startsWith('"') && r.endsWith('"') && r.size() >= 2)
        r = r.sliced(1, r.size() - 2);
    if (r.startsWith('|'))
        return RecipientType::Program;
    if (r.startsWith('/'))
        return RecipientType::File;
    if (r.startsWith(":include:"))
        return RecipientType::Include;
    return r.contains('@') ? RecipientType::Address : RecipientType::Local;
}

QList<Diagnostic> AliasesFile::check() const
{
    QList<Diagnostic> out;
    QHash<QByteArray, int> seen;
    for (const AliasEntry &e : aliases()) {
        const QByteArray folded = e.name.toLower();
        if (const auto it = seen.constFind(folded); it != seen.cend())
            out.append({e.line, 1, Diagnostic::Severity::Warning,
                Tr::tr("duplicate alias \"%1\" (first on line %2)").arg(QString::fromUtf8(e.name)).arg(*it)});
        else
            seen.insert(folded, e.line);
        if (e.recipients.isEmpty())
            out.append({e.line, 1, Diagnostic::Severity::Warning,
                Tr::tr("alias \"%1\" has no recipients").arg(QString::fromUtf8(e.name))});
        for (const QByteArray &r : e.recipients) {
            const RecipientType type = recipientType(r);
            if (type == RecipientType::Address && !Validators::isAddress(r))
                out.append({e.line, 1, Diagnostic::Severity::Warning,
                    Tr::tr("\"%1\" is not a valid mail address").arg(QString::fromUtf8(r))});
            if (type == RecipientType::Include && !r.sliced(r.indexOf(":include:") + 9).trimmed().startsWith('/'))
                out.append({e.line, 1, Diagnostic::Severity::Warning,
                    Tr::tr("\"%1\": the :include: file should be an absolute path").arg(QString::fromUtf8(r))});
        }
    }
    return out;
}

} // namespace Mailwarden
