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
#include "localstats.h"

#include "remote/hostprofile.h"
#include "remote/localhost.h"
#include "remote/sshsession.h"
#include "stats/hostlogs.h"
#include "stats/loganalysis.h"
#include "stats/loganalyzer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <optional>

namespace Mailwarden::Cli {

namespace {

using namespace Mailwarden::Stats;

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

int hostMailstats(const StatsArgs &a, QTextStream &out, QTextStream &err)
{
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
    return reportMailstats(result->out, QStringLiteral("%1:mailstats").arg(a.host), a, out, err);
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto a = parseStatsArgs(args);
    if (!a) {
        err << a.error() << '\n' << statsUsage() << '\n';
        return UsageError;
    }
    if (a->readsLocalFiles())
        return runLocalStats(*a, out, err);
    if (a->host.isEmpty()) {
        LocalHost local;
        return follow(local, *a, out, err);
    }
    if (a->mailstats)
        return hostMailstats(*a, out, err);
    std::unique_ptr<Host> host = openHost(a->host, a->ssh, err);
    if (!host)
        return Failure;
    if (a->follow)
        return follow(*host, *a, out, err);
    if (a->files.contains(QLatin1String("-"))) {
        err << QCoreApplication::translate("cli", "stats: with --host, name log files on that host") << '\n';
        return UsageError;
    }
    return reportStats(analyzeHostLogs(*host, orderRotatedSet(a->files), statsOptions(*a)).result(), *a, out, err);
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
