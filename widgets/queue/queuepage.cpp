#include "queuepage.h"

#include "messageview.h"
#include "queuealarmsdialog.h"
#include "queuemodel.h"
#include "queuewatch.h"
#include "relativetime.h"

#include "core/displaytext.h"
#include "mta/mta.h"
#include "mta/mtasurvey.h"
#include "queue/queuereader.h"
#include "queue/queueshape.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QtConcurrentRun>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Mailwarden {

using Queue::QueueMessage;
using Queue::QueueName;

namespace {
// The age filter's choices, in seconds (0: any age).
constexpr qint64 kAges[] = {0, 10 * 60, 3600, 4 * 3600, 86400, 3 * 86400};
} // namespace

QueuePage::QueuePage(QWidget *parent)
    : QWidget(parent)
    , m_model(new QueueModel(this))
    , m_stack(new QStackedWidget(this))
    , m_stateLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_queueFilter(new QComboBox(this))
    , m_ageFilter(new QComboBox(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_alarms(new QPushButton(tr("Alarms…"), this))
    , m_tabs(new QTabWidget(this))
    , m_view(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_message(new MessageView(this))
    , m_shapeBy(new QComboBox(this))
    , m_shape(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_clock(new QTimer(this))
    , m_filterDelay(new QTimer(this))
    , m_flushAll(new QAction(tr("Flush &Whole Queue"), this))
{
    m_stateLabel->setObjectName(QStringLiteral("queueState"));
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setWordWrap(true);

    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setPlaceholderText(tr("Filter by queue ID, sender, recipient or reason"));
    m_search->setClearButtonEnabled(true);
    m_queueFilter->setObjectName(QStringLiteral("queueFilter"));
    m_queueFilter->addItem(tr("All queues"));
    for (const QueueName queue :
        {QueueName::Deferred, QueueName::Hold, QueueName::Active, QueueName::Incoming, QueueName::Maildrop,
            QueueName::Corrupt, QueueName::Quarantine, QueueName::Lost, QueueName::Todo, QueueName::Submission})
        m_queueFilter->addItem(Queue::queueDisplayName(queue), int(queue));
    m_ageFilter->setObjectName(QStringLiteral("ageFilter"));
    for (const qint64 age : kAges)
        m_ageFilter->addItem(age ? tr("Older than %1").arg(durationText(age)) : tr("Any age"), age);
    m_refresh->setObjectName(QStringLiteral("refreshQueue"));
    m_refresh->setToolTip(tr("Read the queue again"));
    m_alarms->setObjectName(QStringLiteral("queueAlarms"));
    m_alarms->setToolTip(tr("When to warn about this host's queue"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_queueFilter);
    filters->addWidget(m_ageFilter);
    filters->addWidget(m_refresh);
    filters->addWidget(m_alarms);

    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setModel(m_model);
    // A table, not a tree: a QTreeView lays out all its rows again whenever
    // rows arrive (30-40 ms per batch at 100,000), a table only what is shown.
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // before sorting is on: no sort until asked
    m_view->setSortingEnabled(true);
    // The reason is the longest text: it takes what the other columns leave.
    const QFontMetrics metrics = m_view->fontMetrics();
    // Wide enough for a typical value and for the title with its sort arrow.
    const auto width = [this, &metrics](int column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        return qMax(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title) + 20) + 16;
    };
    m_view->setColumnWidth(QueueModel::Id, width(QueueModel::Id, QStringLiteral("0123456789ABCDEF")));
    m_view->setColumnWidth(QueueModel::Queue, width(QueueModel::Queue, Queue::queueDisplayName(QueueName::Deferred)));
    m_view->setColumnWidth(QueueModel::Arrival,
        width(QueueModel::Arrival,
            QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(23, 59, 59)), QLocale::ShortFormat)));
    m_view->setColumnWidth(QueueModel::Size, width(QueueModel::Size, QLocale().formattedDataSize(999999)));
    m_view->setColumnWidth(QueueModel::Sender, width(QueueModel::Sender, QStringLiteral("postmaster@example.com")));
    m_view->setColumnWidth(
        QueueModel::Recipients, width(QueueModel::Recipients, QStringLiteral("postmaster@example.com")));
    m_view->setColumnWidth(QueueModel::NextRetry, width(QueueModel::NextRetry, relativeTime(2 * 3600 + 59 * 60)));

    m_details->setObjectName(QStringLiteral("messageDetails"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a message to see its envelope and why each recipient waits."));

    // The actions, on the selected messages; also the view's context menu.
    auto *actionBar = new QHBoxLayout;
    const struct {
        Queue::ActionKind kind;
        QString text;
        QString name;
        QString tip;
    } actions[] = {
        {Queue::ActionKind::Delete, tr("&Delete…"), QStringLiteral("queueDelete"),
            tr("Remove the selected messages from the queue; nobody is told")},
        {Queue::ActionKind::Hold, tr("H&old…"), QStringLiteral("queueHold"),
            tr("Keep the selected messages in the queue without trying to deliver them")},
        {Queue::ActionKind::Release, tr("Re&lease…"), QStringLiteral("queueRelease"),
            tr("Let held messages be delivered again")},
        {Queue::ActionKind::Requeue, tr("Re&queue…"), QStringLiteral("queueRequeue"),
            tr("Run the selected messages through address rewriting and routing again (after a configuration "
               "change); held ones are released")},
        {Queue::ActionKind::Flush, tr("&Flush…"), QStringLiteral("queueFlush"),
            tr("Try to deliver the selected messages now")},
    };
    for (const auto &a : actions) {
        auto *action = new QAction(a.text, this);
        action->setObjectName(a.name);
        action->setToolTip(a.tip);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // Delete in another tab is not this
        connect(action, &QAction::triggered, this, [this, kind = a.kind] { runAction(kind); });
        m_actions.append(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        actionBar->addWidget(button);
        m_view->addAction(action);
    }
    if (QAction *remove = m_actions.value(int(Queue::ActionKind::Delete)))
        remove->setShortcut(QKeySequence::Delete);
    actionBar->addStretch(1);
    m_flushAll->setObjectName(QStringLiteral("queueFlushAll"));
    m_flushAll->setToolTip(tr("Try to deliver every message in the queue now"));
    connect(m_flushAll, &QAction::triggered, this, [this] { runAction(Queue::ActionKind::Flush, true); });
    auto *flushAll = new QToolButton(this);
    flushAll->setDefaultAction(m_flushAll);
    flushAll->setToolButtonStyle(Qt::ToolButtonTextOnly);
    actionBar->addWidget(flushAll);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *messages = new QWidget(this);
    auto *messagesLayout = new QVBoxLayout(messages);
    messagesLayout->setContentsMargins(0, 0, 0, 0);
    messagesLayout->addLayout(actionBar);
    auto *split = new QSplitter(Qt::Vertical, this);
    messagesLayout->addWidget(split, 1);
    split->addWidget(m_view);
    auto *below = new QTabWidget(this);
    below->setObjectName(QStringLiteral("messageTabs"));
    below->setDocumentMode(true);
    below->addTab(m_details, tr("E&nvelope"));
    below->addTab(m_message, tr("Messa&ge"));
    split->addWidget(below);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    m_shapeBy->setObjectName(QStringLiteral("shapeBy"));
    m_shapeBy->addItem(tr("By recipient domain"), int(Queue::QueueShape::By::RecipientDomain));
    m_shapeBy->addItem(tr("By sender domain"), int(Queue::QueueShape::By::SenderDomain));
    m_shape->setObjectName(QStringLiteral("queueShape"));
    m_shape->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_shape->verticalHeader()->hide();
    m_shape->verticalHeader()->setDefaultSectionSize(m_shape->fontMetrics().height() + 6);
    auto *shapePage = new QWidget(this);
    auto *shapeLayout = new QVBoxLayout(shapePage);
    auto *shapeExplanation = new QLabel(
        tr("Recipients (or senders) of the messages shown, by domain and by age in minutes, as qshape counts them."),
        shapePage);
    shapeExplanation->setWordWrap(true);
    auto *shapeTop = new QHBoxLayout;
    shapeTop->addWidget(shapeExplanation, 1);
    shapeTop->addWidget(m_shapeBy);
    shapeLayout->addLayout(shapeTop);
    shapeLayout->addWidget(m_shape);

    m_tabs->setObjectName(QStringLiteral("queueTabs"));
    m_tabs->addTab(messages, tr("&Messages"));
    m_tabs->addTab(shapePage, tr("S&hape"));

    m_status->setObjectName(QStringLiteral("queueStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(filters);
    contentLayout->addWidget(m_tabs, 1);
    contentLayout->addWidget(m_status);

    m_stack->addWidget(m_stateLabel);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    // Typing narrows after a short pause, so 100,000 rows are not filtered per keystroke.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    connect(m_filterDelay, &QTimer::timeout, this, &QueuePage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_queueFilter, &QComboBox::currentIndexChanged, this, &QueuePage::applyFilter);
    connect(m_ageFilter, &QComboBox::currentIndexChanged, this, &QueuePage::applyFilter);
    connect(m_refresh, &QPushButton::clicked, this, &QueuePage::refresh);
    connect(m_alarms, &QPushButton::clicked, this, &QueuePage::editAlarms);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueuePage::showDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueuePage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePage::showDetails);
    connect(m_model, &QueueModel::sorted, this, &QueuePage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePage::updateStatus);
    connect(m_model, &QueueModel::filtered, this, &QueuePage::updateShape);
    connect(m_shapeBy, &QComboBox::currentIndexChanged, this, &QueuePage::updateShape);
    connect(m_tabs, &QTabWidget::currentChanged, this, &QueuePage::updateShape);
    m_clock->setInterval(30 * 1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_model->setNow(QDateTime::currentSecsSinceEpoch());
        showDetails();
    });
    m_clock->start();

    showState(tr("Select a host in the list on the left to see its mail queue."));
    updateActions();
}

QueuePage::~QueuePage()
{
    delete m_reader; // stops the listing before the model goes
}

void QueuePage::showState(const QString &text)
{
    m_stateLabel->setText(text);
    m_stack->setCurrentIndex(0);
}

void QueuePage::setActiveHost(const ActiveHost &host)
{
    const bool same = host.name == m_host.name && host.state == m_host.state && host.survey == m_host.survey;
    m_host = host;
    if (same)
        return;
    delete m_reader;
    m_message->setMessage(nullptr, MtaKind::Unknown, QString());
    m_model->clear();
    m_error.clear();
    m_problems.clear();
    m_actionText.clear();
    m_flushed.reset();
    updateActions();
    const QString waiting = waitingText(host, tr("Select a host in the list on the left to see its mail queue."),
        tr("Connect to %1 to see its mail queue.").arg(host.name));
    if (!waiting.isEmpty()) {
        showState(waiting);
        return;
    }
    refresh();
}

void QueuePage::refresh()
{
    if (m_host.state != ActiveHost::State::Ready || !m_host.survey || !m_host.survey->mta || !m_host.host)
        return;
    delete m_reader;
    QString why;
    m_reader = Queue::QueueReader::create(*m_host.host, m_host.survey->mta->kind(), this, &why);
    if (!m_reader) {
        showState(why);
        return;
    }
    m_model->clear();
    m_model->setNow(QDateTime::currentSecsSinceEpoch());
    m_error.clear();
    m_problems.clear();
    m_readMs = -1;
    m_stack->setCurrentIndex(1);
    connect(m_reader, &Queue::QueueReader::messagesArrived, this, [this](const QList<QueueMessage> &batch) {
        m_model->appendMessages(batch);
        updateStatus();
    });
    connect(m_reader, &Queue::QueueReader::nextRetriesKnown, m_model, &QueueModel::setNextRetries);
    connect(m_reader, &Queue::QueueReader::finished, this, &QueuePage::readerFinished);
    m_readTime.start();
    m_refresh->setEnabled(false);
    m_reader->start();
    updateStatus();
    updateActions();
}

void QueuePage::readerFinished(const QString &error)
{
    m_readMs = m_readTime.elapsed();
    m_error = error;
    m_problems = m_reader ? m_reader->problems() : QStringList();
    m_reader->deleteLater();
    m_reader = nullptr;
    m_refresh->setEnabled(true);
    m_model->finishLoading();
    if (error.isEmpty()) {
        qint64 oldest = 0;
        for (const QueueMessage &m : m_model->messages()) {
            if (m.arrival > 0 && (oldest == 0 || m.arrival < oldest))
                oldest = m.arrival;
        }
        Q_EMIT oldestArrivalKnown(m_host.name, oldest);
    }
    reportFlush();
    updateStatus();
    updateShape();
    updateActions();
    Q_EMIT loaded();
}

void QueuePage::editAlarms()
{
    if (m_host.name.isEmpty())
        return;
    const QString host = m_host.name;
    QueueAlarmsDialog dialog(host, QueueWatch::thresholds(host), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QueueWatch::setThresholds(host, dialog.limits());
    Q_EMIT alarmLimitsChanged();
}

QAction *QueuePage::action(Queue::ActionKind kind) const
{
    return m_actions.value(int(kind));
}

void QueuePage::updateActions()
{
    const bool ready
        = m_host.state == ActiveHost::State::Ready && m_host.survey && m_host.survey->mta && !m_reader && !m_acting;
    const MtaKind mta = ready ? m_host.survey->mta->kind() : MtaKind::Unknown;
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    for (int i = 0; i < m_actions.size(); ++i) {
        const auto why = Queue::actionUnavailable(Queue::ActionKind(i), mta);
        m_actions.at(i)->setEnabled(ready && !why && selected > 0);
    }
    m_flushAll->setEnabled(ready && !Queue::actionUnavailable(Queue::ActionKind::Flush, mta, true));
    m_alarms->setEnabled(!m_host.name.isEmpty());
}

// Confirms with the number of messages, runs the action off the GUI thread,
// reports per message and reads the queue again.
void QueuePage::runAction(Queue::ActionKind kind, bool wholeQueue)
{
    if (m_acting || m_reader || m_host.state != ActiveHost::State::Ready || !m_host.survey || !m_host.survey->mta)
        return;
    QStringList ids;
    if (!wholeQueue) {
        for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
            if (const QueueMessage *m = m_model->messageAt(index.row()))
                ids.append(m->id);
        }
        if (ids.isEmpty())
            return;
    }
    const int n = int(ids.size());
    QString question;
    switch (kind) {
    case Queue::ActionKind::Delete:
        question = tr("Delete %n message(s) from the queue of %1? Neither sender nor recipients are told; this "
                      "cannot be undone.",
            nullptr, n);
        break;
    case Queue::ActionKind::Hold:
        question = tr("Put %n message(s) in the queue of %1 on hold? They stay until released or deleted.", nullptr, n);
        break;
    case Queue::ActionKind::Release:
        question = tr("Release %n message(s) in the queue of %1 from hold?", nullptr, n);
        break;
    case Queue::ActionKind::Requeue:
        question = tr("Requeue %n message(s) in the queue of %1? Held ones are released.", nullptr, n);
        break;
    case Queue::ActionKind::Flush:
        question = wholeQueue ? tr("Try to deliver every message in the queue of %1 now?")
                              : tr("Try to deliver %n message(s) in the queue of %1 now?", nullptr, n);
        break;
    }
    QMessageBox confirm(QMessageBox::Question, tr("Mail Queue"), question.arg(m_host.name), QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmQueueAction"));
    if (m_host.survey->mta->kind() == MtaKind::Qmail && !wholeQueue)
        confirm.setInformativeText(tr("qmail's queue files may only be changed while qmail-send is stopped: it is "
                                      "stopped for a moment (deliveries under way finish first) and started again."));
    QPushButton *yes = confirm.addButton(Queue::actionName(kind),
        kind == Queue::ActionKind::Delete ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    confirm.setDefaultButton(
        kind == Queue::ActionKind::Delete ? qobject_cast<QPushButton *>(confirm.button(QMessageBox::Cancel)) : yes);
    const QString name = m_host.name;
    Host *host = m_host.host;
    const auto survey = m_host.survey;
    confirm.exec();
    // The dialog ran its own event loop: the host may have gone or changed meanwhile.
    if (confirm.clickedButton() != yes || m_host.name != name || m_host.host != host || m_host.survey != survey
        || m_host.state != ActiveHost::State::Ready || !survey || !survey->mta || m_reader || m_acting)
        return;

    m_acting = true;
    m_actionText = tr("%1: running on %n message(s)…", nullptr, n).arg(Queue::actionName(kind));
    updateActions();
    updateStatus();
    if (kind == Queue::ActionKind::Flush) {
        m_flushed = ids;
        m_beforeFlush.clear();
        const QSet<QString> flushed(ids.cbegin(), ids.cend());
        for (const QueueMessage &m : m_model->messages()) {
            if (wholeQueue || flushed.contains(m.id))
                m_beforeFlush.append(m);
        }
    }
    const MtaKind mta = survey->mta->kind();
    m_loads.track(QtConcurrent::run([host, mta, kind, ids] { return Queue::runQueueAction(*host, mta, kind, ids); }))
        .then(this, [this, kind, name](const std::expected<Queue::ActionResult, QString> &result) {
            m_acting = false;
            if (name != m_host.name) {
                updateActions();
                return;
            }
            showActionResult(kind, result);
            Q_EMIT actionFinished();
            // A flush needs a moment for the MTA to try; the rest shows at once.
            if (kind == Queue::ActionKind::Flush && result)
                QTimer::singleShot(std::chrono::seconds(5), this, &QueuePage::refresh);
            else
                refresh();
        });
}

void QueuePage::showActionResult(Queue::ActionKind kind, const std::expected<Queue::ActionResult, QString> &result)
{
    if (!result) {
        m_flushed.reset();
        m_actionText = tr("%1 failed: %2").arg(Queue::actionName(kind), displayText(result.error()));
        updateStatus();
        updateActions();
        QMessageBox box(QMessageBox::Warning, tr("Mail Queue"), m_actionText, QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("queueActionResult"));
        box.exec();
        return;
    }
    m_actionText = tr("%1: %2").arg(Queue::actionName(kind), result->summary());
    if (kind == Queue::ActionKind::Flush)
        m_actionText += u' ' + tr("Reading the queue again in a few seconds to see what left it.");
    updateStatus();
    updateActions();
    if (result->messages.isEmpty() || result->count(Queue::MessageOutcome::Kind::Done) == result->messages.size())
        return; // all done: the status line says it; a dialog only for what did not go as asked
    QStringList details;
    for (const Queue::MessageOutcome &m : result->messages)
        details.append(tr("%1: %2").arg(m.id, displayText(m.detail, LineBreaks::Join)));
    QMessageBox box(QMessageBox::Information, tr("Mail Queue"), m_actionText, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("queueActionResult"));
    box.setDetailedText(details.join(u'\n') + u"\n\n" + result->commandLine + u'\n' + displayText(result->output));
    box.exec();
}

// After a flush and the reread: how many of the flushed messages left the
// queue, how many still wait and why (the most common reasons).
void QueuePage::reportFlush()
{
    if (!m_flushed || !m_error.isEmpty())
        return;
    QSet<QString> flushed;
    for (const QueueMessage &m : std::as_const(m_beforeFlush))
        flushed.insert(m.id);
    QSet<QString> still;
    QHash<QString, int> reasons;
    for (const QueueMessage &m : m_model->messages()) {
        if (!flushed.contains(m.id))
            continue;
        still.insert(m.id);
        ++reasons[m.reason().isEmpty() ? tr("no reason given yet") : m.reason()];
    }
    const int left = int(m_beforeFlush.size() - still.size());
    QStringList why;
    QList<QPair<int, QString>> sorted;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::ranges::sort(sorted, [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[count, reason] : sorted.first(qMin<qsizetype>(sorted.size(), 3)))
        why.append(tr("%1 (%2)").arg(displayText(reason, LineBreaks::Join)).arg(count));
    m_actionText = tr("Flush: %1 of %2 messages left the queue (delivered or returned); %3 still wait.")
                       .arg(left)
                       .arg(m_beforeFlush.size())
                       .arg(still.size());
    if (!why.isEmpty())
        m_actionText += u' ' + tr("Why: %1").arg(why.join(QStringLiteral("; ")));
    m_flushed.reset();
    m_beforeFlush.clear();
}

void QueuePage::applyFilter()
{
    Queue::QueueFilter filter;
    filter.text = m_search->text().trimmed();
    if (const QVariant queue = m_queueFilter->currentData(); queue.isValid())
        filter.queue = QueueName(queue.toInt());
    filter.olderThan = m_ageFilter->currentData().toLongLong();
    m_model->setFilter(filter); // the shape follows when the rows are filtered
}

QString QueuePage::statusText() const
{
    return m_status->text();
}

void QueuePage::updateStatus()
{
    const auto &all = m_model->messages();
    const qsizetype held = std::ranges::count_if(all, [](const QueueMessage &m) {
        return m.queue == QueueName::Hold || m.queue == QueueName::Quarantine; // Sendmail's way of holding
    });
    const QLocale locale;
    QString text;
    if (m_reader) {
        text = tr("Reading the queue of %1… %2 messages so far.").arg(m_host.name, locale.toString(qint64(all.size())));
    } else if (!m_error.isEmpty()) {
        text = tr("The queue of %1 could not be read completely: %2").arg(m_host.name, displayText(m_error));
    } else {
        text = all.empty() ? tr("The queue of %1 is empty.").arg(m_host.name)
                           : tr("%1 messages in the queue of %2, %3 on hold; %4 shown.")
                                 .arg(locale.toString(qint64(all.size())), m_host.name, locale.toString(held),
                                     locale.toString(m_model->rowCount()));
        if (m_readMs >= 0)
            text += u' ' + tr("Read in %1 s.").arg(locale.toString(double(m_readMs) / 1000.0, 'f', 1));
    }
    if (!m_actionText.isEmpty())
        text += u'\n' + m_actionText;
    if (!m_problems.isEmpty())
        text += u'\n' + tr("Not understood: %1").arg(displayText(m_problems.join(QStringLiteral("; "))));
    m_status->setText(text);
}

QString QueuePage::detailsText() const
{
    return m_details->toPlainText();
}

void QueuePage::showDetails()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const QueueMessage *m = rows.size() == 1 ? m_model->messageAt(rows.first().row()) : nullptr;
    const bool ready = m && m_host.host && m_host.survey && m_host.survey->mta;
    m_message->setMessage(ready ? m_host.host : nullptr, ready ? m_host.survey->mta->kind() : MtaKind::Unknown,
        ready ? m->id : QString());
    if (rows.size() != 1) {
        m_details->setPlainText(rows.isEmpty() ? QString() : tr("%n messages selected.", nullptr, int(rows.size())));
        return;
    }
    if (!m) {
        m_details->clear();
        return;
    }
    const QLocale locale;
    const qint64 now = m_model->now();
    QStringList lines;
    lines << tr("Queue ID: %1").arg(m->id) << tr("Queue: %1").arg(Queue::queueDisplayName(m->queue));
    if (m->arrival > 0)
        lines << tr("Arrived: %1 (%2 ago)")
                     .arg(locale.toString(QDateTime::fromSecsSinceEpoch(m->arrival), QLocale::LongFormat),
                         durationText(now - m->arrival));
    if (m->size >= 0)
        lines << tr("Size: %1").arg(locale.formattedDataSize(m->size));
    lines
        << tr("Sender: %1").arg(m->sender.isEmpty() ? QStringLiteral("<>") : displayText(m->sender, LineBreaks::Join));
    if (m->tries >= 0)
        lines << tr("Delivery attempts: %1").arg(m->tries);
    if (m->lastAttempt > 0)
        lines << tr("Last attempt: %1 (%2 ago)")
                     .arg(locale.toString(QDateTime::fromSecsSinceEpoch(m->lastAttempt), QLocale::LongFormat),
                         durationText(qMax<qint64>(0, now - m->lastAttempt)));
    if (m->nextRetry > 0) {
        const QString when = locale.toString(QDateTime::fromSecsSinceEpoch(m->nextRetry), QLocale::LongFormat);
        lines << (m->retryKind == Queue::RetryKind::Estimate
                ? tr("Next retry: %1 (about %2; an estimate from the retry schedule)")
                : tr("Next retry: %1 (%2)"))
                     .arg(relativeTime(m->nextRetry - now), when);
    }
    if (m->forcedExpire)
        lines << tr("Marked to be returned to the sender at the next delivery attempt.");
    lines << QString() << tr("Recipients (%1):").arg(m->recipients.size());
    for (const Queue::QueueRecipient &r : m->recipients) {
        lines << u"  " + displayText(r.address, LineBreaks::Join);
        if (!r.reason.isEmpty())
            lines << u"      " + displayText(r.reason, LineBreaks::Join);
    }
    m_details->setPlainText(lines.join(u'\n'));
}

QStringList QueuePage::shapeRows() const
{
    QStringList rows;
    for (int r = 0; r < m_shape->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_shape->columnCount(); ++c)
            cells.append(m_shape->item(r, c) ? m_shape->item(r, c)->text() : QString());
        rows.append(cells.join(u'\t'));
    }
    return rows;
}

void QueuePage::updateShape()
{
    if (m_tabs->currentIndex() != 1 || m_reader)
        return; // made when it is looked at, from the complete listing
    const auto by = Queue::QueueShape::By(m_shapeBy->currentData().toInt());
    const Queue::QueueShape shape = Queue::QueueShape::of(m_model->visibleMessages(), by, m_model->now());
    m_shape->clear();
    m_shape->setColumnCount(int(shape.headings.size()) + 2);
    m_shape->setRowCount(int(shape.rows.size()));
    QStringList headings {
        by == Queue::QueueShape::By::SenderDomain ? tr("Sender Domain") : tr("Recipient Domain"), tr("Total")};
    headings += shape.headings;
    m_shape->setHorizontalHeaderLabels(headings);
    for (int r = 0; r < shape.rows.size(); ++r) {
        const auto &row = shape.rows.at(r);
        auto *domain = new QTableWidgetItem(r == 0 ? tr("All domains") : displayText(row.domain, LineBreaks::Join));
        if (r == 0) {
            QFont bold = domain->font();
            bold.setBold(true);
            domain->setFont(bold);
        }
        m_shape->setItem(r, 0, domain);
        auto *total = new QTableWidgetItem(QString::number(row.total));
        total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_shape->setItem(r, 1, total);
        for (int b = 0; b < row.buckets.size(); ++b) {
            auto *cell = new QTableWidgetItem(row.buckets.at(b) ? QString::number(row.buckets.at(b)) : QString());
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_shape->setItem(r, b + 2, cell);
        }
    }
    m_shape->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_shape->columnCount(); ++c)
        m_shape->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

} // namespace Mailwarden
