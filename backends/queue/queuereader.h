#pragma once

#include "core/mtakind.h"
#include "qmaillog.h"
#include "queuemessage.h"
#include "remote/command.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <expected>
#include <functional>
#include <memory>
#include <optional>

namespace Mailwarden {
class Host;
class RemoteStream;
} // namespace Mailwarden

namespace Mailwarden::Queue {

/// Reads one host's queue in the background and hands the messages over in
/// batches while the listing still arrives, so the first rows show long
/// before a 100,000-message queue is read. Parsing runs on the host's worker
/// thread; messagesArrived() and finished() reach the reader's thread (at
/// most every kBatchInterval, so a receiver in the GUI thread is never
/// flooded). Deleting the reader stops the listing command.
class QueueReader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBatchIntervalMs = 40;
    /// The most messages one messagesArrived() carries.
    static constexpr qsizetype kMaxBatch = 4096;

    /// The reader for \a kind, or nullptr with \a why set when this MTA's
    /// queue cannot be read yet.
    static QueueReader *create(Host &host, MtaKind kind, QObject *parent, QString *why = nullptr);

    ~QueueReader() override;

    virtual void start() = 0;
    void cancel();
    bool isRunning() const { return m_running; }

    /// What the listing said that was not a message (malformed lines), up to a few.
    QStringList problems() const;
    qint64 messagesRead() const;

Q_SIGNALS:
    void messagesArrived(const QList<Mailwarden::Queue::QueueMessage> &batch);
    /// When messages already handed over are tried next (queue id -> seconds
    /// since the epoch), learnt after the listing; before finished().
    void nextRetriesKnown(const QHash<QString, qint64> &nextRetries);
    /// The listing ended: \a error is empty when it was read completely.
    void finished(const QString &error);

protected:
    explicit QueueReader(Host &host, QObject *parent);

    /// Worker thread: \a messages parsed; they are emitted in the next batch.
    void queueMessages(QList<QueueMessage> messages);
    /// Worker thread: a line that was not understood.
    void addProblem(const QString &problem);
    /// Reader's thread: the listing starts; batches are emitted from now on.
    void begin();
    /// Reader's thread: the command ended; hands over what is left (in
    /// batches), then emits nextRetriesKnown(\a nextRetries) unless empty,
    /// and finished(\a error).
    void finish(const QString &error, QHash<QString, qint64> nextRetries = {});

    Host &m_host;
    QPointer<RemoteStream> m_stream;

private:
    void flush();

    struct Shared;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
    bool m_drainQueued = false; ///< a flush at the next turn of the event loop is due
    bool m_finishing = false; ///< finish() was called: finished() follows the last batch
    QString m_finishError;
    QHash<QString, qint64> m_finishRetries;
    QTimer *m_timer = nullptr;
};

/// Postfix: streams `postqueue -j` (no root needed: postqueue is setgid
/// postdrop and anyone may list by default) and parses it line by line. Then,
/// when the host has the root-file helper, `mw-file queue-times postfix`
/// gives each deferred file's time stamp, which qmgr sets to the next
/// delivery attempt (the spool is readable by root only); without it the
/// next retry stays unknown.
class PostfixQueueReader final : public QueueReader
{
    Q_OBJECT
public:
    PostfixQueueReader(Host &host, QObject *parent);
    void start() override;

    /// `postqueue -j` on the host's PATH (and /usr/sbin). Tests replace it by
    /// a command that prints a recorded listing in pieces.
    static Command listingCommand();
    /// "ID MTIME" lines of `mw-file queue-times postfix` as a map; bad lines are skipped.
    static QHash<QString, qint64> parseQueueTimes(const QByteArray &output);
    void setListingCommand(const Command &command) { m_command = command; }

    /// A line of postqueue -j may list thousands of recipients; this bounds it.
    static constexpr qsizetype kMaxLineLength = 32 << 20;

private:
    Command m_command;
};

struct QueueDumpFrame;

/// Sendmail and qmail: their queues are root's, so the root-file helper reads
/// the control files (`sudo -n mw-file queue-list MTA`, read only) and the
/// MTA's own parser turns its frames into messages, off the reader's thread.
/// With a second command (qmail: `mw-file log-tail qmail`, the tail of
/// qmail-send's log, where its deferral reasons are), that runs after the
/// listing and the parser gets its result too; whether it fails is the
/// parser's to say (a note among the problems), never the listing's error.
class HelperQueueReader final : public QueueReader
{
    Q_OBJECT
public:
    /// \a second: the second command's result, nullptr without one.
    using Parse = std::function<QList<QueueMessage>(
        const QList<QueueDumpFrame> &, qint64 now, QStringList *problems, const RemoteResult<CommandResult> *second)>;
    /// The second command, given the host's helper.
    using SecondCommand = std::function<Command(const QString &helper)>;
    HelperQueueReader(Host &host, QByteArray mta, Parse parse, QObject *parent, SecondCommand second = {});
    void start() override;

    /// How much of qmail-send's log the qmail reader reads (its end).
    static constexpr qsizetype kQmailLogTailBytes = qsizetype(4) << 20;
    /// `mw-file log-tail qmail` for the last \a bytes, as root.
    static Command qmailLogTailCommand(const QString &helper, qsizetype bytes = kQmailLogTailBytes);
    /// log-tail's files joined into one log (oldest first, each ending in a
    /// newline); cutAtStart: the first file was read from inside a line.
    struct QmailLogTail {
        QByteArray log;
        bool cutAtStart = false;
    };
    struct QmailLogTailError {
        QString message; ///< translated
        bool outdatedHelper = false; ///< the host's mw-file has no log-tail (exit code 64)
    };
    /// What qmailLogTailCommand() answered, as one log, or why there is none.
    static std::expected<QmailLogTail, QmailLogTailError> qmailLogTail(const RemoteResult<CommandResult> &result);
    /// What the qmail parser makes of log-tail's \a result: the reasons, or
    /// (nullopt) \a note set to why there are none.
    static std::optional<QmailLogReasons> qmailLogReasons(const RemoteResult<CommandResult> &result, QString *note);

private:
    QByteArray m_mta;
    Parse m_parse;
    SecondCommand m_second;
};

} // namespace Mailwarden::Queue
