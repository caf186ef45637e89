#pragma once

#include "hardeningrules.h"
#include "hostfacts.h"
#include "mta/mtasurvey.h"
#include "probes/checkresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Mailwarden::Hardening {

/// How one rule came out on one host.
enum class Status {
    Pass,
    Fail,
    Info, ///< report-only facts (the version, the listening ports) or a finding for the admin to review
    NotApplicable, ///< the MTA cannot express the rule, or the host's role does not need it: the text says which
    Unknown, ///< the audit could not check it (a probe did not reach the server, a file was unreadable)
};
/// "pass", "fail", "info", "n/a", "unknown": stable, for JSON and scripts.
QString statusName(Status status);
QString statusLabel(Status status);

/// One rule's verdict with what it was based on.
struct Finding {
    QString ruleId;
    Status status = Status::Unknown;
    QString evidence; ///< translated: what was seen
    QString where; ///< the file and line, "SMTP from this machine", "ss -ltn", …
    QString transcript; ///< the SMTP exchange, for probe-based verdicts
    bool fixable = false; ///< a failed rule HardeningPlan can fix on this MTA

    friend bool operator==(const Finding &, const Finding &) = default;
};

/// Everything the rules are judged on, gathered by AuditRunner (or recorded, in tests).
struct AuditInput {
    HostSurvey survey;
    Role role = Role::Mx;
    HostFacts facts;
    /// The probes from the console's machine: relay, SMTP exposure, TLS.
    std::optional<Probes::ProbeReport> outside;
    /// The relay probe from inside, through the host's SSH channel.
    std::optional<Probes::ProbeReport> inside;
    /// TCP connects from the console's machine to the host's usual service ports.
    QList<quint16> reachablePorts;
    QList<quint16> triedPorts;
};

/// A host's audit: the verdict of every rule of the catalogue.
struct AuditReport {
    QString host;
    MtaKind mta = MtaKind::Unknown;
    Role role = Role::Mx;
    QList<Finding> findings; ///< one per rule, in the catalogue's order
    int roundTrips = 0; ///< SSH commands it took
    qint64 elapsedMs = 0;

    const Finding *find(QStringView ruleId) const;
    /// A failed rule of high severity (the CLI's exit code 1).
    bool hasHighFailure() const;
    /// Failed rules of every severity.
    int failures() const;
    QJsonObject toJson() const;
    static std::optional<AuditReport> fromJson(const QJsonObject &json);
    QString toText() const;
};

/// Where a supervised qmail-smtpd's run script may be, most common first.
QStringList qmailRunScripts();

/// Judges every rule on \a input: pure, so tests feed recorded facts.
QList<Finding> evaluate(const AuditInput &input);

} // namespace Mailwarden::Hardening
