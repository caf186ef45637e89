#pragma once

#include "audit.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

#include <memory>

namespace Mailwarden {
class Host;
class PortForward;
} // namespace Mailwarden

namespace Mailwarden::Probes {
class ProbeRunner;
}

namespace Mailwarden::Hardening {

struct AuditOptions {
    Role role = Role::Mx;
    QString address; ///< the host's address as this machine reaches it (the profile's)
    quint16 smtpPort = 0; ///< 0: the port the MTA's configuration listens on (25 when it cannot tell)
    QHostAddress source; ///< the probes' local address (null: any); the lab's Sendmail trusts 127.0.0.1
    bool probes = true; ///< false: configuration and host facts only
    int timeoutMs = 10000; ///< each probe step and each port connect
};

/// One host's audit, asynchronously: the survey (detection, catalogue,
/// options), then the host's facts in one round trip, then at the same time
/// the probes from this machine (relay, SMTP exposure, TLS), the relay probe
/// from inside through the SSH channel and TCP connects to the usual service
/// ports. Emits finished() once; report() and input() are complete then
/// (error() is set when the host could not be surveyed at all).
class AuditRunner final : public QObject
{
    Q_OBJECT
public:
    AuditRunner(Host &host, MtaKind profileKind, const AuditOptions &options, QObject *parent = nullptr);
    ~AuditRunner() override;
    Q_DISABLE_COPY_MOVE(AuditRunner)

    void start();
    const AuditReport &report() const { return m_report; }
    /// What the rules were judged on (HardeningPlan builds from its survey and facts).
    const AuditInput &input() const { return m_input; }
    QString error() const { return m_error; }

    /// The port the MTA accepts mail on, from its configuration; nullopt when it cannot tell.
    static std::optional<quint16> smtpPort(const HostSurvey &survey, const HostFacts &facts);
    /// The files the audit reads (\a read) and only stats (\a statOnly) on a host with \a survey.
    static void auditedFiles(const HostSurvey &survey, QStringList &read, QStringList &statOnly);

Q_SIGNALS:
    /// A step began (translated, for a progress line).
    void progress(const QString &step);
    void finished();

private:
    void readFacts();
    void readWithHelper(QStringList paths);
    void startProbes();
    void probeDone();
    void finish();

    Host &m_host;
    MtaKind m_profileKind;
    AuditOptions m_options;
    AuditInput m_input;
    AuditReport m_report;
    QString m_error;
    QStringList m_read; ///< the files the audit reads
    QElapsedTimer m_timer;
    int m_pending = 0;
    std::unique_ptr<Probes::ProbeRunner> m_outside, m_inside;
};

} // namespace Mailwarden::Hardening
