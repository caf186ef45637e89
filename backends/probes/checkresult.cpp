#include "checkresult.h"

#include "core/tr.h"

namespace Mailwarden::Probes {

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Info:
        return QStringLiteral("info");
    case Verdict::Skipped:
        return QStringLiteral("skipped");
    case Verdict::Warn:
        return QStringLiteral("warn");
    case Verdict::Fail:
        return QStringLiteral("fail");
    case Verdict::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return Tr::tr("PASS", "@label probe verdict");
    case Verdict::Info:
        return Tr::tr("INFO", "@label probe verdict");
    case Verdict::Skipped:
        return Tr::tr("SKIP", "@label probe verdict");
    case Verdict::Warn:
        return Tr::tr("WARN", "@label probe verdict");
    case Verdict::Fail:
        return Tr::tr("FAIL", "@label probe verdict");
    case Verdict::Error:
        return Tr::tr("ERROR", "@label probe verdict");
    }
    return {};
}

QDebug operator<<(QDebug debug, const CheckResult &result)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "CheckResult(" << result.id << ", " << verdictName(result.verdict) << ", " << result.evidence
                    << ')';
    return debug;
}

int ProbeReport::exitCode() const
{
    if (!connectionError.isEmpty())
        return 2;
    bool failed = false;
    bool error = false;
    for (const CheckResult &check : checks) {
        failed = failed || check.verdict == Verdict::Fail;
        error = error || check.verdict == Verdict::Error;
    }
    return failed ? 1 : error ? 2 : 0;
}

const CheckResult *ProbeReport::find(const QString &id) const
{
    for (const CheckResult &check : checks) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}

} // namespace Mailwarden::Probes
