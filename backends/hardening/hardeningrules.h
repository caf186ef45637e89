#pragma once

#include "core/mtakind.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Mailwarden::Hardening {

/// How much a failed rule matters (HARDENING.md's H, M, L).
enum class Severity { Low, Medium, High };
/// "low", "medium", "high": stable, for JSON and scripts.
QString severityName(Severity severity);
QString severityLabel(Severity severity);

/// The four configurations the hardening literature tells apart: what a host
/// is for decides which settings are right (a null client needs no listener at
/// all, an Internet-facing MX needs blocklists, TLS and limits).
enum class Role { NullClient, Internal, Relay, Mx };
/// "null-client", "internal", "relay", "mx": stable, for the CLI and JSON.
QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);
QString roleLabel(Role role);
/// One sentence for the wizard's role page.
QString roleDescription(Role role);
QList<Role> allRoles();

/// The catalogue's headings.
enum class Section { Relay, Disclosure, Limits, Content, Encryption, MtaSafety, Host };
QString sectionLabel(Section section);

/// One rule of HARDENING.md, translated: what is checked, why, and the fix.
struct Rule {
    QString id; ///< "relay.open", "smtp.vrfy", … (HARDENING.md's ids, the probes' check ids)
    Severity severity = Severity::Low;
    Section section = Section::Relay;
    QString title;
    QString why;
    QString fix; ///< what the fix does; for report-only rules what the admin can do
    QString risk; ///< what the fix can break ("" when nothing)
    bool reportOnly = false; ///< no automatic fix: the audit reports, the admin decides
    bool appliesTo(Role role) const;
    /// Why the rule does not apply to \a mta ("" when it does).
    QString notApplicable(MtaKind mta) const;

    quint8 roles = 0; ///< bit (1 << Role) per role the rule matters for
    QString naPostfix, naSendmail, naQmail;
};

/// The catalogue, in HARDENING.md's order.
QList<Rule> rules();
std::optional<Rule> findRule(QStringView id);

} // namespace Mailwarden::Hardening
