#include "secretmemory.h"

#include <QLoggingCategory>

#include <mutex>

#include <sys/prctl.h>
#include <sys/resource.h>

Q_LOGGING_CATEGORY(lcSecrets, "mailwarden.remote.secrets", QtWarningMsg)

namespace Mailwarden {

void protectProcessSecrets()
{
    static std::once_flag once;
    std::call_once(once, [] {
        const rlimit noCore {0, 0};
        if (::setrlimit(RLIMIT_CORE, &noCore) != 0)
            qCWarning(lcSecrets) << "cannot turn core dumps off (setrlimit)";
        if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
            qCWarning(lcSecrets) << "cannot make the process non-dumpable (prctl)";
    });
}

} // namespace Mailwarden
