#pragma once

#include "loganalysis.h"
#include "loganalyzer.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>

namespace Mailwarden {
class Host;
class RemoteStream;
} // namespace Mailwarden

namespace Mailwarden::Stats {

/// One mail log file on a host, as listHostLogs() finds it.
struct HostLogFile {
    QString path;
    qint64 size = 0; ///< bytes on disk
    /// Bytes the file yields when read: its size, or for a .gz file the
    /// length its trailer records (modulo 4 GiB, as gzip keeps it); -1 unknown.
    qint64 contentSize = -1;
    QDateTime modified;
    bool readable = false; ///< by the login account (on Debian: group adm)
};

/// The mail logs of a host, oldest first within each log (orderRotatedSet):
/// every existing `BASE`, `BASE.N[.gz]` and `BASE-DATE[.gz]` of /var/log/mail.log,
/// /var/log/maillog and \a extraBases (Postfix's maillog_file). Names are
/// never part of the script ("$@").
QFuture<std::expected<QList<HostLogFile>, QString>> listHostLogs(Host &host, const QStringList &extraBases = {});

/// Where a host's MTA writes its log, in the order looked for: Postfix's
/// maillog_file (\a maillogFile, when set), /var/log/mail.log (Debian),
/// /var/log/maillog (Red Hat, BSD).
QStringList mainLogCandidates(const QString &maillogFile);
/// The first of mainLogCandidates() that \a files lists as readable; empty
/// when none is.
QString mainLogBase(const QList<HostLogFile> &files, const QString &maillogFile);

/// Reads logs on a host (oldest first: pass them through orderRotatedSet)
/// through one Host::stream of `cat`/`gzip -dc`, feeding a LogAnalyzer as the
/// bytes arrive: memory stays bounded by the distinct keys, not the log's
/// size, and nothing is copied to this machine first. The lines are parsed on
/// the thread pool, not on the host's worker thread, so other work on the host
/// goes on meanwhile. Year-less syslog days are dated by this machine's clock.
///
/// Progress is reported in KiB read of \a expectedBytes (when > 0; see
/// HostLogFile::contentSize). When \a canceller is given it is set to a
/// function that cancels the future and stops the remote command at once
/// (cancelling the future alone stops it at the next lines). The Host must
/// outlive the future.
QFuture<std::expected<AnalysisResult, QString>> analyzeHostLogs(Host &host, const QStringList &paths,
    const AnalysisOptions &options, qint64 expectedBytes = 0, std::function<void()> *canceller = nullptr);

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
    /// The traffic counted so far (deferred: deferrals, rejected: rejects and
    /// reject warnings), cheap enough to ask every second.
    Traffic totals() const;

Q_SIGNALS:
    /// The follow ended (the host dropped the connection, tail failed): why.
    void failed(const QString &message);

private:
    struct State;
    std::shared_ptr<State> m_state; // shared with the stream's handlers on the worker thread
    RemoteStream *m_stream;
};

} // namespace Mailwarden::Stats
