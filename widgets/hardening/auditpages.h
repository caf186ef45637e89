#pragma once

#include <QWizardPage>

#include <memory>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace Mailwarden {

namespace Hardening {
class AuditRunner;
}
class DiffView;
class FindingsView;
struct HardeningState;

/// The host (connected, its MTA detected) and its role, which decides what
/// the rules demand; the probes' source address for hosts that trust this
/// machine's usual one.
class TargetPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit TargetPage(HardeningState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

private:
    HardeningState &m_state;
    QLabel *m_host;
    QButtonGroup *m_roles;
    QLineEdit *m_source;
    QLabel *m_error;
};

/// Runs the audit (AuditRunner) and shows every rule's result with its evidence.
class AuditPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit AuditPage(HardeningState &state, QWidget *parent = nullptr);
    ~AuditPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void start();
    void finished();

    HardeningState &m_state;
    std::unique_ptr<Hardening::AuditRunner> m_runner;
    bool m_done = false;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_again;
    FindingsView *m_findings;
    QPlainTextEdit *m_details;
};

/// The failed rules: those with a fix to tick (the recommended ones are),
/// each with why, risk and the exact change; those the admin must decide.
/// Every change of the ticks builds the plan again (conflicts are refused
/// with the reason).
class FixesPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit FixesPage(HardeningState &state, QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    bool isComplete() const override;

private:
    void rebuild();
    void showDetails(QTreeWidgetItem *item);

    HardeningState &m_state;
    QTreeWidget *m_list;
    QTextBrowser *m_details;
    QLabel *m_status;
    QString m_error;
    bool m_filling = false;
};

/// Every file the plan changes, as a diff; "Apply" leaves it (no way back
/// past the apply but the roll back at the end).
class PreviewPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit PreviewPage(HardeningState &state, QWidget *parent = nullptr);
    void initializePage() override;

private:
    HardeningState &m_state;
    QLabel *m_summary;
    QListWidget *m_files;
    DiffView *m_diff;
};

} // namespace Mailwarden
