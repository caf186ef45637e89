#include "remotestream.h"

namespace Mailwarden {

StreamSink::StreamSink(RemoteStream *stream) : m_stream(stream) { }

void StreamSink::deliver(QByteArrayView chunk, bool isStderr)
{
    QMutexLocker locker(&m_mutex);
    QByteArray &pending = isStderr ? m_pendingErr : m_pendingOut;
    pending.append(chunk);
    const qsizetype lastNewline = pending.lastIndexOf('\n');
    if (lastNewline < 0)
        return;
    QByteArrayList lines = pending.first(lastNewline).split('\n');
    pending.remove(0, lastNewline + 1);
    emitLines(std::move(lines), isStderr);
}

void StreamSink::finish(const RemoteResult<int> &result)
{
    QMutexLocker locker(&m_mutex);
    if (m_finished)
        return;
    m_finished = true;
    if (!m_pendingOut.isEmpty())
        emitLines({std::exchange(m_pendingOut, {})}, false);
    if (!m_pendingErr.isEmpty())
        emitLines({std::exchange(m_pendingErr, {})}, true);
    if (m_stream) {
        if (result)
            Q_EMIT m_stream->finished(*result, QString());
        else
            Q_EMIT m_stream->finished(-1, result.error().toString());
    }
}

void StreamSink::detach()
{
    cancel();
    QMutexLocker locker(&m_mutex);
    m_stream = nullptr;
}

void StreamSink::emitLines(QByteArrayList lines, bool isStderr)
{
    if (!m_stream)
        return;
    if (isStderr)
        Q_EMIT m_stream->errorLinesReceived(lines);
    else
        Q_EMIT m_stream->linesReceived(lines);
}

RemoteStream::RemoteStream(QObject *parent) : QObject(parent), m_sink(std::make_shared<StreamSink>(this)) { }

RemoteStream::~RemoteStream()
{
    m_sink->detach();
}

void RemoteStream::cancel()
{
    m_sink->cancel();
}

} // namespace Mailwarden
