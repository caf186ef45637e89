#include "hardeningreport.h"

#include "core/tr.h"

#include <QJsonArray>

namespace Mailwarden::Hardening {

QStringList HardeningRecord::changedRules() const
{
    QStringList out;
    if (!after)
        return out;
    for (const Finding &b : before.findings) {
        const Finding *a = after->find(b.ruleId);
        if (a && a->status != b.status)
            out << QStringLiteral("%1 %2 -> %3")
                       .arg(b.ruleId.leftJustified(20), statusLabel(b.status), statusLabel(a->status));
    }
    return out;
}

QStringList HardeningRecord::stillFailing() const
{
    QStringList out;
    for (const QString &rule : fixes) {
        const Finding *a = after ? after->find(rule) : nullptr;
        if (!a || a->status == Status::Fail)
            out << rule;
    }
    return out;
}

QString HardeningRecord::toText() const
{
    QString out
        = Tr::tr("Hardening of %1 (%2, role: %3)").arg(before.host, mtaKindTitle(before.mta), roleLabel(before.role));
    out += QLatin1Char('\n') + Tr::tr("Fixes: %1").arg(fixes.join(QStringLiteral(", "))) + QLatin1Char('\n');
    out += (applied ? Tr::tr("Applied.") : Tr::tr("Not applied.")) + QLatin1Char('\n');
    if (rolledBack)
        out += Tr::tr("Rolled back afterwards: the host is as it was before.") + QLatin1Char('\n');
    if (after) {
        out += Tr::tr("Verification (the audit again):") + QLatin1Char('\n');
        for (const QString &line : changedRules())
            out += QStringLiteral("  ") + line + QLatin1Char('\n');
        const QStringList failing = stillFailing();
        out += (failing.isEmpty() ? Tr::tr("Every fixed rule passes now.")
                                  : Tr::tr("Still failing: %1").arg(failing.join(QStringLiteral(", "))))
            + QLatin1Char('\n');
    }
    return out;
}

QString HardeningRecord::toHtml() const
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "<style>body{font-family:sans-serif;font-size:10pt}table{border-collapse:collapse}"
                                  "td,th{border:1px solid #999;padding:2px 6px;vertical-align:top;text-align:left}"
                                  ".fail{color:#b00020;font-weight:bold}.pass{color:#1b5e20}"
                                  "pre{font-size:8pt;background:#f4f4f4;padding:4px}</style></head><body>\n")
                       .arg(esc(Tr::tr("Hardening of %1").arg(before.host)));
    html += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
                .arg(esc(Tr::tr("Hardening of %1").arg(before.host)),
                    esc(Tr::tr("Mail system: %1. Role: %2. Audit before: %3 failed rules; after: %4.")
                            .arg(mtaKindTitle(before.mta), roleLabel(before.role))
                            .arg(before.failures())
                            .arg(after ? QString::number(after->failures()) : Tr::tr("not run"))));
    if (rolledBack)
        html += QStringLiteral("<p class=\"fail\">%1</p>\n")
                    .arg(esc(Tr::tr("Rolled back afterwards: the host is as it was before.")));
    html += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>\n")
                .arg(esc(Tr::tr("Rules before and after")), esc(Tr::tr("Rule")), esc(Tr::tr("Severity")),
                    esc(Tr::tr("Before")), esc(Tr::tr("After")), esc(Tr::tr("Evidence")));
    for (const Finding &b : before.findings) {
        const auto rule = findRule(b.ruleId);
        const Finding *a = after ? after->find(b.ruleId) : nullptr;
        const auto cell = [&](const Finding *f) {
            if (!f)
                return QStringLiteral("<td></td>");
            const QString cls = f->status == Status::Fail ? QStringLiteral("fail")
                : f->status == Status::Pass               ? QStringLiteral("pass")
                                                          : QString();
            return QStringLiteral("<td class=\"%1\">%2</td>").arg(cls, esc(statusLabel(f->status)));
        };
        html += QStringLiteral("<tr><td>%1<br><small>%2</small></td><td>%3</td>%4%5<td>%6</td></tr>\n")
                    .arg(esc(rule ? rule->title : b.ruleId), esc(b.ruleId),
                        esc(rule ? severityLabel(rule->severity) : QString()), cell(&b), cell(a),
                        esc(a ? a->evidence : b.evidence).replace(QLatin1Char('\n'), QLatin1String("<br>")));
    }
    html += QStringLiteral("</table>\n");
    html += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<pre>%3</pre>\n")
                .arg(esc(Tr::tr("What changed")), esc(fixes.join(QStringLiteral(", "))), esc(QString::fromUtf8(diff)));
    if (!transaction.isEmpty())
        html += QStringLiteral("<h2>%1</h2>\n<pre>%2</pre>\n").arg(esc(Tr::tr("The transaction")), esc(transaction));
    html += QStringLiteral("</body></html>\n");
    return html;
}

QJsonObject HardeningRecord::toJson() const
{
    QJsonObject json {{QStringLiteral("before"), before.toJson()},
        {QStringLiteral("fixes"), QJsonArray::fromStringList(fixes)}, {QStringLiteral("diff"), QString::fromUtf8(diff)},
        {QStringLiteral("transaction"), transaction}, {QStringLiteral("applied"), applied},
        {QStringLiteral("rolledBack"), rolledBack}};
    if (after)
        json.insert(QStringLiteral("after"), after->toJson());
    return json;
}

std::optional<HardeningRecord> HardeningRecord::fromJson(const QJsonObject &json)
{
    HardeningRecord record;
    const auto before = AuditReport::fromJson(json.value(QStringLiteral("before")).toObject());
    if (!before || !json.value(QStringLiteral("fixes")).isArray())
        return std::nullopt;
    record.before = *before;
    if (json.contains(QStringLiteral("after"))) {
        record.after = AuditReport::fromJson(json.value(QStringLiteral("after")).toObject());
        if (!record.after)
            return std::nullopt;
    }
    for (const QJsonValue &fix : json.value(QStringLiteral("fixes")).toArray())
        record.fixes << fix.toString();
    record.diff = json.value(QStringLiteral("diff")).toString().toUtf8();
    record.transaction = json.value(QStringLiteral("transaction")).toString();
    record.applied = json.value(QStringLiteral("applied")).toBool();
    record.rolledBack = json.value(QStringLiteral("rolledBack")).toBool();
    return record;
}

} // namespace Mailwarden::Hardening
