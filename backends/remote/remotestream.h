#pragma once

#include "core/linesplitter.h"
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
/// Lines are bounded (LineSplitter): a line longer than the limit arrives
/// cut to it and is counted in overlongLines().
class StreamSink final
{
public:
    explicit StreamSink(RemoteStream *stream, qsizetype maxLineLength = LineSplitter::kDefaultMaxLineLength);

    /// Worker thread: more output. Complete lines are emitted at once.
    void deliver(QByteArrayView chunk, bool isStderr);
    /// Worker thread: the command ended (exit code) or failed (error). Emits
    /// any unterminated last line, then finished(); only the first call counts.
    void finish(const RemoteResult<int> &result);

    bool isCancelled() const { return m_cancelled.load(); }
    /// Stdout is handed on as it arrives (RemoteStream::bytesReceived), not cut into lines.
    void setRawOutput(bool raw) { m_rawOutput.store(raw); }
    void cancel() { m_cancelled.store(true); }
    /// The stream is going away: nothing more is emitted.
    void detach();
    /// Lines (stdout and stderr) that were longer than the limit and cut.
    /// Lock-free: a receiver of finished() or linesReceived() may ask.
    qint64 overlongLines() const { return m_overlongLines.load(); }

private:
    void emitLines(QByteArrayList lines, bool isStderr);
    void countOverlong();

    mutable QMutex m_mutex;
    RemoteStream *m_stream;
    LineSplitter m_out;
    LineSplitter m_err;
    bool m_finished = false;
    std::atomic_bool m_cancelled = false;
    std::atomic_bool m_rawOutput = false;
    std::atomic<qint64> m_overlongLines = 0;
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
    explicit RemoteStream(QObject *parent = nullptr, qsizetype maxLineLength = LineSplitter::kDefaultMaxLineLength);
    ~RemoteStream() override;

    /// Stops the remote command; finished() follows with Kind::Cancelled.
    void cancel();
    std::shared_ptr<StreamSink> sink() const { return m_sink; }
    /// Stdout arrives as bytesReceived() in the chunks the host sends, for a
    /// reader that splits lines itself (one allocation per chunk, not per
    /// line). Call before the command starts (in Host::stream's connectFirst).
    void setRawOutput() { m_sink->setRawOutput(true); }
    /// Lines longer than the limit (Command::maxLineLength), which arrived cut to it.
    qint64 overlongLines() const { return m_sink->overlongLines(); }

Q_SIGNALS:
    /// Complete stdout lines, without their line feeds (at most the limit each).
    void linesReceived(const QByteArrayList &lines);
    /// Stdout as it arrives, after setRawOutput() (unbounded lines: the reader bounds them).
    void bytesReceived(const QByteArray &bytes);
    /// Complete stderr lines.
    void errorLinesReceived(const QByteArrayList &lines);
    /// The command ended with \a exitCode, or failed: then \a errorMessage
    /// says why for the user and exitCode is -1.
    void finished(int exitCode, const QString &errorMessage);

private:
    std::shared_ptr<StreamSink> m_sink;
};

} // namespace Mailwarden
