#include "testspage.h"

#include "common/reportfile.h"
#include "core/displaytext.h"
#include "probes/probereportformat.h"
#include "remote/host.h"
#include "remote/portforward.h"
#include "remote/sshhost.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace Mailwarden {

using namespace Probes;

namespace {

constexpr int kReportRole = Qt::UserRole + 1; ///< index into m_reports
constexpr int kCheckRole = Qt::UserRole + 2; ///< index into its checks; -1 for a group

// The work tab (MainWindow::Page's order) where a finding is mended.
int fixPage(const QString &id)
{
    enum Page { Tables, Config, Privacy };
    if (id.startsWith(QLatin1String("relay.")))
        return Config; // mynetworks, relay restrictions, or the access/tcp.smtp table from there
    if (id.startsWith(QLatin1String("tls.")) || id.startsWith(QLatin1String("smtp.")))
        return Privacy;
    return -1;
}

QIcon verdictIcon(const QStyle *style, Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Verdict::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Verdict::Skipped:
        return style->standardIcon(QStyle::SP_DialogCancelButton);
    case Verdict::Warn:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Verdict::Fail:
    case Verdict::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QString kindTitle(const QString &probe)
{
    if (probe == QLatin1String("relay"))
        return TestsPage::tr("Open relay");
    if (probe == QLatin1String("tls"))
        return TestsPage::tr("STARTTLS and TLS");
    return TestsPage::tr("SMTP exposure");
}

} // namespace

TestsPage::TestsPage(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget)
    , m_stateLabel(new QLabel)
    , m_target(new QLabel)
    , m_port(new QSpinBox)
    , m_implicitTls(new QCheckBox(tr("SMTP&S")))
    , m_vantage(new QComboBox)
    , m_source(new QLineEdit)
    , m_relay(new QCheckBox(tr("&Relay")))
    , m_tls(new QCheckBox(tr("&TLS")))
    , m_smtp(new QCheckBox(tr("&Exposure")))
    , m_run(new QPushButton(tr("&Run Tests")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_export(new QPushButton(tr("E&xport…")))
    , m_fix(new QPushButton(tr("&Fix…")))
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView)
    , m_details(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("testsPage"));
    m_port->setRange(1, 65535);
    m_port->setValue(25);
    m_port->setObjectName(QStringLiteral("testsPort"));
    m_implicitTls->setObjectName(QStringLiteral("testsImplicitTls"));
    m_implicitTls->setToolTip(tr("TLS from the first byte (implicit TLS, as on port 465) instead of STARTTLS"));
    // Port 465 speaks TLS at once (RFC 8314); the box can still be changed.
    connect(m_port, &QSpinBox::valueChanged, this, [this](int port) { m_implicitTls->setChecked(port == SmtpsPort); });
    m_vantage->setObjectName(QStringLiteral("testsVantage"));
    m_vantage->addItem(tr("This machine"), QVariant::fromValue(Vantage::ThisMachine));
    m_vantage->addItem(tr("This machine, from address"), QVariant::fromValue(Vantage::SourceAddress));
    m_vantage->addItem(tr("Inside the host (its SSH connection)"), QVariant::fromValue(Vantage::InsideHost));
    m_source->setPlaceholderText(tr("e.g. 127.0.0.3"));
    m_source->setEnabled(false);
    m_source->setObjectName(QStringLiteral("testsSource"));
    connect(m_vantage, &QComboBox::currentIndexChanged, this,
        [this] { m_source->setEnabled(m_vantage->currentData().value<Vantage>() == Vantage::SourceAddress); });
    for (QCheckBox *box : {m_relay, m_tls, m_smtp})
        box->setChecked(true);
    m_run->setObjectName(QStringLiteral("testsRun"));
    m_cancel->setObjectName(QStringLiteral("testsCancel"));
    m_export->setObjectName(QStringLiteral("testsExport"));
    m_fix->setObjectName(QStringLiteral("testsFix"));
    m_fix->setToolTip(tr("Open the setting that mends the selected finding"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("testsStatus"));

    // Two rows, so that the tab fits a narrow window: where to, then what.
    auto *where = new QHBoxLayout;
    where->addWidget(m_target);
    auto *portLabel = new QLabel(tr("P&ort:"));
    portLabel->setBuddy(m_port);
    where->addWidget(portLabel);
    where->addWidget(m_port);
    where->addWidget(m_implicitTls);
    auto *fromLabel = new QLabel(tr("F&rom:"));
    fromLabel->setBuddy(m_vantage);
    where->addWidget(fromLabel);
    where->addWidget(m_vantage);
    where->addWidget(m_source);
    where->addStretch(1);
    auto *what = new QHBoxLayout;
    what->addWidget(m_relay);
    what->addWidget(m_tls);
    what->addWidget(m_smtp);
    what->addWidget(m_run);
    what->addWidget(m_cancel);
    what->addWidget(m_progress);
    what->addStretch(1);
    what->addWidget(m_fix);
    what->addWidget(m_export);

    m_model->setHorizontalHeaderLabels({tr("Check"), tr("Verdict"), tr("Evidence")});
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("testsTree"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_details->setReadOnly(true);
    m_details->setObjectName(QStringLiteral("testsDetails"));
    m_details->setPlaceholderText(tr("Select a check to see its evidence, advice and SMTP transcript."));
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(where);
    contentLayout->addLayout(what);
    contentLayout->addWidget(m_status);
    contentLayout->addWidget(split, 1);
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_stateLabel);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_run, &QPushButton::clicked, this, &TestsPage::run);
    connect(m_cancel, &QPushButton::clicked, this, &TestsPage::cancel);
    connect(m_export, &QPushButton::clicked, this, &TestsPage::exportResults);
    connect(m_fix, &QPushButton::clicked, this, &TestsPage::requestFix);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TestsPage::showDetails);
    m_cancel->setEnabled(false);
    m_export->setEnabled(false);
    m_fix->setEnabled(false);
    m_stateLabel->setText(tr("Select a host in the list on the left to test its mail server."));
}

TestsPage::~TestsPage()
{
    cancel();
}

void TestsPage::setActiveHost(const ActiveHost &host)
{
    if (host.state == m_host.state && host.name == m_host.name)
        return;
    cancel();
    ++m_generation;
    m_host = host;
    // Nothing of the previous host stays: its findings are not this one's.
    m_reports.clear();
    m_labels.clear();
    m_model->removeRows(0, m_model->rowCount());
    m_details->clear();
    m_status->clear();
    m_export->setEnabled(false);
    m_fix->setEnabled(false);
    const QString waiting = waitingText(host, tr("Select a host in the list on the left to test its mail server."),
        tr("Connect to %1 to test its mail server.").arg(host.name));
    if (!waiting.isEmpty()) {
        m_stateLabel->setText(waiting);
        m_stack->setCurrentIndex(0);
        return;
    }
    m_target->setText(tr("Target: %1").arg(mtaAddress(host.host)));
    m_stack->setCurrentIndex(1);
}

void TestsPage::setPort(quint16 port)
{
    m_port->setValue(port);
}

void TestsPage::setVantage(Vantage vantage, const QString &sourceAddress)
{
    m_vantage->setCurrentIndex(m_vantage->findData(QVariant::fromValue(vantage)));
    m_source->setText(sourceAddress);
}

void TestsPage::setKinds(const QList<ProbeKind> &kinds)
{
    m_relay->setChecked(kinds.contains(ProbeKind::Relay));
    m_tls->setChecked(kinds.contains(ProbeKind::Tls));
    m_smtp->setChecked(kinds.contains(ProbeKind::Smtp));
}

QList<ProbeKind> TestsPage::chosenKinds() const
{
    QList<ProbeKind> kinds;
    if (m_relay->isChecked())
        kinds << ProbeKind::Relay;
    if (m_tls->isChecked())
        kinds << ProbeKind::Tls;
    if (m_smtp->isChecked())
        kinds << ProbeKind::Smtp;
    return kinds;
}

void TestsPage::run()
{
    if (m_host.state != ActiveHost::State::Ready || isRunning())
        return;
    const QList<ProbeKind> kinds = chosenKinds();
    if (kinds.isEmpty()) {
        m_status->setText(tr("Choose at least one test."));
        return;
    }
    const QString address = mtaAddress(m_host.host);
    const auto vantage = m_vantage->currentData().value<Vantage>();
    ProbeSettings settings = probeSettings(address, quint16(m_port->value()), m_implicitTls->isChecked());
    if (vantage == Vantage::SourceAddress) {
        if (!settings.endpoint.sourceAddress.setAddress(m_source->text().trimmed())) {
            m_status->setText(tr("“%1” is not an IP address of this machine.").arg(m_source->text()));
            return;
        }
    }
    m_passes.clear();
    if (vantage == Vantage::InsideHost) {
        m_passes.append({tr("From inside %1 to 127.0.0.1:%2").arg(m_host.name).arg(m_port->value()), settings, kinds,
            true, quint16(m_port->value())});
    } else {
        const QString from = vantage == Vantage::SourceAddress
            ? tr("From this machine (%1) to %2:%3").arg(m_source->text().trimmed(), address).arg(m_port->value())
            : tr("From this machine to %1:%2").arg(address).arg(m_port->value());
        m_passes.append({from, settings, kinds, false, 0});
        // The second vantage point: the host's own loopback, on the same port.
        if (kinds.contains(ProbeKind::Relay))
            m_passes.append({tr("From inside %1 to 127.0.0.1:%2").arg(m_host.name).arg(m_port->value()), settings,
                {ProbeKind::Relay}, true, quint16(m_port->value())});
    }
    m_reports.clear();
    m_labels.clear();
    m_model->removeRows(0, m_model->rowCount());
    m_details->clear();
    m_nextPass = 0;
    m_checksSoFar = 0;
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_export->setEnabled(false);
    m_fix->setEnabled(false);
    m_progress->show();
    startNext();
}

void TestsPage::startNext()
{
    if (m_nextPass >= m_passes.size()) {
        finish(tr("%n check(s) made.", nullptr, m_checksSoFar));
        return;
    }
    const Pass &pass = m_passes[m_nextPass];
    m_status->setText(tr("%1: connecting…").arg(pass.label));
    if (!pass.inside) {
        startRunner(pass, nullptr);
        return;
    }
    m_opening = true;
    const int generation = m_generation;
    m_host.host->forwardPort(QStringLiteral("127.0.0.1"), pass.insidePort)
        .then(this, [this, generation](const RemoteResult<std::shared_ptr<PortForward>> &forward) {
            if (generation != m_generation || !m_opening)
                return;
            m_opening = false;
            const Pass &current = m_passes[m_nextPass];
            if (!forward) {
                ProbeReport failed;
                failed.target = QStringLiteral("127.0.0.1:%1").arg(current.insidePort);
                failed.via = m_host.name;
                failed.connectionError = tr("No channel from %1 to its own port %2: %3")
                                             .arg(m_host.name)
                                             .arg(current.insidePort)
                                             .arg(forward.error().toString());
                m_reports << failed;
                m_labels << current.label;
                ++m_nextPass;
                showReports();
                startNext();
                return;
            }
            startRunner(current, *forward);
        });
}

void TestsPage::startRunner(const Pass &pass, std::shared_ptr<PortForward> forward)
{
    ProbeSettings settings = pass.settings;
    if (forward) {
        settings = probeSettings(
            QStringLiteral("127.0.0.1"), pass.insidePort, pass.settings.endpoint.implicitTls.has_value());
        settings.endpoint.host = forward->address();
        settings.endpoint.port = forward->port();
    }
    m_runner = new ProbeRunner(settings, pass.kinds, this);
    if (forward)
        m_runner->setForward(std::move(forward), m_host.name);
    const QString label = pass.label;
    connect(m_runner, &ProbeRunner::checkAdded, this, [this, label](int, const QString &title) {
        ++m_checksSoFar;
        m_status->setText(tr("%1: %2 (%n check(s) so far)", nullptr, m_checksSoFar).arg(label, title));
    });
    connect(m_runner, &ProbeRunner::finished, this, &TestsPage::passFinished);
    m_runner->start();
}

void TestsPage::passFinished()
{
    if (!m_runner)
        return;
    m_reports << m_runner->report();
    m_labels << m_passes[m_nextPass].label;
    m_runner->deleteLater();
    m_runner = nullptr;
    ++m_nextPass;
    showReports();
    startNext();
}

void TestsPage::cancel()
{
    if (!isRunning())
        return;
    m_opening = false;
    if (m_runner) {
        delete m_runner; // closes its connections
        m_runner = nullptr;
    }
    ++m_generation;
    finish(tr("Cancelled after %n check(s).", nullptr, m_checksSoFar));
}

void TestsPage::finish(const QString &status)
{
    m_progress->hide();
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_export->setEnabled(!m_reports.isEmpty());
    m_status->setText(status);
    Q_EMIT runFinished();
}

void TestsPage::showReports()
{
    m_model->removeRows(0, m_model->rowCount());
    const QStyle *s = style();
    for (qsizetype r = 0; r < m_reports.size(); ++r) {
        const ProbeReport &report = m_reports[r];
        auto *group = new QStandardItem(m_labels.value(r));
        group->setData(int(r), kReportRole);
        group->setData(-1, kCheckRole);
        Verdict worst = Verdict::Pass;
        if (!report.connectionError.isEmpty())
            worst = Verdict::Error;
        QMap<QString, QStandardItem *> kinds;
        for (qsizetype c = 0; c < report.checks.size(); ++c) {
            const CheckResult &check = report.checks[c];
            worst = std::max(worst, check.verdict);
            QStandardItem *&kind = kinds[check.probe];
            if (!kind) {
                kind = new QStandardItem(kindTitle(check.probe));
                kind->setData(int(r), kReportRole);
                kind->setData(-1, kCheckRole);
                group->appendRow({kind, new QStandardItem, new QStandardItem});
            }
            auto *title = new QStandardItem(verdictIcon(s, check.verdict), check.title);
            title->setData(int(r), kReportRole);
            title->setData(int(c), kCheckRole);
            auto *verdict = new QStandardItem(verdictLabel(check.verdict));
            auto *evidence = new QStandardItem(displayText(check.evidence, LineBreaks::Join));
            evidence->setToolTip(QStringLiteral("<qt>%1</qt>").arg(check.evidence.toHtmlEscaped()));
            kind->appendRow({title, verdict, evidence});
        }
        group->setIcon(verdictIcon(s, worst));
        auto *groupVerdict = new QStandardItem(verdictLabel(worst));
        auto *groupEvidence = new QStandardItem(displayText(report.connectionError, LineBreaks::Join));
        m_model->appendRow({group, groupVerdict, groupEvidence});
    }
    m_view->expandAll();
}

const CheckResult *TestsPage::selectedCheck() const
{
    const QModelIndex index = m_view->currentIndex().siblingAtColumn(0);
    if (!index.isValid())
        return nullptr;
    const int r = index.data(kReportRole).toInt();
    const int c = index.data(kCheckRole).toInt();
    if (r < 0 || r >= m_reports.size() || c < 0 || c >= m_reports[r].checks.size())
        return nullptr;
    return &m_reports[r].checks[c];
}

void TestsPage::showDetails()
{
    const CheckResult *check = selectedCheck();
    m_fix->setEnabled(
        check && (check->verdict == Verdict::Fail || check->verdict == Verdict::Warn) && fixPage(check->id) >= 0);
    if (!check) {
        m_details->clear();
        return;
    }
    QString text = QStringLiteral("%1 [%2]\n%3\n").arg(check->title, verdictLabel(check->verdict), check->id);
    if (!check->evidence.isEmpty())
        text += QLatin1Char('\n') + tr("Evidence: %1").arg(check->evidence) + QLatin1Char('\n');
    if (!check->advice.isEmpty())
        text += QLatin1Char('\n') + tr("Advice: %1").arg(check->advice) + QLatin1Char('\n');
    if (!check->facts.isEmpty()) {
        text += QLatin1Char('\n') + tr("Facts:") + QLatin1Char('\n');
        for (auto it = check->facts.cbegin(); it != check->facts.cend(); ++it)
            text += QStringLiteral("  %1: %2\n")
                        .arg(it.key(),
                            it.value().toStringList().isEmpty() ? it.value().toString()
                                                                : it.value().toStringList().join(QLatin1String(", ")));
    }
    if (!check->transcript.isEmpty())
        text += QLatin1Char('\n') + tr("SMTP transcript:") + QLatin1Char('\n') + transcriptText(check->transcript);
    m_details->setPlainText(displayText(text));
}

QString TestsPage::detailsText() const
{
    return m_details->toPlainText();
}

QString TestsPage::statusText() const
{
    return m_status->text();
}

void TestsPage::requestFix()
{
    if (const CheckResult *check = selectedCheck(); check && fixPage(check->id) >= 0)
        Q_EMIT fixRequested(fixPage(check->id), check->id);
}

bool TestsPage::writeJson(const QString &path, QString *error) const
{
    QJsonArray runs;
    for (qsizetype r = 0; r < m_reports.size(); ++r) {
        QJsonObject report = reportJson(m_reports[r]);
        report.insert(QStringLiteral("vantage"), m_labels.value(r));
        runs.append(report);
    }
    return ReportFile::write(path,
        QJsonDocument(QJsonObject {{QStringLiteral("host"), m_host.name}, {QStringLiteral("runs"), runs}})
            .toJson(QJsonDocument::Indented),
        error);
}

bool TestsPage::writeHtml(const QString &path, QString *error) const
{
    return ReportFile::write(path, reportHtml().toUtf8(), error);
}

bool TestsPage::writePdf(const QString &path, QString *error) const
{
    return ReportFile::write(
        path, ReportFile::pdfFromHtml(reportHtml(), tr("Mail server tests: %1").arg(m_host.name)), error);
}

QString TestsPage::reportHtml() const
{
    QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "<style>body{font-family:sans-serif} table{border-collapse:collapse} "
                                  "td,th{border:1px solid #999;padding:2px 6px;vertical-align:top} "
                                  ".fail,.error{color:#b00} .warn{color:#a60} .pass{color:#070} pre{font-size:85%}"
                                  "</style></head><body>")
                       .arg(tr("Mail server tests: %1").arg(m_host.name).toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>").arg(tr("Mail server tests: %1").arg(m_host.name).toHtmlEscaped());
    for (qsizetype r = 0; r < m_reports.size(); ++r) {
        const ProbeReport &report = m_reports[r];
        html += QStringLiteral("<h2>%1</h2>").arg(m_labels.value(r).toHtmlEscaped());
        if (!report.connectionError.isEmpty())
            html += QStringLiteral("<p class=\"error\">%1</p>").arg(report.connectionError.toHtmlEscaped());
        html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(tr("Check"), tr("Verdict"), tr("Evidence"), tr("Advice"));
        for (const CheckResult &check : report.checks)
            html += QStringLiteral("<tr><td>%1</td><td class=\"%2\">%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(check.title.toHtmlEscaped(), verdictName(check.verdict),
                            verdictLabel(check.verdict).toHtmlEscaped(), check.evidence.toHtmlEscaped(),
                            check.advice.toHtmlEscaped());
        html += QStringLiteral("</table>");
        for (const CheckResult &check : report.checks)
            if (!check.transcript.isEmpty())
                html += QStringLiteral("<h3>%1</h3><pre>%2</pre>")
                            .arg(check.title.toHtmlEscaped(), transcriptText(check.transcript).toHtmlEscaped());
    }
    return html + QStringLiteral("</body></html>");
}

void TestsPage::exportResults()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Test Results"),
        QStringLiteral("%1-tests.json").arg(m_host.name),
        tr("JSON files (*.json);;HTML pages (*.html);;PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto is = [&path](const char *suffix) { return path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive); };
    const bool ok = is(".html") ? writeHtml(path, &error)
        : is(".pdf")            ? writePdf(path, &error)
                                : writeJson(path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export Test Results"), error);
}

} // namespace Mailwarden
