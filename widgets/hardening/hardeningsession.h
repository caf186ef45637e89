#pragma once

#include "hardening/hardeningreport.h"
#include "hardening/hardeningrules.h"
#include "mta/changeset.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Mailwarden {

/// What the hardening wizard keeps of one host between runs of the console,
/// so it can be left and resumed: after the audit the role, the probes'
/// source and the ticked fixes; after an apply the record and the change
/// that ran, so "keep" or "roll back" can still be chosen later. One JSON
/// file per host in the application's data directory, written whole.
struct HardeningSession {
    Q_DECLARE_TR_FUNCTIONS(HardeningSession)
public:
    enum class Stage { Chosen, Applied };

    QString host; ///< the profile's name
    Stage stage = Stage::Chosen;
    Hardening::Role role = Hardening::Role::Mx;
    QString source; ///< the probes' source address ("" for any)
    QStringList chosen; ///< the ticked fixes
    Hardening::HardeningRecord record; ///< Applied: the audit before and after
    ChangeSet applied; ///< Applied: what ran, generated files included (undo() restores)

    /// nullopt when there is none; a damaged file is reported in \a error and ignored.
    static std::optional<HardeningSession> load(const QString &host, QString *error = nullptr);
    bool save(QString *error) const;
    static void remove(const QString &host);
    static QString path(const QString &host);
};

} // namespace Mailwarden
