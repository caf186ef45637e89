#include "hostprofilestore.h"

#include "core/portnumber.h"

#include <QSettings>

#include <algorithm>

namespace Mailwarden {

namespace {
const QString kGroup = QStringLiteral("hosts");
}

HostProfileStore::HostProfileStore() : m_settings(new QSettings), m_ownsSettings(true) { }

HostProfileStore::HostProfileStore(QSettings *settings) : m_settings(settings), m_ownsSettings(false) { }

HostProfileStore::~HostProfileStore()
{
    if (m_ownsSettings)
        delete m_settings;
}

QList<HostProfile> HostProfileStore::profiles() const
{
    m_settings->beginGroup(kGroup);
    const QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    QList<HostProfile> result;
    for (const QString &name : names) {
        if (auto profile = find(name))
            result << *profile;
    }
    std::sort(result.begin(), result.end(), [](const HostProfile &a, const HostProfile &b) {
        return std::tie(a.group, a.name) < std::tie(b.group, b.name);
    });
    return result;
}

std::optional<HostProfile> HostProfileStore::find(const QString &name) const
{
    if (!HostProfile::isValidName(name))
        return std::nullopt;
    m_settings->beginGroup(kGroup + QLatin1Char('/') + name);
    const bool exists = m_settings->contains(QStringLiteral("address")) || m_settings->contains(QStringLiteral("kind"));
    HostProfile profile;
    profile.name = name;
    profile.kind = m_settings->value(QStringLiteral("kind")).toString() == QLatin1String("local")
        ? HostProfile::Kind::Local
        : HostProfile::Kind::Ssh;
    profile.address = m_settings->value(QStringLiteral("address")).toString();
    // A port out of range in the file is no port (0: connecting fails and says so), not the port it wraps to.
    profile.port = portNumberFrom(m_settings->value(QStringLiteral("port"), 22).toLongLong()).value_or(0);
    profile.user = m_settings->value(QStringLiteral("user")).toString();
    profile.auth = HostProfile::authFromKey(m_settings->value(QStringLiteral("auth")).toString())
                       .value_or(HostProfile::Auth::PublicKey);
    profile.keyFile = m_settings->value(QStringLiteral("keyFile")).toString();
    profile.useSudo = m_settings->value(QStringLiteral("sudo"), true).toBool();
    profile.group = m_settings->value(QStringLiteral("group")).toString();
    // Saved as "postfix", "sendmail", "qmail" or empty (detect).
    profile.mtaHint = mtaKindFromName(m_settings->value(QStringLiteral("mta")).toString()).value_or(MtaKind::Unknown);
    profile.fileHelper = m_settings->value(QStringLiteral("fileHelper"), profile.fileHelper).toString();
    profile.hasSecret = m_settings->value(QStringLiteral("hasSecret"), false).toBool();
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;
    return profile;
}

void HostProfileStore::save(const HostProfile &profile)
{
    remove(profile.name);
    m_settings->beginGroup(kGroup + QLatin1Char('/') + profile.name);
    m_settings->setValue(QStringLiteral("kind"),
        profile.kind == HostProfile::Kind::Local ? QStringLiteral("local") : QStringLiteral("ssh"));
    m_settings->setValue(QStringLiteral("address"), profile.address);
    m_settings->setValue(QStringLiteral("port"), profile.port);
    m_settings->setValue(QStringLiteral("user"), profile.user);
    m_settings->setValue(QStringLiteral("auth"), HostProfile::authKey(profile.auth));
    m_settings->setValue(QStringLiteral("keyFile"), profile.keyFile);
    m_settings->setValue(QStringLiteral("sudo"), profile.useSudo);
    m_settings->setValue(QStringLiteral("group"), profile.group);
    m_settings->setValue(
        QStringLiteral("mta"), profile.mtaHint == MtaKind::Unknown ? QString() : mtaKindName(profile.mtaHint));
    m_settings->setValue(QStringLiteral("fileHelper"), profile.fileHelper);
    m_settings->setValue(QStringLiteral("hasSecret"), profile.hasSecret);
    m_settings->endGroup();
    m_settings->sync();
}

bool HostProfileStore::remove(const QString &name)
{
    const bool existed = find(name).has_value();
    m_settings->remove(kGroup + QLatin1Char('/') + name);
    m_settings->sync();
    return existed;
}

} // namespace Mailwarden
