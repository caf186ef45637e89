#include "auditpages.h"

#include "changes/diffview.h"
#include "findingsview.h"
#include "hardeningwizard.h"

#include "hardening/auditrunner.h"
#include "mta/mta.h"
#include "mta/mtasurvey.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Mailwarden {

using namespace Hardening;

namespace {

QLabel *wrapped(const QString &text = {})
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

} // namespace

// ---- TargetPage

TargetPage::TargetPage(HardeningState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_host(wrapped())
    , m_roles(new QButtonGroup(this))
    , m_source(new QLineEdit)
    , m_error(wrapped())
{
    setObjectName(QStringLiteral("targetPage"));
    setTitle(tr("Host and role"));
    setSubTitle(tr("What the host does decides what it must refuse: a null client needs no listener "
                   "reachable from outside, an Internet-facing MX needs DNSBLs, TLS, limits and strict relay rules."));
    m_host->setObjectName(QStringLiteral("hostSummary"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_host);
    for (const Role role : allRoles()) {
        auto *button = new QRadioButton(roleLabel(role));
        button->setObjectName(QStringLiteral("role-") + roleName(role));
        m_roles->addButton(button, int(role));
        auto *description = wrapped(roleDescription(role));
        description->setContentsMargins(24, 0, 0, 6);
        description->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(button);
        layout->addWidget(description);
    }
    auto *form = new QFormLayout;
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setPlaceholderText(tr("any"));
    m_source->setToolTip(tr("The probes connect from this address of this machine. Use one the host does not "
                            "trust (Sendmail relays for 127.0.0.1), as an outsider would."));
    form->addRow(tr("Probe from address:"), m_source);
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("targetError"));
    connect(m_source, &QLineEdit::textEdited, m_error, &QLabel::clear);
    layout->addWidget(m_error);
    layout->addStretch();
}

void TargetPage::initializePage()
{
    const QString why = m_state.unavailable();
    if (!why.isEmpty()) {
        m_host->setText(why);
    } else {
        const MtaDetection &d = m_state.survey->detection;
        const QString mta = d.version.isEmpty()
            ? mtaKindTitle(m_state.survey->mta->kind())
            : QStringLiteral("%1 %2").arg(mtaKindTitle(m_state.survey->mta->kind()), d.version);
        m_host->setText(tr("<b>%1</b> (%2) is connected over SSH. Mail system: %3.")
                .arg(m_state.name.toHtmlEscaped(), m_state.options.address.toHtmlEscaped(), mta.toHtmlEscaped()));
    }
    if (QAbstractButton *button = m_roles->button(int(m_state.options.role)))
        button->setChecked(true);
    m_source->setText(m_state.options.source.isNull() ? QString() : m_state.options.source.toString());
}

bool TargetPage::isComplete() const
{
    return m_state.unavailable().isEmpty();
}

bool TargetPage::validatePage()
{
    QHostAddress source;
    const QString text = m_source->text().trimmed();
    if (!text.isEmpty() && !source.setAddress(text)) {
        m_error->setText(tr("“%1” is not an IP address.").arg(text));
        return false;
    }
    m_error->clear();
    m_state.options.source = source;
    m_state.options.role = Role(m_roles->checkedId());
    return true;
}

// ---- AuditPage

AuditPage::AuditPage(HardeningState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_status(wrapped())
    , m_busy(new QProgressBar)
    , m_again(new QPushButton(tr("Audit &Again")))
    , m_findings(new FindingsView)
    , m_details(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("auditPage"));
    setTitle(tr("Audit"));
    setSubTitle(tr("Every rule of the catalogue, judged on the configuration, the host's facts and probes "
                   "from this machine and from inside the host."));
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_busy->setRange(0, 0);
    m_again->setObjectName(QStringLiteral("auditAgain"));
    m_details->setReadOnly(true);
    m_details->setObjectName(QStringLiteral("findingDetails"));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_findings);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_again);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_busy);
    layout->addWidget(split, 1);
    connect(m_again, &QPushButton::clicked, this, [this] {
        m_state.keptChoice.reset(); // a new audit: the recommended fixes again
        start();
    });
    connect(
        m_findings, &QTreeWidget::currentItemChanged, this, [this] { m_details->setPlainText(m_findings->details()); });
}

AuditPage::~AuditPage() = default;

void AuditPage::initializePage()
{
    start();
}

void AuditPage::cleanupPage()
{
    m_runner.reset(); // Back while it runs: its result is not wanted
}

void AuditPage::start()
{
    m_done = false;
    m_findings->clear();
    m_details->clear();
    m_again->setEnabled(false);
    m_busy->show();
    Q_EMIT completeChanged();
    const QString why = m_state.unavailable();
    if (!why.isEmpty()) {
        m_status->setText(why);
        m_busy->hide();
        m_again->setEnabled(true);
        return;
    }
    m_runner = std::make_unique<AuditRunner>(*m_state.host, m_state.survey->mta->kind(), m_state.options);
    connect(m_runner.get(), &AuditRunner::progress, m_status, &QLabel::setText);
    connect(m_runner.get(), &AuditRunner::finished, this, &AuditPage::finished);
    m_runner->start();
}

void AuditPage::finished()
{
    m_busy->hide();
    m_again->setEnabled(true);
    if (!m_runner->error().isEmpty()) {
        m_status->setText(tr("The audit of %1 failed: %2").arg(m_state.name, m_runner->error()));
        m_runner.reset();
        return;
    }
    m_state.input = m_runner->input();
    m_state.before = m_runner->report();
    m_state.before.host = m_state.name;
    m_runner.reset();
    int high = 0;
    for (const Finding &f : m_state.before.findings) {
        const auto rule = findRule(f.ruleId);
        high += f.status == Status::Fail && rule && rule->severity == Severity::High;
    }
    m_status->setText(
        tr("%n rule(s) failed, %1 of them of high severity.", nullptr, m_state.before.failures()).arg(high)
        + QLatin1Char(' ') + tr("Audited in %1 s.").arg(double(m_state.before.elapsedMs) / 1000.0, 0, 'f', 1));
    m_findings->setReports(m_state.before);
    m_done = true;
    Q_EMIT completeChanged();
}

bool AuditPage::isComplete() const
{
    return m_done;
}

// ---- FixesPage

FixesPage::FixesPage(HardeningState &state, QWidget *parent)
    : QWizardPage(parent), m_state(state), m_list(new QTreeWidget), m_details(new QTextBrowser), m_status(wrapped())
{
    setObjectName(QStringLiteral("fixesPage"));
    setTitle(tr("Fixes"));
    setSubTitle(tr("The recommended fixes are ticked, the most severe first. Each says why, what it risks "
                   "and exactly what it changes; all of them are applied as one transaction."));
    m_list->setObjectName(QStringLiteral("fixes"));
    m_list->setHeaderLabels({tr("Rule"), tr("Severity")});
    m_list->setRootIsDecorated(true);
    m_details->setObjectName(QStringLiteral("fixDetails"));
    m_status->setObjectName(QStringLiteral("planStatus"));
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_list);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    connect(m_list, &QTreeWidget::itemChanged, this, [this] {
        if (!m_filling)
            rebuild();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &FixesPage::showDetails);
}

void FixesPage::initializePage()
{
    m_filling = true;
    m_list->clear();
    const QStringList recommended = HardeningPlan::recommended(m_state.before);
    const QStringList ticked = m_state.keptChoice.value_or(recommended);
    auto *fixable = new QTreeWidgetItem(m_list, {tr("Fixes")});
    auto *manual = new QTreeWidgetItem(m_list, {tr("Needs your decision (no automatic fix)")});
    // recommended() orders by severity; the others follow in the catalogue's order
    QStringList order = recommended;
    for (const Finding &f : m_state.before.findings)
        if (f.status == Status::Fail && !order.contains(f.ruleId))
            order << f.ruleId;
    for (const QString &id : order) {
        const auto rule = findRule(id);
        const Finding *f = m_state.before.find(id);
        if (!rule || !f)
            continue;
        auto *item = new QTreeWidgetItem(f->fixable ? fixable : manual, {rule->title, severityLabel(rule->severity)});
        item->setData(0, Qt::UserRole, id);
        if (f->fixable)
            item->setCheckState(0, ticked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    for (QTreeWidgetItem *group : {fixable, manual}) {
        group->setFirstColumnSpanned(true);
        group->setHidden(group->childCount() == 0);
    }
    m_list->expandAll();
    m_list->resizeColumnToContents(0);
    m_filling = false;
    rebuild();
    m_list->setCurrentItem(fixable->childCount() ? fixable->child(0) : manual->child(0));
}

void FixesPage::cleanupPage()
{
    m_state.keptChoice = m_state.chosen; // Back and Next again shows the same ticks
}

void FixesPage::rebuild()
{
    m_state.chosen.clear();
    const QTreeWidgetItem *fixable = m_list->topLevelItem(0);
    for (int i = 0; fixable && i < fixable->childCount(); ++i)
        if (fixable->child(i)->checkState(0) == Qt::Checked)
            m_state.chosen << fixable->child(i)->data(0, Qt::UserRole).toString();
    m_state.plan.reset();
    m_error.clear();
    if (m_state.chosen.isEmpty()) {
        m_status->setText(m_state.before.failures() == 0 ? tr("No rule failed: there is nothing to fix.")
                                                         : tr("Tick at least one fix to go on."));
    } else if (auto plan = HardeningPlan::build(m_state.input.survey, m_state.input.facts, m_state.chosen)) {
        m_state.plan = std::move(*plan);
        m_status->setText(tr("%n fix(es) chosen", nullptr, int(m_state.chosen.size())) + QStringLiteral(", ")
            + tr("%n file(s) to change.", nullptr, int(m_state.plan->changes.files().size())));
    } else {
        m_error = plan.error();
        m_status->setText(tr("This choice is refused: %1").arg(m_error));
    }
    showDetails(m_list->currentItem());
    Q_EMIT completeChanged();
}

void FixesPage::showDetails(QTreeWidgetItem *item)
{
    const QString id = item ? item->data(0, Qt::UserRole).toString() : QString();
    const auto rule = findRule(id);
    if (!rule) {
        m_details->clear();
        return;
    }
    const Finding *f = m_state.before.find(id);
    QString html = QStringLiteral("<h3>%1</h3><p><i>%2</i></p>").arg(rule->title.toHtmlEscaped(), id);
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Found:").toHtmlEscaped(),
                    f ? f->evidence.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")) : QString());
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Why:").toHtmlEscaped(), rule->why.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Fix:").toHtmlEscaped(), rule->fix.toHtmlEscaped());
    if (!rule->risk.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Risk:").toHtmlEscaped(), rule->risk.toHtmlEscaped());
    if (f && f->fixable) {
        QStringList changes;
        if (m_state.plan) {
            for (const PlannedFix &fix : m_state.plan->fixes)
                if (fix.ruleId == id)
                    changes = fix.changes;
        }
        if (changes.isEmpty()) {
            // not ticked (or the choice is refused): this fix alone
            if (const auto alone = HardeningPlan::build(m_state.input.survey, m_state.input.facts, {id}))
                changes = alone->fixes.value(0).changes;
        }
        html += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>")
                    .arg(tr("Changes:").toHtmlEscaped(), changes.join(QLatin1Char('\n')).toHtmlEscaped());
    }
    m_details->setHtml(html);
}

bool FixesPage::isComplete() const
{
    return m_state.plan.has_value() && !m_state.plan->changes.isEmpty();
}

bool FixesPage::validatePage()
{
    auto *wizard = qobject_cast<HardeningWizard *>(this->wizard());
    if (wizard)
        wizard->saveSession();
    return true;
}

// ---- PreviewPage

PreviewPage::PreviewPage(HardeningState &state, QWidget *parent)
    : QWizardPage(parent), m_state(state), m_summary(wrapped()), m_files(new QListWidget), m_diff(new DiffView)
{
    setObjectName(QStringLiteral("previewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("Every file the fixes change. Apply writes them as one transaction: backed up, validated, "
                   "reloaded, and rolled back if any step fails."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Apply"));
    m_files->setObjectName(QStringLiteral("previewFiles"));
    m_diff->setObjectName(QStringLiteral("previewDiff"));
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_files);
    split->addWidget(m_diff);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    connect(m_files, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_state.plan || row < 0 || row >= m_state.plan->changes.files().size())
            return;
        ChangeSet one(m_state.plan->changes.mta(), {});
        one.addFile(m_state.plan->changes.files().at(row));
        m_diff->setDiff(one.preview());
    });
}

void PreviewPage::initializePage()
{
    m_files->clear();
    if (!m_state.plan)
        return;
    QStringList lines;
    for (const PlannedFix &fix : m_state.plan->fixes) {
        const auto rule = findRule(fix.ruleId);
        lines << QStringLiteral("• %1").arg(rule ? rule->title : fix.ruleId);
    }
    m_summary->setText(tr("%n fix(es) on %1:", nullptr, int(lines.size())).arg(m_state.name) + QLatin1Char('\n')
        + lines.join(QLatin1Char('\n')));
    for (const FileChange &file : m_state.plan->changes.files())
        m_files->addItem(file.path);
    m_files->setCurrentRow(0);
}

} // namespace Mailwarden
