#pragma once

#include "pages/backgroundloads.h"
#include "pages/hostpage.h"
#include "queue/queueaction.h"
#include "queue/queuereader.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTabWidget;
class QTimer;
class QTableView;

namespace Mailwarden {

class MessageView;
class QueueModel;

/// The Queue tab: the selected host's mail queue, read in the background and
/// shown while it arrives (100,000 messages stay responsive: QueueModel),
/// filtered by text, queue and age, with the selected message's envelope and
/// every recipient's reason below, and qshape's domain × age view as a second
/// tab. Ages and "next retry" count on while the page is open.
class QueuePage final : public QWidget, public HostPage
{
    Q_OBJECT
public:
    explicit QueuePage(QWidget *parent = nullptr);
    ~QueuePage() override;

    void setActiveHost(const ActiveHost &host) override;

    QueueModel *model() const { return m_model; }
    MessageView *messageView() const { return m_message; }
    QTableView *view() const { return m_view; }
    bool isLoading() const { return m_reader != nullptr; }
    QString statusText() const;
    QString detailsText() const;
    /// The shape table's text, row by row (tab-separated): for tests.
    QStringList shapeRows() const;
    /// The action buttons' QActions (objectName "queueDelete", "queueHold",
    /// "queueRelease", "queueRequeue", "queueFlush", "queueFlushAll").
    QAction *action(Queue::ActionKind kind) const;
    QAction *flushAllAction() const { return m_flushAll; }
    /// The result of the last action, as the status line says it.
    QString lastActionText() const { return m_actionText; }

public Q_SLOTS:
    /// Reads the queue again.
    void refresh();

Q_SIGNALS:
    /// The listing was read completely, or failed: for tests and the status line.
    void loaded();
    /// A listing of \a host ended; \a arrival is its oldest message's (0: the queue is empty).
    void oldestArrivalKnown(const QString &host, qint64 arrival);
    /// The admin changed the queue alarm limits of a host.
    void alarmLimitsChanged();
    /// An action ran (or could not): the queue is read again after it.
    void actionFinished();

private:
    void showState(const QString &text);
    void applyFilter();
    void updateStatus();
    void showDetails();
    void updateShape();
    void readerFinished(const QString &error);
    void runAction(Queue::ActionKind kind, bool wholeQueue = false);
    void showActionResult(Queue::ActionKind kind, const std::expected<Queue::ActionResult, QString> &result);
    void updateActions();
    void editAlarms();
    void reportFlush();

    ActiveHost m_host;
    QueueModel *m_model;
    QPointer<Queue::QueueReader> m_reader;
    QString m_error;
    QStringList m_problems;
    QElapsedTimer m_readTime;
    qint64 m_readMs = -1;

    QStackedWidget *m_stack;
    QLabel *m_stateLabel;
    QLineEdit *m_search;
    QComboBox *m_queueFilter;
    QComboBox *m_ageFilter;
    QPushButton *m_refresh;
    QPushButton *m_alarms;
    QTabWidget *m_tabs;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    MessageView *m_message;
    QComboBox *m_shapeBy;
    QTableWidget *m_shape;
    QLabel *m_status;
    QTimer *m_clock;
    QTimer *m_filterDelay;
    QList<QAction *> m_actions; ///< by ActionKind
    QAction *m_flushAll = nullptr;
    bool m_acting = false;
    QString m_actionText;
    /// After a flush: the messages flushed (empty for the whole queue), looked
    /// up again once the queue is reread.
    std::optional<QStringList> m_flushed;
    QList<Queue::QueueMessage> m_beforeFlush;
    BackgroundLoads m_loads; ///< last: destroyed first, waiting for actions still running
};

} // namespace Mailwarden
