#pragma once

#include "hardening/audit.h"

#include <QTreeWidget>

namespace Mailwarden {

/// An audit's findings grouped by the catalogue's sections: rule, severity,
/// result (and, with a second audit, the result after), evidence. The file
/// and line and any SMTP transcript are in each row's tooltip and in
/// details(). Used by the wizard's audit and result pages.
class FindingsView final : public QTreeWidget
{
    Q_OBJECT
public:
    explicit FindingsView(QWidget *parent = nullptr);

    /// Shows \a before's findings; with \a after a column with its results.
    /// \a only, when not empty, limits the rows to those rules.
    void setReports(const Hardening::AuditReport &before, const Hardening::AuditReport *after = nullptr,
        const QStringList &only = {});
    /// The selected finding's rule, where it was seen and its transcript.
    QString details() const;
    /// The rule of the row \a item ("" for a section).
    static QString ruleId(const QTreeWidgetItem *item);

private:
    Hardening::AuditReport m_before;
    std::optional<Hardening::AuditReport> m_after;
};

/// An icon for a result, from the style (legible in light and dark schemes).
QIcon statusIcon(const QStyle *style, Hardening::Status status);

} // namespace Mailwarden
