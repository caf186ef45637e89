#include "smtpprobe.h"

#include "core/tr.h"

#include <QTimer>

namespace Mailwarden::Probes {

ProbeSettings probeSettings(const QString &target, quint16 port, bool implicitTls)
{
    ProbeSettings settings;
    settings.targetName = target;
    settings.targetPort = port;
    if (!QHostAddress(target).isNull())
        settings.targetAddress = target;
    settings.endpoint.host = target;
    settings.endpoint.port = port;
    settings.endpoint.peerName = target;
    if (implicitTls)
        settings.endpoint.implicitTls = QSslConfiguration::defaultConfiguration();
    return settings;
}

QString greetingName(const SmtpReply &greeting)
{
    return greeting.lines.isEmpty() ? QString()
                                    : QString::fromUtf8(greeting.lines.first().trimmed().split(' ').value(0));
}

SmtpProbe::SmtpProbe(const ProbeSettings &settings, QObject *parent) : QObject(parent), m_settings(settings) { }

SmtpProbe::~SmtpProbe() = default;

void SmtpProbe::start()
{
    // Queued so that a caller can connect to finished() after start().
    QTimer::singleShot(0, this, [this] { run(); });
}

Transcript SmtpProbe::fullTranscript() const
{
    return m_closedTranscripts + (m_client ? m_client->transcript() : Transcript());
}

namespace {

SmtpError refused(const QString &why)
{
    return {SmtpError::Kind::Refused, why};
}

} // namespace

void SmtpProbe::openConnection(
    Greet greet, const std::function<void()> &then, const std::function<void(const SmtpError &why)> &failed)
{
    if (m_client) {
        m_closedTranscripts += m_client->transcript();
        m_client->abort();
        m_client->deleteLater();
    }
    m_client = new SmtpClient(this);
    const bool first = m_connections++ == 0;
    const auto broken = [this, first, failed](const SmtpError &why) {
        if (failed && !first)
            return failed(why);
        if (first)
            m_connectionError = why.message;
        else
            add({m_failedCheckId, Tr::tr("Connection"), Verdict::Error, why.message, {}, {}, m_client->transcript()});
        m_client->abort();
        done();
    };
    m_client->open(m_settings.endpoint, [=, this](const SmtpOutcome &greeting) {
        if (!greeting)
            return broken(greeting.error());
        if (!greeting->isPositive())
            return broken(refused(Tr::tr("the server refused the connection: %1").arg(greeting->summary())));
        m_greeting = *greeting;
        if (greet == Greet::None)
            return then();
        send("EHLO " + m_settings.heloName, [=, this](const SmtpOutcome &ehlo) {
            if (!ehlo)
                return broken(ehlo.error());
            if (ehlo->isPositive()) {
                m_caps = EhloCapabilities::fromReply(*ehlo);
                return then();
            }
            // Servers without ESMTP: HELO, and no capabilities.
            send("HELO " + m_settings.heloName, [=, this](const SmtpOutcome &helo) {
                if (!helo || !helo->isPositive())
                    return broken(
                        helo ? refused(Tr::tr("the server refused HELO: %1").arg(helo->summary())) : helo.error());
                m_caps = {};
                then();
            });
        });
    });
}

void SmtpProbe::send(const QByteArray &command, const SmtpClient::Callback &then)
{
    m_client->send(command, then);
}

void SmtpProbe::quitAndFinish()
{
    m_client->quit([this](const SmtpOutcome &) { done(); });
}

void SmtpProbe::done()
{
    if (std::exchange(m_finished, true))
        return;
    // Queued: the client's callback that got us here is still on the stack.
    QTimer::singleShot(0, this, &SmtpProbe::finished);
}

void SmtpProbe::add(CheckResult result)
{
    const QString title = result.title;
    m_results.append(std::move(result));
    Q_EMIT checkAdded(title);
}

CheckResult SmtpProbe::errorCheck(const QString &id, const QString &title, const SmtpError &error) const
{
    return {id, title, Verdict::Error, error.message, {}, {}, m_client->transcript()};
}

Transcript SmtpProbe::transcriptSince(qsizetype from) const
{
    return m_client->transcript().mid(from);
}

qsizetype SmtpProbe::mark() const
{
    return m_client ? m_client->transcript().size() : 0;
}

} // namespace Mailwarden::Probes
