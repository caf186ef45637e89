#pragma once

#include "mtadetection.h"
#include "remote/remoteerror.h"

#include <QFuture>

namespace Mailwarden {

class Host;

/// Detects the MTA of a host: runs MtaEvidence's fixed probe as the admin
/// account (one command, no sudo) and decides with detectMta(). The future
/// is fulfilled on the host's worker; the host must outlive it.
class MtaDetector final
{
public:
    static QFuture<RemoteResult<MtaDetection>> detect(Host &host);
};

} // namespace Mailwarden
