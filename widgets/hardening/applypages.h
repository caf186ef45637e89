#pragma once

#include "mta/changesetrunner.h"

#include <QWizardPage>

#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Mailwarden {

namespace Hardening {
class AuditRunner;
}
class FindingsView;
struct HardeningState;

/// Applies the plan as one transaction (ChangeSetRunner, each step listed),
/// then verifies: the whole audit again, so a fix that broke another rule
/// shows too. A failed step rolls everything back and the page says why.
class ApplyPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ApplyPage(HardeningState &state, QWidget *parent = nullptr);
    ~ApplyPage() override;
    void initializePage() override;
    bool isComplete() const override;

private:
    void applied(ChangeSetRunner::Outcome outcome);
    void verified();

    HardeningState &m_state;
    std::unique_ptr<ChangeSetRunner> m_runner;
    std::unique_ptr<Hardening::AuditRunner> m_audit;
    bool m_done = false;
    QLabel *m_status;
    QProgressBar *m_busy;
    QListWidget *m_steps;
    QPlainTextEdit *m_report;
};

/// The verification before and after per rule, then the admin's choice:
/// keep (Finish), roll back everything, and the report to file.
class ResultPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResultPage(HardeningState &state, QWidget *parent = nullptr);
    ~ResultPage() override;
    void initializePage() override;
    bool isComplete() const override;

    /// Starts the roll back without asking (tests; the button asks first).
    void rollBack();

private:
    void showOutcome();
    void rolledBack(ChangeSetRunner::Outcome outcome);
    void saveReport();

    HardeningState &m_state;
    std::unique_ptr<ChangeSetRunner> m_runner;
    QLabel *m_headline;
    QLabel *m_status;
    FindingsView *m_findings;
    QPushButton *m_rollBack;
    QPushButton *m_save;
};

} // namespace Mailwarden
