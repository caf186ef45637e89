#include "auditrunner.h"

#include "core/tr.h"
#include "mta/mta.h"
#include "mta/privacysettings.h"
#include "postfix/postfixmastercf.h"
#include "probes/proberunner.h"
#include "remote/host.h"
#include "remote/portforward.h"
#include "sendmail/sendmailmc.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace Mailwarden::Hardening {

namespace {

// What an attacker would try first: SMTP, submission, SMTPS, POP3(S), IMAP(S).
const QList<quint16> kServicePorts {25, 110, 143, 465, 587, 993, 995};

std::optional<quint16> portNumber(const QByteArray &text)
{
    if (text == "smtp")
        return 25;
    bool ok = false;
    const uint n = text.toUInt(&ok);
    return ok && n > 0 && n < 65536 ? std::optional<quint16>(quint16(n)) : std::nullopt;
}

} // namespace

AuditRunner::AuditRunner(Host &host, MtaKind profileKind, const AuditOptions &options, QObject *parent)
    : QObject(parent), m_host(host), m_profileKind(profileKind), m_options(options)
{
    m_input.role = options.role;
    m_report.role = options.role;
    m_report.host = host.displayName();
}

AuditRunner::~AuditRunner() = default;

std::optional<quint16> AuditRunner::smtpPort(const HostSurvey &survey, const HostFacts &facts)
{
    const auto contentOf = [&](const char *format) -> std::pair<QString, QByteArray> {
        for (const CatalogueEntry &e : survey.catalogue) {
            if (e.formatType == QLatin1String(format)) {
                const FileFact *f = facts.file(e.path);
                return {e.path, f ? f->content : QByteArray()};
            }
        }
        return {};
    };
    switch (survey.mtaKind()) {
    case MtaKind::Postfix: {
        const auto [path, text] = contentOf("postfix-master");
        const auto master = PostfixMasterCf::parse(text, path);
        if (!master)
            return std::nullopt;
        for (const PostfixService &s : master->services()) {
            const bool wrapper = std::any_of(s.options.begin(), s.options.end(), [](const auto &o) {
                return o.first == "smtpd_tls_wrappermode" || o.first == "smtpd_sasl_auth_enable";
            });
            if (s.enabled && s.type == "inet" && s.command == "smtpd" && !wrapper)
                return portNumber(s.name.mid(s.name.lastIndexOf(':') + 1));
        }
        return std::nullopt;
    }
    case MtaKind::Sendmail: {
        const auto [path, text] = contentOf("sendmail-mc");
        const auto mc = SendmailMc::parse(text, path);
        if (!mc)
            return std::nullopt;
        for (const SendmailMc::Call &c : mc->calls("DAEMON_OPTIONS")) {
            static const QRegularExpression port(QStringLiteral("(?:^|,)\\s*Port=(\\w+)"));
            if (const auto m = port.match(QString::fromUtf8(c.args.value(0))); m.hasMatch())
                return portNumber(m.captured(1).toUtf8());
        }
        return 25; // sendmail.mc without DAEMON_OPTIONS listens on smtp
    }
    case MtaKind::Qmail:
        for (const QString &path : qmailRunScripts()) {
            const FileFact *f = facts.file(path);
            if (!f || !f->read)
                continue;
            // tcpserver's first argument that is no option and no option's value is the host, then the port
            QByteArray text = f->content;
            text.replace("\\\n", " ");
            const qsizetype at = text.indexOf("tcpserver");
            if (at < 0)
                continue;
            const QList<QByteArray> words = text.mid(at).simplified().split(' ');
            static const QList<QByteArray> withValue {"-c", "-C", "-x", "-B", "-g", "-u", "-l", "-b", "-t"};
            qsizetype i = 1;
            while (i < words.size() && words.at(i).startsWith('-'))
                i += withValue.contains(words.at(i)) ? 2 : 1;
            if (i + 1 < words.size())
                return portNumber(words.at(i + 1)); // after the host
        }
        return std::nullopt;
    case MtaKind::Unknown:
        break;
    }
    return std::nullopt;
}

void AuditRunner::auditedFiles(const HostSurvey &survey, QStringList &read, QStringList &statOnly)
{
    using Group = CatalogueEntry::Group;
    for (const CatalogueEntry &e : survey.catalogue) {
        const bool wanted = e.group == Group::MainConfig || e.group == Group::Aliases
            || e.group == Group::AccessAndRelay || e.group == Group::ControlFiles
            || e.formatType == QLatin1String("qmail-tcprules");
        (wanted && !e.readOnly ? read : statOnly).append(e.path);
    }
    switch (survey.mtaKind()) {
    case MtaKind::Postfix:
        if (const QByteArray queue = survey.optionValue("queue_directory"); !queue.isEmpty())
            statOnly << QString::fromUtf8(queue);
        break;
    case MtaKind::Sendmail:
        statOnly << QStringLiteral("/var/spool/mqueue");
        break;
    case MtaKind::Qmail:
        // a control file the fixes may create (databytes) is a fact even while absent
        for (const PrivacySetting &s : PrivacySettings::forHost(survey)) {
            if (s.kind != PrivacySetting::Kind::Unavailable)
                read << PrivacySettings::fileOf(s, survey);
        }
        for (const QString &script : qmailRunScripts())
            read << script << QString(script).replace(QLatin1String("/run"), QLatin1String("/log/run"));
        for (const char *name : {"postmaster", "abuse", "mailer-daemon", "root"})
            read << QStringLiteral("/var/qmail/alias/.qmail-") + QLatin1String(name);
        read << QStringLiteral("/var/qmail/control/rcpthosts") << QStringLiteral("/var/qmail/control/percenthack");
        statOnly << QStringLiteral("/var/qmail/queue");
        break;
    case MtaKind::Unknown:
        break;
    }
    read.removeDuplicates();
    statOnly.removeDuplicates();
    for (const QString &path : std::as_const(read))
        statOnly.removeAll(path);
}

void AuditRunner::start()
{
    m_timer.start();
    Q_EMIT progress(tr("Detecting the mail system"));
    MtaSurvey::survey(m_host, m_profileKind).then(this, [this](const RemoteResult<HostSurvey> &survey) {
        if (!survey) {
            m_error = survey.error().toString();
            finish();
            return;
        }
        m_input.survey = *survey;
        m_report.mta = survey->mtaKind();
        m_report.roundTrips = survey->roundTrips;
        readFacts();
    });
}

void AuditRunner::readFacts()
{
    Q_EMIT progress(tr("Reading files, listening ports and sshd's settings"));
    QStringList statOnly;
    auditedFiles(m_input.survey, m_read, statOnly);
    m_host.run(HostFacts::command(m_report.mta, m_read, statOnly))
        .then(this, [this](const RemoteResult<CommandResult> &run) {
            ++m_report.roundTrips;
            if (!run) {
                m_error = run.error().toString();
                finish();
                return;
            }
            auto facts = HostFacts::parse(run->out);
            if (!facts) {
                m_error = facts.error();
                finish();
                return;
            }
            m_input.facts = *facts;
            QStringList unreadable;
            for (const FileFact &f : std::as_const(m_input.facts.files)) {
                if (f.exists && !f.read && m_read.contains(f.path))
                    unreadable << f.path;
            }
            readWithHelper(unreadable);
        });
}

// Files the login user may not read (Debian's /etc/mail/access is 0640
// root:smmsp) through the file helper, one round trip each; a host without
// the helper leaves them unread, and the rules say so.
void AuditRunner::readWithHelper(QStringList paths)
{
    if (paths.isEmpty()) {
        startProbes();
        return;
    }
    const QString path = paths.takeFirst();
    m_host.readFile(path, Host::Access::Root).then(this, [this, path, paths](const RemoteResult<QByteArray> &content) {
        ++m_report.roundTrips;
        if (content) {
            FileFact &f = m_input.facts.files[path];
            f.read = true;
            f.truncated = content->size() > HostFacts::kReadLimit;
            f.content = content->left(HostFacts::kReadLimit);
        }
        readWithHelper(paths);
    });
}

void AuditRunner::startProbes()
{
    if (!m_options.probes) {
        finish();
        return;
    }
    const quint16 port = m_options.smtpPort ? m_options.smtpPort : smtpPort(m_input.survey, m_input.facts).value_or(25);
    Q_EMIT progress(tr("Probing SMTP on %1:%2 from here and from inside").arg(m_options.address).arg(port));
    m_pending = 3;

    Probes::ProbeSettings outside = Probes::probeSettings(m_options.address, port);
    outside.endpoint.sourceAddress = m_options.source;
    outside.tlsVersionsOnly = true;
    outside.endpoint.connectTimeoutMs = m_options.timeoutMs;
    outside.endpoint.stepTimeoutMs = m_options.timeoutMs;
    m_outside = std::make_unique<Probes::ProbeRunner>(
        outside, QList<Probes::ProbeKind> {Probes::ProbeKind::Relay, Probes::ProbeKind::Smtp, Probes::ProbeKind::Tls});
    connect(m_outside.get(), &Probes::ProbeRunner::finished, this, [this] {
        m_input.outside = m_outside->report();
        probeDone();
    });
    m_outside->start();

    // From inside: through the SSH channel to the MTA's port on the host's loopback.
    m_host.forwardPort(QStringLiteral("127.0.0.1"), port)
        .then(this, [this, port](const RemoteResult<std::shared_ptr<PortForward>> &forward) {
            ++m_report.roundTrips;
            if (!forward) {
                Probes::ProbeReport failed;
                failed.target = QStringLiteral("127.0.0.1:%1").arg(port);
                failed.connectionError = forward.error().toString();
                m_input.inside = failed;
                probeDone();
                return;
            }
            Probes::ProbeSettings inside = Probes::probeSettings(QStringLiteral("127.0.0.1"), port);
            inside.endpoint.host = (*forward)->address();
            inside.endpoint.port = (*forward)->port();
            inside.endpoint.connectTimeoutMs = m_options.timeoutMs;
            inside.endpoint.stepTimeoutMs = m_options.timeoutMs;
            m_inside
                = std::make_unique<Probes::ProbeRunner>(inside, QList<Probes::ProbeKind> {Probes::ProbeKind::Relay});
            m_inside->setForward(*forward, m_report.host);
            connect(m_inside.get(), &Probes::ProbeRunner::finished, this, [this] {
                m_input.inside = m_inside->report();
                probeDone();
            });
            m_inside->start();
        });

    // What an attacker sees: TCP connects to the usual ports, all at once.
    auto open = std::make_shared<int>(int(kServicePorts.size()));
    m_input.triedPorts = kServicePorts;
    for (quint16 p : kServicePorts) {
        auto *socket = new QTcpSocket(this);
        if (!m_options.source.isNull())
            socket->bind(m_options.source);
        const auto done = [this, socket, open, p](bool reached) {
            if (socket->property("done").toBool())
                return;
            socket->setProperty("done", true);
            if (reached)
                m_input.reachablePorts.append(p);
            socket->abort();
            socket->deleteLater();
            if (--*open == 0) {
                std::sort(m_input.reachablePorts.begin(), m_input.reachablePorts.end());
                probeDone();
            }
        };
        connect(socket, &QTcpSocket::connected, this, [done] { done(true); });
        connect(socket, &QTcpSocket::errorOccurred, this, [done] { done(false); });
        QTimer::singleShot(m_options.timeoutMs, socket, [done] { done(false); });
        socket->connectToHost(m_options.address, p);
    }
}

void AuditRunner::probeDone()
{
    if (--m_pending == 0)
        finish();
}

void AuditRunner::finish()
{
    if (m_error.isEmpty())
        m_report.findings = evaluate(m_input);
    m_report.elapsedMs = m_timer.elapsed();
    Q_EMIT finished();
}

} // namespace Mailwarden::Hardening
