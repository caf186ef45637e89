#include "hardeningsession.h"

#include "common/reportfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUrl>

namespace Mailwarden {

using namespace Hardening;

QString HardeningSession::path(const QString &host)
{
    // A profile's name may hold any character: encoded, it is one file name.
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/hardening/")
        + QString::fromLatin1(QUrl::toPercentEncoding(host)) + QStringLiteral(".json");
}

std::optional<HardeningSession> HardeningSession::load(const QString &host, QString *error)
{
    QFile file(path(host));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.read(64 << 20)).object();
    HardeningSession session;
    session.host = host;
    const QString stage = json.value(QStringLiteral("stage")).toString();
    const auto role = roleFromName(json.value(QStringLiteral("role")).toString());
    bool ok = role.has_value() && (stage == QLatin1String("chosen") || stage == QLatin1String("applied"));
    if (ok) {
        session.role = *role;
        session.source = json.value(QStringLiteral("source")).toString();
        for (const QJsonValue &rule : json.value(QStringLiteral("chosen")).toArray())
            session.chosen << rule.toString();
    }
    if (ok && stage == QLatin1String("applied")) {
        session.stage = Stage::Applied;
        const auto record = HardeningRecord::fromJson(json.value(QStringLiteral("record")).toObject());
        auto applied = ChangeSet::fromJson(json.value(QStringLiteral("change")).toObject());
        ok = record && applied;
        if (ok) {
            session.record = *record;
            session.applied = *applied;
        }
    }
    if (!ok) {
        if (error)
            *error = tr("%1 is damaged and was ignored.").arg(QDir::toNativeSeparators(file.fileName()));
        return std::nullopt;
    }
    return session;
}

bool HardeningSession::save(QString *error) const
{
    QJsonObject json {
        {QStringLiteral("stage"), stage == Stage::Applied ? QStringLiteral("applied") : QStringLiteral("chosen")},
        {QStringLiteral("role"), roleName(role)}, {QStringLiteral("source"), source},
        {QStringLiteral("chosen"), QJsonArray::fromStringList(chosen)}};
    if (stage == Stage::Applied) {
        json.insert(QStringLiteral("record"), record.toJson());
        json.insert(QStringLiteral("change"), applied.toJson());
    }
    const QString file = path(host);
    QDir().mkpath(QFileInfo(file).path());
    return ReportFile::write(file, QJsonDocument(json).toJson(), error);
}

void HardeningSession::remove(const QString &host)
{
    QFile::remove(path(host));
}

} // namespace Mailwarden
