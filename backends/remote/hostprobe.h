#pragma once

#include "host.h"

#include "core/mtakind.h"

namespace Mailwarden {

/// What "Test connection" reports about a host.
struct HostProbeResult {
    MtaKind mta = MtaKind::Unknown; ///< Unknown: none of Postfix, qmail, Sendmail found
    QString mtaVersion; ///< as the MTA reports it, when it says
    bool sudoWorks = false; ///< `sudo -n -l` answers without a password
    QString sudoMessage; ///< why not, for the user
    QString hostName;
};

/// Connects to a host and finds out which MTA it runs and whether `sudo -n`
/// works: the "Test connection" of the host dialog and `mailwarden-cli hosts
/// test`. Runs on the global pool; the Host must outlive the future.
class HostProbe final
{
public:
    static QFuture<RemoteResult<HostProbeResult>> probe(Host &host, bool checkSudo);
};

} // namespace Mailwarden
