// mailwarden-cli stats [--host NAME] [--mta postfix|sendmail|qmail|auto] [--json]
//                      [--top N] [--syslog-name NAME] [--since DAY] [--until DAY]
//                      [--follow] [--known-hosts FILE] [--accept-new] FILE...|-
// DAY: today, yesterday or YYYY-MM-DD; only those days' lines count.
//   mailwarden-cli stats --mailstats [--json] (--host NAME | FILE|-)
// With --host the files are read (or followed) on that host over SSH;
// --mailstats reads Sendmail's mailstats table (on a host: sudo -n mailstats -P,
// which does not clear the counts).
#include "clicommand.h"
#include "core/displaytext.h"

#include "remote/hostprofile.h"
#include "remote/localhost.h"
#include "remote/sshsession.h"
#include "stats/hostlogs.h"
#include "stats/loganalysis.h"
#include "stats/loganalyzer.h"
#include "stats/mailstatstable.h"
#include "stats/statsreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>

#include <optional>

namespace Mailwarden::Cli {

namespace {

using namespace Mailwarden::Stats;

struct StatsArgs {
    std::optional<MtaKind> mta;
    bool json = false;
    bool follow = false;
    bool mailstats = false;
    int top = 10;
    QString syslogName = QStringLiteral("postfix");
    QString host;
    QDate since, until;
    SshOptions ssh;
    QStringList files;
};

// "today", "yesterday" or YYYY-MM-DD; an invalid date when it is none.
QDate dayFromName(const QString &name)
{
    const QDate today = QDate::currentDate();
    if (name == QLatin1String("today"))
        return today;
    if (name == QLatin1String("yesterday"))
        return today.addDays(-1);
    return QDate::fromString(name, Qt::ISODate);
}

std::optional<MtaKind> mtaFromName(const QString &name, bool &ok)
{
    const auto kind = mtaKindFromName(name);
    ok = kind ? *kind != MtaKind::Unknown : name == QLatin1String("auto");
    return kind == MtaKind::Unknown ? std::nullopt : kind;
}

std::expected<StatsArgs, QString> parseArgs(QStringList args)
{
    StatsArgs a;
    a.ssh.acceptNewHostKey = takeFlag(args, QStringLiteral("--accept-new"));
    a.ssh.knownHostsFile = takeOption(args, QStringLiteral("--known-hosts")).value_or(QString());
    while (!args.isEmpty()) {
        QString arg = args.takeFirst();
        QString value;
        const bool takesValue = arg == QLatin1String("--mta") || arg == QLatin1String("--top")
            || arg == QLatin1String("--host") || arg == QLatin1String("--syslog-name")
            || arg == QLatin1String("--since") || arg == QLatin1String("--until");
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            value = arg.mid(arg.indexOf(QLatin1Char('=')) + 1);
            arg = arg.left(arg.indexOf(QLatin1Char('=')));
        } else if (takesValue) {
            if (args.isEmpty())
                return std::unexpected(QCoreApplication::translate("cli", "stats: %1 needs a value").arg(arg));
            value = args.takeFirst();
        }
        if (arg == QLatin1String("--mta")) {
            bool ok;
            a.mta = mtaFromName(value, ok);
            if (!ok)
                return std::unexpected(
                    QCoreApplication::translate("cli", "stats: unknown MTA '%1' (postfix, sendmail, qmail or auto)")
                        .arg(value));
        } else if (arg == QLatin1String("--top")) {
            bool ok;
            a.top = value.toInt(&ok);
            if (!ok || a.top < 0)
                return std::unexpected(QCoreApplication::translate("cli", "stats: --top needs a number"));
        } else if (arg == QLatin1String("--host")) {
            a.host = value;
        } else if (arg == QLatin1String("--since") || arg == QLatin1String("--until")) {
            const QDate day = dayFromName(value);
            if (!day.isValid())
                return std::unexpected(
                    QCoreApplication::translate("cli", "stats: %1 takes today, yesterday or YYYY-MM-DD, not '%2'")
                        .arg(arg, value));
            (arg == QLatin1String("--since") ? a.since : a.until) = day;
        } else if (arg == QLatin1String("--syslog-name")) {
            a.syslogName = value;
        } else if (arg == QLatin1String("--json")) {
            a.json = true;
        } else if (arg == QLatin1String("--mailstats")) {
            a.mailstats = true;
        } else if (arg == QLatin1String("--follow") || arg == QLatin1String("-f")) {
            a.follow = true;
        } else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            return std::unexpected(QCoreApplication::translate("cli", "stats: unknown option '%1'").arg(arg));
        } else {
            a.files << arg;
        }
    }
    if (a.since.isValid() && a.until.isValid() && a.since > a.until)
        return std::unexpected(QCoreApplication::translate("cli", "stats: --since is after --until"));
    if (a.files.isEmpty() && !(a.mailstats && !a.host.isEmpty()))
        return std::unexpected(QCoreApplication::translate("cli", "stats: name a log file, or - for standard input"));
    return a;
}

// One line per second: the last second's counts, then the totals so far.
// The labels stay English like the report's: scripts read them.
int follow(Host &host, const StatsArgs &a, QTextStream &out, QTextStream &err)
{
    if (a.files.size() != 1 || a.files.first() == QLatin1String("-")) {
        err << QCoreApplication::translate("cli", "stats: --follow takes exactly one log file") << '\n';
        return UsageError;
    }
    HostLogFollower follower(host, a.files.first(), a.mta.value_or(MtaKind::Postfix), a.syslogName.toStdString());
    QObject::connect(&follower, &HostLogFollower::failed, QCoreApplication::instance(), [&err](const QString &why) {
        err << displayText(why) << '\n';
        err.flush();
        QCoreApplication::exit(Failure);
    });
    Traffic last;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const Traffic now = follower.totals();
        out << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))
            << QStringLiteral("  received %1  delivered %2  deferred %3  bounced %4  rejected %5")
                   .arg(now.received - last.received)
                   .arg(now.delivered - last.delivered)
                   .arg(now.deferred - last.deferred)
                   .arg(now.bounced - last.bounced)
                   .arg(now.rejected - last.rejected)
            << QStringLiteral("  (total received %1 delivered %2)").arg(now.received).arg(now.delivered) << '\n';
        out.flush();
        last = now;
    });
    tick.start(1000);
    return QCoreApplication::exec();
}

int report(const std::expected<AnalysisResult, QString> &result, const StatsArgs &a, QTextStream &out, QTextStream &err)
{
    if (!result) {
        err << result.error() << '\n';
        return Failure;
    }
    if (a.json)
        out << QJsonDocument(StatsReport::json(*result, a.top)).toJson(QJsonDocument::Indented);
    else
        out << displayText(StatsReport::text(*result, a.top)); // addresses and reasons come from logs
    return Success;
}

int mailstats(const StatsArgs &a, QTextStream &out, QTextStream &err)
{
    QByteArray table;
    QString source;
    if (!a.host.isEmpty()) {
        std::unique_ptr<Host> host = openHost(a.host, a.ssh, err);
        if (!host)
            return Failure;
        Mailwarden::Command command;
        command.argv = {"mailstats", "-P"};
        command.sudo = true;
        const auto result = host->run(command).result();
        if (!result || result->exitCode != 0) {
            err << (result ? QString::fromUtf8(result->err) : result.error().toString()) << '\n';
            return Failure;
        }
        table = result->out;
        source = QStringLiteral("%1:mailstats").arg(a.host);
    } else if (a.files.size() == 1) {
        QFile file;
        const bool opened = a.files.first() == QLatin1String("-")
            ? file.open(stdin, QIODevice::ReadOnly)
            : (file.setFileName(a.files.first()), file.open(QIODevice::ReadOnly));
        if (!opened) {
            err << QCoreApplication::translate("cli", "stats: cannot read %1: %2")
                       .arg(a.files.first(), file.errorString())
                << '\n';
            return Failure;
        }
        table = file.readAll();
        source = a.files.first();
    } else {
        err << QCoreApplication::translate("cli", "stats: --mailstats reads one table: --host NAME, a file or -")
            << '\n';
        return UsageError;
    }
    const auto sections = parseMailstats(table, source);
    if (!sections) {
        err << sections.error().toString() << '\n';
        return Failure;
    }
    if (a.json)
        out << QJsonDocument(mailstatsJson(*sections)).toJson(QJsonDocument::Indented);
    else
        out << displayText(mailstatsText(*sections));
    return Success;
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto a = parseArgs(args);
    if (!a) {
        err << a.error() << '\n'
            << QCoreApplication::translate("cli",
                   "usage: mailwarden-cli stats [--host NAME] [--mta postfix|sendmail|qmail|auto] [--json] [--top N] "
                   "[--since DAY] [--until DAY] [--follow] [--known-hosts FILE] [--accept-new] FILE...|-")
            << '\n';
        return UsageError;
    }
    if (a->mailstats)
        return mailstats(*a, out, err);
    AnalysisOptions options;
    options.mta = a->mta;
    options.postfixSyslogName = a->syslogName.toStdString();
    options.days = DayRange::between(a->since, a->until);
    if (!a->host.isEmpty()) {
        std::unique_ptr<Host> host = openHost(a->host, a->ssh, err);
        if (!host)
            return Failure;
        if (a->follow)
            return follow(*host, *a, out, err);
        if (a->files.contains(QLatin1String("-"))) {
            err << QCoreApplication::translate("cli", "stats: with --host, name log files on that host") << '\n';
            return UsageError;
        }
        return report(analyzeHostLogs(*host, orderRotatedSet(a->files), options).result(), *a, out, err);
    }
    if (a->follow) {
        LocalHost local;
        return follow(local, *a, out, err);
    }
    return report(analyzeLogs(orderRotatedSet(a->files), options), *a, out, err);
}

} // namespace

Command statsCommand()
{
    return {QStringLiteral("stats"),
        QCoreApplication::translate(
            "cli", "Summarise Postfix, Sendmail or qmail logs like pflogsumm, as text or JSON."),
        [](const QStringList &args, QTextStream &out, QTextStream &err) { return run(args, out, err); }};
}

} // namespace Mailwarden::Cli
