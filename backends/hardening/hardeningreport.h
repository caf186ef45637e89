#pragma once

#include "audit.h"

#include <QString>

namespace Mailwarden::Hardening {

/// What a hardening run did, for the admin to file: the audit before and
/// after, per rule, what changed (the diff) and how the transaction went.
struct HardeningRecord {
    AuditReport before;
    std::optional<AuditReport> after; ///< unset when nothing was applied
    QStringList fixes; ///< the rules the plan fixed
    QByteArray diff; ///< ChangeSet::preview()
    QString transaction; ///< the ChangeSetRunner's report as text
    bool applied = false;

    /// Rules whose verdict changed, one line each ("smtp.vrfy  FAIL -> pass").
    QStringList changedRules() const;
    /// The fixed rules that still fail after the change.
    QStringList stillFailing() const;
    QString toText() const;
    /// A self-contained HTML document (the wizard prints it to PDF).
    QString toHtml() const;
};

} // namespace Mailwarden::Hardening
