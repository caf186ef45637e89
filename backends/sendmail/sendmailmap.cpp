#include "sendmailmap.h"

#include "core/tr.h"
#include "formats/validators.h"

#include <QFileInfo>

#include <algorithm>

namespace Mailwarden {

namespace {

KeyValueOptions makemapOptions()
{
    KeyValueOptions options;
    options.lines.continuation = false; // makemap has no continuation lines
    options.lines.commentChar = '#';
    options.quotedKeys = false;
    options.caseSensitiveKeys = false; // makemap lowercases keys unless -f
    options.defaultSeparator = "\t";
    return options;
}

Diagnostic warning(const KeyValueEntry &entry, int column, const QString &message)
{
    return Diagnostic {entry.line, column, Diagnostic::Severity::Warning, message};
}

// "%1@x.example" and "error:nouser ..." are valid right-hand sides that are no addresses.
bool isAddressOrLocal(QByteArrayView value)
{
    return !value.contains('@') || Validators::isAddress(value, true) || value.contains('%');
}

} // namespace

SendmailMap::Kind SendmailMap::kindForFileName(const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName().toLower();
    if (name.contains(QLatin1String("virtusertable")))
        return Kind::Virtusertable;
    if (name.contains(QLatin1String("mailertable")))
        return Kind::Mailertable;
    if (name.contains(QLatin1String("genericstable")))
        return Kind::Genericstable;
    if (name.contains(QLatin1String("domaintable")))
        return Kind::Domaintable;
    if (name.contains(QLatin1String("authinfo")))
        return Kind::Authinfo;
    if (name.startsWith(QLatin1String("access")))
        return Kind::Access;
    return Kind::Generic;
}

std::expected<SendmailMap, ParseError> SendmailMap::parse(QByteArrayView bytes, const QString &fileName)
{
    auto table = KeyValueTable::parse(bytes.toByteArray(), fileName, makemapOptions());
    if (!table)
        return std::unexpected(table.error());
    const RecordDocument &doc = table->document();
    int line = 1;
    for (qsizetype i = 0; i < doc.size(); line += doc.record(i).lineCount, ++i) {
        if (doc.kind(i) != quint8(RecordKind::Content))
            continue;
        const QByteArrayView text = doc.text(i);
        // makemap: "syntax error (leading space)"; the line would be lost.
        if (Bytes::isSpace(text.front()))
            return std::unexpected(
                ParseError {fileName, line, 1, Tr::tr("line starts with a blank; makemap rejects it")});
        const KeyValueSplit split = KeyValueTable::split(text, false);
        if (split.valueBegin >= text.size()) {
            return std::unexpected(ParseError {fileName, line, int(split.keyEnd) + 1,
                Tr::tr("key \"%1\" has no value").arg(QString::fromUtf8(split.key))});
        }
    }
    SendmailMap map;
    map.m_table = std::move(*table);
    map.m_kind = kindForFileName(fileName);
    return map;
}

bool SendmailMap::isValidKey(QByteArrayView key)
{
    if (key.isEmpty() || key.front() == '#')
        return false;
    for (char c : key) {
        if (Bytes::isSpace(c))
            return false;
    }
    return true;
}

bool SendmailMap::isValidValue(QByteArrayView value)
{
    return !Bytes::trimmed(value).isEmpty() && !value.contains('\n') && !value.contains('\r')
        && !Bytes::isSpace(value.front());
}

bool SendmailMap::addEntry(QByteArrayView key, QByteArrayView value)
{
    if (!isValidKey(key) || !isValidValue(value))
        return false;
    return editVerified(key, value, [&] { return m_table.addEntry(key, value); });
}

bool SendmailMap::insertEntry(QByteArrayView key, QByteArrayView value, const RowPosition &position)
{
    if (!isValidKey(key) || !isValidValue(value))
        return false;
    return editVerified(key, value, [&] { return m_table.insertEntry(key, value, position); });
}

bool SendmailMap::setValue(QByteArrayView key, QByteArrayView value)
{
    return isValidValue(value) && editVerified(key, value, [&] { return m_table.setValue(key, value); });
}

bool SendmailMap::editVerified(QByteArrayView key, QByteArrayView value, const std::function<bool()> &edit)
{
    // A separator learned from a line such as "key\rvalue" would be dropped when the
    // line is written; keep the document as it was rather than glue key and value.
    const KeyValueTable before = m_table;
    if (!edit())
        return false;
    const auto entry = m_table.find(key);
    if (entry && entry->value == Bytes::trimmed(value))
        return true;
    m_table = before;
    return false;
}

QList<Diagnostic> SendmailMap::check() const
{
    QList<Diagnostic> out = m_table.commonDiagnostics();
    if (m_kind == Kind::Generic || m_kind == Kind::Access)
        return out;
    for (const KeyValueEntry &entry : entries())
        out += checkEntry(entry);
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    return out;
}

QList<Diagnostic> SendmailMap::checkEntry(const KeyValueEntry &e) const
{
    QList<Diagnostic> out;
    const int valueColumn = 1 + int(KeyValueTable::split(m_table.document().text(e.index), false).valueBegin);
    switch (m_kind) {
    case Kind::Virtusertable:
        if (!Validators::isAddress(e.key, true))
            out.append(
                warning(e, 1, Tr::tr("expected user@domain or @domain, not \"%1\"").arg(QString::fromUtf8(e.key))));
        if (!e.value.startsWith("error:") && !isAddressOrLocal(e.value))
            out.append(warning(e, valueColumn, Tr::tr("invalid address \"%1\"").arg(QString::fromUtf8(e.value))));
        break;
    case Kind::Mailertable:
        if (e.key != "." && !Validators::isDomain(e.key, true) && !Validators::isIPAddress(e.key))
            out.append(warning(e, 1, Tr::tr("invalid domain \"%1\"").arg(QString::fromUtf8(e.key))));
        if (!e.value.contains(':'))
            out.append(
                warning(e, valueColumn, Tr::tr("expected mailer:host, not \"%1\"").arg(QString::fromUtf8(e.value))));
        break;
    case Kind::Genericstable:
        if (!isAddressOrLocal(e.key))
            out.append(warning(e, 1, Tr::tr("invalid address \"%1\"").arg(QString::fromUtf8(e.key))));
        if (!isAddressOrLocal(e.value))
            out.append(warning(e, valueColumn, Tr::tr("invalid address \"%1\"").arg(QString::fromUtf8(e.value))));
        break;
    case Kind::Domaintable:
        if (!Validators::isDomain(e.key, true))
            out.append(warning(e, 1, Tr::tr("invalid domain \"%1\"").arg(QString::fromUtf8(e.key))));
        if (!Validators::isDomain(e.value) && !e.value.contains('%'))
            out.append(warning(e, valueColumn, Tr::tr("invalid domain \"%1\"").arg(QString::fromUtf8(e.value))));
        break;
    case Kind::Authinfo:
        if (!e.key.startsWith("AuthInfo:"))
            out.append(warning(e, 1, Tr::tr("authinfo keys start with \"AuthInfo:\"")));
        break;
    case Kind::Generic:
    case Kind::Access:
        break;
    }
    return out;
}

} // namespace Mailwarden
