// The part of `mailwarden-cli stats` that needs no host: argument parsing,
// the report, and local files. Linked into both the launcher and the full CLI.
#include "localstats.h"
#include "clicommand.h"
#include "core/displaytext.h"

#include "stats/loganalysis.h"
#include "stats/mailstatstable.h"
#include "stats/statsreport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace Mailwarden::Cli {

using namespace Mailwarden::Stats;

namespace {

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

} // namespace

std::expected<StatsArgs, QString> parseStatsArgs(QStringList args)
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

QString statsUsage()
{
    return QCoreApplication::translate("cli",
        "usage: mailwarden-cli stats [--host NAME] [--mta postfix|sendmail|qmail|auto] [--json] [--top N] "
        "[--since DAY] [--until DAY] [--follow] [--known-hosts FILE] [--accept-new] FILE...|-");
}

AnalysisOptions statsOptions(const StatsArgs &a)
{
    AnalysisOptions options;
    options.mta = a.mta;
    options.postfixSyslogName = a.syslogName.toStdString();
    options.days = DayRange::between(a.since, a.until);
    return options;
}

int reportStats(
    const std::expected<AnalysisResult, QString> &result, const StatsArgs &a, QTextStream &out, QTextStream &err)
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

int reportMailstats(
    const QByteArray &table, const QString &source, const StatsArgs &a, QTextStream &out, QTextStream &err)
{
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

namespace {

int localMailstats(const StatsArgs &a, QTextStream &out, QTextStream &err)
{
    if (a.files.size() != 1) {
        err << QCoreApplication::translate("cli", "stats: --mailstats reads one table: --host NAME, a file or -")
            << '\n';
        return UsageError;
    }
    QFile file;
    const bool opened = a.files.first() == QLatin1String("-")
        ? file.open(stdin, QIODevice::ReadOnly)
        : (file.setFileName(a.files.first()), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err << QCoreApplication::translate("cli", "stats: cannot read %1: %2").arg(a.files.first(), file.errorString())
            << '\n';
        return Failure;
    }
    return reportMailstats(file.readAll(), a.files.first(), a, out, err);
}

} // namespace

int runLocalStats(const StatsArgs &a, QTextStream &out, QTextStream &err)
{
    if (a.mailstats)
        return localMailstats(a, out, err);
    return reportStats(analyzeLogs(orderRotatedSet(a.files), statsOptions(a)), a, out, err);
}

} // namespace Mailwarden::Cli
