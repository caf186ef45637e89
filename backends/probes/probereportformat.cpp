#include "probereportformat.h"

#include "core/displaytext.h"
#include "core/tr.h"

#include <QJsonArray>

namespace Mailwarden::Probes {

namespace {

QString sectionTitle(const QString &probe)
{
    if (probe == QLatin1String("relay"))
        return Tr::tr("Open relay");
    if (probe == QLatin1String("tls"))
        return Tr::tr("STARTTLS and certificate");
    if (probe == QLatin1String("smtp"))
        return Tr::tr("SMTP exposure");
    return probe;
}

QString indented(const QString &text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : lines)
        line.prepend(pad);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString reportTextRaw(const ProbeReport &report, bool transcripts)
{
    QString out;
    out += report.via.isEmpty() ? Tr::tr("Mailwarden probe of %1").arg(report.target)
                                : Tr::tr("Mailwarden probe of %1, from inside %2").arg(report.target, report.via);
    out += QLatin1Char('\n');
    if (!report.connectionError.isEmpty()) {
        out += Tr::tr("Connection failed: %1").arg(report.connectionError) + QLatin1Char('\n');
        return out;
    }
    QString section;
    QMap<Verdict, int> counts;
    for (const CheckResult &check : report.checks) {
        if (check.probe != section) {
            section = check.probe;
            out += QLatin1Char('\n') + sectionTitle(section) + QLatin1Char('\n');
        }
        ++counts[check.verdict];
        out += QStringLiteral("  %1 %2: %3\n")
                   .arg(QStringLiteral("[%1]").arg(verdictLabel(check.verdict)).leftJustified(7), check.title,
                       check.evidence);
        if (!check.advice.isEmpty() && (check.verdict == Verdict::Warn || check.verdict == Verdict::Fail))
            out += indented(Tr::tr("→ %1").arg(check.advice), 10);
        if (transcripts && !check.transcript.isEmpty())
            out += indented(transcriptText(check.transcript), 10);
    }
    out += QLatin1Char('\n')
        + Tr::tr("Summary: %1 pass, %2 warn, %3 fail, %4 error, %5 skipped, %6 info")
              .arg(counts.value(Verdict::Pass))
              .arg(counts.value(Verdict::Warn))
              .arg(counts.value(Verdict::Fail))
              .arg(counts.value(Verdict::Error))
              .arg(counts.value(Verdict::Skipped))
              .arg(counts.value(Verdict::Info))
        + QLatin1Char('\n');
    return out;
}

} // namespace

QString reportText(const ProbeReport &report, bool transcripts)
{
    // Banners, replies and certificate strings come from the server: no escapes to the terminal.
    return displayText(reportTextRaw(report, transcripts));
}

QJsonObject reportJson(const ProbeReport &report)
{
    QJsonArray checks;
    for (const CheckResult &check : report.checks) {
        checks.append(QJsonObject {{QStringLiteral("probe"), check.probe}, {QStringLiteral("id"), check.id},
            {QStringLiteral("title"), check.title}, {QStringLiteral("verdict"), verdictName(check.verdict)},
            {QStringLiteral("evidence"), check.evidence}, {QStringLiteral("advice"), check.advice},
            {QStringLiteral("facts"), QJsonObject::fromVariantMap(check.facts)},
            {QStringLiteral("transcript"), QJsonArray::fromStringList(transcriptLines(check.transcript))}});
    }
    QJsonObject json {{QStringLiteral("target"), report.target}, {QStringLiteral("checks"), checks},
        {QStringLiteral("exitCode"), report.exitCode()}};
    if (!report.via.isEmpty())
        json[QStringLiteral("via")] = report.via;
    if (!report.connectionError.isEmpty())
        json[QStringLiteral("connectionError")] = report.connectionError;
    return json;
}

} // namespace Mailwarden::Probes
