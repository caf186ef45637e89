#include "queuecounter.h"

#include "core/tr.h"
#include "remote/host.h"
#include "remote/remotestream.h"

#include <QDateTime>
#include <QStringList>

namespace Mailwarden::Queue {

namespace {

// What stops a count before it starts, or nothing.
std::optional<QString> cannotCount(Host &host, MtaKind mta)
{
    if (mta == MtaKind::Unknown)
        return Tr::tr("The host's mail server is not known, so its queue cannot be read.");
    if (host.fileHelper().isEmpty())
        return Tr::tr("This host has no root-file helper (mw-file), which counts the queue: prepare the host first.");
    return std::nullopt;
}

QString notCounts(QByteArrayView output)
{
    return Tr::tr("mw-file queue-count said something else than the counts: %1")
        .arg(QString::fromUtf8(output.first(std::min<qsizetype>(output.size(), 200))));
}

} // namespace

std::optional<QueueCounts> parseQueueCounts(QByteArrayView output)
{
    QueueCounts counts;
    int seen = 0;
    for (const QByteArray &line : output.toByteArray().split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space <= 0)
            continue;
        bool ok = false;
        const qint64 value = line.mid(space + 1).toLongLong(&ok);
        if (!ok || value < 0)
            return std::nullopt;
        const QByteArray key = line.left(space);
        if (key == "total") {
            counts.total = value;
            seen |= 1;
        } else if (key == "deferred") {
            counts.deferred = value;
            seen |= 2;
        } else if (key == "held") {
            counts.held = value;
            seen |= 4;
        }
    }
    if (seen != 7)
        return std::nullopt;
    return counts;
}

std::expected<QueueCounts, QString> countQueue(Host &host, MtaKind mta)
{
    if (const auto why = cannotCount(host, mta))
        return std::unexpected(*why);
    Command command;
    command.argv = {host.fileHelper().toUtf8(), "queue-count", mtaKindName(mta).toLatin1()};
    command.sudo = true;
    command.timeout = std::chrono::seconds(60);
    const auto ran = host.run(command).result();
    if (!ran)
        return std::unexpected(ran.error().toString());
    if (!ran->succeeded())
        return std::unexpected(QString::fromUtf8(ran->err).trimmed());
    auto counts = parseQueueCounts(ran->out);
    if (!counts)
        return std::unexpected(notCounts(ran->out));
    counts->at = QDateTime::currentSecsSinceEpoch();
    return *counts;
}

QueueCountFollower::QueueCountFollower(Host &host, MtaKind mta, std::chrono::milliseconds every, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_mta(mta)
    , m_every(std::clamp(every, kShortest, std::chrono::milliseconds(std::chrono::hours(1))))
{
}

QueueCountFollower::~QueueCountFollower() = default; // m_stream is a child: deleting it stops the command

void QueueCountFollower::start()
{
    if (m_stream)
        return;
    if (const auto why = cannotCount(m_host, m_mta)) {
        QMetaObject::invokeMethod(this, [this, error = *why] { Q_EMIT failed(error, false); }, Qt::QueuedConnection);
        return;
    }
    Command command;
    command.argv = {m_host.fileHelper().toUtf8(), "queue-count", mtaKindName(m_mta).toLatin1(), "--every-ms",
        QByteArray::number(qint64(m_every.count()))};
    command.sudo = true;
    m_stream = m_host.stream(command, this, [this](RemoteStream *stream) {
        connect(stream, &RemoteStream::linesReceived, this, &QueueCountFollower::received);
        connect(stream, &RemoteStream::errorLinesReceived, this, [this](const QByteArrayList &lines) {
            for (const QByteArray &line : lines)
                if (m_errors.size() < 20)
                    m_errors.append(line);
        });
        connect(stream, &RemoteStream::finished, this, [this](int exitCode, const QString &message) {
            if (m_stream)
                m_stream->deleteLater();
            m_stream = nullptr;
            QString error = message;
            if (error.isEmpty())
                error = QString::fromUtf8(m_errors.join('\n')).trimmed();
            if (error.isEmpty())
                error = Tr::tr("mw-file queue-count ended (exit code %1).").arg(exitCode);
            Q_EMIT failed(error, exitCode == 64);
        });
    });
}

void QueueCountFollower::received(const QByteArrayList &lines)
{
    for (const QByteArray &line : lines) {
        if (!line.isEmpty()) {
            if (m_block.size() < 4096) // a count is four short lines: more is not the helper
                m_block += line + '\n';
            continue;
        }
        auto counts = parseQueueCounts(m_block);
        qint64 micros = -1;
        for (const QByteArray &part : m_block.split('\n'))
            if (part.startsWith("took-us "))
                micros = part.mid(8).toLongLong();
        if (!counts) {
            const QString error = notCounts(m_block);
            m_block.clear();
            delete m_stream; // stops the command: what it says cannot be trusted
            Q_EMIT failed(error, false);
            return;
        }
        m_block.clear();
        counts->at = QDateTime::currentSecsSinceEpoch();
        Q_EMIT counted(*counts, micros);
    }
}

QStringList queueAlarms(const QueueThresholds &limits, const QueueCounts &now, const std::optional<QueueCounts> &before,
    qint64 oldestArrival)
{
    QStringList alarms;
    if (limits.deferred > 0 && now.deferred > limits.deferred)
        alarms << Tr::tr("%n messages deferred", nullptr, int(std::min<qint64>(now.deferred, INT_MAX)))
                + Tr::tr(" (limit %1)").arg(limits.deferred);
    if (limits.growthPerMinute > 0 && before && now.at > before->at) {
        // Per minute over the time between the counts, so a late count does not look like a surge.
        const double perMinute = double(now.total - before->total) * 60.0 / double(now.at - before->at);
        if (perMinute > double(limits.growthPerMinute))
            alarms << Tr::tr("the queue grows by %1 messages a minute (limit %2)")
                          .arg(qRound64(perMinute))
                          .arg(limits.growthPerMinute);
    }
    if (limits.oldestMinutes > 0 && oldestArrival > 0 && now.at - oldestArrival > limits.oldestMinutes * 60)
        alarms << Tr::tr("the oldest message waits for %1 minutes (limit %2)")
                      .arg((now.at - oldestArrival) / 60)
                      .arg(limits.oldestMinutes);
    return alarms;
}

} // namespace Mailwarden::Queue
