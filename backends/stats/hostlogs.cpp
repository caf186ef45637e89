#include "hostlogs.h"

#include "core/tr.h"
#include "remote/host.h"
#include "remote/remotestream.h"

#include <QDateTime>
#include <QMutex>
#include <QPromise>

namespace Mailwarden::Stats {

namespace {

// The file names are "$@": they never become part of the script.
const QByteArray kCatScript = "for f; do case $f in *.gz) gzip -dc -- \"$f\" ;; *) cat -- \"$f\" ;; esac || exit; done";

// As much of a log's start as analyzeLogs() reads to tell the MTA.
constexpr qsizetype kDetectionBytes = 256 * 1024;

void feedLines(LogAnalyzer &analyzer, const QByteArrayList &lines)
{
    for (const QByteArray &line : lines) {
        analyzer.feed(line);
        analyzer.feed("\n");
    }
}

} // namespace

QFuture<std::expected<AnalysisResult, QString>> analyzeHostLogs(
    Host &host, const QStringList &paths, const AnalysisOptions &options)
{
    struct Job {
        QMutex mutex;
        std::unique_ptr<LogAnalyzer> analyzer;
        std::optional<MtaKind> mta;
        std::string syslogName;
        QString error;
        QByteArray head; // the lines held back until the MTA is known
        bool undetected = false;
        QPromise<std::expected<AnalysisResult, QString>> promise;

        // Decides the MTA from the head (as analyzeLogs() does from a file's
        // first 256 KiB) and hands the held lines to the analyzer.
        void start()
        {
            if (!mta)
                mta = LineParser::detect(std::string_view(head.constData(), std::size_t(head.size())));
            if (!mta) {
                undetected = true;
                error = Tr::tr("Cannot tell which MTA wrote the log (no Postfix, Sendmail or qmail lines at its "
                               "start); name it with --mta.");
            } else {
                analyzer = std::make_unique<LogAnalyzer>(*mta, syslogName);
                analyzer->feed(head);
            }
            head.clear();
            head.squeeze();
        }
    };
    auto job = std::make_shared<Job>();
    job->mta = options.mta;
    job->syslogName = options.postfixSyslogName;
    job->promise.start();
    auto future = job->promise.future();

    Command command;
    command.argv = {"sh", "-c", kCatScript, "sh"};
    for (const QString &path : paths)
        command.argv << path.toUtf8();
    // Direct: the analyzer runs on the host's worker thread, in order.
    host.stream(command, nullptr, [job, paths](RemoteStream *stream) {
        QObject::connect(
            stream, &RemoteStream::linesReceived, stream,
            [job](const QByteArrayList &lines) {
                QMutexLocker lock(&job->mutex);
                if (job->undetected)
                    return;
                if (!job->analyzer) {
                    for (const QByteArray &line : lines)
                        job->head += line + '\n';
                    if (!job->mta && job->head.size() < kDetectionBytes)
                        return;
                    job->start();
                    return;
                }
                feedLines(*job->analyzer, lines);
            },
            Qt::DirectConnection);
        QObject::connect(
            stream, &RemoteStream::errorLinesReceived, stream,
            [job](const QByteArrayList &lines) {
                QMutexLocker lock(&job->mutex);
                if (job->error.isEmpty() && !lines.isEmpty())
                    job->error = QString::fromUtf8(lines.first());
            },
            Qt::DirectConnection);
        QObject::connect(
            stream, &RemoteStream::finished, stream,
            [job, stream, paths](int exitCode, const QString &errorMessage) {
                QMutexLocker lock(&job->mutex);
                if (!job->analyzer && !job->undetected && !job->head.isEmpty())
                    job->start(); // a log shorter than the detection window
                std::expected<AnalysisResult, QString> result;
                if (!errorMessage.isEmpty())
                    result = std::unexpected(errorMessage);
                else if (exitCode != 0)
                    result = std::unexpected(Tr::tr("Cannot read the log on the host: %1")
                            .arg(job->error.isEmpty() ? paths.join(QLatin1String(", ")) : job->error));
                else if (job->undetected)
                    result = std::unexpected(job->error);
                else {
                    AnalysisResult analysis;
                    analysis.mta = job->mta.value_or(MtaKind::Postfix);
                    if (job->analyzer) {
                        job->analyzer->finish();
                        job->analyzer->aggregator().countOverlongLines(stream->overlongLines());
                        const QDate today = QDate::currentDate();
                        job->analyzer->aggregator().resolveYears(today.year(), today.month());
                        analysis.figures = job->analyzer->aggregator().figures();
                    }
                    result = std::move(analysis);
                }
                job->promise.addResult(std::move(result));
                job->promise.finish();
                stream->deleteLater();
            },
            Qt::DirectConnection);
    });
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

qint64 HostLogFollower::lineCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->lines;
}

} // namespace Mailwarden::Stats
