#include "sshchanneljob.h"

#include "core/tr.h"
#include "remotestream.h"

namespace Mailwarden {

SshChannelJob::SshChannelJob(Command command, std::chrono::milliseconds defaultTimeout) : m_command(std::move(command))
{
    const auto timeout = m_command.timeout.count() > 0 ? m_command.timeout : defaultTimeout;
    m_deadline = timeout.count() > 0 ? QDeadlineTimer(timeout) : QDeadlineTimer(QDeadlineTimer::Forever);
    m_callbacks.userdata = this;
    m_callbacks.channel_data_function = &SshChannelJob::onData;
    m_callbacks.channel_eof_function = &SshChannelJob::onEof;
    m_callbacks.channel_close_function = &SshChannelJob::onClose;
    m_callbacks.channel_exit_status_function = &SshChannelJob::onExitStatus;
    m_callbacks.channel_exit_signal_function = &SshChannelJob::onExitSignal;
    ssh_callbacks_init(&m_callbacks);
}

SshChannelJob::~SshChannelJob()
{
    if (m_channel) {
        ssh_remove_channel_callbacks(m_channel, &m_callbacks);
        ssh_channel_free(m_channel);
    }
}

RemoteResult<void> SshChannelJob::start(ssh_session session, const LoginShell &shell)
{
    m_channel = ssh_channel_new(session);
    if (!m_channel)
        return std::unexpected(RemoteError::make(RemoteError::Kind::Disconnected, Tr::tr("The connection is closed.")));
    ssh_set_channel_callbacks(m_channel, &m_callbacks);
    if (ssh_channel_open_session(m_channel) != SSH_OK) {
        return std::unexpected(RemoteError::make(RemoteError::Kind::Disconnected,
            Tr::tr("The host refused to open a channel for a command."), QString::fromUtf8(ssh_get_error(session))));
    }
    // The exec request is the one place a command line is made: from argv,
    // through shellQuote(), for the user's login shell on the host.
    const QByteArray line = shell.commandLine(m_command.effectiveArgv());
    if (ssh_channel_request_exec(m_channel, line.constData()) != SSH_OK) {
        return std::unexpected(RemoteError::make(RemoteError::Kind::Disconnected,
            Tr::tr("The host refused to run “%1”.").arg(m_command.displayString()),
            QString::fromUtf8(ssh_get_error(session))));
    }
    pumpInput();
    return {};
}

void SshChannelJob::pumpInput()
{
    if (!m_channel || m_eofSent || m_closed)
        return;
    const QByteArray &input = m_command.input;
    while (m_inputWritten < input.size()) {
        const uint32_t window = ssh_channel_window_size(m_channel);
        if (window == 0)
            return; // the next window adjust wakes the poll
        const uint32_t chunk
            = uint32_t(qMin<qsizetype>(qMin<qsizetype>(window, 256 * 1024), input.size() - m_inputWritten));
        const int written = ssh_channel_write(m_channel, input.constData() + m_inputWritten, chunk);
        if (written <= 0)
            return;
        m_inputWritten += written;
    }
    ssh_channel_send_eof(m_channel);
    m_eofSent = true;
}

bool SshChannelJob::isDone() const
{
    return m_closed || (m_remoteEof && m_exitKnown);
}

void SshChannelJob::abort()
{
    if (!m_channel || m_closed)
        return;
    ssh_channel_request_send_signal(m_channel, "TERM");
    ssh_channel_close(m_channel);
    m_closed = true;
}

int SshChannelJob::onData(ssh_session, ssh_channel, void *data, uint32_t length, int isStderr, void *self)
{
    static_cast<SshChannelJob *>(self)->received(static_cast<const char *>(data), length, isStderr != 0);
    return int(length);
}

void SshChannelJob::onEof(ssh_session, ssh_channel, void *self)
{
    static_cast<SshChannelJob *>(self)->m_remoteEof = true;
}

void SshChannelJob::onClose(ssh_session, ssh_channel, void *self)
{
    static_cast<SshChannelJob *>(self)->m_closed = true;
}

void SshChannelJob::onExitStatus(ssh_session, ssh_channel, int status, void *self)
{
    auto *job = static_cast<SshChannelJob *>(self);
    job->m_exitCode = status;
    job->m_exitKnown = true;
}

void SshChannelJob::onExitSignal(
    ssh_session, ssh_channel, const char *signal, int, const char *, const char *, void *self)
{
    auto *job = static_cast<SshChannelJob *>(self);
    job->m_exitCode = -1;
    job->m_exitSignal = QString::fromLatin1(signal);
    job->m_exitKnown = true;
}

SshExecJob::SshExecJob(Command command, std::chrono::milliseconds defaultTimeout)
    : SshChannelJob(std::move(command), defaultTimeout)
{
    m_promise.start();
}

void SshExecJob::received(const char *data, uint32_t length, bool isStderr)
{
    QByteArray &output = isStderr ? m_result.err : m_result.out;
    if (m_tooMuchOutput)
        return;
    if (output.size() + qsizetype(length) > m_command.maxOutputBytes) {
        m_tooMuchOutput = true; // the worker stops the command
        return;
    }
    output.append(data, length);
}

void SshExecJob::complete()
{
    m_result.exitCode = m_exitCode;
    m_result.exitSignal = m_exitSignal;
    m_promise.addResult(std::move(m_result));
    m_promise.finish();
}

void SshExecJob::fail(const RemoteError &error)
{
    m_promise.addResult(std::unexpected(error));
    m_promise.finish();
}

SshStreamJob::SshStreamJob(Command command, std::shared_ptr<StreamSink> sink)
    : SshChannelJob(std::move(command), std::chrono::milliseconds(0)), m_sink(std::move(sink))
{
}

bool SshStreamJob::isCancelled() const
{
    return m_sink->isCancelled();
}

void SshStreamJob::received(const char *data, uint32_t length, bool isStderr)
{
    m_sink->deliver(QByteArrayView(data, length), isStderr);
}

void SshStreamJob::complete()
{
    m_sink->finish(m_exitCode);
}

void SshStreamJob::fail(const RemoteError &error)
{
    m_sink->finish(std::unexpected(error));
}

} // namespace Mailwarden
