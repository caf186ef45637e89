#pragma once

#include "mta/changeset.h"
#include "mta/changesetrunner.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QPushButton;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Mailwarden {

class DiffView;
class Host;
class Mta;
class Report;

/// Apply: first a preview of every file the pending edits change (unified
/// diff, per file, lines added and removed); on "Apply" the ChangeSet runs
/// (ChangeSetRunner, off the GUI thread) while a step list shows each job as it
/// starts and ends, roll back included; Cancel asks the run to stop (a roll back
/// once something was written). At the end the whole report with every
/// command's output, and the outcome in words.
class ApplyDialog final : public QDialog
{
    Q_OBJECT
public:
    /// \a host and \a mta must outlive the dialog.
    ApplyDialog(Host &host, const Mta &mta, const ChangeSet &changes, QWidget *parent = nullptr);
    ~ApplyDialog() override;

    /// Running until the run ends; Cancelled when closed before Apply.
    ChangeSetRunner::Outcome outcome() const { return m_outcome; }
    /// The ChangeSet that ran, generated files included (after a run).
    ChangeSet appliedChanges() const;

    /// Starts the run as the Apply button does (tests).
    void apply();

protected:
    void reject() override;

private:
    void showFile(int row);
    void onStepStarted(const QString &text);
    void onStepFinished(const QString &text, bool ok);
    void onFinished(ChangeSetRunner::Outcome outcome);
    void addReport(QTreeWidgetItem *parent, const Report &node);

    Host &m_host;
    const Mta &m_mta;
    ChangeSet m_changes;
    std::unique_ptr<ChangeSetRunner> m_runner;
    ChangeSetRunner::Outcome m_outcome = ChangeSetRunner::Outcome::Cancelled;

    QStackedWidget *m_pages;
    QListWidget *m_files;
    DiffView *m_diff;
    QTreeWidget *m_steps;
    QPlainTextEdit *m_output;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_applyButton;
};

} // namespace Mailwarden
