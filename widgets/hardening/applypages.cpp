#include "applypages.h"

#include "findingsview.h"
#include "hardeningsession.h"
#include "hardeningwizard.h"

#include "core/report.h"
#include "hardening/auditrunner.h"
#include "mta/mta.h"
#include "mta/mtasurvey.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Mailwarden {

using namespace Hardening;

namespace {

QLabel *wrapped()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    return label;
}

QString outcomeText(ChangeSetRunner::Outcome outcome, const QString &host)
{
    switch (outcome) {
    case ChangeSetRunner::Outcome::Applied:
        return ApplyPage::tr("Applied to %1.").arg(host);
    case ChangeSetRunner::Outcome::Refused:
        return ApplyPage::tr("Refused before anything was written: nothing on %1 was changed.").arg(host);
    case ChangeSetRunner::Outcome::RolledBack:
        return ApplyPage::tr("A step failed and everything was rolled back: %1 is as it was.").arg(host);
    case ChangeSetRunner::Outcome::RollbackFailed:
        return ApplyPage::tr("A step failed and the roll back failed too: restore %1 from the backups the "
                             "report names.")
            .arg(host);
    case ChangeSetRunner::Outcome::Cancelled:
    case ChangeSetRunner::Outcome::Running:
        break;
    }
    return ApplyPage::tr("Cancelled: nothing on %1 was changed.").arg(host);
}

// The step's line in the list, marked when it ends.
void markStep(QListWidget *steps, const QString &text, bool ok)
{
    const auto found = steps->findItems(text, Qt::MatchExactly);
    QListWidgetItem *item = found.isEmpty() ? new QListWidgetItem(text, steps) : found.last();
    item->setIcon(steps->style()->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical));
}

} // namespace

// ---- ApplyPage

ApplyPage::ApplyPage(HardeningState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_status(wrapped())
    , m_busy(new QProgressBar)
    , m_steps(new QListWidget)
    , m_report(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("applyPage"));
    setTitle(tr("Apply and verify"));
    setSubTitle(tr("The fixes are written as one transaction, then the audit runs again."));
    m_status->setObjectName(QStringLiteral("applyStatus"));
    m_steps->setObjectName(QStringLiteral("applySteps"));
    m_steps->setIconSize(QSize(16, 16));
    m_report->setObjectName(QStringLiteral("applyReport"));
    m_report->setReadOnly(true);
    m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_busy->setRange(0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_report, 1);
}

ApplyPage::~ApplyPage() = default;

void ApplyPage::initializePage()
{
    m_done = false;
    m_steps->clear();
    m_report->clear();
    m_busy->show();
    const QString why = m_state.unavailable();
    if (!why.isEmpty() || !m_state.plan) {
        m_status->setText(why);
        m_busy->hide();
        m_done = true;
        return;
    }
    m_state.record = HardeningRecord {};
    m_state.record.before = m_state.before;
    m_state.record.fixes = m_state.chosen;
    m_state.record.diff = m_state.plan->changes.preview();
    m_status->setText(tr("Applying %n fix(es)…", nullptr, int(m_state.chosen.size())));
    m_runner = std::make_unique<ChangeSetRunner>(*m_state.host, *m_state.survey->mta, m_state.plan->changes);
    connect(m_runner.get(), &ChangeSetRunner::stepStarted, m_steps,
        [this](const QString &text) { new QListWidgetItem(text, m_steps); });
    connect(m_runner.get(), &ChangeSetRunner::stepFinished, m_steps,
        [this](const QString &text, bool ok) { markStep(m_steps, text, ok); });
    connect(m_runner.get(), &ChangeSetRunner::finished, this, &ApplyPage::applied);
    // closing now would block on the runner's roll back with nothing shown
    if (QWizard *wizard = this->wizard())
        wizard->button(QWizard::CancelButton)->setEnabled(false);
    m_runner->start();
}

void ApplyPage::applied(ChangeSetRunner::Outcome outcome)
{
    auto *wizard = qobject_cast<HardeningWizard *>(this->wizard());
    if (wizard)
        wizard->button(QWizard::CancelButton)->setEnabled(true);
    m_state.record.transaction = m_runner->report().toText();
    m_state.record.applied = outcome == ChangeSetRunner::Outcome::Applied;
    m_report->setPlainText(m_state.record.transaction);
    const QString text = outcomeText(outcome, m_state.name);
    if (!m_state.record.applied) {
        m_runner.reset();
        m_status->setText(text);
        m_busy->hide();
        m_done = true;
        Q_EMIT completeChanged();
        return;
    }
    m_state.applied = m_runner->appliedChanges();
    m_runner.reset();
    if (wizard) {
        wizard->saveSession(); // from here on the choice to keep or roll back survives a closed console
        Q_EMIT wizard->configurationChanged();
    }
    m_status->setText(text + QLatin1Char(' ') + tr("Verifying: the audit runs again…"));
    m_audit = std::make_unique<AuditRunner>(*m_state.host, m_state.survey->mta->kind(), m_state.options);
    connect(m_audit.get(), &AuditRunner::progress, m_status,
        [this, text](const QString &step) { m_status->setText(text + QLatin1Char(' ') + step); });
    connect(m_audit.get(), &AuditRunner::finished, this, &ApplyPage::verified);
    m_audit->start();
}

void ApplyPage::verified()
{
    const QString applied = outcomeText(ChangeSetRunner::Outcome::Applied, m_state.name);
    if (m_audit->error().isEmpty()) {
        m_state.record.after = m_audit->report();
        m_state.record.after->host = m_state.name;
        m_status->setText(applied + QLatin1Char(' ') + tr("Verified."));
    } else {
        m_status->setText(applied + QLatin1Char(' ') + tr("The verification failed: %1").arg(m_audit->error()));
    }
    m_audit.reset();
    if (auto *wizard = qobject_cast<HardeningWizard *>(this->wizard()))
        wizard->saveSession();
    m_busy->hide();
    m_done = true;
    Q_EMIT completeChanged();
}

bool ApplyPage::isComplete() const
{
    return m_done;
}

// ---- ResultPage

ResultPage::ResultPage(HardeningState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_headline(wrapped())
    , m_status(wrapped())
    , m_findings(new FindingsView)
    , m_rollBack(new QPushButton(tr("&Roll Back Everything…")))
    , m_save(new QPushButton(tr("&Save Report…")))
{
    setObjectName(QStringLiteral("resultPage"));
    setTitle(tr("Result"));
    setSubTitle(tr("Finish keeps the change. Roll back puts every file back as it was. Closed now, the wizard "
                   "opens here again next time."));
    setFinalPage(true);
    m_headline->setObjectName(QStringLiteral("headline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_status->setObjectName(QStringLiteral("resultStatus"));
    m_rollBack->setObjectName(QStringLiteral("rollBackAll"));
    m_save->setObjectName(QStringLiteral("saveReport"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rollBack);
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    connect(m_rollBack, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(this, tr("Roll Back Everything"),
            tr("Put every file the hardening changed on %1 back as it was before?").arg(m_state.name));
        if (answer == QMessageBox::Yes)
            rollBack();
    });
    connect(m_save, &QPushButton::clicked, this, &ResultPage::saveReport);
}

ResultPage::~ResultPage() = default;

void ResultPage::initializePage()
{
    const auto *wizard = qobject_cast<HardeningWizard *>(this->wizard());
    if (wizard && wizard->resumed())
        m_status->setText(
            tr("Opened where the hardening of %1 was left: applied, to keep or roll back.").arg(m_state.name));
    showOutcome();
}

void ResultPage::showOutcome()
{
    const HardeningRecord &record = m_state.record;
    const QStringList failing = record.stillFailing();
    if (m_state.record.rolledBack)
        m_headline->setText(tr("Rolled back: %1 is as it was before the hardening.").arg(m_state.name));
    else if (!record.applied)
        m_headline->setText(tr("Nothing was changed on %1.").arg(m_state.name));
    else if (!record.after)
        m_headline->setText(tr("Applied, but not verified: run the audit again."));
    else if (failing.isEmpty())
        m_headline->setText(tr("Every fixed rule passes now (%1 failed before, %2 now).")
                .arg(record.before.failures())
                .arg(record.after->failures()));
    else
        m_headline->setText(tr("Still failing after the change: %1").arg(failing.join(QStringLiteral(", "))));
    // the fixed rules and every rule whose result changed
    QStringList shown = record.fixes;
    if (record.after) {
        for (const Finding &b : record.before.findings) {
            const Finding *a = record.after->find(b.ruleId);
            if (a && a->status != b.status && !shown.contains(b.ruleId))
                shown << b.ruleId;
        }
    }
    m_findings->setReports(record.before, record.after ? &*record.after : nullptr, shown);
    const bool open = record.applied && !record.rolledBack; // something to keep or roll back
    if (QWizard *wizard = this->wizard())
        wizard->setButtonText(QWizard::FinishButton, open ? tr("&Keep and Finish") : tr("&Finish"));
    m_rollBack->setEnabled(open && !m_runner);
    m_save->setEnabled(!m_runner);
    Q_EMIT completeChanged();
}

bool ResultPage::isComplete() const
{
    return !m_runner;
}

void ResultPage::rollBack()
{
    const QString why = m_state.unavailable();
    if (!why.isEmpty()) {
        m_status->setText(why);
        return;
    }
    m_status->setText(tr("Rolling back…"));
    m_runner = std::make_unique<ChangeSetRunner>(*m_state.host, *m_state.survey->mta, m_state.applied.undo());
    connect(m_runner.get(), &ChangeSetRunner::finished, this, &ResultPage::rolledBack);
    m_runner->start();
    showOutcome();
}

void ResultPage::rolledBack(ChangeSetRunner::Outcome outcome)
{
    const QString report = m_runner->report().toText();
    m_runner.reset();
    auto *wizard = qobject_cast<HardeningWizard *>(this->wizard());
    if (outcome == ChangeSetRunner::Outcome::Applied) {
        m_state.record.rolledBack = true;
        m_state.record.transaction += QLatin1Char('\n') + report;
        HardeningSession::remove(m_state.name);
        m_status->setText(tr("Every file is back as it was."));
        if (wizard)
            Q_EMIT wizard->configurationChanged();
    } else {
        // a file changed since the apply (CAS), or a step failed: said, nothing half done
        m_status->setText(tr("The roll back did not run through: %1").arg(report.section(QLatin1Char('\n'), 0, 2)));
    }
    showOutcome();
}

void ResultPage::saveReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Hardening Report"),
        QStringLiteral("hardening-%1.pdf").arg(m_state.name), tr("PDF (*.pdf);;HTML (*.html)"));
    if (path.isEmpty())
        return;
    auto *wizard = qobject_cast<HardeningWizard *>(this->wizard());
    QString error;
    if (wizard && !wizard->saveReport(path, &error))
        QMessageBox::warning(this, tr("Save Hardening Report"), error);
    else
        m_status->setText(tr("Report saved to %1.").arg(path));
}

} // namespace Mailwarden
