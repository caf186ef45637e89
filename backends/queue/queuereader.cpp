#include "queuereader.h"

#include "core/tr.h"
#include "postqueuejson.h"
#include "qmailqueue.h"
#include "queuedump.h"
#include "remote/host.h"
#include "remote/remotestream.h"
#include "sendmailqueue.h"

#include <QDateTime>
#include <QFuture>
#include <QMutex>
#include <QTimer>

namespace Mailwarden::Queue {

namespace {
constexpr int kMaxProblems = 20;
} // namespace

struct QueueReader::Shared {
    QMutex mutex;
    QList<QueueMessage> pending;
    QStringList problems;
    qint64 messages = 0;
    qint64 problemCount = 0;
};

QueueReader *QueueReader::create(Host &host, MtaKind kind, QObject *parent, QString *why)
{
    switch (kind) {
    case MtaKind::Postfix:
        return new PostfixQueueReader(host, parent);
    case MtaKind::Sendmail:
        return new HelperQueueReader(
            host, "sendmail",
            [](const QList<QueueDumpFrame> &frames, qint64 now, QStringList *problems,
                const RemoteResult<CommandResult> *) {
                return sendmailMessagesFromDump(frames, now, problems).messages;
            },
            parent);
    case MtaKind::Qmail:
        return new HelperQueueReader(
            host, "qmail",
            [](const QList<QueueDumpFrame> &frames, qint64 now, QStringList *problems,
                const RemoteResult<CommandResult> *logTail) {
                // The helper sends control/queuelifetime first when it is set.
                qint64 lifetime = kQmailDefaultLifetime;
                QList<QueueDumpFrame> files;
                files.reserve(frames.size());
                for (const QueueDumpFrame &frame : frames) {
                    if (frame.kind != "lifetime")
                        files.append(frame);
                    else if (const qint64 seconds = frame.data.toLongLong(); seconds > 0)
                        lifetime = seconds;
                }
                QString note;
                const std::optional<QmailLogReasons> log
                    = logTail ? HelperQueueReader::qmailLogReasons(*logTail, &note) : std::nullopt;
                QList<QueueMessage> messages
                    = qmailMessagesFromDump(files, now, problems, lifetime, log ? &*log : nullptr);
                // Why the reasons are missing matters only when a message waits.
                const bool waiting = std::ranges::any_of(
                    messages, [](const QueueMessage &m) { return m.queue == QueueName::Deferred; });
                if (problems && waiting && !note.isEmpty())
                    problems->append(note);
                return messages;
            },
            parent, [](const QString &helper) { return HelperQueueReader::qmailLogTailCommand(helper); });
    case MtaKind::Unknown:
        break;
    }
    if (why)
        *why = Tr::tr("The host's mail server is not known, so its queue cannot be read.");
    return nullptr;
}

QueueReader::QueueReader(Host &host, QObject *parent)
    : QObject(parent), m_host(host), m_shared(std::make_shared<Shared>()), m_timer(new QTimer(this))
{
    qRegisterMetaType<QList<QueueMessage>>();
    m_timer->setInterval(kBatchIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &QueueReader::flush);
}

QueueReader::~QueueReader()
{
    delete m_stream; // stops the command
}

void QueueReader::cancel()
{
    if (m_stream)
        m_stream->cancel();
}

QStringList QueueReader::problems() const
{
    QMutexLocker lock(&m_shared->mutex);
    QStringList problems = m_shared->problems;
    if (m_shared->problemCount > problems.size())
        problems.append(
            Tr::tr("… and %n more lines not understood", nullptr, int(m_shared->problemCount - problems.size())));
    return problems;
}

qint64 QueueReader::messagesRead() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->messages;
}

void QueueReader::queueMessages(QList<QueueMessage> messages)
{
    // Recipient lists grew one by one and have spare room: at 100,000
    // messages that room costs more than the message itself. Trimmed here, on
    // the parsing thread.
    for (QueueMessage &message : messages)
        message.recipients.squeeze();
    QMutexLocker lock(&m_shared->mutex);
    m_shared->messages += messages.size();
    if (m_shared->pending.isEmpty())
        m_shared->pending = std::move(messages);
    else
        m_shared->pending.append(std::move(messages));
}

void QueueReader::addProblem(const QString &problem)
{
    QMutexLocker lock(&m_shared->mutex);
    ++m_shared->problemCount;
    if (m_shared->problems.size() < kMaxProblems)
        m_shared->problems.append(problem);
}

void QueueReader::flush()
{
    // At most kMaxBatch per turn of the event loop: a receiver appending
    // 12,000 messages at once held the GUI thread 20-30 ms; the rest follows
    // at the next turn, not the next tick.
    QList<QueueMessage> batch;
    bool more = false;
    {
        QMutexLocker lock(&m_shared->mutex);
        QList<QueueMessage> &pending = m_shared->pending;
        if (pending.size() <= kMaxBatch) {
            batch.swap(pending);
        } else {
            batch.assign(
                std::make_move_iterator(pending.begin()), std::make_move_iterator(pending.begin() + kMaxBatch));
            pending.remove(0, kMaxBatch);
            more = true;
        }
    }
    if (!batch.isEmpty())
        Q_EMIT messagesArrived(batch);
    if (more) {
        if (!m_drainQueued) {
            m_drainQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_drainQueued = false;
                flush();
            });
        }
        return;
    }
    if (m_finishing) {
        // Everything is handed over: what applies to all of it, then the end.
        m_finishing = false;
        m_running = false;
        if (!m_finishRetries.isEmpty())
            Q_EMIT nextRetriesKnown(std::exchange(m_finishRetries, {}));
        Q_EMIT finished(std::exchange(m_finishError, {}));
    }
}

void QueueReader::begin()
{
    m_running = true;
    m_timer->start();
}

void QueueReader::finish(const QString &error, QHash<QString, qint64> nextRetries)
{
    m_timer->stop();
    // The finished stream still holds its parser (and a reader's state):
    // released now, not at the next refresh.
    if (m_stream)
        m_stream->deleteLater();
    m_stream = nullptr;
    m_finishing = true;
    m_finishError = error;
    m_finishRetries = std::move(nextRetries);
    flush();
}

PostfixQueueReader::PostfixQueueReader(Host &host, QObject *parent)
    : QueueReader(host, parent), m_command(listingCommand())
{
}

Command PostfixQueueReader::listingCommand()
{
    Command command;
    // postqueue lives in /usr/sbin, which a user's PATH over SSH may lack.
    command.argv = {"sh", "-c", "PATH=/usr/sbin:/usr/local/sbin:/usr/bin:/bin:$PATH; export PATH; exec postqueue -j"};
    command.maxLineLength = kMaxLineLength;
    return command;
}

QHash<QString, qint64> PostfixQueueReader::parseQueueTimes(const QByteArray &output)
{
    QHash<QString, qint64> times;
    for (const QByteArray &line : output.split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space <= 0)
            continue;
        bool ok = false;
        const qint64 time = line.mid(space + 1).toLongLong(&ok);
        if (ok && time > 0)
            times.insert(QString::fromLatin1(line.left(space)), time);
    }
    return times;
}

void PostfixQueueReader::start()
{
    if (isRunning())
        return;
    auto parser = std::make_shared<PostqueueJsonParser>();
    auto lineNumber = std::make_shared<qint64>(0);
    auto errors = std::make_shared<QStringList>();
    begin();
    m_stream = m_host.stream(m_command, this, [this, parser, lineNumber, errors](RemoteStream *stream) {
        connect(
            stream, &RemoteStream::linesReceived, stream,
            [this, parser, lineNumber](const QByteArrayList &lines) {
                QList<QueueMessage> messages;
                messages.reserve(lines.size());
                for (const QByteArray &line : lines) {
                    ++*lineNumber;
                    if (line.trimmed().isEmpty())
                        continue;
                    auto message = parser->parseLine(line);
                    if (message)
                        messages.append(std::move(*message));
                    else
                        addProblem(Tr::tr("postqueue -j, line %1, column %2: %3")
                                .arg(*lineNumber)
                                .arg(message.error().column)
                                .arg(message.error().message));
                }
                queueMessages(std::move(messages));
            },
            Qt::DirectConnection);
        connect(
            stream, &RemoteStream::errorLinesReceived, stream,
            [errors](const QByteArrayList &lines) {
                for (const QByteArray &line : lines) {
                    if (errors->size() < 5)
                        errors->append(QString::fromUtf8(line));
                }
            },
            Qt::DirectConnection);
        connect(stream, &RemoteStream::finished, this,
            [this, parser, errors, stream](int exitCode, const QString &message) {
                // Its pool (up to kMaxInterned strings and its table) goes
                // before the model trims the heap, not when the stream is deleted.
                parser->releaseStrings();
                QString error = message;
                if (error.isEmpty() && exitCode != 0)
                    error = errors->isEmpty() ? Tr::tr("postqueue -j failed (exit code %1).").arg(exitCode)
                                              : errors->join(u'\n');
                if (error.isEmpty() && stream->overlongLines() > 0)
                    addProblem(Tr::tr("%n messages had a listing line longer than %1 MiB and were left out.", nullptr,
                        int(stream->overlongLines()))
                            .arg(kMaxLineLength >> 20));
                if (!error.isEmpty() || m_host.fileHelper().isEmpty()) {
                    finish(error);
                    return;
                }
                Command times;
                times.argv = {m_host.fileHelper().toUtf8(), "queue-times", "postfix"};
                times.sudo = true;
                m_host.run(times).then(this, [this](const RemoteResult<CommandResult> &result) {
                    // Without the helper's rule the listing is still complete: only the times are unknown.
                    // Given with the end: they apply to every message, the last batches too.
                    finish(QString(),
                        result && result->succeeded() ? parseQueueTimes(result->out) : QHash<QString, qint64>());
                });
            });
    });
}

HelperQueueReader::HelperQueueReader(Host &host, QByteArray mta, Parse parse, QObject *parent, SecondCommand second)
    : QueueReader(host, parent), m_mta(std::move(mta)), m_parse(std::move(parse)), m_second(std::move(second))
{
}

Command HelperQueueReader::qmailLogTailCommand(const QString &helper, qsizetype bytes)
{
    Command command;
    command.argv = {helper.toUtf8(), "log-tail", "qmail", QByteArray::number(bytes)};
    command.sudo = true;
    // The frames' headers and newlines on top of the bytes asked for: current
    // and up to 50 rotated files.
    command.maxOutputBytes = bytes + 16384;
    return command;
}

std::expected<HelperQueueReader::QmailLogTail, HelperQueueReader::QmailLogTailError> HelperQueueReader::qmailLogTail(
    const RemoteResult<CommandResult> &result)
{
    const auto failed = [](const QString &why) { return std::unexpected(QmailLogTailError {why, false}); };
    if (!result)
        return failed(result.error().toString());
    if (result->exitCode == 64)
        return std::unexpected(
            QmailLogTailError {Tr::tr("The host's mw-file is older than this Mailwarden and cannot read qmail-send's "
                                      "log: prepare the host again (Hosts ▸ Prepare Host…)."),
                true});
    if (!result->succeeded()) {
        const QString why = QString::fromUtf8(result->err).trimmed().section(u'\n', 0, 0).left(300);
        return failed(why.isEmpty() ? Tr::tr("%1 failed (exit code %2).")
                                          .arg(QStringLiteral("mw-file log-tail qmail"))
                                          .arg(result->exitCode)
                                    : why);
    }
    const auto frames = parseQueueDump(result->out);
    if (!frames)
        return failed(frames.error());
    if (frames->isEmpty()
        || !std::ranges::all_of(*frames, [](const QueueDumpFrame &frame) { return frame.kind == "log"; }))
        return failed(Tr::tr("mw-file log-tail qmail did not answer with log frames."));
    // One frame per file, oldest first (rotated files, then current): read as
    // one log. Only the first can start inside a line, where the file is
    // larger than the bytes read.
    const QueueDumpFrame &oldest = frames->first();
    QmailLogTail tail {{}, !oldest.extra.isEmpty() && oldest.extra.first() > oldest.data.size()};
    if (frames->size() == 1) {
        tail.log = oldest.data;
    } else {
        for (const QueueDumpFrame &frame : *frames) {
            tail.log += frame.data;
            if (!tail.log.isEmpty() && !tail.log.endsWith('\n'))
                tail.log += '\n';
        }
    }
    return tail;
}

std::optional<QmailLogReasons> HelperQueueReader::qmailLogReasons(
    const RemoteResult<CommandResult> &result, QString *note)
{
    const auto tail = qmailLogTail(result);
    if (tail)
        return QmailLogReasons::parse(tail->log, tail->cutAtStart);
    *note = tail.error().outdatedHelper
        ? Tr::tr("The host's mw-file is older than this Mailwarden and cannot read qmail-send's log, where "
                 "the recipients' deferral reasons are: prepare the host again (Hosts ▸ Prepare Host…).")
        : Tr::tr("qmail-send's log could not be read, so the recipients' deferral reasons are not shown: %1")
              .arg(tail.error().message);
    return std::nullopt;
}

void HelperQueueReader::start()
{
    if (isRunning())
        return;
    begin();
    if (m_host.fileHelper().isEmpty()) {
        finish(Tr::tr("This host has no root-file helper (mw-file), which reads the %1 queue: prepare the host "
                      "(Hosts ▸ Prepare Host…) first.")
                .arg(QString::fromLatin1(m_mta)));
        return;
    }
    Command command;
    command.argv = {m_host.fileHelper().toUtf8(), "queue-list", m_mta};
    command.sudo = true;
    const QByteArray mta = m_mta;
    std::optional<Command> second;
    if (m_second)
        second = m_second(m_host.fileHelper());
    // Parsing thousands of control files takes a while: on the thread pool,
    // which must not touch the reader (it may be deleted meanwhile).
    struct Parsed {
        QList<QueueMessage> messages;
        QStringList problems;
        QString error;
    };
    // The listing, then (only when it worked) the second command.
    struct Results {
        RemoteResult<CommandResult> listing;
        std::optional<RemoteResult<CommandResult>> second;
    };
    m_host.run(command)
        .then(this,
            [this, second](RemoteResult<CommandResult> listing) {
                auto results = std::make_shared<Results>(Results {std::move(listing), std::nullopt});
                if (!second || !results->listing || !results->listing->succeeded())
                    return QtFuture::makeReadyValueFuture(results);
                return m_host.run(*second).then([results](RemoteResult<CommandResult> result) {
                    results->second = std::move(result);
                    return results;
                });
            })
        .unwrap()
        .then(QtFuture::Launch::Async,
            [mta, parse = m_parse](const std::shared_ptr<Results> &results) {
                const RemoteResult<CommandResult> &result = results->listing;
                Parsed parsed;
                if (!result) {
                    parsed.error = result.error().toString();
                } else if (!result->succeeded()) {
                    const QString said = QString::fromUtf8(result->err).trimmed();
                    parsed.error = said.isEmpty() ? Tr::tr("mw-file queue-list %1 failed (exit code %2).")
                                                        .arg(QString::fromLatin1(mta))
                                                        .arg(result->exitCode)
                                                  : said;
                } else if (auto frames = parseQueueDump(result->out); !frames) {
                    parsed.error = frames.error();
                } else {
                    parsed.messages = parse(*frames, QDateTime::currentSecsSinceEpoch(), &parsed.problems,
                        results->second ? &*results->second : nullptr);
                }
                return parsed;
            })
        .then(this, [this](Parsed parsed) {
            for (const QString &problem : std::as_const(parsed.problems))
                addProblem(problem);
            queueMessages(std::move(parsed.messages));
            finish(parsed.error);
        });
}

} // namespace Mailwarden::Queue
