#pragma once

#include "queue/queuefilter.h"
#include "queue/queuemessage.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

#include <vector>

namespace Mailwarden {

/// The messages of one host's queue for a view: rows arrive in batches while
/// the listing is read (appended, never a reset); filtering and sorting run
/// off the GUI thread on a shared copy of the list, then swap the new rows in
/// (a sort keeps the selection: layoutChanged with persistent indexes).
/// The model keeps every message once and the visible ones as indexes.
class QueueModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Queue, Arrival, Size, Sender, Recipients, NextRetry, Reason, ColumnCount };
    /// The message's queue id (QString), any column.
    static constexpr int MessageIdRole = Qt::UserRole + 1;
    /// Seconds since the epoch of the Arrival and NextRetry columns (qint64; 0 unknown).
    static constexpr int TimeRole = Qt::UserRole + 2;

    explicit QueueModel(QObject *parent = nullptr);
    ~QueueModel() override;

    /// Forgets every message (a new listing starts).
    void clear();
    void appendMessages(const QList<Queue::QueueMessage> &messages);
    /// When deferred messages are tried next (queue id -> epoch seconds; exact).
    void setNextRetries(const QHash<QString, qint64> &nextRetries);
    /// The listing is complete: a sort chosen while it arrived is done again over all of it.
    void finishLoading();

    void setFilter(const Queue::QueueFilter &filter);
    const Queue::QueueFilter &filter() const { return m_filter; }
    /// The time ages and retries are counted from (seconds since the epoch).
    void setNow(qint64 now);
    qint64 now() const { return m_now; }

    /// Every message read, whether shown or not.
    const QList<Queue::QueueMessage> &messages() const { return m_messages; }
    /// The messages the filter shows, in view order.
    QList<Queue::QueueMessage> visibleMessages() const;
    const Queue::QueueMessage *messageAt(int row) const;
    int rowOfId(const QString &id) const;
    bool isSorting() const { return m_sortWatcher.isRunning(); }
    bool isFiltering() const { return m_filterWatcher.isRunning(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// A sort finished and its order is shown (for tests and the status line).
    void sorted();
    /// A new filter's rows are shown.
    void filtered();

private:
    void startSort();
    void applyOrder(std::vector<qint32> order);
    void refilter();

    /// Implicitly shared: a sort or filter works on a copy of the list (no
    /// deep copy unless batches arrive meanwhile) on another thread.
    QList<Queue::QueueMessage> m_messages;
    std::vector<qint32> m_order; ///< every message, in sort order (new ones at the end)
    std::vector<qint32> m_visible; ///< the filtered part of m_order
    Queue::QueueFilter m_filter;
    qint64 m_now = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    quint64 m_generation = 0; ///< counts clear(): results of work on an older list are dropped
    quint64 m_sortGeneration = 0;
    quint64 m_filterGeneration = 0;
    QFutureWatcher<std::vector<qint32>> m_sortWatcher;
    QFutureWatcher<std::vector<qint32>> m_filterWatcher;
    bool m_filterPending = false;
    qint32 m_filteredCount = 0; ///< messages the running filter was given
};

} // namespace Mailwarden
