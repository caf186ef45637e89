#include "applydialog.h"

#include "diffview.h"

#include "core/report.h"
#include "core/unifieddiff.h"
#include "remote/host.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace Mailwarden {

namespace {
constexpr int kReportRole = Qt::UserRole + 1;
constexpr int kFailedRole = Qt::UserRole + 2;

QIcon statusIcon(const QWidget *w, Report::Status status)
{
    switch (status) {
    case Report::Status::Done:
        return w->style()->standardIcon(QStyle::SP_DialogApplyButton);
    case Report::Status::Failed:
        return w->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Report::Status::Skipped:
        return w->style()->standardIcon(QStyle::SP_ArrowRight);
    case Report::Status::Running:
        break;
    }
    return w->style()->standardIcon(QStyle::SP_BrowserReload);
}
} // namespace

ApplyDialog::ApplyDialog(Host &host, const Mta &mta, const ChangeSet &changes, QWidget *parent)
    : QDialog(parent)
    , m_host(host)
    , m_mta(mta)
    , m_changes(changes)
    , m_pages(new QStackedWidget(this))
    , m_files(new QListWidget(this))
    , m_diff(new DiffView(this))
    , m_steps(new QTreeWidget(this))
    , m_output(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_applyButton(m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("ApplyDialog"));
    setWindowTitle(tr("Apply Changes"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Preview: the files on the left, the selected file's diff on the right.
    auto *preview = new QSplitter(this);
    m_files->setObjectName(QStringLiteral("files"));
    m_diff->setObjectName(QStringLiteral("diff"));
    preview->addWidget(m_files);
    preview->addWidget(m_diff);
    preview->setStretchFactor(1, 3);
    for (const FileChange &f : m_changes.files()) {
        const auto stats = UnifiedDiff::stats(f.before, f.after);
        QString line = f.absentBefore ? tr("%1 (new)").arg(f.path)
            : f.absentAfter           ? tr("%1 (removed)").arg(f.path)
                                      : f.path;
        line += QLatin1Char('\n') + tr("+%1 −%2 lines").arg(stats.added).arg(stats.removed);
        m_files->addItem(line);
    }
    connect(m_files, &QListWidget::currentRowChanged, this, &ApplyDialog::showFile);
    m_pages->addWidget(preview);

    // Run: the steps as they happen, the selected step's output below.
    auto *run = new QSplitter(Qt::Vertical, this);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setHeaderLabels({tr("Step"), tr("Time")});
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setStretchLastSection(false);
    m_output->setObjectName(QStringLiteral("output"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("Select a step to see the output of its commands."));
    run->addWidget(m_steps);
    run->addWidget(m_output);
    connect(m_steps, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_output->setPlainText(item ? item->data(0, kReportRole).toString() : QString());
    });
    m_pages->addWidget(run);

    const int n = int(m_changes.files().size());
    m_status->setText(tr("%n file(s) will change on %1. Check every diff, then apply them as one transaction: "
                         "if any step fails, every file is put back.",
        nullptr, n)
            .arg(host.displayName()));
    m_status->setToolTip(m_changes.description());
    if (m_changes.isEmpty()) {
        m_status->setText(tr("There is nothing to apply."));
        m_applyButton->setEnabled(false);
    } else if (const auto error = m_changes.validate()) {
        // The runner would refuse it too, before writing anything; say so up front.
        m_status->setText(tr("<b>Cannot apply:</b> %1:%2: %3. Fix the file (its tab underlines the line), then "
                             "apply again.")
                .arg(error->file.toHtmlEscaped())
                .arg(error->line)
                .arg(error->message.toHtmlEscaped()));
        m_applyButton->setEnabled(false);
        for (int i = 0; i < m_files->count(); ++i) {
            if (m_changes.files().at(i).path == error->file)
                m_files->item(i)->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
        }
    }
    connect(m_applyButton, &QPushButton::clicked, this, &ApplyDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ApplyDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    resize(900, 600);
    if (m_files->count() > 0)
        m_files->setCurrentRow(0);
}

ApplyDialog::~ApplyDialog()
{
    // A run cannot be abandoned half-way: the runner's destructor waits for its
    // thread, and a cancel makes that a roll back.
    if (m_runner && m_outcome == ChangeSetRunner::Outcome::Running)
        m_runner->cancel();
}

ChangeSet ApplyDialog::appliedChanges() const
{
    return m_runner ? m_runner->appliedChanges() : m_changes;
}

void ApplyDialog::showFile(int row)
{
    const QList<FileChange> files = m_changes.files();
    if (row < 0 || row >= files.size()) {
        m_diff->clear();
        return;
    }
    const FileChange &f = files.at(row);
    m_diff->setDiff(UnifiedDiff::diff(f.before, f.after, f.path));
}

void ApplyDialog::apply()
{
    if (m_runner || m_changes.isEmpty() || m_changes.validate())
        return;
    m_outcome = ChangeSetRunner::Outcome::Running;
    m_pages->setCurrentIndex(1);
    m_applyButton->setEnabled(false);
    m_status->setText(tr("Applying…"));
    m_runner = std::make_unique<ChangeSetRunner>(m_host, m_mta, m_changes);
    connect(m_runner.get(), &ChangeSetRunner::stepStarted, this, &ApplyDialog::onStepStarted);
    connect(m_runner.get(), &ChangeSetRunner::stepFinished, this, &ApplyDialog::onStepFinished);
    connect(m_runner.get(), &ChangeSetRunner::finished, this, &ApplyDialog::onFinished);
    m_runner->start();
}

void ApplyDialog::onStepStarted(const QString &text)
{
    auto *item = new QTreeWidgetItem(m_steps, {text, QString()});
    item->setIcon(0, statusIcon(this, Report::Status::Running));
    m_steps->scrollToItem(item);
}

void ApplyDialog::onStepFinished(const QString &text, bool ok)
{
    const auto found = m_steps->findItems(text, Qt::MatchExactly);
    if (!found.isEmpty())
        found.last()->setIcon(0, statusIcon(this, ok ? Report::Status::Done : Report::Status::Failed));
}

void ApplyDialog::onFinished(ChangeSetRunner::Outcome outcome)
{
    m_outcome = outcome;
    // The live list is replaced by the report: every node with its output.
    m_steps->clear();
    const Report &report = m_runner->report();
    for (const Report *child : report.children())
        addReport(m_steps->invisibleRootItem(), *child);
    m_steps->expandAll();
    // Show why at once: the first failed step's output.
    for (QTreeWidgetItemIterator it(m_steps); *it; ++it) {
        if ((*it)->data(0, kFailedRole).toBool() && (*it)->childCount() == 0) {
            m_steps->setCurrentItem(*it);
            break;
        }
    }
    using O = ChangeSetRunner::Outcome;
    switch (outcome) {
    case O::Applied:
        m_status->setText(tr("Applied: every file was written, the MTA accepted the configuration and was reloaded."));
        break;
    case O::Refused:
        m_status->setText(tr("Refused: nothing was changed on the host. The report below says why."));
        break;
    case O::RolledBack:
        m_status->setText(
            tr("Rolled back: a step failed, so every file was put back as it was. The report below says which step."));
        break;
    case O::RollbackFailed:
        m_status->setText(tr("<b>Roll back failed.</b> The host may be left half-changed; the report names every "
                             "backup to restore by hand:<br>%1")
                .arg(m_runner->backups().join(QStringLiteral("<br>")).toHtmlEscaped()));
        break;
    case O::Cancelled:
        m_status->setText(tr("Cancelled before anything was written."));
        break;
    case O::Running:
        break;
    }
    m_buttons->clear();
    m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::accept);
}

void ApplyDialog::addReport(QTreeWidgetItem *parent, const Report &node)
{
    auto *item = new QTreeWidgetItem(parent, {node.text(), tr("%1 ms").arg(node.durationMs())});
    item->setIcon(0, statusIcon(this, node.status()));
    item->setData(0, kReportRole, node.output());
    item->setData(0, kFailedRole, node.status() == Report::Status::Failed);
    if (!node.output().isEmpty())
        item->setToolTip(0, node.output().left(2000));
    for (const Report *child : node.children())
        addReport(item, *child);
}

void ApplyDialog::reject()
{
    if (m_runner && m_outcome == ChangeSetRunner::Outcome::Running) {
        // Stop at the next step boundary; finished() follows (a roll back once written).
        m_runner->cancel();
        m_status->setText(tr("Cancelling… once a file was written, every file is put back first."));
        return;
    }
    QDialog::reject();
}

} // namespace Mailwarden
