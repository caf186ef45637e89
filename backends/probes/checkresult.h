#pragma once

#include "transcript.h"

#include <QDebug>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace Mailwarden::Probes {

/// How a check came out, from good to bad. Skipped: the check could not be
/// made here (e.g. the local OpenSSL cannot offer TLS 1.0), which says
/// nothing about the server.
enum class Verdict { Pass, Info, Skipped, Warn, Fail, Error };

/// "pass", "info", "skipped", "warn", "fail", "error": stable names for JSON and scripts.
QString verdictName(Verdict verdict);
/// The translated word for reports.
QString verdictLabel(Verdict verdict);

/// One answer of a probe. The GUI's Tests tab, the CLI's text report and its
/// JSON all show this same structure.
struct CheckResult {
    QString id; ///< stable, e.g. "relay.open", "relay.case.percent-hack-ip", "tls.cert"
    QString title; ///< translated, short
    Verdict verdict = Verdict::Info;
    QString evidence; ///< translated: what was seen (the server's reply, the dates, …)
    QString advice; ///< translated: what to do about a warn/fail; empty on pass
    QVariantMap facts; ///< machine-readable values (days left, SANs, size, grade, …)
    Transcript transcript; ///< the exchange that produced this answer
    QString probe = {}; ///< "relay", "tls" or "smtp": which probe made it (set by ProbeRunner)

    bool operator==(const CheckResult &) const = default;
};

QDebug operator<<(QDebug debug, const CheckResult &result);

/// Everything one run learnt about one server.
struct ProbeReport {
    QString target; ///< "HOST:PORT" as asked
    QString via; ///< the host whose SSH channel carried the probe, or empty
    QList<CheckResult> checks;
    /// Set when the server could not be reached at all (no greeting): the
    /// checks are then empty or errors.
    QString connectionError;

    /// The CLI's exit code: 2 when the server was unreachable or a check
    /// could not be made, else 1 when a check failed, else 0.
    int exitCode() const;
    const CheckResult *find(const QString &id) const;
};

} // namespace Mailwarden::Probes
