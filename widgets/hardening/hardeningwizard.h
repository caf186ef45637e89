#pragma once

#include "hardening/auditrunner.h"
#include "hardening/hardeningplan.h"
#include "hardening/hardeningreport.h"
#include "pages/hostpage.h"
#include "remote/host.h"

#include <QPointer>
#include <QWizard>

#include <optional>

namespace Mailwarden {

struct HardeningSession;

/// What the wizard's pages share: the host, the audit before, the plan, and
/// what ran.
struct HardeningState {
    QString name; ///< the profile's name
    QPointer<Host> host; ///< null once the connection was closed
    std::shared_ptr<const HostSurvey> survey;
    Hardening::AuditOptions options;
    Hardening::AuditInput input; ///< what the audit before judged (the plan builds on it)
    Hardening::AuditReport before;
    QStringList chosen; ///< the ticked fixes
    /// The ticks shown instead of the recommended ones: a saved session's, or the
    /// admin's own when they went Back from the fixes (Audit Again drops them).
    std::optional<QStringList> keptChoice;
    std::optional<Hardening::HardeningPlan> plan;
    ChangeSet applied; ///< what ran, generated files included
    Hardening::HardeningRecord record;

    /// The session file's content for the current stage.
    HardeningSession session() const;
    /// Why the host cannot be worked on now ("" when it can).
    QString unavailable() const;
};

/// Hardens one host step by step (issue 17): the host and its role, the audit,
/// the fixes to make (recommended ones ticked), one preview of every file,
/// the apply as one transaction, the verification (the audit again), keep or
/// roll back everything, and a report to file (HTML or PDF). What was chosen
/// and what was applied is kept per host (HardeningSession): closed before
/// "keep" or "roll back", it opens there again next time.
class HardeningWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { TargetPageId, AuditPageId, FixesPageId, PreviewPageId, ApplyPageId, ResultPageId };

    /// \a host must be Ready.
    explicit HardeningWizard(const ActiveHost &host, QWidget *parent = nullptr);
    ~HardeningWizard() override;

    HardeningState &state() { return m_state; }
    /// The record as HTML or, for a name ending in .pdf, as PDF.
    bool saveReport(const QString &path, QString *error) const;
    /// Writes the session file; a failure is said on the current page's status.
    void saveSession();
    /// Whether the wizard opened on an earlier session.
    bool resumed() const { return m_resumed; }

Q_SIGNALS:
    /// The host's configuration was changed (applied or rolled back).
    void configurationChanged();

protected:
    void done(int result) override;

private:
    HardeningState m_state;
    bool m_resumed = false;
};

} // namespace Mailwarden
