#include "remotestream.h"

namespace Mailwarden {

StreamSink::StreamSink(RemoteStream *stream, qsizetype maxLineLength)
    : m_stream(stream), m_out(maxLineLength), m_err(maxLineLength)
{
}

void StreamSink::deliver(QByteArrayView chunk, bool isStderr)
{
    QMutexLocker locker(&m_mutex);
    if (!isStderr && m_rawOutput.load()) {
        if (m_stream && !chunk.isEmpty())
            Q_EMIT m_stream->bytesReceived(chunk.toByteArray());
        return;
    }
    QByteArrayList lines;
    (isStderr ? m_err : m_out).feed(chunk, [&lines](QByteArrayView line) { lines.append(line.toByteArray()); });
    countOverlong();
    if (!lines.isEmpty())
        emitLines(std::move(lines), isStderr);
}

// Under m_mutex; the count is published before any line or finished() is emitted.
void StreamSink::countOverlong()
{
    m_overlongLines.store(m_out.overlongLines() + m_err.overlongLines());
}

void StreamSink::finish(const RemoteResult<int> &result)
{
    QMutexLocker locker(&m_mutex);
    if (m_finished)
        return;
    m_finished = true;
    for (const bool isStderr : {false, true}) {
        QByteArrayList last;
        (isStderr ? m_err : m_out).finish([&last](QByteArrayView line) { last.append(line.toByteArray()); });
        countOverlong();
        if (!last.isEmpty())
            emitLines(std::move(last), isStderr);
    }
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

RemoteStream::RemoteStream(QObject *parent, qsizetype maxLineLength)
    : QObject(parent), m_sink(std::make_shared<StreamSink>(this, maxLineLength))
{
}

RemoteStream::~RemoteStream()
{
    m_sink->detach();
}

void RemoteStream::cancel()
{
    m_sink->cancel();
}

} // namespace Mailwarden
