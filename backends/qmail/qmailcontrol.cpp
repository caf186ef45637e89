#include "qmailcontrol.h"

#include "core/tr.h"
#include "formats/logicallinesplitter.h"
#include "formats/validators.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace Mailwarden {

namespace {

QByteArrayView chopBlanks(QByteArrayView text)
{
    while (!text.isEmpty() && Bytes::isSpace(text.back()))
        text.chop(1);
    return text;
}

bool oneOf(const QString &name, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return name == QLatin1String(n); });
}

bool isHostFile(const QString &name)
{
    return oneOf(name,
        {"rcpthosts", "morercpthosts", "locals", "percenthack", "me", "defaulthost", "defaultdomain", "plusdomain",
            "idhost", "bouncehost", "doublebouncehost", "envnoathost", "helohost", "localiphost"});
}

bool isNumber(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

QmailControl::Kind QmailControl::kindForFileName(const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName().toLower();
    if (oneOf(name,
            {"databytes", "concurrencylocal", "concurrencyremote", "concurrencyincoming", "queuelifetime",
                "timeoutconnect", "timeoutremote", "timeoutsmtpd", "timeoutread", "timeoutwrite"}))
        return Kind::Number;
    if (oneOf(name,
            {"me", "defaulthost", "defaultdomain", "plusdomain", "idhost", "bouncefrom", "bouncehost",
                "doublebouncehost", "doublebounceto", "envnoathost", "helohost", "localiphost", "smtpgreeting"}))
        return Kind::Text;
    return Kind::List;
}

std::expected<QmailControl, ParseError> QmailControl::parse(QByteArrayView bytes, const QString &fileName)
{
    LogicalLineOptions options;
    options.continuation = false;
    QmailControl control;
    control.m_doc = splitLogicalLines(bytes.toByteArray(), options);
    control.m_kind = kindForFileName(fileName);
    control.m_name = QFileInfo(fileName).fileName().toLower();
    return control;
}

QList<QmailControl::Value> QmailControl::values() const
{
    QList<Value> out;
    int line = 1;
    for (qsizetype i = 0; i < m_doc.size(); line += m_doc.record(i).lineCount, ++i) {
        if (m_doc.kind(i) == quint8(RecordKind::Content))
            out.append(Value {chopBlanks(m_doc.text(i)).toByteArray(), line});
    }
    return out;
}

std::optional<QByteArray> QmailControl::value() const
{
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) == quint8(RecordKind::Content))
            return chopBlanks(m_doc.text(i)).toByteArray();
    }
    return std::nullopt;
}

bool QmailControl::setValue(QByteArrayView value)
{
    if (value.contains('\n') || value.contains('\r') || value.startsWith('#') || chopBlanks(value).isEmpty())
        return false;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) == quint8(RecordKind::Content)) {
            m_doc.replace(i, value, quint8(RecordKind::Content));
            return true;
        }
    }
    m_doc.append(value, quint8(RecordKind::Content));
    return true;
}

std::optional<qsizetype> QmailControl::indexOf(QByteArrayView value) const
{
    const Qt::CaseSensitivity cs = isHostFile(m_name) || m_name.isEmpty() ? Qt::CaseInsensitive : Qt::CaseSensitive;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) == quint8(RecordKind::Content) && chopBlanks(m_doc.text(i)).compare(value, cs) == 0)
            return i;
    }
    return std::nullopt;
}

bool QmailControl::contains(QByteArrayView value) const
{
    return indexOf(value).has_value();
}

bool QmailControl::add(QByteArrayView value)
{
    if (value.contains('\n') || value.contains('\r') || value.startsWith('#') || chopBlanks(value).isEmpty()
        || contains(value))
        return false;
    qsizetype after = -1;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) == quint8(RecordKind::Content))
            after = i;
    }
    if (after < 0)
        m_doc.append(value, quint8(RecordKind::Content));
    else
        m_doc.insert(after + 1, value, quint8(RecordKind::Content));
    return true;
}

bool QmailControl::remove(QByteArrayView value)
{
    const auto index = indexOf(value);
    if (index)
        m_doc.remove(*index);
    return index.has_value();
}

QList<Diagnostic> QmailControl::check() const
{
    QList<Diagnostic> out;
    QHash<QByteArray, int> seen;
    const QList<Value> all = values();
    for (qsizetype n = 0; n < all.size(); ++n) {
        const Value &v = all[n];
        auto warn = [&](const QString &message) { out.append({v.line, 1, Diagnostic::Severity::Warning, message}); };
        if (m_kind != Kind::List && n > 0) {
            warn(Tr::tr("qmail reads only the first line of %1; this line is ignored").arg(m_name));
            continue;
        }
        if (!v.text.isEmpty() && Bytes::isBlank(v.text.front()))
            warn(Tr::tr("leading blanks are part of the value for qmail"));
        if (m_kind == Kind::Number && !isNumber(v.text))
            warn(Tr::tr("%1 must be a number, not \"%2\"").arg(m_name, QString::fromUtf8(v.text)));
        else if (isHostFile(m_name) && !Validators::isDomain(v.text, m_kind == Kind::List)
            && !Validators::isIPAddress(v.text))
            warn(Tr::tr("\"%1\" is no host or domain name").arg(QString::fromUtf8(v.text)));
        else if (m_name == QLatin1String("badmailfrom") && !Validators::isAddress(v.text, true)
            && !v.text.startsWith('@'))
            warn(Tr::tr("\"%1\" is neither an address nor @domain").arg(QString::fromUtf8(v.text)));
        const QByteArray folded = v.text.toLower();
        if (const auto it = seen.constFind(folded); it != seen.cend())
            warn(Tr::tr("duplicate \"%1\" (first on line %2)").arg(QString::fromUtf8(v.text)).arg(*it));
        else
            seen.insert(folded, v.line);
    }
    if (m_kind != Kind::List && m_doc.size() > 0 && m_doc.kind(0) != quint8(RecordKind::Content))
        out.prepend({1, 1, Diagnostic::Severity::Warning,
            Tr::tr("qmail reads the first line of %1 as its value, comments and blank lines included").arg(m_name)});
    return out;
}

} // namespace Mailwarden
