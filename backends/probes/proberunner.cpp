#include "proberunner.h"

#include "exposureprobe.h"
#include "relayprobe.h"
#include "remote/portforward.h"
#include "tlsprobe.h"

namespace Mailwarden::Probes {

QString probeKindName(ProbeKind kind)
{
    switch (kind) {
    case ProbeKind::Relay:
        return QStringLiteral("relay");
    case ProbeKind::Tls:
        return QStringLiteral("tls");
    case ProbeKind::Smtp:
        return QStringLiteral("smtp");
    }
    return {};
}

ProbeRunner::ProbeRunner(const ProbeSettings &settings, const QList<ProbeKind> &kinds, QObject *parent)
    : QObject(parent), m_settings(settings), m_kinds(kinds)
{
    m_report.target = QStringLiteral("%1:%2")
                          .arg(settings.targetName)
                          .arg(settings.targetPort ? settings.targetPort : settings.endpoint.port);
}

ProbeRunner::~ProbeRunner() = default;

void ProbeRunner::setForward(std::shared_ptr<PortForward> forward, const QString &via)
{
    m_forward = std::move(forward);
    m_report.via = via;
}

void ProbeRunner::start()
{
    runNext();
}

void ProbeRunner::runNext()
{
    if (m_current) {
        const QString kind = probeKindName(m_kinds[m_next - 1]);
        for (CheckResult check : m_current->results()) {
            check.probe = kind;
            m_report.checks.append(std::move(check));
        }
        m_report.connectionError = m_current->connectionError();
        m_current->deleteLater();
        m_current = nullptr;
    }
    if (m_next >= m_kinds.size() || !m_report.connectionError.isEmpty()) {
        m_forward.reset();
        Q_EMIT finished();
        return;
    }
    switch (m_kinds[m_next++]) {
    case ProbeKind::Relay:
        m_current = new RelayProbe(m_settings, {}, this);
        break;
    case ProbeKind::Tls:
        m_current = new TlsProbe(m_settings, this);
        break;
    case ProbeKind::Smtp:
        m_current = new ExposureProbe(m_settings, this);
        break;
    }
    connect(m_current, &SmtpProbe::finished, this, &ProbeRunner::runNext);
    connect(m_current, &SmtpProbe::checkAdded, this,
        [this, index = int(m_next - 1)](const QString &title) { Q_EMIT checkAdded(index, title); });
    m_current->start();
}

} // namespace Mailwarden::Probes
