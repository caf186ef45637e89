#pragma once

#include <QFuture>
#include <QList>

namespace Mailwarden {

/// A page's reads that run off the GUI thread against a Host (MtaFiles::load
/// blocks on it). The Host belongs to the connections, which outlive the work
/// pages; destroying a page waits for its reads, so none is left using a Host
/// that is about to go.
class BackgroundLoads final
{
public:
    BackgroundLoads() = default;
    Q_DISABLE_COPY_MOVE(BackgroundLoads)
    ~BackgroundLoads()
    {
        for (QFuture<void> &f : m_futures)
            f.waitForFinished();
    }

    template<typename T>
    QFuture<T> track(QFuture<T> future)
    {
        m_futures.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
        m_futures.append(QFuture<void>(future));
        return future;
    }

private:
    QList<QFuture<void>> m_futures;
};

} // namespace Mailwarden
