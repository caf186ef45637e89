#pragma once

#include "remote/sshsession.h"
#include "stats/loganalysis.h"

#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <expected>
#include <optional>

namespace Mailwarden::Cli {

/// `mailwarden-cli stats` as parsed from its arguments.
struct StatsArgs {
    std::optional<Stats::MtaKind> mta;
    bool json = false;
    bool follow = false;
    bool mailstats = false;
    int top = 10;
    QString syslogName = QStringLiteral("postfix");
    QString host;
    QDate since, until;
    SshOptions ssh;
    QStringList files;

    /// Files read here and now: no host, nothing followed. The launcher
    /// (launcher.cpp) runs these itself, without loading the SSH, keychain
    /// and network libraries the other commands need.
    bool readsLocalFiles() const { return host.isEmpty() && (mailstats || !follow); }
};

std::expected<StatsArgs, QString> parseStatsArgs(QStringList args);
/// The usage line, after an argument error.
QString statsUsage();
/// The engine's options from the arguments (MTA, syslog name, days).
Stats::AnalysisOptions statsOptions(const StatsArgs &args);
/// The text or JSON report of \a result to \a out, or its error to \a err.
int reportStats(const std::expected<Stats::AnalysisResult, QString> &result, const StatsArgs &args, QTextStream &out,
    QTextStream &err);
/// A Sendmail mailstats table (`mailstats -P`) read from \a source, as text or JSON.
int reportMailstats(
    const QByteArray &table, const QString &source, const StatsArgs &args, QTextStream &out, QTextStream &err);
/// Local log files or a local mailstats table (readsLocalFiles()) to \a out.
int runLocalStats(const StatsArgs &args, QTextStream &out, QTextStream &err);

} // namespace Mailwarden::Cli
