#pragma once

#include "checkresult.h"
#include "smtpprobe.h"

#include <QObject>

#include <memory>

namespace Mailwarden {
class PortForward;
}

namespace Mailwarden::Probes {

enum class ProbeKind { Relay, Tls, Smtp };

/// "relay", "tls", "smtp"
QString probeKindName(ProbeKind kind);

/// Runs the chosen probes one after another against one server and
/// collects a ProbeReport. Stops early when the server cannot be reached.
/// Emits finished() once; report() is complete then.
class ProbeRunner final : public QObject
{
    Q_OBJECT
public:
    ProbeRunner(const ProbeSettings &settings, const QList<ProbeKind> &kinds, QObject *parent = nullptr);
    ~ProbeRunner() override;
    Q_DISABLE_COPY_MOVE(ProbeRunner)

    /// Keeps a port forward (Host::forwardPort) open while the probes run
    /// through it; \a via names its host for the report.
    void setForward(std::shared_ptr<PortForward> forward, const QString &via);
    void start();
    const ProbeReport &report() const { return m_report; }

Q_SIGNALS:
    void finished();
    /// Progress: probe \a index of the run (0-based) produced the check \a title.
    void checkAdded(int index, const QString &title);

private:
    void runNext();

    ProbeSettings m_settings;
    QList<ProbeKind> m_kinds;
    qsizetype m_next = 0;
    SmtpProbe *m_current = nullptr;
    std::shared_ptr<PortForward> m_forward;
    ProbeReport m_report;
};

} // namespace Mailwarden::Probes
