#pragma once

#include "audit.h"

#include <QJsonObject>
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
    bool rolledBack = false; ///< the admin rolled the applied change back (transaction has both runs)

    /// Rules whose verdict changed, one line each ("smtp.vrfy  FAIL -> pass").
    QStringList changedRules() const;
    /// The fixed rules that still fail after the change.
    QStringList stillFailing() const;
    QString toText() const;
    /// A self-contained HTML document (the wizard prints it to PDF).
    QString toHtml() const;
    /// For the wizard's resume file; fromJson() is nullopt on anything malformed.
    QJsonObject toJson() const;
    static std::optional<HardeningRecord> fromJson(const QJsonObject &json);
};

} // namespace Mailwarden::Hardening
