#pragma once

#include "checkresult.h"
#include "ehlocapabilities.h"
#include "smtpclient.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Mailwarden::Probes {

/// What every probe needs to know about the server it tests.
struct ProbeSettings {
    SmtpEndpoint endpoint; ///< where to connect (possibly a port forward)
    QString targetName; ///< the server's name or address as the user gave it
    quint16 targetPort = 0; ///< its port as the user gave it (0: endpoint.port), for reports
    QString targetAddress; ///< its address as the server sees itself, for "[ip]" forms
    QByteArray heloName = "probe.mailwarden.invalid";
    /// TLS: the handshake, the certificate and which versions are accepted,
    /// without the suite and group scans and the grade built on them: a
    /// handful of connections instead of dozens (the hardening audit, which
    /// a connection rate limit on the server would otherwise cut short).
    bool tlsVersionsOnly = false;
};

/// The settings for testing \a target (a name or an address) on \a port as
/// the user named them; \a implicitTls for SMTPS (TLS from the first byte).
/// A caller that reaches the server through a port forward then points
/// endpoint.host and endpoint.port at the forward.
ProbeSettings probeSettings(const QString &target, quint16 port, bool implicitTls = false);

/// The port of SMTPS (RFC 8314): implicit TLS is the default there.
inline constexpr quint16 SmtpsPort = 465;

/// Base of the relay, TLS and exposure probes: one asynchronous run that
/// opens SMTP connections, adds CheckResults and emits finished() once.
/// Subclasses implement run(); results() and connectionError() are valid
/// after finished().
class SmtpProbe : public QObject
{
    Q_OBJECT
public:
    explicit SmtpProbe(const ProbeSettings &settings, QObject *parent = nullptr);
    ~SmtpProbe() override;
    Q_DISABLE_COPY_MOVE(SmtpProbe)

    void start();
    QList<CheckResult> results() const { return m_results; }
    /// Non-empty when the first connection failed (no greeting at all).
    QString connectionError() const { return m_connectionError; }
    /// Every connection's transcript, in order.
    Transcript fullTranscript() const;

Q_SIGNALS:
    void finished();
    /// A check came out (for progress: the title of the check).
    void checkAdded(const QString &title);

protected:
    /// Runs once start() was called; ends by calling done().
    virtual void run() = 0;

    enum class Greet { Ehlo, None };
    /// Opens a new connection (the previous one is closed) and reads the
    /// greeting, then EHLO (HELO when EHLO is refused) unless \a greet is
    /// None. \a then runs with the greeting reply on success; on failure the
    /// probe ends: with connectionError() on the first connection, with an
    /// Error check m_failedCheckId otherwise — unless \a failed is given,
    /// which then gets the reason and decides.
    void openConnection(
        Greet greet, const std::function<void()> &then, const std::function<void(const SmtpError &why)> &failed = {});
    /// Sends \a command; \a then gets the outcome.
    void send(const QByteArray &command, const SmtpClient::Callback &then);
    /// QUIT, then done().
    void quitAndFinish();
    void done();
    void add(CheckResult result);
    /// An Error check for a broken conversation.
    CheckResult errorCheck(const QString &id, const QString &title, const SmtpError &error) const;
    /// Transcript lines of the current connection since \a mark.
    Transcript transcriptSince(qsizetype mark) const;
    qsizetype mark() const;

    ProbeSettings m_settings;
    SmtpClient *m_client = nullptr;
    SmtpReply m_greeting;
    EhloCapabilities m_caps;
    QList<CheckResult> m_results;
    QString m_connectionError;
    QString m_failedCheckId = QStringLiteral("smtp.connection");

private:
    Transcript m_closedTranscripts;
    int m_connections = 0;
    bool m_finished = false;
};

/// The server's name from its greeting ("220 postfix.lab.test ESMTP …").
QString greetingName(const SmtpReply &greeting);

} // namespace Mailwarden::Probes
