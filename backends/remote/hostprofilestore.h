#pragma once

#include "hostprofile.h"

#include <QList>

#include <optional>

class QSettings;

namespace Mailwarden {

/// Host profiles in QSettings, group "hosts/NAME". Holds no secrets: those are
/// in the SecretStore under HostProfile::secretId(). Reads and writes the
/// application's default QSettings unless given another; not thread-safe (use
/// it from one thread, usually the GUI's or the CLI's main thread).
class HostProfileStore final
{
public:
    HostProfileStore();
    explicit HostProfileStore(QSettings *settings);
    ~HostProfileStore();
    Q_DISABLE_COPY_MOVE(HostProfileStore)

    /// Every profile, sorted by group, then name.
    QList<HostProfile> profiles() const;
    std::optional<HostProfile> find(const QString &name) const;
    /// Adds or replaces the profile with \a profile.name.
    void save(const HostProfile &profile);
    /// false when there was no such profile.
    bool remove(const QString &name);

private:
    QSettings *m_settings;
    bool m_ownsSettings;
};

} // namespace Mailwarden
