#include "queuemodel.h"

#include "relativetime.h"

#include <QDateTime>
#include <QLocale>
#include <QtConcurrentRun>

#include <algorithm>
#include <numeric>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Mailwarden {

using Queue::QueueMessage;

namespace {

QString senderText(const QString &sender)
{
    return sender.isEmpty() ? QStringLiteral("<>") : sender;
}

QString localTime(qint64 epoch)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(epoch), QLocale::ShortFormat);
}

} // namespace

QueueModel::QueueModel(QObject *parent) : QAbstractTableModel(parent), m_now(QDateTime::currentSecsSinceEpoch())
{
    connect(&m_sortWatcher, &QFutureWatcher<std::vector<qint32>>::finished, this, [this] {
        if (!m_sortWatcher.isCanceled())
            applyOrder(m_sortWatcher.result());
    });
    connect(&m_filterWatcher, &QFutureWatcher<std::vector<qint32>>::finished, this, [this] {
        if (m_filterWatcher.isCanceled())
            return;
        std::vector<qint32> visible = m_filterWatcher.result();
        if (m_filterGeneration != m_generation) // cleared meanwhile: the result is of another list
            visible.clear();
        if (m_filterPending || m_filterGeneration != m_generation) { // the filter changed again meanwhile
            m_filterPending = false;
            refilter();
            return;
        }
        // Messages that arrived meanwhile were filtered as they came; they
        // follow the ones filtered here, as in m_order.
        std::vector<char> seen(std::size_t(m_messages.size()), 0);
        for (const qint32 i : visible)
            seen[std::size_t(i)] = 1;
        beginResetModel();
        m_visible = std::move(visible);
        for (qint32 i = 0; i < qint32(m_messages.size()); ++i) {
            if (!seen[std::size_t(i)] && i >= m_filteredCount
                && (m_filter.isEmpty() || m_filter.matches(m_messages[i], m_now)))
                m_visible.push_back(i);
        }
        endResetModel();
        Q_EMIT filtered();
    });
}

QueueModel::~QueueModel()
{
    m_sortWatcher.waitForFinished();
    m_filterWatcher.waitForFinished();
}

void QueueModel::clear()
{
    beginResetModel();
    m_messages.clear();
    m_order.clear();
    m_visible.clear();
    ++m_generation;
    endResetModel();
}

void QueueModel::appendMessages(const QList<QueueMessage> &messages)
{
    if (messages.isEmpty())
        return;
    const auto first = qint32(m_messages.size());
    m_messages.append(messages);
    std::vector<qint32> shown;
    for (qint32 i = first; i < qint32(m_messages.size()); ++i) {
        m_order.push_back(i);
        if (m_filter.isEmpty() || m_filter.matches(m_messages[i], m_now))
            shown.push_back(i);
    }
    if (shown.empty() || m_filterWatcher.isRunning()) // a running filter adds them when it ends
        return;
    beginInsertRows({}, int(m_visible.size()), int(m_visible.size() + shown.size()) - 1);
    m_visible.insert(m_visible.end(), shown.begin(), shown.end());
    endInsertRows();
}

void QueueModel::setNextRetries(const QHash<QString, qint64> &nextRetries)
{
    if (nextRetries.isEmpty())
        return;
    for (QueueMessage &m : m_messages) {
        if (m.queue != Queue::QueueName::Deferred)
            continue;
        if (const auto it = nextRetries.constFind(m.id); it != nextRetries.constEnd()) {
            m.nextRetry = *it;
            m.retryKind = Queue::RetryKind::Exact;
        }
    }
    if (!m_visible.empty())
        Q_EMIT dataChanged(index(0, NextRetry), index(rowCount() - 1, NextRetry));
}

void QueueModel::finishLoading()
{
    // The parser's batches are freed now: give the heap's free pages back
    // (at 100,000 messages about 80 bytes a message). The list itself is not
    // squeezed: that copies it on the GUI thread, and its spare room is
    // memory never touched.
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    if (m_sortColumn >= 0)
        startSort();
}

void QueueModel::setFilter(const Queue::QueueFilter &filter)
{
    m_filter = filter;
    refilter();
}

void QueueModel::setNow(qint64 now)
{
    // The age filter keeps the time it was applied at (refiltering resets the
    // view and its selection every tick); Refresh or a filter change renews it.
    m_now = now;
    if (!m_visible.empty())
        Q_EMIT dataChanged(index(0, Arrival), index(rowCount() - 1, ColumnCount - 1));
}

// 100,000 messages take longer to filter than a frame: the work runs on a
// shared copy of the list while the view keeps showing the old rows.
void QueueModel::refilter()
{
    if (m_filterWatcher.isRunning()) {
        m_filterPending = true;
        return;
    }
    if (m_filter.isEmpty()) { // every row: no need for another thread
        beginResetModel();
        m_visible = m_order;
        endResetModel();
        Q_EMIT filtered();
        return;
    }
    m_filteredCount = qint32(m_messages.size());
    m_filterGeneration = m_generation;
    m_filterWatcher.setFuture(
        QtConcurrent::run([messages = m_messages, order = m_order, filter = m_filter, now = m_now] {
            std::vector<qint32> visible;
            visible.reserve(order.size());
            for (const qint32 i : order) {
                if (filter.isEmpty() || filter.matches(messages[i], now))
                    visible.push_back(i);
            }
            return visible;
        }));
}

QList<QueueMessage> QueueModel::visibleMessages() const
{
    QList<QueueMessage> list;
    list.reserve(qsizetype(m_visible.size()));
    for (const qint32 i : m_visible)
        list.append(m_messages[i]);
    return list;
}

const QueueMessage *QueueModel::messageAt(int row) const
{
    if (row < 0 || std::size_t(row) >= m_visible.size())
        return nullptr;
    return &m_messages[m_visible[std::size_t(row)]];
}

int QueueModel::rowOfId(const QString &id) const
{
    for (std::size_t row = 0; row < m_visible.size(); ++row) {
        if (m_messages[m_visible[row]].id == id)
            return int(row);
    }
    return -1;
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    const QueueMessage *m = index.isValid() ? messageAt(index.row()) : nullptr;
    if (!m)
        return {};
    if (role == MessageIdRole)
        return m->id;
    if (role == TimeRole) {
        if (index.column() == Arrival)
            return m->arrival;
        if (index.column() == NextRetry)
            return m->nextRetry;
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(index.column())) {
    case Id:
        return m->forcedExpire && tip ? tr("%1: marked to be returned to the sender at the next attempt").arg(m->id)
                                      : m->id;
    case Queue:
        return Queue::queueDisplayName(m->queue);
    case Arrival:
        if (m->arrival <= 0)
            return tip ? tr("The listing does not say when it arrived.") : QString();
        return tip ? tr("Arrived %1 (%2 ago)").arg(localTime(m->arrival), durationText(m_now - m->arrival))
                   : localTime(m->arrival);
    case Size:
        if (m->size < 0)
            return {};
        return tip ? tr("%n byte(s)", nullptr, int(qMin<qint64>(m->size, INT_MAX)))
                   : QLocale().formattedDataSize(m->size);
    case Sender:
        return tip && m->sender.isEmpty() ? tr("The null sender: a bounce or a delivery notice")
                                          : senderText(m->sender);
    case Recipients:
        if (m->recipients.isEmpty())
            return {};
        if (tip) {
            QStringList lines;
            for (const Queue::QueueRecipient &r :
                std::as_const(m->recipients).first(qMin<qsizetype>(m->recipients.size(), 20)))
                lines.append(r.reason.isEmpty() ? r.address : tr("%1: %2").arg(r.address, r.reason));
            if (m->recipients.size() > 20)
                lines.append(tr("… %n more", nullptr, int(m->recipients.size() - 20)));
            return lines.join(u'\n');
        }
        return m->recipients.size() == 1
            ? m->recipients.first().address
            : tr("%1 (+%n more)", nullptr, int(m->recipients.size() - 1)).arg(m->recipients.first().address);
    case Reason:
        return m->reason();
    case NextRetry:
        if (m->nextRetry <= 0) {
            if (!tip)
                return QStringLiteral("—");
            if (m->queue == Queue::QueueName::Active || m->queue == Queue::QueueName::Incoming
                || m->queue == Queue::QueueName::Maildrop)
                return tr("Being delivered now, not waiting for a retry.");
            if (m->queue == Queue::QueueName::Submission)
                return tr("Handed in on the host, waiting for the mail server to take it: the submission "
                          "queue's own run, or Flush, hands it over.");
            return m->queue == Queue::QueueName::Hold || m->queue == Queue::QueueName::Quarantine
                ? tr("On hold: not retried until released.")
                : tr("Not known: the deferred queue's time stamps need the "
                     "root-file helper (Host ▸ Prepare Host…).");
        }
        if (m->nextRetry <= m_now) // the time has come: the next scan of the deferred queue takes it
            return tip ? tr("Due since %1: tried at the mail server's next queue run.").arg(localTime(m->nextRetry))
                       : tr("due");
        if (tip)
            return m->retryKind == Queue::RetryKind::Estimate
                ? tr("About %1 (an estimate from the retry schedule)").arg(localTime(m->nextRetry))
                : localTime(m->nextRetry);
        return relativeTime(m->nextRetry - m_now);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("Queue ID");
    case Queue:
        return tr("Queue");
    case Arrival:
        return tr("Arrived");
    case Size:
        return tr("Size");
    case Sender:
        return tr("Sender");
    case Recipients:
        return tr("Recipients");
    case Reason:
        return tr("Reason");
    case NextRetry:
        return tr("Next Retry");
    case ColumnCount:
        break;
    }
    return {};
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        m_sortColumn = -1; // no sort: new rows stay in arrival order
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    startSort();
}

// The sort runs on another thread over a shared copy of the list (no copy is
// made here: taking the keys on this thread cost 190 ms at 100,000 ids). A
// batch arriving meanwhile detaches the list once; its messages follow the
// sorted ones (applyOrder).
void QueueModel::startSort()
{
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    m_sortGeneration = m_generation;
    m_sortWatcher.setFuture(QtConcurrent::run([messages = std::as_const(m_messages), column, descending] {
        std::vector<qint32> order(std::size_t(messages.size()));
        std::iota(order.begin(), order.end(), 0);
        const auto number = [column](const QueueMessage &m) -> qint64 {
            switch (Column(column)) {
            case Arrival:
                return m.arrival;
            case Size:
                return m.size;
            case NextRetry:
                return m.nextRetry > 0 ? m.nextRetry : std::numeric_limits<qint64>::max();
            case Queue:
                return qint64(m.queue);
            default:
                return 0;
            }
        };
        const auto text = [column](const QueueMessage &m) -> QString {
            switch (Column(column)) {
            case Id:
                return m.id;
            case Sender:
                return m.sender;
            case Recipients:
                return m.recipients.isEmpty() ? QString() : m.recipients.first().address;
            case Reason:
                return m.reason();
            default:
                return {};
            }
        };
        // The keys once, here: comparing through the messages copied a QString per comparison.
        const bool numeric = column == Arrival || column == Size || column == NextRetry || column == Queue;
        std::vector<qint64> numbers;
        std::vector<QString> texts;
        if (numeric) {
            numbers.reserve(order.size());
            for (const QueueMessage &m : messages)
                numbers.push_back(number(m));
        } else {
            texts.reserve(order.size());
            for (const QueueMessage &m : messages)
                texts.push_back(text(m));
        }
        const auto less = [&](qint32 a, qint32 b) {
            const std::size_t x = std::size_t(descending ? b : a);
            const std::size_t y = std::size_t(descending ? a : b);
            if (numeric)
                return numbers[x] < numbers[y];
            return texts[x].compare(texts[y], Qt::CaseInsensitive) < 0;
        };
        std::stable_sort(order.begin(), order.end(), less);
        return order;
    }));
}

void QueueModel::applyOrder(std::vector<qint32> order)
{
    // Messages that arrived while the sort ran follow, in arrival order.
    for (auto i = qint32(order.size()); i < qint32(m_messages.size()); ++i)
        order.push_back(i);
    if (m_sortGeneration != m_generation || qsizetype(order.size()) != m_messages.size())
        return; // cleared meanwhile
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint32> persistentMessages;
    persistentMessages.reserve(std::size_t(before.size()));
    for (const QModelIndex &index : before)
        persistentMessages.push_back(m_visible[std::size_t(index.row())]);
    // The rows shown stay the same ones (m_visible holds exactly the messages
    // the filter takes), only in the new order: no filter pass here.
    std::vector<char> shown(std::size_t(m_messages.size()), 0);
    for (const qint32 i : m_visible)
        shown[std::size_t(i)] = 1;
    m_order = std::move(order);
    m_visible.clear();
    std::vector<qint32> rowOf(std::size_t(m_messages.size()), -1);
    for (const qint32 i : m_order) {
        if (shown[std::size_t(i)]) {
            rowOf[std::size_t(i)] = qint32(m_visible.size());
            m_visible.push_back(i);
        }
    }
    if (m_filterWatcher.isRunning())
        m_filterPending = true; // it filters the old order: filter again when it ends
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype k = 0; k < before.size(); ++k) {
        const qint32 row = rowOf[std::size_t(persistentMessages[std::size_t(k)])];
        after.append(row < 0 ? QModelIndex() : index(row, before[k].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT sorted();
}

} // namespace Mailwarden
