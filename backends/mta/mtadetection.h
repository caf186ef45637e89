#pragma once

#include "core/mtakind.h"
#include "mtaevidence.h"

#include <QStringList>

namespace Mailwarden {

/// The verdict on which MTA a host runs, with the reasons in words for the
/// admin (shown by `mailwarden-cli mta detect` and the host dialog).
struct MtaDetection {
    MtaKind kind = MtaKind::Unknown;
    QString version;
    bool running = false; ///< the detected MTA's daemon runs
    QStringList reasons; ///< why this verdict (translated)
    QStringList warnings; ///< what the admin should look at (translated)
};

/// Decides from \a evidence: the MTA whose daemon runs; with none running, the
/// only one configured (warned: it is not running); with two or more candidates
/// the host is ambiguous and the verdict Unknown, with a warning naming them (the
/// admin then sets the MTA in the host's profile). Installed programs alone never
/// decide.
MtaDetection detectMta(const MtaEvidence &evidence);

} // namespace Mailwarden
