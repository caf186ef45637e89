#include "mtadetection.h"

#include "core/tr.h"

#include <QList>

namespace Mailwarden {

namespace {

struct Candidate {
    MtaKind kind;
    const MtaEvidence::Side *side;
    QString label;
};

QString names(const QList<const Candidate *> &list)
{
    QStringList out;
    for (const Candidate *c : list)
        out.append(c->label);
    return out.join(QLatin1String(", "));
}

} // namespace

MtaDetection detectMta(const MtaEvidence &evidence)
{
    const Candidate all[] = {
        {MtaKind::Postfix, &evidence.postfix, QStringLiteral("Postfix")},
        {MtaKind::Sendmail, &evidence.sendmail, QStringLiteral("Sendmail")},
        {MtaKind::Qmail, &evidence.qmail, QStringLiteral("qmail")},
    };
    QList<const Candidate *> running, configured;
    for (const Candidate &c : all) {
        if (c.side->running)
            running.append(&c);
        if (c.side->configured)
            configured.append(&c);
    }

    MtaDetection d;
    auto decide = [&](const Candidate *c) {
        d.kind = c->kind;
        d.version = c->side->version;
        d.running = c->side->running;
        if (c->side->configured)
            d.reasons.append(Tr::tr("%1 is configured (%2).").arg(c->label, c->side->configPath));
    };
    if (running.size() == 1) {
        decide(running.first());
        d.reasons.prepend(Tr::tr("The %1 daemon is running.").arg(running.first()->label));
        if (!running.first()->side->configured)
            d.warnings.append(Tr::tr("%1 runs, but its configuration file was not found where it was looked for.")
                    .arg(running.first()->label));
        for (const Candidate *c : configured) {
            if (c != running.first())
                d.warnings.append(
                    Tr::tr("%1 is configured too (%2), but not running.").arg(c->label, c->side->configPath));
        }
        return d;
    }
    if (running.size() > 1) {
        d.warnings.append(Tr::tr("The daemons of several MTAs are running (%1): set the MTA in the host's profile.")
                .arg(names(running)));
        return d;
    }
    if (configured.size() == 1) {
        decide(configured.first());
        d.warnings.append(evidence.processesVisible
                ? Tr::tr("%1 is configured, but its daemon is not running.").arg(configured.first()->label)
                : Tr::tr("%1 is configured; whether it runs cannot be seen (other users' processes are hidden).")
                      .arg(configured.first()->label));
        return d;
    }
    if (configured.size() > 1) {
        d.warnings.append(
            Tr::tr("Several MTAs are configured and none is running (%1): set the MTA in the host's profile.")
                .arg(names(configured)));
        return d;
    }
    d.warnings.append(Tr::tr("No Postfix, Sendmail or qmail was found on this host."));
    return d;
}

} // namespace Mailwarden
