#pragma once

#include "remoteerror.h"

#include <QByteArrayList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

namespace Mailwarden {

class RemoteStream;

/// The worker's side of a RemoteStream: the host's worker thread feeds bytes
/// in; the sink cuts them into lines and emits them on the RemoteStream,
/// whose signals reach receivers in other threads queued. Shared by the
/// worker and the stream, so either may go first: a deleted stream just
/// stops receiving, and a stream deleted by its owner cancels the command.
class StreamSink final
{
public:
    explicit StreamSink(RemoteStream *stream);

    /// Worker thread: more output. Complete lines are emitted at once.
    void deliver(QByteArrayView chunk, bool isStderr);
    /// Worker thread: the command ended (exit code) or failed (error). Emits
    /// any unterminated last line, then finished(); only the first call counts.
    void finish(const RemoteResult<int> &result);

    bool isCancelled() const { return m_cancelled.load(); }
    void cancel() { m_cancelled.store(true); }
    /// The stream is going away: nothing more is emitted.
    void detach();

private:
    void emitLines(QByteArrayList lines, bool isStderr);

    QMutex m_mutex;
    RemoteStream *m_stream;
    QByteArray m_pendingOut;
    QByteArray m_pendingErr;
    bool m_finished = false;
    std::atomic_bool m_cancelled = false;
};

/// A command whose output arrives line by line while it runs (`tail -F
/// /var/log/mail.log`): made by Host::stream(), owned by the caller (Qt parent).
/// Signals are emitted from the host's worker thread; connect receivers that
/// live in the GUI thread and they run there. Deleting the stream or calling
/// cancel() stops the remote command.
class RemoteStream final : public QObject
{
    Q_OBJECT
public:
    explicit RemoteStream(QObject *parent = nullptr);
    ~RemoteStream() override;

    /// Stops the remote command; finished() follows with Kind::Cancelled.
    void cancel();
    std::shared_ptr<StreamSink> sink() const { return m_sink; }

Q_SIGNALS:
    /// Complete stdout lines, without their line feeds.
    void linesReceived(const QByteArrayList &lines);
    /// Complete stderr lines.
    void errorLinesReceived(const QByteArrayList &lines);
    /// The command ended with \a exitCode, or failed: then \a errorMessage
    /// says why for the user and exitCode is -1.
    void finished(int exitCode, const QString &errorMessage);

private:
    std::shared_ptr<StreamSink> m_sink;
};

} // namespace Mailwarden
