#pragma once

#include "smtpreply.h"
#include "transcript.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <expected>
#include <functional>
#include <optional>

class QSslSocket;

namespace Mailwarden::Probes {

/// Where and how to reach an SMTP server.
struct SmtpEndpoint {
    QString host; ///< what to connect to (a name, an address, or a port forward's address)
    quint16 port = 25;
    QString peerName; ///< the server's name for SNI and reports; host when empty
    QHostAddress sourceAddress; ///< bind to this local address first (null: any)
    int connectTimeoutMs = 10000;
    int stepTimeoutMs = 20000; ///< each reply, and the TLS handshake
    /// TLS from the first byte (SMTPS, RFC 8314, port 465): the handshake with
    /// this configuration comes before the greeting. Unset: plain SMTP.
    std::optional<QSslConfiguration> implicitTls;
};

/// Why a step of the conversation did not produce a reply.
struct SmtpError {
    enum class Kind {
        Connect, ///< the TCP connection could not be made (refused, bind, unreachable)
        Timeout, ///< no (complete) reply within the step's time
        Closed, ///< the server closed the connection
        Protocol, ///< the server's bytes are not SMTP replies
        Tls, ///< the TLS handshake failed
        Refused, ///< the server answered, but with a refusal (the reply is in the message)
    };
    Kind kind = Kind::Closed;
    QString message; ///< translated
};

using SmtpOutcome = std::expected<SmtpReply, SmtpError>;

/// An asynchronous SMTP client for probes: one step at a time (a command and
/// its reply), every step bounded by a timer, every byte kept in the
/// transcript. It never sends mail data; the probes decide what to say.
///
/// Each call takes a callback that runs exactly once, on this object's
/// thread, with the reply or the reason there is none. After an error the
/// connection is aborted and later steps fail at once with Kind::Closed.
/// Only one step may be in flight.
///
/// Memory stays bounded whatever the server sends: reply lines and lines per
/// reply are capped by the parser, the socket reads at most ReadChunk bytes at
/// a time, and the transcript keeps at most MaxTranscriptLines lines of at most
/// about MaxShownLine bytes. A reply that arrives before its command was sent
/// is a protocol violation (Kind::Protocol), not the next answer; the one
/// exception is a 421 (RFC 5321 3.8: the server may close at any time), which
/// answers the next step.
class SmtpClient final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SmtpOutcome &)>;

    static constexpr qsizetype ReadChunk = 64 * 1024;
    static constexpr qsizetype MaxTranscriptLines = 2000;
    static constexpr qsizetype MaxShownLine = 1000;

    explicit SmtpClient(QObject *parent = nullptr);
    ~SmtpClient() override;
    Q_DISABLE_COPY_MOVE(SmtpClient)

    /// Connects (bound to endpoint.sourceAddress when set), makes the TLS
    /// handshake first when endpoint.implicitTls is set, and reads the greeting.
    void open(const SmtpEndpoint &endpoint, Callback done);
    /// Sends one command line (without CRLF) and reads its reply.
    void send(const QByteArray &command, Callback done);
    /// STARTTLS, then the TLS handshake with \a configuration. \a done gets
    /// the 220 reply once the connection is encrypted; a refusal of STARTTLS
    /// is a reply with its code. Certificate problems do not stop the
    /// handshake (probes inspect certificates, they do not trust them); they
    /// are kept in sslErrors().
    void startTls(const QSslConfiguration &configuration, Callback done);
    /// QUIT when connected, then closes; \a done may be empty.
    void quit(Callback done = {});
    /// Closes at once without QUIT.
    void abort();

    bool isConnected() const;
    bool isEncrypted() const;
    const Transcript &transcript() const { return m_transcript; }
    /// The socket, for the negotiated TLS session (cipher, protocol, certificates).
    const QSslSocket *socket() const { return m_socket; }
    QList<QSslError> sslErrors() const { return m_sslErrors; }
    const SmtpEndpoint &endpoint() const { return m_endpoint; }
    /// Bytes of the server held for replies and transcript lines not complete
    /// yet (for tests of the bounds).
    qsizetype bufferedBytes() const;
    /// Bytes of text the transcript holds.
    qsizetype transcriptBytes() const;

private:
    enum class Step { Idle, Connecting, Reply, Handshake };

    void begin(Step step, int timeoutMs, Callback done);
    void encrypt(const QSslConfiguration &configuration);
    void readGreeting();
    void finish(const SmtpOutcome &outcome);
    void fail(SmtpError::Kind kind, const QString &message);
    void onReadyRead();
    void onDisconnected();
    void onTimeout();
    void recordReceived(const QByteArray &bytes);
    void flushReceived();
    void note(const QByteArray &text);
    void record(TranscriptLine::Kind kind, const QByteArray &text);

    QSslSocket *m_socket = nullptr;
    SmtpEndpoint m_endpoint;
    SmtpReplyParser m_parser;
    void takeReplies(QList<SmtpReply> replies);
    void unrequested(const SmtpReply &reply);

    std::optional<SmtpReply> m_early; ///< a 421 that came while no step waited
    std::optional<SmtpError> m_violation; ///< why the next step fails (found while idle)
    Transcript m_transcript;
    QByteArray m_pendingLine; ///< received bytes not yet ended by a newline
    QList<QSslError> m_sslErrors;
    QElapsedTimer m_clock;
    QTimer m_timer;
    Step m_step = Step::Idle;
    Callback m_done;
    SmtpReply m_tlsReply;
    bool m_broken = false;
    bool m_greeted = false;
};

} // namespace Mailwarden::Probes
