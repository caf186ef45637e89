#pragma once

#include "loganalysis.h"
#include "loganalyzer.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace Mailwarden {
class Host;
class RemoteStream;
} // namespace Mailwarden

namespace Mailwarden::Stats {

/// Reads logs on a host (oldest first: pass them through orderRotatedSet)
/// through one Host::stream of `cat`/`gzip -dc`, feeding a LogAnalyzer as the
/// bytes arrive: memory stays bounded by the distinct keys, not the log's
/// size, and nothing is copied to this machine first. Year-less syslog days
/// are dated by this machine's clock. The Host must outlive the future.
QFuture<std::expected<AnalysisResult, QString>> analyzeHostLogs(
    Host &host, const QStringList &paths, const AnalysisOptions &options);

/// Follows a live log on a host (`tail -F -n 0`, so it survives rotation and
/// starts at the end) and keeps its figures up to date. Lines arrive on the
/// host's worker thread and are fed there; read figures() from any thread.
class HostLogFollower final : public QObject
{
    Q_OBJECT
public:
    HostLogFollower(Host &host, const QString &path, MtaKind mta, std::string postfixSyslogName = "postfix",
        QObject *parent = nullptr);
    ~HostLogFollower() override;

    /// A copy of the figures so far.
    StatsFigures figures() const;
    qint64 lineCount() const;

Q_SIGNALS:
    /// The follow ended (the host dropped the connection, tail failed): why.
    void failed(const QString &message);

private:
    struct State;
    std::shared_ptr<State> m_state; // shared with the stream's handlers on the worker thread
    RemoteStream *m_stream;
};

} // namespace Mailwarden::Stats
