#include "changeset.h"

#include "core/tr.h"
#include "core/unifieddiff.h"
#include "formats/formathandler.h"

#include <QJsonArray>

namespace Mailwarden {

QDebug operator<<(QDebug debug, const FileChange &change)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "FileChange(" << change.path << ", " << change.formatType << ", " << change.before.size()
                    << " -> " << change.after.size() << " bytes)";
    return debug;
}

namespace {

bool unchanged(const FileChange &f)
{
    return f.after == f.before && f.absentAfter == f.absentBefore;
}

} // namespace

ChangeSet::ChangeSet(MtaKind mta, const QString &description) : m_mta(mta), m_description(description) { }

void ChangeSet::addFile(const FileChange &change)
{
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        if (m_files[i].path != change.path)
            continue;
        m_files[i].after = change.after;
        m_files[i].absentAfter = change.absentAfter;
        if (unchanged(m_files[i]))
            m_files.removeAt(i);
        return;
    }
    if (!unchanged(change))
        m_files.append(change);
}

QByteArray ChangeSet::preview() const
{
    QByteArray out;
    for (const FileChange &f : m_files) {
        if (f.absentBefore)
            out += Tr::tr("new file %1").arg(f.path).toUtf8() + '\n';
        else if (f.absentAfter)
            out += Tr::tr("removed file %1").arg(f.path).toUtf8() + '\n';
        out += UnifiedDiff::diff(f.before, f.after, f.path);
    }
    return out;
}

ChangeSet ChangeSet::undo() const
{
    ChangeSet undo(m_mta, Tr::tr("Undo: %1").arg(m_description));
    for (FileChange f : m_files) {
        std::swap(f.before, f.after);
        std::swap(f.absentBefore, f.absentAfter);
        undo.m_files.append(f);
    }
    return undo;
}

std::optional<ParseError> ChangeSet::validate() const
{
    for (const FileChange &f : m_files) {
        if (f.formatType.isEmpty() || f.absentAfter)
            continue;
        const FormatHandler *handler = findFormatHandler(f.formatType);
        if (!handler)
            return ParseError {f.path, 0, 0, Tr::tr("no parser for the format \"%1\"").arg(f.formatType)};
        if (auto parsed = handler->roundTrip(f.after, f.path); !parsed)
            return parsed.error();
    }
    return std::nullopt;
}

QJsonObject ChangeSet::toJson() const
{
    QJsonArray files;
    for (const FileChange &f : m_files)
        files.append(QJsonObject {{QStringLiteral("path"), f.path}, {QStringLiteral("format"), f.formatType},
            {QStringLiteral("mapType"), f.mapType},
            {QStringLiteral("before"), QString::fromLatin1(f.before.toBase64())},
            {QStringLiteral("after"), QString::fromLatin1(f.after.toBase64())},
            {QStringLiteral("absentBefore"), f.absentBefore}, {QStringLiteral("absentAfter"), f.absentAfter}});
    return {{QStringLiteral("mta"), mtaKindName(m_mta)}, {QStringLiteral("description"), m_description},
        {QStringLiteral("files"), files}};
}

std::expected<ChangeSet, QString> ChangeSet::fromJson(const QJsonObject &json)
{
    const auto mta = mtaKindFromName(json.value(QStringLiteral("mta")).toString());
    if (!mta)
        return std::unexpected(Tr::tr("the change set names no known MTA (postfix, sendmail or qmail)"));
    ChangeSet set(*mta, json.value(QStringLiteral("description")).toString());
    const QJsonArray files = json.value(QStringLiteral("files")).toArray();
    for (const QJsonValue &value : files) {
        const QJsonObject o = value.toObject();
        FileChange f;
        f.path = o.value(QStringLiteral("path")).toString();
        f.formatType = o.value(QStringLiteral("format")).toString();
        f.mapType = o.value(QStringLiteral("mapType")).toString();
        auto decode = [&](const char *key) {
            return QByteArray::fromBase64Encoding(
                o.value(QLatin1String(key)).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        };
        const auto before = decode("before"), after = decode("after");
        if (!f.path.startsWith(QLatin1Char('/')) || !before || !after)
            return std::unexpected(Tr::tr("file %1 of the change set has no absolute path or no valid base64 contents")
                    .arg(set.m_files.size() + 1));
        f.before = *before;
        f.after = *after;
        f.absentBefore = o.value(QStringLiteral("absentBefore")).toBool();
        f.absentAfter = o.value(QStringLiteral("absentAfter")).toBool();
        if ((f.absentBefore && !f.before.isEmpty()) || (f.absentAfter && !f.after.isEmpty()))
            return std::unexpected(
                Tr::tr("file %1 of the change set is absent and has contents").arg(set.m_files.size() + 1));
        set.addFile(f);
    }
    return set;
}

} // namespace Mailwarden
