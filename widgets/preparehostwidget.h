#pragma once

#include "preparation/hoststate.h"
#include "preparation/preparationplan.h"
#include "remote/hostprofile.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace Mailwarden {

/// What "Prepare Host…" shows and asks (PrepareHostDialog holds it): the files
/// with their SHA-256 and what is on the host now, the sudo rules and the
/// allowed files word for word, differences, the admin's consent, the option
/// to replace files that differ, and the sudo password when the account's sudo
/// asks for one; then the steps of the run and its result in words.
class PrepareHostWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit PrepareHostWidget(QWidget *parent = nullptr);
    ~PrepareHostWidget() override;

    void showLoading(const QString &text);
    void showPlan(const HostProfile &profile, const PreparationPlan &plan, const HostState &state);
    void showError(const QString &text);
    /// The files' rows again, after a run (what is on the host now).
    void showFiles(const PreparationPlan &plan, const HostState &state);

    /// The admin ticked the consent box (and gave a password where one is needed).
    bool readyToRun() const;
    bool replaceDifferent() const;
    /// The typed password; the field is cleared.
    QByteArray takePassword();
    /// Locks the questions while a run goes on.
    void setRunning(bool running);

    void stepStarted(const QString &text);
    void stepFinished(const QString &text, bool ok);
    void showResult(bool ok, const QString &text, const QString &report);

Q_SIGNALS:
    void readyChanged();

private:
    QLabel *m_intro;
    QTreeWidget *m_files;
    QLabel *m_helperHash;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_sudoers;
    QPlainTextEdit *m_filePaths;
    QPlainTextEdit *m_differences;
    QLabel *m_leftOut;
    QCheckBox *m_consent;
    QCheckBox *m_replace;
    QWidget *m_passwordRow;
    QLineEdit *m_password;
    QListWidget *m_steps;
    QLabel *m_result;
    QPlainTextEdit *m_report;
    bool m_needsPassword = false;
};

} // namespace Mailwarden
