#pragma once

#include "core/mtakind.h"
#include "mta/changeset.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace Mailwarden {
struct HostSurvey;
}

namespace Mailwarden::Hardening {

struct AuditReport;
struct HostFacts;

/// One fix of the plan: the rule it fixes and, in words, what it changes.
struct PlannedFix {
    QString ruleId;
    QStringList changes; ///< "main.cf: disable_vrfy_command = yes", one line per edit
};

/// The chosen fixes of one host merged into one ChangeSet (one transaction):
/// each fix edits the content the fixes before it left, so two fixes of one
/// file become one FileChange. Fixes that would set one setting to two
/// different values are refused with the reason.
struct HardeningPlan {
    ChangeSet changes;
    QList<PlannedFix> fixes;

    /// Whether a fix for \a ruleId exists on \a mta (the audit's "fixable").
    static bool canFix(MtaKind mta, QStringView ruleId);
    /// The failed, fixable rules of \a audit, most severe first: what the
    /// wizard ticks and `harden --plan` fixes unless told otherwise.
    static QStringList recommended(const AuditReport &audit);
    /// Builds the plan for \a ruleIds from the files as \a facts read them.
    static std::expected<HardeningPlan, QString> build(
        const HostSurvey &survey, const HostFacts &facts, const QStringList &ruleIds);
};

} // namespace Mailwarden::Hardening
