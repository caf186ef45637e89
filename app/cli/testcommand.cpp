// mailwarden-cli test relay|tls|smtp|all HOST[:PORT] [--from-host NAME] [--json]
//     [--source ADDRESS] [--helo NAME] [--timeout SECONDS] [--transcript]
// Open-relay, STARTTLS and SMTP exposure tests against one server; with
// --from-host the connections start inside that host (SSH direct-tcpip), so
// the server sees the host's own address. Exit: 0 nothing failed, 1 a check
// failed, 2 usage or connection error.
#include "clicommand.h"

#include "core/portnumber.h"
#include "probes/probereportformat.h"
#include "probes/proberunner.h"
#include "remote/host.h"
#include "remote/sshsession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>

namespace Mailwarden::Cli {

namespace {

using namespace Mailwarden::Probes;

constexpr qint64 kMaxTimeoutSeconds = 3600;

struct TestArgs {
    QList<ProbeKind> kinds;
    QString host;
    quint16 port = 25;
    QString fromHost;
    QHostAddress source;
    QByteArray helo;
    int timeoutSeconds = 20;
    bool json = false;
    bool transcript = false;
    std::optional<bool> implicitTls; ///< unset: implicit TLS on port 465 only
};

QString usage()
{
    return QCoreApplication::translate("cli",
        "usage: mailwarden-cli test relay|tls|smtp|all HOST[:PORT] [--from-host NAME] [--json] "
        "[--source ADDRESS] [--helo NAME] [--timeout SECONDS] [--transcript] [--implicit-tls|--starttls]");
}

// "host", "host:25", "[::1]:25", "::1"
bool splitHostPort(const QString &text, QString &host, quint16 &port)
{
    QString rest;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        host = text.mid(1, close - 1);
        rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return false;
        rest = rest.mid(1);
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        rest = text.section(QLatin1Char(':'), 1);
    } else {
        host = text; // a name, or a bare IPv6 address
    }
    if (!rest.isEmpty()) {
        const std::optional<quint16> value = parsePortNumber(rest);
        if (!value)
            return false;
        port = *value;
    }
    return !host.isEmpty();
}

std::expected<TestArgs, QString> parseArgs(QStringList args)
{
    TestArgs a;
    QStringList positional;
    while (!args.isEmpty()) {
        QString arg = args.takeFirst();
        QString value;
        const bool takesValue = arg == QLatin1String("--from-host") || arg == QLatin1String("--source")
            || arg == QLatin1String("--helo") || arg == QLatin1String("--timeout");
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            value = arg.mid(arg.indexOf(QLatin1Char('=')) + 1);
            arg = arg.left(arg.indexOf(QLatin1Char('=')));
        } else if (takesValue) {
            if (args.isEmpty())
                return std::unexpected(QCoreApplication::translate("cli", "test: %1 needs a value").arg(arg));
            value = args.takeFirst();
        }
        if (arg == QLatin1String("--from-host")) {
            a.fromHost = value;
        } else if (arg == QLatin1String("--source")) {
            if (!a.source.setAddress(value))
                return std::unexpected(QCoreApplication::translate("cli", "test: '%1' is not an address").arg(value));
        } else if (arg == QLatin1String("--helo")) {
            a.helo = value.toUtf8();
        } else if (arg == QLatin1String("--timeout")) {
            // Seconds become milliseconds in an int: bounded far below that.
            bool ok = false;
            const qint64 seconds = value.toLongLong(&ok);
            if (!ok || seconds < 1 || seconds > kMaxTimeoutSeconds)
                return std::unexpected(QCoreApplication::translate("cli", "test: --timeout needs seconds from 1 to %1")
                        .arg(kMaxTimeoutSeconds));
            a.timeoutSeconds = int(seconds);
        } else if (arg == QLatin1String("--json")) {
            a.json = true;
        } else if (arg == QLatin1String("--transcript")) {
            a.transcript = true;
        } else if (arg == QLatin1String("--implicit-tls") || arg == QLatin1String("--starttls")) {
            a.implicitTls = arg == QLatin1String("--implicit-tls");
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return std::unexpected(QCoreApplication::translate("cli", "test: unknown option '%1'").arg(arg));
        } else {
            positional << arg;
        }
    }
    if (positional.size() != 2)
        return std::unexpected(QCoreApplication::translate("cli", "test: name the tests and one server"));
    const QString which = positional.first();
    if (which == QLatin1String("relay"))
        a.kinds = {ProbeKind::Relay};
    else if (which == QLatin1String("tls"))
        a.kinds = {ProbeKind::Tls};
    else if (which == QLatin1String("smtp"))
        a.kinds = {ProbeKind::Smtp};
    else if (which == QLatin1String("all"))
        a.kinds = {ProbeKind::Relay, ProbeKind::Tls, ProbeKind::Smtp};
    else
        return std::unexpected(
            QCoreApplication::translate("cli", "test: unknown test '%1' (relay, tls, smtp or all)").arg(which));
    if (!splitHostPort(positional.at(1), a.host, a.port))
        return std::unexpected(
            QCoreApplication::translate("cli", "test: '%1' is not HOST or HOST:PORT (a port is 1 to 65535)")
                .arg(positional.at(1)));
    if (!a.fromHost.isEmpty() && !a.source.isNull())
        return std::unexpected(QCoreApplication::translate("cli", "test: --source and --from-host exclude each other"));
    return a;
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto a = parseArgs(args);
    if (!a) {
        err << a.error() << '\n' << usage() << '\n';
        return UsageError;
    }
    ProbeSettings settings = probeSettings(a->host, a->port, a->implicitTls.value_or(a->port == SmtpsPort));
    settings.endpoint.sourceAddress = a->source;
    settings.endpoint.stepTimeoutMs = a->timeoutSeconds * 1000;
    settings.endpoint.connectTimeoutMs = a->timeoutSeconds * 1000;
    if (!a->helo.isEmpty())
        settings.heloName = a->helo;

    std::unique_ptr<Host> host;
    std::shared_ptr<PortForward> forward;
    if (!a->fromHost.isEmpty()) {
        host = openHost(a->fromHost, SshOptions {}, err);
        if (!host)
            return UsageError;
        auto opened = host->forwardPort(a->host, a->port).result();
        if (!opened) {
            err << QCoreApplication::translate("cli", "test: cannot open a channel from %1 to %2:%3: %4")
                       .arg(a->fromHost, a->host)
                       .arg(a->port)
                       .arg(opened.error().toString())
                << '\n';
            return UsageError;
        }
        forward = *opened;
        settings.endpoint.host = forward->address();
        settings.endpoint.port = forward->port();
    }

    ProbeRunner runner(settings, a->kinds);
    if (forward)
        runner.setForward(std::exchange(forward, {}), a->fromHost);
    QEventLoop loop;
    QObject::connect(&runner, &ProbeRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();

    const ProbeReport &report = runner.report();
    if (a->json)
        out << QJsonDocument(reportJson(report)).toJson(QJsonDocument::Indented);
    else
        out << reportText(report, a->transcript);
    return report.exitCode();
}

} // namespace

Command testCommand()
{
    return {QStringLiteral("test"),
        QCoreApplication::translate(
            "cli", "Test a mail server for open relaying, STARTTLS/certificate and SMTP exposure."),
        [](const QStringList &args, QTextStream &out, QTextStream &err) { return run(args, out, err); }};
}

} // namespace Mailwarden::Cli
