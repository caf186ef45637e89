#include "smtpclient.h"

#include "core/tr.h"

#include <QSslCipher>
#include <QSslSocket>

namespace Mailwarden::Probes {

SmtpClient::SmtpClient(QObject *parent) : QObject(parent), m_socket(new QSslSocket(this))
{
    m_socket->setReadBufferSize(ReadChunk);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpClient::onTimeout);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpClient::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpClient::onDisconnected);
    connect(m_socket, &QSslSocket::connected, this, [this] {
        note(QStringLiteral("connected to %1:%2 from %3")
                .arg(m_socket->peerAddress().toString())
                .arg(m_socket->peerPort())
                .arg(m_socket->localAddress().toString())
                .toUtf8());
        if (m_step != Step::Connecting)
            return;
        if (m_endpoint.implicitTls) {
            m_step = Step::Handshake;
            m_timer.start(m_endpoint.stepTimeoutMs);
            encrypt(*m_endpoint.implicitTls);
            return;
        }
        readGreeting();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        const QSslCipher cipher = m_socket->sessionCipher();
        note(QStringLiteral("TLS established: %1, %2").arg(cipher.protocolString(), cipher.name()).toUtf8());
        if (m_step != Step::Handshake)
            return;
        // Implicit TLS: the greeting comes now, through the encrypted channel.
        if (m_endpoint.implicitTls && !m_greeted)
            readGreeting();
        else
            finish(m_tlsReply);
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Certificates are inspected and reported by the TLS probe, not trusted.
        m_sslErrors.append(errors);
        m_socket->ignoreSslErrors();
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError && m_step != Step::Handshake)
            return; // disconnected() reports it with the step that was waiting
        const QString why = m_socket->errorString();
        switch (m_step) {
        case Step::Connecting:
            fail(SmtpError::Kind::Connect,
                Tr::tr("cannot connect to %1:%2: %3").arg(m_endpoint.host).arg(m_endpoint.port).arg(why));
            break;
        case Step::Handshake:
            fail(SmtpError::Kind::Tls, Tr::tr("TLS handshake failed: %1").arg(why));
            break;
        case Step::Reply:
        case Step::Idle:
            note(QStringLiteral("socket error: %1").arg(why).toUtf8());
            break;
        }
    });
}

SmtpClient::~SmtpClient()
{
    m_done = {};
    m_socket->abort();
}

void SmtpClient::open(const SmtpEndpoint &endpoint, Callback done)
{
    m_endpoint = endpoint;
    m_clock.start();
    begin(Step::Connecting, endpoint.connectTimeoutMs, std::move(done));
    if (!endpoint.sourceAddress.isNull() && !m_socket->bind(endpoint.sourceAddress, 0)) {
        fail(SmtpError::Kind::Connect,
            Tr::tr("cannot use %1 as the source address: %2")
                .arg(endpoint.sourceAddress.toString(), m_socket->errorString()));
        return;
    }
    note(QStringLiteral("connecting to %1:%2").arg(endpoint.host).arg(endpoint.port).toUtf8());
    m_socket->connectToHost(endpoint.host, endpoint.port);
}

void SmtpClient::send(const QByteArray &command, Callback done)
{
    begin(Step::Reply, m_endpoint.stepTimeoutMs, std::move(done));
    if (m_violation) {
        finish(std::unexpected(*std::exchange(m_violation, std::nullopt)));
        return;
    }
    // A server may close at any time with 421: that is the answer to what we were going to say.
    if (m_early) {
        finish(*std::exchange(m_early, std::nullopt));
        return;
    }
    if (m_broken || m_socket->state() != QAbstractSocket::ConnectedState) {
        fail(SmtpError::Kind::Closed, Tr::tr("the connection is closed"));
        return;
    }
    record(TranscriptLine::Kind::Sent, command);
    m_socket->write(command + "\r\n");
}

void SmtpClient::startTls(const QSslConfiguration &configuration, Callback done)
{
    send("STARTTLS", [this, configuration, done = std::move(done)](const SmtpOutcome &outcome) {
        if (!outcome || outcome->code != 220) {
            done(outcome);
            return;
        }
        // Bytes after 220 and before the handshake would be an injection (CVE-2011-0411 style).
        if (m_parser.hasPartial())
            note("server sent data after 220 before the TLS handshake; discarded");
        m_parser = SmtpReplyParser();
        m_tlsReply = *outcome;
        begin(Step::Handshake, m_endpoint.stepTimeoutMs, done);
        encrypt(configuration);
    });
}

void SmtpClient::encrypt(const QSslConfiguration &configuration)
{
    m_socket->setSslConfiguration(configuration);
    note("TLS handshake");
    // SNI and the name the certificate is checked against: the server's
    // name, not the address of a port forward.
    if (!m_endpoint.peerName.isEmpty())
        m_socket->setPeerVerifyName(m_endpoint.peerName);
    m_socket->startClientEncryption();
}

void SmtpClient::readGreeting()
{
    m_greeted = true;
    m_step = Step::Reply; // the greeting is the connection's first reply
    m_timer.start(m_endpoint.stepTimeoutMs);
    onReadyRead();
}

void SmtpClient::quit(Callback done)
{
    if (m_broken || m_socket->state() != QAbstractSocket::ConnectedState) {
        abort();
        if (done)
            done(std::unexpected(SmtpError {SmtpError::Kind::Closed, Tr::tr("the connection is closed")}));
        return;
    }
    send("QUIT", [this, done = std::move(done)](const SmtpOutcome &outcome) {
        m_socket->disconnectFromHost();
        if (done)
            done(outcome);
    });
}

void SmtpClient::abort()
{
    m_broken = true;
    m_timer.stop();
    m_socket->abort();
}

bool SmtpClient::isConnected() const
{
    return !m_broken && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool SmtpClient::isEncrypted() const
{
    return m_socket->isEncrypted();
}

void SmtpClient::begin(Step step, int timeoutMs, Callback done)
{
    Q_ASSERT(m_step == Step::Idle);
    m_step = step;
    m_done = std::move(done);
    m_timer.start(timeoutMs);
}

void SmtpClient::finish(const SmtpOutcome &outcome)
{
    m_timer.stop();
    m_step = Step::Idle;
    // Moved out first: the callback usually starts the next step.
    if (Callback done = std::exchange(m_done, {}))
        done(outcome);
}

void SmtpClient::fail(SmtpError::Kind kind, const QString &message)
{
    flushReceived();
    note(message.toUtf8());
    m_broken = true;
    m_socket->abort();
    if (m_step != Step::Idle)
        finish(std::unexpected(SmtpError {kind, message}));
}

void SmtpClient::onReadyRead()
{
    if (m_step == Step::Handshake || m_step == Step::Connecting)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    recordReceived(bytes);
    auto replies = m_parser.feed(bytes);
    if (!replies) {
        fail(SmtpError::Kind::Protocol, replies.error().message());
        return;
    }
    takeReplies(std::move(*replies));
}

void SmtpClient::takeReplies(QList<SmtpReply> replies)
{
    if (replies.isEmpty())
        return;
    // One step, one reply: everything after it came before its command was sent.
    const bool answers = m_step == Step::Reply;
    for (qsizetype i = answers ? 1 : 0; i < replies.size(); ++i) {
        unrequested(replies[i]);
        if (m_broken)
            break;
    }
    if (answers && m_violation) {
        finish(std::unexpected(*std::exchange(m_violation, std::nullopt)));
        return;
    }
    if (answers)
        finish(replies.first());
}

void SmtpClient::unrequested(const SmtpReply &reply)
{
    if (reply.code == 421 && !m_early && !m_violation) {
        m_early = reply;
        return;
    }
    const QString message = Tr::tr("protocol violation: the server sent \"%1\" before the command it answers")
                                .arg(reply.summary().left(80));
    note(message.toUtf8());
    m_violation = SmtpError {SmtpError::Kind::Protocol, message};
    m_early.reset();
    m_broken = true;
    m_socket->abort();
}

void SmtpClient::onDisconnected()
{
    flushReceived();
    note("connection closed");
    if (m_step == Step::Idle || m_broken)
        return;
    m_broken = true;
    if (m_step == Step::Reply && m_early)
        finish(*std::exchange(m_early, std::nullopt));
    else if (m_step == Step::Handshake)
        finish(std::unexpected(
            SmtpError {SmtpError::Kind::Tls, Tr::tr("the server closed the connection during the TLS handshake")}));
    else
        finish(std::unexpected(SmtpError {SmtpError::Kind::Closed, Tr::tr("the server closed the connection")}));
}

void SmtpClient::onTimeout()
{
    const int ms = m_step == Step::Connecting ? m_endpoint.connectTimeoutMs : m_endpoint.stepTimeoutMs;
    const QString what = m_step == Step::Connecting ? Tr::tr("connecting")
        : m_step == Step::Handshake                 ? Tr::tr("the TLS handshake")
                                                    : Tr::tr("a reply");
    fail(SmtpError::Kind::Timeout, Tr::tr("timed out after %1 s waiting for %2").arg(ms / 1000.0).arg(what));
}

qsizetype SmtpClient::bufferedBytes() const
{
    return m_pendingLine.size() + m_parser.bufferedBytes();
}

qsizetype SmtpClient::transcriptBytes() const
{
    qsizetype total = 0;
    for (const TranscriptLine &line : m_transcript)
        total += line.text.size();
    return total;
}

void SmtpClient::recordReceived(const QByteArray &bytes)
{
    m_pendingLine.append(bytes);
    qsizetype start = 0;
    for (qsizetype end = m_pendingLine.indexOf('\n'); end >= 0; end = m_pendingLine.indexOf('\n', start)) {
        const QByteArray line = m_pendingLine.mid(start, end - start);
        record(TranscriptLine::Kind::Received, line.endsWith('\r') ? line.chopped(1) : line);
        start = end + 1;
    }
    m_pendingLine.remove(0, start);
    // A line without end that keeps growing is shown once it is too long to wait for.
    if (m_pendingLine.size() > SmtpReplyParser::MaxLineLength)
        flushReceived();
}

void SmtpClient::flushReceived()
{
    if (!m_pendingLine.isEmpty())
        record(TranscriptLine::Kind::Received, std::exchange(m_pendingLine, {}));
}

void SmtpClient::note(const QByteArray &text)
{
    record(TranscriptLine::Kind::Note, text);
}

void SmtpClient::record(TranscriptLine::Kind kind, const QByteArray &text)
{
    // A hostile server could fill the transcript forever: the last places are kept for
    // our notes (errors, closing), the ones before for the conversation.
    constexpr qsizetype notesReserve = 16;
    const qsizetype limit = kind == TranscriptLine::Kind::Note ? MaxTranscriptLines : MaxTranscriptLines - notesReserve;
    if (m_transcript.size() >= limit)
        return;
    if (m_transcript.size() == limit - 1 && kind != TranscriptLine::Kind::Note) {
        m_transcript.append({TranscriptLine::Kind::Note, "transcript full; further server lines are not kept",
            m_clock.isValid() ? m_clock.elapsed() : 0});
        return;
    }
    // Very long lines stay readable in reports; the parser has the real bytes.
    QByteArray shown = text.size() > MaxShownLine
        ? text.left(MaxShownLine) + "… (" + QByteArray::number(text.size()) + " bytes)"
        : text;
    m_transcript.append({kind, shown, m_clock.isValid() ? m_clock.elapsed() : 0});
}

} // namespace Mailwarden::Probes
