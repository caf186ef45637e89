#include "audit.h"

#include "core/tr.h"

#include <QJsonArray>

namespace Mailwarden::Hardening {

QString statusName(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Info:
        return QStringLiteral("info");
    case Status::NotApplicable:
        return QStringLiteral("n/a");
    case Status::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString statusLabel(Status status)
{
    switch (status) {
    case Status::Pass:
        return Tr::tr("pass");
    case Status::Fail:
        return Tr::tr("FAIL");
    case Status::Info:
        return Tr::tr("info");
    case Status::NotApplicable:
        return Tr::tr("n/a");
    case Status::Unknown:
        return Tr::tr("unknown");
    }
    return {};
}

const Finding *AuditReport::find(QStringView ruleId) const
{
    for (const Finding &f : findings) {
        if (f.ruleId == ruleId)
            return &f;
    }
    return nullptr;
}

bool AuditReport::hasHighFailure() const
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding &f) {
        const auto rule = findRule(f.ruleId);
        return f.status == Status::Fail && rule && rule->severity == Severity::High;
    });
}

int AuditReport::failures() const
{
    return int(
        std::count_if(findings.begin(), findings.end(), [](const Finding &f) { return f.status == Status::Fail; }));
}

QJsonObject AuditReport::toJson() const
{
    QJsonArray list;
    for (const Finding &f : findings) {
        const auto rule = findRule(f.ruleId);
        QJsonObject o {{QStringLiteral("id"), f.ruleId}, {QStringLiteral("status"), statusName(f.status)},
            {QStringLiteral("evidence"), f.evidence}, {QStringLiteral("fixable"), f.fixable}};
        if (rule) {
            o.insert(QStringLiteral("severity"), severityName(rule->severity));
            o.insert(QStringLiteral("title"), rule->title);
        }
        if (!f.where.isEmpty())
            o.insert(QStringLiteral("where"), f.where);
        if (!f.transcript.isEmpty())
            o.insert(QStringLiteral("transcript"), f.transcript);
        list.append(o);
    }
    return {{QStringLiteral("host"), host}, {QStringLiteral("mta"), mtaKindName(mta)},
        {QStringLiteral("role"), roleName(role)}, {QStringLiteral("roundTrips"), roundTrips},
        {QStringLiteral("elapsedMs"), elapsedMs}, {QStringLiteral("failures"), failures()},
        {QStringLiteral("highFailure"), hasHighFailure()}, {QStringLiteral("findings"), list}};
}

std::optional<AuditReport> AuditReport::fromJson(const QJsonObject &json)
{
    AuditReport r;
    r.host = json.value(QStringLiteral("host")).toString();
    const auto mta = mtaKindFromName(json.value(QStringLiteral("mta")).toString());
    const auto role = roleFromName(json.value(QStringLiteral("role")).toString());
    if (!mta || !role || !json.value(QStringLiteral("findings")).isArray())
        return std::nullopt;
    r.mta = *mta;
    r.role = *role;
    r.roundTrips = json.value(QStringLiteral("roundTrips")).toInt();
    r.elapsedMs = json.value(QStringLiteral("elapsedMs")).toInteger();
    for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject o = v.toObject();
        Finding f;
        f.ruleId = o.value(QStringLiteral("id")).toString();
        const QString status = o.value(QStringLiteral("status")).toString();
        bool known = false;
        for (Status s : {Status::Pass, Status::Fail, Status::Info, Status::NotApplicable, Status::Unknown}) {
            if (statusName(s) == status) {
                f.status = s;
                known = true;
            }
        }
        if (!known || !findRule(f.ruleId))
            return std::nullopt;
        f.evidence = o.value(QStringLiteral("evidence")).toString();
        f.where = o.value(QStringLiteral("where")).toString();
        f.transcript = o.value(QStringLiteral("transcript")).toString();
        f.fixable = o.value(QStringLiteral("fixable")).toBool();
        r.findings.append(f);
    }
    return r;
}

QString AuditReport::toText() const
{
    QString out = Tr::tr("Audit of %1 (%2, role: %3)").arg(host, mtaKindName(mta), roleLabel(role)) + QLatin1Char('\n');
    std::optional<Section> section;
    for (const Finding &f : findings) {
        const auto rule = findRule(f.ruleId);
        if (!rule)
            continue;
        if (section != rule->section) {
            section = rule->section;
            out += QLatin1Char('\n') + sectionLabel(rule->section) + QLatin1Char('\n');
        }
        out += QStringLiteral("  %1 %2 [%3] %4%5\n")
                   .arg(statusLabel(f.status).leftJustified(7), f.ruleId.leftJustified(20),
                       severityLabel(rule->severity), rule->title, f.fixable ? Tr::tr(" (fixable)") : QString());
        for (const QString &line : f.evidence.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out += QStringLiteral("           %1\n").arg(line);
        if (!f.where.isEmpty())
            out += QStringLiteral("           ") + Tr::tr("at %1").arg(f.where) + QLatin1Char('\n');
    }
    out += QLatin1Char('\n')
        + Tr::tr("%n failed rule(s); %1 SSH round trips, %2 s.", nullptr, failures())
              .arg(roundTrips)
              .arg(double(elapsedMs) / 1000.0, 0, 'f', 1)
        + QLatin1Char('\n');
    return out;
}

} // namespace Mailwarden::Hardening
