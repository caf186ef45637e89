#include "localhost.h"

#include "core/tr.h"
#include "remotestream.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QPromise>
#include <QtConcurrentRun>

#include <unistd.h>

namespace Mailwarden {

namespace {

// Execs argv as bytes in the child: QProcess would take the arguments as
// QString and could not pass bytes that are not UTF-8.
class ByteArgv
{
public:
    explicit ByteArgv(const QByteArrayList &argv) : m_storage(argv)
    {
        for (QByteArray &argument : m_storage)
            m_pointers.push_back(argument.data());
        m_pointers.push_back(nullptr);
    }
    void execInChild() const
    {
        ::execvp(m_pointers.front(), m_pointers.data());
        ::_exit(127); // what a shell says for "command not found"
    }

private:
    QByteArrayList m_storage;
    std::vector<char *> m_pointers;
};

void prepare(QProcess &process, const ByteArgv &argv)
{
    // The program is never run: the modifier replaces the child first.
    process.setProgram(QStringLiteral("/bin/true"));
    process.setChildProcessModifier([&argv] { argv.execInChild(); });
}

RemoteError startError(const Command &command, const QProcess &process)
{
    return RemoteError::make(RemoteError::Kind::Io,
        Tr::tr("Cannot start “%1” on this computer.").arg(QString::fromUtf8(command.argv.first())),
        process.errorString());
}

// This machine is the host: a connection to the target is already made from inside it.
class DirectForward final : public PortForward
{
public:
    DirectForward(const QString &host, quint16 port)
        : PortForward(host, port, QStringLiteral("%1:%2").arg(host).arg(port))
    {
    }
};

QString signalName(const QProcess &process)
{
    return process.exitStatus() == QProcess::CrashExit ? QStringLiteral("KILL") : QString();
}

} // namespace

LocalHost::LocalHost(QObject *parent) : Host(parent)
{
    m_pool.setMaxThreadCount(16);
    setState(State::Connected);
}

LocalHost::~LocalHost()
{
    m_pool.waitForDone();
}

QString LocalHost::displayName() const
{
    return Tr::tr("This computer");
}

QFuture<RemoteResult<Done>> LocalHost::connectToHost()
{
    QPromise<RemoteResult<Done>> promise;
    promise.start();
    promise.addResult(Done {});
    promise.finish();
    return promise.future();
}

void LocalHost::disconnectFromHost() { }

QFuture<RemoteResult<std::shared_ptr<PortForward>>> LocalHost::forwardPort(
    const QString &targetHost, quint16 targetPort)
{
    QPromise<RemoteResult<std::shared_ptr<PortForward>>> promise;
    promise.start();
    promise.addResult(std::make_shared<DirectForward>(targetHost, targetPort));
    promise.finish();
    return promise.future();
}

int LocalHost::maxConcurrent() const
{
    return m_pool.maxThreadCount();
}

void LocalHost::setMaxConcurrent(int count)
{
    m_pool.setMaxThreadCount(qMax(1, count));
}

QFuture<RemoteResult<CommandResult>> LocalHost::execute(const Command &command)
{
    const auto timeout = command.timeout.count() > 0 ? command.timeout : commandTimeout();
    return QtConcurrent::run(&m_pool, [command, timeout](QPromise<RemoteResult<CommandResult>> &promise) {
        const ByteArgv argv(command.effectiveArgv());
        QProcess process;
        prepare(process, argv);
        process.start();
        if (!process.waitForStarted()) {
            promise.addResult(std::unexpected(startError(command, process)));
            return;
        }
        process.write(command.input);
        process.closeWriteChannel();
        const QDeadlineTimer deadline
            = timeout.count() > 0 ? QDeadlineTimer(timeout) : QDeadlineTimer(QDeadlineTimer::Forever);
        CommandResult result;
        // Output is taken as it comes (QProcess would keep all of it), so the
        // limit holds while the program runs, not only once it ended.
        auto drain = [&] {
            result.out += process.readAllStandardOutput();
            result.err += process.readAllStandardError();
            return result.out.size() <= command.maxOutputBytes && result.err.size() <= command.maxOutputBytes;
        };
        auto stop = [&](const RemoteError &error) {
            process.kill();
            process.waitForFinished();
            promise.addResult(std::unexpected(error));
        };
        while (process.state() != QProcess::NotRunning) {
            if (promise.isCanceled())
                return stop(RemoteError::make(RemoteError::Kind::Cancelled, Tr::tr("Cancelled.")));
            if (deadline.hasExpired()) {
                return stop(RemoteError::make(
                    RemoteError::Kind::Timeout, Tr::tr("“%1” did not finish in time.").arg(command.displayString())));
            }
            process.waitForReadyRead(50);
            if (!drain())
                return stop(command.outputTooLarge());
        }
        process.waitForFinished();
        if (!drain()) {
            promise.addResult(std::unexpected(command.outputTooLarge()));
            return;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.exitSignal = signalName(process);
        promise.addResult(std::move(result));
    });
}

void LocalHost::startStream(const Command &command, RemoteStream *stream)
{
    m_pool.start([command, sink = stream->sink()] {
        const ByteArgv argv(command.effectiveArgv());
        QProcess process;
        prepare(process, argv);
        process.start();
        if (!process.waitForStarted()) {
            sink->finish(std::unexpected(startError(command, process)));
            return;
        }
        process.write(command.input);
        process.closeWriteChannel();
        auto drain = [&] {
            sink->deliver(process.readAllStandardOutput(), false);
            sink->deliver(process.readAllStandardError(), true);
        };
        while (process.state() != QProcess::NotRunning) {
            if (sink->isCancelled()) {
                process.kill();
                process.waitForFinished();
                sink->finish(std::unexpected(RemoteError::make(RemoteError::Kind::Cancelled, Tr::tr("Cancelled."))));
                return;
            }
            process.waitForReadyRead(50);
            drain();
        }
        drain();
        sink->finish(process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1);
    });
}

} // namespace Mailwarden
