#include "queuepage.h"

#include "queuemodel.h"
#include "relativetime.h"

#include "core/displaytext.h"
#include "mta/mta.h"
#include "mta/mtasurvey.h"
#include "queue/queuereader.h"
#include "queue/queueshape.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
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
    , m_tabs(new QTabWidget(this))
    , m_view(new QTreeView(this))
    , m_details(new QPlainTextEdit(this))
    , m_shapeBy(new QComboBox(this))
    , m_shape(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_clock(new QTimer(this))
    , m_filterDelay(new QTimer(this))
{
    m_stateLabel->setObjectName(QStringLiteral("queueState"));
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setWordWrap(true);

    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setPlaceholderText(tr("Filter by queue ID, sender, recipient or reason"));
    m_search->setClearButtonEnabled(true);
    m_queueFilter->setObjectName(QStringLiteral("queueFilter"));
    m_queueFilter->addItem(tr("All queues"));
    for (const QueueName queue : {QueueName::Deferred, QueueName::Hold, QueueName::Active, QueueName::Incoming,
             QueueName::Maildrop, QueueName::Corrupt})
        m_queueFilter->addItem(Queue::queueDisplayName(queue), int(queue));
    m_ageFilter->setObjectName(QStringLiteral("ageFilter"));
    for (const qint64 age : kAges)
        m_ageFilter->addItem(age ? tr("Older than %1").arg(durationText(age)) : tr("Any age"), age);
    m_refresh->setObjectName(QStringLiteral("refreshQueue"));
    m_refresh->setToolTip(tr("Read the queue again"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_queueFilter);
    filters->addWidget(m_ageFilter);
    filters->addWidget(m_refresh);

    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    // The reason is the longest text: it takes what the other columns leave.
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto width = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 16; };
    m_view->setColumnWidth(QueueModel::Id, width(QStringLiteral("0123456789AB")));
    m_view->setColumnWidth(QueueModel::Queue, width(Queue::queueDisplayName(QueueName::Deferred)));
    m_view->setColumnWidth(QueueModel::Arrival,
        width(QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(23, 59, 59)), QLocale::ShortFormat)));
    m_view->setColumnWidth(QueueModel::Size, width(QLocale().formattedDataSize(999999)));
    m_view->setColumnWidth(QueueModel::Sender, width(QStringLiteral("postmaster@example.com")));
    m_view->setColumnWidth(QueueModel::Recipients, width(QStringLiteral("postmaster@example.com")));
    m_view->setColumnWidth(QueueModel::NextRetry, width(relativeTime(2 * 3600 + 59 * 60)));

    m_details->setObjectName(QStringLiteral("messageDetails"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a message to see its envelope and why each recipient waits."));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
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
    m_tabs->addTab(split, tr("&Messages"));
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
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueuePage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePage::showDetails);
    connect(m_model, &QueueModel::sorted, this, &QueuePage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePage::updateStatus);
    connect(m_shapeBy, &QComboBox::currentIndexChanged, this, &QueuePage::updateShape);
    connect(m_tabs, &QTabWidget::currentChanged, this, &QueuePage::updateShape);
    m_clock->setInterval(30 * 1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_model->setNow(QDateTime::currentSecsSinceEpoch());
        showDetails();
    });
    m_clock->start();

    showState(tr("Select a host in the list on the left to see its mail queue."));
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
    m_model->clear();
    m_error.clear();
    m_problems.clear();
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
    connect(m_reader, &Queue::QueueReader::finished, this, &QueuePage::readerFinished);
    m_readTime.start();
    m_refresh->setEnabled(false);
    m_reader->start();
    updateStatus();
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
    updateStatus();
    updateShape();
    Q_EMIT loaded();
}

void QueuePage::applyFilter()
{
    Queue::QueueFilter filter;
    filter.text = m_search->text().trimmed();
    if (const QVariant queue = m_queueFilter->currentData(); queue.isValid())
        filter.queue = QueueName(queue.toInt());
    filter.olderThan = m_ageFilter->currentData().toLongLong();
    m_model->setFilter(filter);
    updateShape();
}

QString QueuePage::statusText() const
{
    return m_status->text();
}

void QueuePage::updateStatus()
{
    const auto &all = m_model->messages();
    const qsizetype held = std::ranges::count_if(all, [](const QueueMessage &m) { return m.queue == QueueName::Hold; });
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
    if (rows.size() != 1) {
        m_details->setPlainText(rows.isEmpty() ? QString() : tr("%n messages selected.", nullptr, int(rows.size())));
        return;
    }
    const QueueMessage *m = m_model->messageAt(rows.first().row());
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
    if (m->nextRetry > 0)
        lines << tr("Next retry: %1 (%2)")
                     .arg(relativeTime(m->nextRetry - now),
                         locale.toString(QDateTime::fromSecsSinceEpoch(m->nextRetry), QLocale::LongFormat));
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
