#include "statspage.h"

#include "hoststrafficview.h"
#include "livetrafficview.h"
#include "statsdashboard.h"
#include "statsdigest.h"

#include "mta/mta.h"
#include "mta/mtasurvey.h"
#include "queue/queuereader.h"
#include "remote/host.h"
#include "stats/loganalyzer.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QtConcurrentRun>
#include <QTimer>
#include <QVBoxLayout>

namespace Mailwarden {

using namespace Stats;

namespace {

// What the Statistics tab names qmail-send's log: the helper reads multilog's
// current file and the newest rotated ones beside it, at most kQmailLogBytes.
constexpr char kQmailLog[] = "/var/log/qmail/current";
constexpr qsizetype kQmailLogBytes = 16 << 20;

// qmail-send's log as mw-file log-tail frames it (oldest file first), analysed
// as one log; runs on the thread pool.
std::expected<AnalysisResult, QString> analyzeQmailFrames(const RemoteResult<CommandResult> &result, DayRange days)
{
    const auto tail = Queue::HelperQueueReader::qmailLogTail(result);
    if (!tail)
        return std::unexpected(StatsPage::tr("qmail-send's log could not be read: %1").arg(tail.error().message));
    LogAnalyzer analyzer(MtaKind::Qmail);
    analyzer.aggregator().setDayRange(days);
    analyzer.feed(tail->log);
    analyzer.finish();
    const QDate today = QDate::currentDate();
    analyzer.aggregator().resolveYears(today.year(), today.month());
    return AnalysisResult {MtaKind::Qmail, analyzer.aggregator().takeFigures()};
}

bool belongsTo(const QString &path, const QString &base)
{
    return path == base || path.startsWith(base + QLatin1Char('.')) || path.startsWith(base + QLatin1Char('-'));
}

} // namespace

StatsPage::StatsPage(QWidget *parent)
    : QWidget(parent)
    , m_digestWatcher(new QFutureWatcher<StatsDigest>(this))
    , m_period(new QComboBox)
    , m_run(new QPushButton(tr("&Read Logs")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_report(new QPushButton(tr("Export &Report…")))
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_stack(new QStackedWidget)
    , m_stateLabel(new QLabel)
    , m_tabs(new QTabWidget)
    , m_dashboard(new StatsDashboard)
    , m_live(new LiveTrafficView)
    , m_hostsView(new HostsTrafficView)
{
    setObjectName(QStringLiteral("statsPage"));
    for (Period p : {Period::Today, Period::Yesterday, Period::Last7Days, Period::Last30Days, Period::CurrentLog,
             Period::AllLogs, Period::ChosenFiles})
        m_period->addItem(periodText(p), QVariant::fromValue(p));
    m_period->setObjectName(QStringLiteral("statsPeriod"));
    m_run->setObjectName(QStringLiteral("statsRun"));
    m_cancel->setObjectName(QStringLiteral("statsCancel"));
    m_report->setObjectName(QStringLiteral("statsReport"));
    m_progress->setObjectName(QStringLiteral("statsProgress"));
    m_progress->setFormat(tr("%p % read"));
    m_progress->setMaximumWidth(220);
    m_status->setObjectName(QStringLiteral("statsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_period);
    auto *bar = new QHBoxLayout;
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_run);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress);
    bar->addStretch(1);
    bar->addWidget(m_report);

    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_dashboard);
    m_tabs->setObjectName(QStringLiteral("statsTabs"));
    m_tabs->addTab(m_scroll, tr("&Dashboard"));
    m_tabs->addTab(m_live, tr("&Live"));
    m_tabs->addTab(m_hostsView, tr("&Hosts Side by Side"));

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(m_status);
    contentLayout->addWidget(m_tabs, 1);

    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_stateLabel);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_run, &QPushButton::clicked, this, &StatsPage::startSelected);
    connect(m_cancel, &QPushButton::clicked, this, &StatsPage::cancel);
    connect(m_report, &QPushButton::clicked, this, &StatsPage::exportReport);
    connect(m_dashboard, &StatsDashboard::exportTableRequested, this, &StatsPage::exportTable);
    connect(m_dashboard, &StatsDashboard::saveChartRequested, this, &StatsPage::saveChart);
    connect(m_tabs, &QTabWidget::currentChanged, this, &StatsPage::updateLive);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &StatsPage::runFinishedInternally);
    connect(m_digestWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watchedRun != m_runId)
            return;
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
        m_dashboard->setDigest(m_digestWatcher->result(), m_runSubject, m_runFiles);
        // After the new widgets' layout, which may scroll to a focused table.
        QTimer::singleShot(0, m_scroll, [this] { m_scroll->verticalScrollBar()->setValue(0); });
        m_report->setEnabled(true);
        m_status->setText(tr("%1: %n file(s) read: %2.", nullptr, int(m_runFiles.size()))
                .arg(m_runSubject, m_runFiles.join(QLatin1String(", "))));
        Q_EMIT runFinished();
    });
    m_cancel->setEnabled(false);
    m_report->setEnabled(false);
    m_progress->hide();
    showState(tr("Select a host in the list on the left to see its mail statistics."));
}

StatsPage::~StatsPage()
{
    m_live->stop();
    cancel();
}

QString StatsPage::periodText(Period period) const
{
    switch (period) {
    case Period::Today:
        return tr("Today");
    case Period::Yesterday:
        return tr("Yesterday");
    case Period::Last7Days:
        return tr("Last 7 days");
    case Period::Last30Days:
        return tr("Last 30 days");
    case Period::CurrentLog:
        return tr("The current log");
    case Period::AllLogs:
        return tr("The current and rotated logs");
    case Period::ChosenFiles:
        return tr("Chosen files…");
    }
    return {};
}

void StatsPage::showState(const QString &text)
{
    m_stateLabel->setText(text);
    m_stack->setCurrentIndex(0);
}

void StatsPage::setActiveHost(const ActiveHost &host)
{
    if (host.state == m_host.state && host.name == m_host.name && host.survey == m_host.survey)
        return;
    ++m_generation;
    cancel();
    ++m_runId;
    m_progress->hide();
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_live->follow(nullptr, {}, {}, MtaKind::Postfix); // forgets the old host
    m_host = host;
    m_logFiles.clear();
    m_mainBase.clear();
    m_dashboard->clear();
    m_report->setEnabled(false);
    m_status->clear();
    const QString waiting = waitingText(host, tr("Select a host in the list on the left to see its mail statistics."),
        tr("Connect to %1 to read its mail logs.").arg(host.name));
    if (!waiting.isEmpty()) {
        showState(waiting);
        return;
    }
    if (host.survey->mta && host.survey->mta->kind() == MtaKind::Qmail) {
        // multilog's files are root's: qmail-send's log comes through the root-file helper.
        if (host.host->fileHelper().isEmpty()) {
            showState(tr("qmail-send's log (/var/log/qmail) is readable only by root: prepare %1 for Mailwarden "
                         "(Host ▸ Prepare Host…) so that its helper can read it.")
                    .arg(host.name));
            return;
        }
        m_mainBase = QString::fromLatin1(kQmailLog);
        m_stack->setCurrentIndex(1);
        m_tabs->setCurrentIndex(0);
        m_tabs->setTabEnabled(m_tabs->indexOf(m_live), false); // tail -F cannot read root's files
        Q_EMIT logsListed();
        startAutomatically();
        return;
    }
    m_tabs->setTabEnabled(m_tabs->indexOf(m_live), true);
    listLogs();
}

void StatsPage::listLogs()
{
    showState(tr("Looking for the mail logs of %1…").arg(m_host.name));
    const QString maillogFile = QString::fromUtf8(m_host.survey->optionValue("maillog_file"));
    const int generation = m_generation;
    m_loads.track(listHostLogs(*m_host.host, maillogFile.isEmpty() ? QStringList() : QStringList {maillogFile}))
        .then(this, [this, generation, maillogFile](const std::expected<QList<HostLogFile>, QString> &files) {
            if (generation != m_generation)
                return;
            if (!files) {
                showState(tr("The mail logs of %1 could not be listed: %2").arg(m_host.name, files.error()));
                Q_EMIT logsListed();
                return;
            }
            m_logFiles = *files;
            m_mainBase = mainLogBase(m_logFiles, maillogFile);
            if (m_mainBase.isEmpty()) {
                showState(tr("%1 has no mail log this account may read (looked for %2). On Debian the account "
                             "needs the group adm.")
                        .arg(m_host.name, mainLogCandidates(maillogFile).join(QLatin1String(", "))));
                Q_EMIT logsListed();
                return;
            }
            m_stack->setCurrentIndex(1);
            Q_EMIT logsListed();
            updateLive();
            startAutomatically();
        });
}

QList<HostLogFile> StatsPage::mainLog() const
{
    QList<HostLogFile> files;
    for (const HostLogFile &f : m_logFiles)
        if (belongsTo(f.path, m_mainBase) && f.readable)
            files << f;
    return files;
}

void StatsPage::startSelected()
{
    const auto period = m_period->currentData().value<Period>();
    if (period == Period::ChosenFiles) {
        chooseFiles();
        return;
    }
    run(period);
}

void StatsPage::startAutomatically()
{
    const auto period = m_period->currentData().value<Period>();
    run(period == Period::ChosenFiles ? Period::Today : period);
}

void StatsPage::beginRun()
{
    m_watchedRun = ++m_runId;
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->show();
}

void StatsPage::chooseFiles()
{
    const int generation = m_generation;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Choose Log Files"));
    auto *list = new QListWidget;
    list->setObjectName(QStringLiteral("statsFiles"));
    for (const HostLogFile &f : std::as_const(m_logFiles)) {
        auto *item = new QListWidgetItem(tr("%1  (%2, %3)")
                .arg(
                    f.path, QLocale().formattedDataSize(f.size), QLocale().toString(f.modified, QLocale::ShortFormat)));
        item->setData(Qt::UserRole, f.path);
        item->setFlags(f.readable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::NoItemFlags);
        item->setCheckState(f.readable && f.path == m_mainBase ? Qt::Checked : Qt::Unchecked);
        if (!f.readable)
            item->setToolTip(tr("This account may not read it."));
        list->addItem(item);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("The logs on %1 to summarise, read oldest first:").arg(m_host.name)));
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog.resize(560, 360);
    if (dialog.exec() != QDialog::Accepted || generation != m_generation)
        return; // cancelled, or another host was chosen meanwhile
    QStringList files;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            files << list->item(i)->data(Qt::UserRole).toString();
    if (!files.isEmpty())
        run(Period::ChosenFiles, files);
}

void StatsPage::run(Period period, const QStringList &chosen)
{
    if (m_host.state != ActiveHost::State::Ready || m_mainBase.isEmpty())
        return;
    cancel();
    m_period->setCurrentIndex(m_period->findData(QVariant::fromValue(period)));
    if (m_mainBase == QLatin1String(kQmailLog)) {
        runQmail(period);
        return;
    }
    const auto [first, last] = periodDays(period);
    QStringList files;
    qint64 expected = 0;
    bool sizesKnown = true;
    const QList<HostLogFile> log = mainLog();
    for (qsizetype i = 0; i < log.size(); ++i) {
        const HostLogFile &f = log[i];
        bool take = false;
        switch (period) {
        case Period::CurrentLog:
            take = f.path == m_mainBase;
            break;
        case Period::AllLogs:
            take = true;
            break;
        case Period::ChosenFiles:
            break;
        default:
            // A file holds the lines after its predecessor's last write up to its
            // own: it can hold the period when it was written after the period
            // began and its predecessor before the period ended.
            take = f.modified >= first.startOfDay() && (i == 0 || log[i - 1].modified < last.addDays(1).startOfDay());
            break;
        }
        if (take)
            files << f.path;
    }
    if (period == Period::ChosenFiles)
        files = orderRotatedSet(chosen);
    // Progress in bytes when every file's length is known (a chosen file outside the listing is not).
    for (const QString &path : std::as_const(files)) {
        const auto known = std::ranges::find(m_logFiles, path, &HostLogFile::path);
        if (known == m_logFiles.cend() || known->contentSize < 0)
            sizesKnown = false;
        else
            expected += known->contentSize;
    }
    m_runFiles = files;
    m_runSubject
        = tr("%1, %2").arg(m_host.name, period == Period::ChosenFiles ? tr("chosen files") : periodText(period));
    if (files.isEmpty()) {
        ++m_runId; // a digest still being made belongs to an earlier run
        m_dashboard->clear();
        m_report->setEnabled(false);
        m_status->setText(tr("No log on %1 holds lines of the period “%2”.").arg(m_host.name, periodText(period)));
        Q_EMIT runFinished();
        return;
    }
    AnalysisOptions options;
    options.mta = m_host.survey->mta ? std::optional(m_host.survey->mta->kind()) : std::nullopt;
    options.postfixSyslogName = m_host.survey->postfixSyslogName();
    options.days = DayRange::between(first, last);
    beginRun();
    m_progress->setRange(0, sizesKnown ? 1 : 0);
    m_progress->setValue(0);
    m_status->setText(tr("Reading %1 on %2…").arg(files.join(QLatin1String(", ")), m_host.name));
    m_watcher.setFuture(
        m_loads.track(analyzeHostLogs(*m_host.host, files, options, sizesKnown ? expected : 0, &m_canceller)));
}

std::pair<QDate, QDate> StatsPage::periodDays(Period period)
{
    const QDate today = QDate::currentDate();
    switch (period) {
    case Period::Today:
        return {today, today};
    case Period::Yesterday:
        return {today.addDays(-1), today.addDays(-1)};
    case Period::Last7Days:
        return {today.addDays(-6), today};
    case Period::Last30Days:
        return {today.addDays(-29), today};
    default:
        return {};
    }
}

void StatsPage::runQmail(Period period)
{
    const auto [first, last] = periodDays(period);
    m_runFiles
        = {tr("qmail-send's log through mw-file (the newest %1)").arg(QLocale().formattedDataSize(kQmailLogBytes))};
    m_runSubject = tr("%1, %2").arg(m_host.name, periodText(period));
    beginRun();
    m_progress->setRange(0, 0);
    m_status->setText(tr("Reading qmail-send's log on %1…").arg(m_host.name));
    const DayRange days = DayRange::between(first, last);
    QFuture<std::expected<AnalysisResult, QString>> future
        = m_host.host->run(Queue::HelperQueueReader::qmailLogTailCommand(m_host.host->fileHelper(), kQmailLogBytes))
              .then(QtFuture::Launch::Async,
                  [days](const RemoteResult<CommandResult> &result) { return analyzeQmailFrames(result, days); });
    m_canceller = [future]() mutable { future.cancel(); };
    m_watcher.setFuture(m_loads.track(future));
}

void StatsPage::cancel()
{
    if (m_canceller)
        m_canceller();
    m_canceller = nullptr;
}

bool StatsPage::isRunning() const
{
    return m_watcher.isRunning() || m_digestWatcher->isRunning();
}

void StatsPage::runFinishedInternally()
{
    if (m_watchedRun != m_runId)
        return; // an earlier run or host: cancelled, results not wanted
    m_canceller = nullptr;
    m_progress->hide();
    const auto future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0 || !future.result()) {
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
        m_status->setText(future.isCanceled() || future.resultCount() == 0
                ? tr("Cancelled: %1 (%2).").arg(m_runSubject, m_runFiles.join(QLatin1String(", ")))
                : tr("%1: %2").arg(m_runSubject, future.result().error()));
        Q_EMIT runFinished();
        return;
    }
    const std::expected<AnalysisResult, QString> result = future.result();
    m_status->setText(tr("Summarising…"));
    m_digestWatcher->setFuture(QtConcurrent::run([result] { return StatsDigest::from(*result); }));
}

QString StatsPage::statusText() const
{
    return m_status->text();
}

void StatsPage::exportTable(const QString &id)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Table"), QStringLiteral("%1-%2.csv").arg(m_host.name, id), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !m_dashboard->writeTableCsv(id, path, &error))
        QMessageBox::warning(this, tr("Export Table"), error);
}

void StatsPage::saveChart(int index)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"),
        QStringLiteral("%1-%2.png").arg(m_host.name, index == 0 ? QStringLiteral("hourly") : QStringLiteral("daily")),
        tr("PNG images (*.png);;SVG drawings (*.svg)"));
    QString error;
    if (!path.isEmpty() && !m_dashboard->saveChart(index, path, &error))
        QMessageBox::warning(this, tr("Save Chart"), error);
}

void StatsPage::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"),
        QStringLiteral("%1-statistics.pdf").arg(m_host.name), tr("PDF documents (*.pdf);;HTML pages (*.html)"));
    QString error;
    if (!path.isEmpty() && !m_dashboard->writeReport(path, &error))
        QMessageBox::warning(this, tr("Export Report"), error);
}

void StatsPage::setReadyHosts(const QList<ActiveHost> &hosts)
{
    m_hostsView->setHosts(hosts);
}

void StatsPage::updateLive()
{
    m_hostsView->setActive(m_tabs->currentWidget() == m_hostsView);
    // Follow only while the Live tab is shown: tail -F costs the host little, but nothing is better.
    const bool shown
        = m_tabs->currentWidget() == m_live && !m_mainBase.isEmpty() && m_host.state == ActiveHost::State::Ready;
    if (shown && !m_live->isFollowing())
        m_live->follow(
            m_host.host, m_host.name, m_mainBase, m_host.survey->mtaKind(), m_host.survey->postfixSyslogName());
    else if (!shown && m_live->isFollowing())
        m_live->stop();
}

} // namespace Mailwarden
