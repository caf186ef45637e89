#include "mtadetector.h"

#include "core/tr.h"
#include "remote/host.h"

namespace Mailwarden {

QFuture<RemoteResult<MtaDetection>> MtaDetector::detect(Host &host)
{
    Command probe {{"sh", "-c", MtaEvidence::probeScript()}, false, {}, std::chrono::seconds(60)};
    probe.maxOutputBytes = 1 << 20; // a few hundred bytes expected
    return host.run(probe).then([](const RemoteResult<CommandResult> &result) -> RemoteResult<MtaDetection> {
        if (!result)
            return std::unexpected(result.error());
        return detectMta(MtaEvidence::parse(result->out));
    });
}

} // namespace Mailwarden
