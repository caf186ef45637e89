#include "hostlogs.h"

#include "core/tr.h"
#include "remote/host.h"
#include "remote/remotestream.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QPromise>
#include <QThreadPool>
#include <QWaitCondition>

#include <climits>

namespace Mailwarden::Stats {

namespace {

// The file names are "$@": they never become part of the script.
const QByteArray kCatScript = "for f; do case $f in *.gz) gzip -dc -- \"$f\" ;; *) cat -- \"$f\" ;; esac || exit; done";

// As much of a log's start as analyzeLogs() reads to tell the MTA.
constexpr qsizetype kDetectionBytes = 256 * 1024;

// Bytes read but not yet parsed, at most (HostAnalysis::deliver).
constexpr qint64 kMaxPendingBytes = 32 << 20;

// The drains' own pool: the global one runs tasks that wait for a host
// (MtaFiles::load), which must never keep a drain the host's worker waits for
// from running.
QThreadPool &drainPool()
{
    static QThreadPool pool;
    return pool;
}

void feedLines(LogAnalyzer &analyzer, const QByteArrayList &lines)
{
    for (const QByteArray &line : lines) {
        analyzer.feed(line);
        analyzer.feed("\n");
    }
}

// Lists "SIZE MTIME CONTENTSIZE READABLE PATH" per existing file; CONTENTSIZE
// of a .gz file is its trailer's ISIZE (the last four bytes, little-endian:
// od reads them in the host's order, right on the x86 and ARM hosts we meet).
const QByteArray kListScript
    = "for b; do for f in \"$b\" \"$b\".* \"$b\"-*; do [ -f \"$f\" ] || continue; "
      "s=$(stat -L -c '%s %Y' -- \"$f\") || continue; u=-; r=0; [ -r \"$f\" ] && r=1; "
      "case $f in *.gz) [ $r = 1 ] && u=$(tail -c 4 -- \"$f\" | od -An -tu4 | tr -d ' ') ;; "
      "*) u=${s%% *} ;; esac; printf '%s %s %s %s\\n' \"$s\" \"${u:--}\" \"$r\" \"$f\"; done; done";

// The state of one analyzeHostLogs() run. The host's worker thread only
// queues the chunks (deliver, end); one drain at a time parses them on the
// thread pool, in order, and the last drain after the end reports the result.
// At most kMaxPendingBytes wait: beyond that the worker waits for the parser
// (memory stays bounded when parsing is slower than the link; it is usually
// several times faster).
struct HostAnalysis : std::enable_shared_from_this<HostAnalysis> {
    QPromise<std::expected<AnalysisResult, QString>> promise;
    QStringList paths;
    qint64 expectedKiB = 0;

    // Guarded by mutex: handed over by the worker thread.
    QMutex mutex;
    QWaitCondition drained; ///< pending was taken
    QByteArrayList pending; ///< chunks of the log as they came
    qint64 pendingBytes = 0;
    bool draining = false;
    bool ended = false;
    int exitCode = 0;
    QString failure; ///< the stream's error, or the command's first stderr line
    QString stderrLine;

    // Owned by the drain in progress.
    std::optional<MtaKind> mta;
    std::string syslogName;
    DayRange days;
    std::unique_ptr<LogAnalyzer> analyzer;
    std::weak_ptr<StreamSink> sink; ///< to stop the read early (undetectable log)
    QByteArray head; // the bytes held back until the MTA is known
    bool undetected = false;
    qint64 bytesRead = 0;

    void deliver(const QByteArray &bytes)
    {
        QMutexLocker lock(&mutex);
        while (pendingBytes > kMaxPendingBytes && !promise.isCanceled())
            drained.wait(&mutex, QDeadlineTimer(100));
        pending += bytes;
        pendingBytes += bytes.size();
        scheduleLocked();
    }

    void end(int code, const QString &error)
    {
        QMutexLocker lock(&mutex);
        ended = true;
        exitCode = code;
        failure = error;
        scheduleLocked();
    }

    void scheduleLocked()
    {
        if (draining)
            return;
        draining = true;
        drainPool().start([self = shared_from_this()] { self->drain(); });
    }

    void drain()
    {
        for (;;) {
            QByteArrayList chunks;
            bool finishing = false;
            {
                QMutexLocker lock(&mutex);
                chunks.swap(pending);
                pendingBytes = 0;
                drained.wakeAll();
                if (chunks.isEmpty()) {
                    if (!ended) {
                        draining = false;
                        return;
                    }
                    finishing = true;
                }
            }
            if (finishing) {
                report();
                return;
            }
            for (const QByteArray &chunk : std::as_const(chunks))
                parse(chunk);
        }
    }

    void parse(const QByteArray &chunk)
    {
        if (promise.isCanceled())
            return;
        bytesRead += chunk.size();
        if (expectedKiB > 0)
            promise.setProgressValue(int(std::min(bytesRead / 1024, expectedKiB)));
        if (undetected)
            return;
        if (!analyzer) {
            head += chunk;
            if (!mta && head.size() < kDetectionBytes)
                return;
            start();
            return;
        }
        analyzer->feed(chunk);
    }

    // Decides the MTA from the head (as analyzeLogs() does from a file's
    // first 256 KiB) and hands the held lines to the analyzer.
    void start()
    {
        if (!mta)
            mta = LineParser::detect(std::string_view(head.constData(), std::size_t(head.size())));
        if (!mta) {
            undetected = true;
            if (const auto s = sink.lock())
                s->cancel(); // the rest would only be thrown away
        } else {
            analyzer = std::make_unique<LogAnalyzer>(*mta, syslogName);
            analyzer->aggregator().setDayRange(days);
            analyzer->feed(head);
        }
        head.clear();
        head.squeeze();
    }

    void report()
    {
        if (promise.isCanceled()) {
            promise.finish();
            return;
        }
        if (!analyzer && !undetected && !head.isEmpty())
            start(); // a log shorter than the detection window
        std::expected<AnalysisResult, QString> result;
        if (undetected) // first: the read was stopped for it
            result = std::unexpected(Tr::tr("Cannot tell which MTA wrote the log (no Postfix, Sendmail or qmail "
                                            "lines at its start); name it with --mta."));
        else if (!failure.isEmpty())
            result = std::unexpected(failure);
        else if (exitCode != 0)
            result = std::unexpected(Tr::tr("Cannot read the log on the host: %1")
                    .arg(stderrLine.isEmpty() ? paths.join(QLatin1String(", ")) : stderrLine));
        else {
            AnalysisResult analysis;
            analysis.mta = mta.value_or(MtaKind::Postfix);
            if (analyzer) {
                analyzer->finish(); // counts the overlong lines its splitter cut
                const QDate today = QDate::currentDate();
                analyzer->aggregator().resolveYears(today.year(), today.month());
                analysis.figures = analyzer->aggregator().takeFigures();
            }
            result = std::move(analysis);
        }
        promise.addResult(std::move(result));
        promise.finish();
    }
};

} // namespace

QStringList mainLogCandidates(const QString &maillogFile)
{
    QStringList bases {QStringLiteral("/var/log/mail.log"), QStringLiteral("/var/log/maillog")};
    if (!maillogFile.isEmpty())
        bases.prepend(maillogFile);
    return bases;
}

QString mainLogBase(const QList<HostLogFile> &files, const QString &maillogFile)
{
    for (const QString &base : mainLogCandidates(maillogFile)) {
        for (const HostLogFile &f : files)
            if (f.path == base && f.readable)
                return base;
    }
    return {};
}

QFuture<std::expected<QList<HostLogFile>, QString>> listHostLogs(Host &host, const QStringList &extraBases)
{
    Command command;
    command.argv = {"sh", "-c", kListScript, "sh", "/var/log/mail.log", "/var/log/maillog"};
    for (const QString &base : extraBases)
        if (!base.isEmpty() && base != QLatin1String("/var/log/mail.log") && base != QLatin1String("/var/log/maillog"))
            command.argv << base.toUtf8();
    return host.run(command).then(
        [](const RemoteResult<CommandResult> &result) -> std::expected<QList<HostLogFile>, QString> {
            if (!result)
                return std::unexpected(result.error().toString());
            QHash<QString, HostLogFile> byPath;
            for (const QByteArray &line : result->out.split('\n')) {
                const QList<QByteArray> f = line.split(' ');
                if (f.size() < 5)
                    continue;
                HostLogFile file;
                bool sizeOk = false, timeOk = false, contentOk = false;
                file.size = f[0].toLongLong(&sizeOk);
                file.modified = QDateTime::fromSecsSinceEpoch(f[1].toLongLong(&timeOk));
                file.contentSize = f[2].toLongLong(&contentOk);
                if (!contentOk)
                    file.contentSize = -1;
                file.readable = f[3] == "1";
                file.path = QString::fromUtf8(line.mid(f[0].size() + f[1].size() + f[2].size() + f[3].size() + 4));
                if (sizeOk && timeOk && file.path.startsWith(QLatin1Char('/')))
                    byPath.insert(file.path, file);
            }
            QList<HostLogFile> files;
            for (const QString &path : orderRotatedSet(byPath.keys()))
                files << byPath.value(path);
            return files;
        });
}

QFuture<std::expected<AnalysisResult, QString>> analyzeHostLogs(Host &host, const QStringList &paths,
    const AnalysisOptions &options, qint64 expectedBytes, std::function<void()> *canceller)
{
    auto job = std::make_shared<HostAnalysis>();
    job->paths = paths;
    job->mta = options.mta;
    job->syslogName = options.postfixSyslogName;
    job->days = options.days;
    job->expectedKiB = std::max<qint64>(0, expectedBytes / 1024);
    job->promise.start();
    if (job->expectedKiB > 0)
        job->promise.setProgressRange(0, int(std::min<qint64>(job->expectedKiB, INT_MAX)));
    auto future = job->promise.future();

    Command command;
    command.argv = {"sh", "-c", kCatScript, "sh"};
    for (const QString &path : paths)
        command.argv << path.toUtf8();
    // Direct: the worker thread only hands the lines over (HostAnalysis::deliver).
    RemoteStream *started = host.stream(command, nullptr, [job](RemoteStream *stream) {
        // Chunks, not lines: LogAnalyzer splits them itself (memchr, bounded lines).
        stream->setRawOutput();
        job->sink = stream->sink();
        QObject::connect(
            stream, &RemoteStream::bytesReceived, stream,
            [job, stream](const QByteArray &bytes) {
                if (job->promise.isCanceled()) {
                    stream->cancel();
                    return;
                }
                job->deliver(bytes);
            },
            Qt::DirectConnection);
        QObject::connect(
            stream, &RemoteStream::errorLinesReceived, stream,
            [job](const QByteArrayList &lines) {
                QMutexLocker lock(&job->mutex);
                if (job->stderrLine.isEmpty() && !lines.isEmpty())
                    job->stderrLine = QString::fromUtf8(lines.first());
            },
            Qt::DirectConnection);
        QObject::connect(
            stream, &RemoteStream::finished, stream,
            [job, stream](int exitCode, const QString &errorMessage) {
                job->end(exitCode, errorMessage);
                stream->deleteLater();
            },
            Qt::DirectConnection);
    });
    if (canceller)
        *canceller = [job, sink = std::weak_ptr<StreamSink>(started->sink())] {
            job->promise.future().cancel();
            if (const auto s = sink.lock())
                s->cancel();
        };
    return future;
}

struct HostLogFollower::State {
    mutable QMutex mutex;
    LogAnalyzer analyzer;
    qint64 lines = 0;

    State(MtaKind mta, std::string syslogName) : analyzer(mta, std::move(syslogName)) { }
};

HostLogFollower::HostLogFollower(
    Host &host, const QString &path, MtaKind mta, std::string postfixSyslogName, QObject *parent)
    : QObject(parent), m_state(std::make_shared<State>(mta, std::move(postfixSyslogName)))
{
    Command command;
    command.argv = {"tail", "-F", "-n", "0", "--", path.toUtf8()};
    m_stream = host.stream(command, this, [this](RemoteStream *stream) {
        connect(
            stream, &RemoteStream::linesReceived, stream,
            [state = m_state](const QByteArrayList &lines) {
                QMutexLocker lock(&state->mutex);
                feedLines(state->analyzer, lines);
                state->lines += lines.size();
            },
            Qt::DirectConnection);
        // tail -F reports rotation on stderr ("file truncated", "has been replaced"): not a failure.
        connect(stream, &RemoteStream::finished, this, [this](int exitCode, const QString &errorMessage) {
            Q_EMIT failed(errorMessage.isEmpty()
                    ? Tr::tr("Following the log ended (tail exited with %1).").arg(exitCode)
                    : errorMessage);
        });
    });
}

HostLogFollower::~HostLogFollower() = default;

StatsFigures HostLogFollower::figures() const
{
    QMutexLocker lock(&m_state->mutex);
    StatsFigures figures = m_state->analyzer.aggregator().figures();
    figures.overlongLines += m_stream->overlongLines();
    return figures;
}

Traffic HostLogFollower::totals() const
{
    QMutexLocker lock(&m_state->mutex);
    const StatsFigures &f = m_state->analyzer.aggregator().figures();
    return {f.received, f.delivered, f.deferrals, f.bounced, f.rejected + f.rejectWarnings};
}

qint64 HostLogFollower::lineCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->lines;
}

} // namespace Mailwarden::Stats
