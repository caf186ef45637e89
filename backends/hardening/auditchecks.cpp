// The rules of HARDENING.md judged on what AuditRunner gathered: the MTA's
// configuration (the survey and the files), the probes and the host's facts.

#include "audit.h"

#include "core/tr.h"
#include "formats/aliasesfile.h"
#include "hardeningplan.h"
#include "mta/mta.h"
#include "mta/mtaedits.h"
#include "mta/privacysettings.h"
#include "postfix/postfixmastercf.h"
#include "probes/exposurechecks.h"
#include "probes/transcript.h"
#include "relaynetworks.h"
#include "sendmail/sendmailmc.h"

#include <QRegularExpression>

namespace Mailwarden::Hardening {

namespace {

using Probes::CheckResult;
using Probes::Verdict;

// The qmail-smtpd run script, where a supervised qmail has it.
const QStringList kQmailRunScripts {QStringLiteral("/service/qmail-smtpd/run"),
    QStringLiteral("/var/qmail/supervise/qmail-smtpd/run"), QStringLiteral("/etc/service/qmail-smtpd/run")};

class Judge
{
public:
    explicit Judge(const AuditInput &in) : m_in(in), m_mta(in.survey.mta ? in.survey.mta->kind() : MtaKind::Unknown)
    {
        const auto current = [this](const QString &path) -> std::optional<QByteArray> {
            const FileFact *f = m_in.facts.file(path);
            return f && f->read ? std::optional(f->content) : std::nullopt;
        };
        m_privacy = PrivacySettings::forHost(in.survey, {}, current);
        if (const auto e = entry(QLatin1StringView("sendmail-mc"))) {
            if (auto parsed = SendmailMc::parse(content(e->path), e->path))
                m_mc = std::move(*parsed);
        }
    }

    QList<Finding> run()
    {
        QList<Finding> out;
        for (const Rule &rule : rules()) {
            Finding f;
            if (const QString na = rule.notApplicable(m_mta); !na.isEmpty())
                f = {rule.id, Status::NotApplicable, na, {}, {}, false};
            else if (!rule.appliesTo(m_in.role))
                f = {rule.id, Status::NotApplicable,
                    Tr::tr("Not needed for a host in the role \"%1\".").arg(roleLabel(m_in.role)), {}, {}, false};
            else
                f = judge(rule.id);
            f.ruleId = rule.id;
            f.fixable = f.status == Status::Fail && HardeningPlan::canFix(m_mta, rule.id);
            out.append(f);
        }
        return out;
    }

private:
    static Finding make(Status status, const QString &evidence, const QString &where = {})
    {
        return {QString(), status, evidence, where, {}, false};
    }

    Finding judge(const QString &id)
    {
        if (id == QLatin1String("relay.open"))
            return relayOpen();
        if (id == QLatin1String("relay.mynetworks"))
            return trustedNetworks();
        if (id == QLatin1String("relay.auth"))
            return saslAuth();
        if (id == QLatin1String("access.blocklist"))
            return accessTable();
        if (id == QLatin1String("smtp.vrfy"))
            return settingAndProbe(m_mta == MtaKind::Sendmail ? "privacy.novrfy" : "vrfy", "smtp.vrfy");
        if (id == QLatin1String("smtp.expn"))
            return settingAndProbe("privacy.noexpn", "smtp.expn");
        if (id == QLatin1String("smtp.banner"))
            return settingAndProbe("banner", "smtp.banner");
        if (id == QLatin1String("smtp.helo"))
            return settingAndProbe(m_mta == MtaKind::Sendmail ? "privacy.needmailhelo" : "helo", "smtp.helo");
        if (id == QLatin1String("smtp.privacy"))
            return privacyFlags();
        if (id == QLatin1String("smtp.masquerade"))
            return masquerade();
        if (id == QLatin1String("dos.size"))
            return messageSize();
        if (id == QLatin1String("dos.recipients"))
            return settingAndProbe("recipients", {});
        if (id == QLatin1String("dos.connections"))
            return m_mta == MtaKind::Qmail
                ? qmailRunScript("-c", Tr::tr("tcpserver limits concurrent connections (-c)."),
                      Tr::tr("tcpserver runs without -c: at most 40 connections, its default."))
                : settingAndProbe("rate", {});
        if (id == QLatin1String("dos.errors"))
            return settingAndProbe(m_mta == MtaKind::Sendmail ? "badrcpt" : "errors", {});
        if (id == QLatin1String("dos.memory"))
            return qmailRunScript("softlimit", Tr::tr("qmail-smtpd runs under softlimit."),
                Tr::tr("qmail-smtpd runs without softlimit: its memory is not bounded."));
        if (id == QLatin1String("spam.dnsbl"))
            return m_mta == MtaKind::Qmail ? qmailBlocklists() : settingAndProbe("dnsbl", {});
        if (id == QLatin1String("content.attachments"))
            return attachments();
        if (id == QLatin1String("content.subjects"))
            return subjects();
        if (id == QLatin1String("content.filter"))
            return contentFilter();
        if (id == QLatin1String("tls.offered"))
            return probeVerdict(QStringLiteral("tls.offered"), "tls");
        if (id == QLatin1String("tls.protocols"))
            return tlsProtocols();
        if (id == QLatin1String("tls.cert"))
            return certificate();
        if (id == QLatin1String("auth.plaintext"))
            return probeVerdict(QStringLiteral("auth.plaintext"), "authtls");
        if (id == QLatin1String("spf"))
            return make(Status::Unknown,
                Tr::tr("Not checked: it needs a DNS lookup of the mail domain, which this version does not make."));
        if (id == QLatin1String("mta.programs"))
            return programs();
        if (id == QLatin1String("mta.aliases"))
            return aliases();
        if (id == QLatin1String("mta.perms"))
            return permissions();
        if (id == QLatin1String("mta.privs"))
            return privileges();
        if (id == QLatin1String("mta.tempfiles"))
            return tempFiles();
        if (id == QLatin1String("mta.version"))
            return version();
        if (id == QLatin1String("mta.stats"))
            return statistics();
        if (id == QLatin1String("host.ports"))
            return ports();
        if (id == QLatin1String("host.ssh"))
            return sshd();
        if (id == QLatin1String("host.pop3"))
            return plaintextMailboxes();
        if (id == QLatin1String("host.updates"))
            return make(Status::Unknown,
                Tr::tr("Not checked: it needs the host's current package lists (apt update), which an audit does not "
                       "change."));
        return make(Status::Unknown, Tr::tr("No check for this rule."));
    }

    // --- helpers -------------------------------------------------------

    const PrivacySetting *setting(QLatin1StringView id) const
    {
        for (const PrivacySetting &s : m_privacy) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    }

    const CheckResult *outside(const QString &id) const { return m_in.outside ? m_in.outside->find(id) : nullptr; }

    std::optional<CatalogueEntry> entry(QLatin1StringView format) const
    {
        for (const CatalogueEntry &e : m_in.survey.catalogue) {
            if (e.formatType == format)
                return e;
        }
        return std::nullopt;
    }

    QByteArray content(const QString &path) const
    {
        const FileFact *f = m_in.facts.file(path);
        return f && f->read ? f->content : QByteArray();
    }

    QByteArray option(const char *name) const { return m_in.survey.optionValue(name); }

    // "main.cf:12" for the line that sets \a option, else the file name alone.
    QString whereSet(const QString &path, const QByteArray &option) const
    {
        if (path.isEmpty())
            return {};
        int number = 0;
        for (const QByteArray &line : content(path).split('\n')) {
            ++number;
            const QByteArray t = line.trimmed();
            if (t.startsWith(option)
                && (t.size() == option.size() || QByteArrayView(" \t=',").contains(t.at(option.size()))))
                return QStringLiteral("%1:%2").arg(path).arg(number);
            if (t.contains(QByteArray(QByteArray("`") + option + "'")))
                return QStringLiteral("%1:%2").arg(path).arg(number);
        }
        return path;
    }

    QString mainConfigPath() const
    {
        for (const char *format : {"postfix-main", "sendmail-mc"}) {
            if (const auto e = entry(QLatin1StringView(format)))
                return e->path;
        }
        return {};
    }

    bool mcHas(QByteArrayView name, QByteArrayView firstArg = {}) const
    {
        if (!m_mc)
            return false;
        for (const SendmailMc::Call &c : m_mc->calls(name)) {
            if (firstArg.isEmpty() || c.args.value(0) == firstArg)
                return true;
        }
        return false;
    }

    QString settingText(const PrivacySetting &s) const
    {
        const QString value = s.value.isEmpty() ? Tr::tr("(empty)") : QString::fromUtf8(s.value);
        if (!s.flag.isEmpty())
            return Tr::tr("PrivacyOptions %1 %2")
                .arg(QString::fromUtf8(s.flag), s.isOn() ? Tr::tr("set") : Tr::tr("not set"));
        return s.isDefault ? Tr::tr("%1 = %2 (the default)").arg(QString::fromUtf8(s.option), value)
                           : Tr::tr("%1 = %2").arg(QString::fromUtf8(s.option), value);
    }

    static QString verdictText(const CheckResult &c) { return Tr::tr("%1: %2").arg(c.title, c.evidence); }

    // A rule judged on its setting in the configuration and, where one exists, the probe's answer.
    Finding settingAndProbe(const char *settingId, const char *probeId) const
    {
        const PrivacySetting *s = setting(QLatin1StringView(settingId));
        const CheckResult *c = probeId ? outside(QString::fromLatin1(probeId)) : nullptr;
        QStringList evidence;
        QString where;
        bool failed = false, judged = false;
        if (s && s->rule != PrivacySetting::Rule::Always && s->rule != PrivacySetting::Rule::NotPossible) {
            judged = true;
            failed = !s->meetsRecommendation();
            evidence << settingText(*s);
            const QString file = PrivacySettings::fileOf(*s, m_in.survey);
            where = whereSet(file.isEmpty() ? mainConfigPath() : file,
                s->flag.isEmpty() ? s->option : QByteArray("confPRIVACY_FLAGS"));
        } else if (s) {
            evidence << s->why;
            judged = s->rule == PrivacySetting::Rule::Always;
        }
        Finding f;
        if (c && c->verdict != Verdict::Skipped && c->verdict != Verdict::Error) {
            // a warning decides only where no setting did (qmail's SIZE not announced is no missing limit)
            failed = failed || c->verdict == Verdict::Fail || (c->verdict == Verdict::Warn && !judged);
            judged = true;
            evidence << Tr::tr("From outside: %1").arg(verdictText(*c));
            f.transcript = Probes::transcriptText(c->transcript);
        }
        if (!judged)
            return make(Status::Unknown,
                evidence.isEmpty() ? Tr::tr("Neither the configuration nor a probe could tell.")
                                   : evidence.join(QLatin1Char('\n')));
        f.status = failed ? Status::Fail : Status::Pass;
        f.evidence = evidence.join(QLatin1Char('\n'));
        f.where = where;
        return f;
    }

    // A rule the probes alone decide (\a settingId: the setting shown beside it, Postfix).
    Finding probeVerdict(const QString &probeId, const char *settingId) const
    {
        const CheckResult *c = outside(probeId);
        Finding f;
        if (m_in.outside && !m_in.outside->connectionError.isEmpty() && !c)
            return make(
                Status::Unknown, Tr::tr("The SMTP server could not be reached: %1").arg(m_in.outside->connectionError));
        if (!c) {
            // no STARTTLS at all: AUTH before STARTTLS cannot be judged by the probe; the setting can
            if (const PrivacySetting *s = setting(QLatin1StringView(settingId));
                s && s->rule != PrivacySetting::Rule::NotPossible)
                return make(s->meetsRecommendation() ? Status::Pass : Status::Fail, settingText(*s),
                    whereSet(mainConfigPath(), s->option));
            return make(Status::Unknown, Tr::tr("The probe did not run."));
        }
        f.transcript = Probes::transcriptText(c->transcript);
        f.evidence = verdictText(*c);
        f.where = Tr::tr("SMTP from this machine");
        switch (c->verdict) {
        case Verdict::Pass:
        case Verdict::Info:
            f.status = Status::Pass;
            break;
        case Verdict::Warn:
        case Verdict::Fail:
            f.status = Status::Fail;
            break;
        case Verdict::Skipped:
        case Verdict::Error:
            f.status = Status::Unknown;
            break;
        }
        if (const PrivacySetting *s = setting(QLatin1StringView(settingId));
            s && s->rule != PrivacySetting::Rule::NotPossible)
            f.evidence += QLatin1Char('\n') + settingText(*s);
        return f;
    }

    // --- relaying ------------------------------------------------------

    Finding relayOpen() const
    {
        QStringList evidence;
        QString transcript;
        bool failed = false, judged = false;
        for (const auto &[report, label] : {std::pair(&m_in.outside, Tr::tr("from this machine")),
                 std::pair(&m_in.inside, Tr::tr("from inside the host"))}) {
            if (!*report)
                continue;
            const CheckResult *c = (*report)->find(QStringLiteral("relay.open"));
            if (!c) {
                evidence << Tr::tr("Relay test %1: not made (%2)").arg(label, (*report)->connectionError);
                continue;
            }
            if (c->verdict == Verdict::Skipped || c->verdict == Verdict::Error) {
                evidence << Tr::tr("Relay test %1: %2").arg(label, c->evidence);
                continue;
            }
            // Every MTA relays for programs on the host itself (the inside test reaches the MTA from
            // the host's loopback, as they do): that answer is reported, only the outside one judges.
            const bool outside = report == &m_in.outside;
            const QStringList localOnly = qmailLocalDeliveries(**report);
            const bool open = c->verdict == Verdict::Fail && relayedCases(**report) > localOnly.size();
            judged = judged || outside;
            failed = failed || (open && outside);
            evidence << Tr::tr("Relay test %1: %2").arg(label, c->evidence);
            if (!localOnly.isEmpty())
                evidence << Tr::tr("Of these, qmail delivers on this host and never onwards: %1 (it routes no bang "
                                   "paths, takes the last @ as the domain and does the %-hack only for the domains "
                                   "of control/percenthack).")
                                .arg(localOnly.join(QStringLiteral(", ")));
            if (open && !outside)
                evidence << Tr::tr("(The host relays for its own loopback clients, as local programs need.)");
            if (open && (outside || transcript.isEmpty())) {
                // the summary has no exchange of its own: the first case that relayed proves it
                for (const CheckResult &relayed : (*report)->checks) {
                    if (relayed.id.startsWith(QLatin1String("relay.case.")) && relayed.verdict == Verdict::Fail
                        && !localOnly.contains(relayed.id.mid(11))) {
                        evidence << Tr::tr("Relayed: %1").arg(verdictText(relayed));
                        transcript = Probes::transcriptText(relayed.transcript);
                        break;
                    }
                }
            }
        }
        if (m_mta == MtaKind::Sendmail) {
            for (const char *feature : {"promiscuous_relay", "loose_relay_check", "relay_entire_domain"}) {
                if (mcHas("FEATURE", feature)) {
                    judged = true;
                    failed = true;
                    evidence << Tr::tr("sendmail.mc enables FEATURE(%1)").arg(QLatin1String(feature));
                }
            }
        }
        if (!judged)
            return make(Status::Unknown, evidence.join(QLatin1Char('\n')));
        Finding f
            = make(failed ? Status::Fail : Status::Pass, evidence.join(QLatin1Char('\n')), Tr::tr("SMTP relay test"));
        f.transcript = transcript;
        return f;
    }

    static qsizetype relayedCases(const Probes::ProbeReport &report)
    {
        return std::ranges::count_if(report.checks, [](const CheckResult &c) {
            return c.id.startsWith(QLatin1String("relay.case.")) && c.verdict == Verdict::Fail;
        });
    }

    // The relay cases qmail accepted whose recipient is in one of its own
    // domains (%-hack, bang path, a second @): qmail-send delivers them here.
    // Without control/percenthack they never leave the host; with it, the
    // %-hack cases count as relayed.
    QStringList qmailLocalDeliveries(const Probes::ProbeReport &report) const
    {
        if (m_mta != MtaKind::Qmail)
            return {};
        const bool percentHack = !content(QStringLiteral("/var/qmail/control/percenthack")).trimmed().isEmpty();
        QStringList local;
        for (const CheckResult &c : report.checks) {
            if (c.verdict != Verdict::Fail || !c.id.startsWith(QLatin1String("relay.case.")))
                continue;
            const QString id = c.id.mid(11);
            const bool percent = id.contains(QLatin1String("percent"));
            if ((percent && !percentHack) || id.startsWith(QLatin1String("bang"))
                || id.startsWith(QLatin1String("double-at")) || id == QLatin1String("quoted-at-ip"))
                local << id;
        }
        return local;
    }

    Finding trustedNetworks() const
    {
        QStringList broad;
        QString where;
        if (m_mta == MtaKind::Postfix) {
            const QByteArray value = option("mynetworks");
            where = whereSet(mainConfigPath(), "mynetworks");
            for (const QByteArray &item : QByteArray(value).replace(',', ' ').simplified().split(' ')) {
                if (networkTooBroad(item))
                    broad << QString::fromLatin1(item);
            }
            const Finding f = make(broad.isEmpty() ? Status::Pass : Status::Fail,
                broad.isEmpty() ? Tr::tr("mynetworks = %1").arg(QString::fromUtf8(value))
                                : Tr::tr("mynetworks = %1: too broad: %2")
                                      .arg(QString::fromUtf8(value), broad.join(QStringLiteral(", "))),
                where);
            return f;
        }
        const bool sendmail = m_mta == MtaKind::Sendmail;
        const auto table = entry(QLatin1StringView(sendmail ? "sendmail-access" : "qmail-tcprules"));
        if (!table)
            return make(Status::Pass,
                sendmail ? Tr::tr("No access table: Sendmail relays for the local host only.")
                         : Tr::tr("No tcp.smtp rules: RELAYCLIENT is set for nobody."));
        const auto rows = MtaEdits::rows(*table, content(table->path));
        if (!rows)
            return make(Status::Unknown, rows.error(), table->path);
        for (const MtaEdits::Row &row : *rows) {
            if (sendmail ? !row.value.trimmed().toUpper().startsWith("RELAY") : !row.value.contains("RELAYCLIENT"))
                continue;
            if (!relayKeyTooBroad(row.key, sendmail))
                continue;
            broad << QStringLiteral("%1:%2: %3 %4")
                         .arg(table->path)
                         .arg(row.line)
                         .arg(QString::fromUtf8(row.key.isEmpty() ? QByteArray("(every address)") : row.key),
                             QString::fromUtf8(row.value));
        }
        return make(broad.isEmpty() ? Status::Pass : Status::Fail,
            broad.isEmpty() ? Tr::tr("No relay rule covers more than your own networks.")
                            : Tr::tr("Relay rules that cover too much:\n%1").arg(broad.join(QLatin1Char('\n'))),
            table->path);
    }

    Finding saslAuth() const
    {
        if (m_mta == MtaKind::Postfix) {
            const bool on = option("smtpd_sasl_auth_enable") == "yes"
                || content(entryPath("postfix-master")).contains("smtpd_sasl_auth_enable=yes");
            return make(on ? Status::Pass : Status::Info,
                on ? Tr::tr("SASL authentication is enabled.")
                   : Tr::tr("SASL authentication is off: roaming users cannot relay."));
        }
        const bool on = mcHas("define", "confAUTH_MECHANISMS") || mcHas("TRUST_AUTH_MECH");
        return make(on ? Status::Pass : Status::Info,
            on ? Tr::tr("AUTH mechanisms are defined.") : Tr::tr("No AUTH mechanisms: roaming users cannot relay."));
    }

    QString entryPath(const char *format) const
    {
        const auto e = entry(QLatin1StringView(format));
        return e ? e->path : QString();
    }

    Finding accessTable() const
    {
        switch (m_mta) {
        case MtaKind::Postfix: {
            QStringList wired;
            for (const MtaOption &o : m_in.survey.options) {
                if (o.name.startsWith("smtpd_") && o.name.endsWith("_restrictions")) {
                    static const QRegularExpression check(QStringLiteral("check_[a-z_]+_access\\s+\\S+"));
                    auto it = check.globalMatch(QString::fromUtf8(o.value));
                    while (it.hasNext())
                        wired << QStringLiteral("%1: %2").arg(
                            QString::fromLatin1(o.name), it.next().captured().remove(QLatin1Char(',')));
                }
            }
            return make(wired.isEmpty() ? Status::Fail : Status::Pass,
                wired.isEmpty() ? Tr::tr("No check_*_access table in any smtpd_*_restrictions.")
                                : wired.join(QLatin1Char('\n')),
                mainConfigPath());
        }
        case MtaKind::Sendmail:
            return mcHas("FEATURE", "access_db")
                ? make(Status::Pass, Tr::tr("FEATURE(access_db) is enabled."), mainConfigPath())
                : make(Status::Fail, Tr::tr("FEATURE(access_db) is missing."), mainConfigPath());
        case MtaKind::Qmail: {
            const QString script = qmailRunScriptPath();
            const bool on = content(script).contains("-x");
            return make(on ? Status::Pass : Status::Fail,
                on ? Tr::tr("tcpserver reads its rules (-x).") : Tr::tr("tcpserver runs without rules (-x)."), script);
        }
        case MtaKind::Unknown:
            break;
        }
        return make(Status::Unknown, {});
    }

    // --- disclosure ----------------------------------------------------

    Finding privacyFlags() const
    {
        QStringList missing;
        for (const PrivacySetting &s : m_privacy) {
            if (!s.flag.isEmpty() && !s.isOn())
                missing << QString::fromUtf8(s.flag);
        }
        const PrivacySetting *any = setting(QLatin1StringView("privacy.novrfy"));
        const QString value = any ? QString::fromUtf8(any->value) : QString();
        return make(missing.isEmpty() ? Status::Pass : Status::Fail,
            missing.isEmpty()
                ? Tr::tr("PrivacyOptions = %1").arg(value)
                : Tr::tr("PrivacyOptions = %1; missing: %2").arg(value, missing.join(QStringLiteral(", "))),
            whereSet(mainConfigPath(), "confPRIVACY_FLAGS"));
    }

    Finding masquerade() const
    {
        if (m_mta == MtaKind::Postfix) {
            const QByteArray v = option("masquerade_domains");
            return make(v.isEmpty() ? Status::Info : Status::Pass,
                v.isEmpty() ? Tr::tr("masquerade_domains is empty.")
                            : Tr::tr("masquerade_domains = %1").arg(QString::fromUtf8(v)),
                whereSet(mainConfigPath(), "masquerade_domains"));
        }
        const bool on = mcHas("MASQUERADE_AS");
        return make(on ? Status::Pass : Status::Info,
            on ? Tr::tr("MASQUERADE_AS is set.") : Tr::tr("sendmail.mc has no MASQUERADE_AS."), mainConfigPath());
    }

    // --- limits --------------------------------------------------------

    Finding messageSize() const
    {
        Finding f = settingAndProbe("size", "dos.size");
        const PrivacySetting *s = setting(QLatin1StringView("size"));
        bool ok = false;
        if (s && s->value.trimmed().toLongLong(&ok) > Probes::Exposure::LargestSensibleSize && ok) {
            f.status = Status::Fail;
            f.evidence += QLatin1Char('\n') + Tr::tr("More than 50 MB does not protect the disk.");
        }
        return f;
    }

    QString qmailRunScriptPath() const
    {
        for (const QString &path : kQmailRunScripts) {
            if (const FileFact *f = m_in.facts.file(path); f && f->read)
                return path;
        }
        return kQmailRunScripts.first();
    }

    Finding qmailRunScript(const QByteArray &needle, const QString &yes, const QString &no) const
    {
        const QString path = qmailRunScriptPath();
        const FileFact *f = m_in.facts.file(path);
        if (!f || !f->read)
            return make(Status::Unknown,
                Tr::tr("No readable qmail-smtpd run script (%1).").arg(kQmailRunScripts.join(QStringLiteral(", "))));
        int number = 0;
        for (const QByteArray &line : f->content.split('\n')) {
            ++number;
            const QByteArray code = line.left(line.indexOf('#') < 0 ? line.size() : line.indexOf('#'));
            if (code.contains(needle) && (needle != "-c" || code.contains("tcpserver")))
                return make(Status::Pass, yes + QLatin1Char('\n') + QString::fromUtf8(line.trimmed()),
                    QStringLiteral("%1:%2").arg(path).arg(number));
        }
        return make(Status::Fail, no, path);
    }

    // rblsmtpd only checks when it is given a zone (-r ZONE); a chain that
    // names rblsmtpd without one, or through an empty variable, checks nothing.
    Finding qmailBlocklists() const
    {
        const QString path = qmailRunScriptPath();
        const QString text = QString::fromUtf8(content(path));
        static const QRegularExpression zone(QStringLiteral("-r\\s+[\"']?([A-Za-z0-9-]+\\.[A-Za-z0-9.-]+)"));
        static const QRegularExpression list(
            QStringLiteral("^\\s*RBLS=[\"']([^\"']+)[\"']"), QRegularExpression::MultilineOption);
        QStringList zones;
        for (const QRegularExpression *re : {&zone, &list}) {
            auto it = re->globalMatch(text);
            while (it.hasNext())
                zones << it.next().captured(1).simplified();
        }
        if (text.isEmpty())
            return make(Status::Unknown,
                Tr::tr("No readable qmail-smtpd run script (%1).").arg(kQmailRunScripts.join(QStringLiteral(", "))));
        return make(zones.isEmpty() ? Status::Fail : Status::Pass,
            zones.isEmpty() ? Tr::tr("rblsmtpd checks no blocklist zone.")
                            : Tr::tr("rblsmtpd checks %1.").arg(zones.join(QStringLiteral(", "))),
            path);
    }

    // --- content -------------------------------------------------------

    Finding attachments() const
    {
        if (m_mta == MtaKind::Postfix) {
            const QByteArray v = option("mime_header_checks");
            return make(v.isEmpty() ? Status::Fail : Status::Pass,
                v.isEmpty() ? Tr::tr("mime_header_checks is empty: attachments are not checked.")
                            : Tr::tr("mime_header_checks = %1").arg(QString::fromUtf8(v)),
                mainConfigPath());
        }
        const bool milter = mcHas("INPUT_MAIL_FILTER") || mcHas("MAIL_FILTER");
        return make(milter ? Status::Pass : Status::Fail,
            milter ? Tr::tr("A milter checks the mail.") : Tr::tr("No milter checks attachments."), mainConfigPath());
    }

    Finding subjects() const
    {
        if (m_mta == MtaKind::Postfix) {
            const QByteArray v = option("header_checks");
            return make(v.isEmpty() ? Status::Info : Status::Pass,
                v.isEmpty() ? Tr::tr("header_checks is empty.")
                            : Tr::tr("header_checks = %1").arg(QString::fromUtf8(v)),
                mainConfigPath());
        }
        const bool on = content(mainConfigPath()).contains("Check_Subject");
        return make(on ? Status::Pass : Status::Info,
            on ? Tr::tr("sendmail.mc has a Check_Subject ruleset.")
               : Tr::tr("sendmail.mc has no Check_Subject ruleset."),
            mainConfigPath());
    }

    Finding contentFilter() const
    {
        QStringList wired;
        if (m_mta == MtaKind::Postfix) {
            for (const char *name : {"content_filter", "smtpd_milters", "non_smtpd_milters"}) {
                if (const QByteArray v = option(name); !v.isEmpty())
                    wired << QStringLiteral("%1 = %2").arg(QLatin1String(name), QString::fromUtf8(v));
            }
        } else if (m_mta == MtaKind::Sendmail) {
            if (mcHas("INPUT_MAIL_FILTER") || mcHas("MAIL_FILTER"))
                wired << Tr::tr("a milter in sendmail.mc");
        } else if (content(qmailRunScriptPath()).contains("QMAILQUEUE")) {
            wired << QStringLiteral("QMAILQUEUE");
        }
        return make(
            Status::Info, wired.isEmpty() ? Tr::tr("No content filter is wired in.") : wired.join(QLatin1Char('\n')));
    }

    // --- encryption ----------------------------------------------------

    Finding tlsProtocols() const
    {
        QStringList accepted, refused;
        QString transcript;
        if (m_in.outside) {
            for (const CheckResult &c : m_in.outside->checks) {
                if (!c.id.startsWith(QLatin1String("tls.version.")))
                    continue;
                if (c.verdict == Verdict::Fail || c.verdict == Verdict::Warn) {
                    accepted << c.title;
                    transcript = Probes::transcriptText(c.transcript);
                } else if (c.verdict == Verdict::Pass) {
                    refused << c.title;
                }
            }
        }
        const PrivacySetting *s = setting(QLatin1StringView("protocols"));
        const bool configFails = s && !s->meetsRecommendation();
        if (accepted.isEmpty() && refused.isEmpty() && !s)
            return make(Status::Unknown, Tr::tr("No TLS handshake could be tried."));
        QStringList evidence;
        if (!accepted.isEmpty())
            evidence << Tr::tr("Accepted: %1").arg(accepted.join(QStringLiteral(", ")));
        if (!refused.isEmpty())
            evidence << Tr::tr("Refused or fine: %1").arg(refused.join(QStringLiteral(", ")));
        if (s)
            evidence << settingText(*s);
        Finding f
            = make(!accepted.isEmpty() || configFails ? Status::Fail : Status::Pass, evidence.join(QLatin1Char('\n')),
                s ? whereSet(mainConfigPath(), s->option) : Tr::tr("TLS handshakes from this machine"));
        f.transcript = transcript;
        return f;
    }

    Finding certificate() const
    {
        if (!m_in.outside)
            return make(Status::Unknown, Tr::tr("The TLS probe did not run."));
        QStringList evidence;
        Verdict worst = Verdict::Pass;
        bool any = false;
        for (const CheckResult &c : m_in.outside->checks) {
            if (!c.id.startsWith(QLatin1String("tls.cert")))
                continue;
            any = true;
            evidence << verdictText(c);
            worst = std::max(worst, c.verdict);
        }
        if (!any)
            return make(Status::Unknown, Tr::tr("No certificate was presented (no STARTTLS)."));
        // an untrusted or self-signed certificate is the admin's call on a host that is no public MX
        const Status status = worst == Verdict::Fail ? Status::Fail
            : worst == Verdict::Warn                 ? Status::Info
                                                     : Status::Pass;
        return make(status, evidence.join(QLatin1Char('\n')), Tr::tr("TLS from this machine"));
    }

    // --- the MTA's own safety ------------------------------------------

    QList<CatalogueEntry> aliasFiles() const
    {
        QList<CatalogueEntry> out;
        for (const CatalogueEntry &e : m_in.survey.catalogue) {
            if (e.formatType == QLatin1String("aliases"))
                out.append(e);
        }
        return out;
    }

    Finding programs() const
    {
        QStringList listed, failures;
        if (m_mta == MtaKind::Qmail) {
            for (const auto &[path, fact] : m_in.facts.files.asKeyValueRange()) {
                if (!path.startsWith(QLatin1String("/var/qmail/alias/.qmail")) || !fact.read)
                    continue;
                for (const QByteArray &line : fact.content.split('\n')) {
                    if (line.startsWith('|') || line.startsWith('/'))
                        listed << QStringLiteral("%1: %2").arg(path, QString::fromUtf8(line));
                }
            }
        } else {
            for (const CatalogueEntry &e : aliasFiles()) {
                const auto parsed = AliasesFile::parse(content(e.path), e.path);
                if (!parsed)
                    continue;
                for (const AliasEntry &a : parsed->aliases()) {
                    for (const QByteArray &r : a.recipients) {
                        const auto type = AliasesFile::recipientType(r);
                        if (type == AliasesFile::RecipientType::Program || type == AliasesFile::RecipientType::File
                            || type == AliasesFile::RecipientType::Include)
                            listed << QStringLiteral("%1:%2: %3: %4")
                                          .arg(e.path)
                                          .arg(a.line)
                                          .arg(QString::fromUtf8(a.name), QString::fromUtf8(r));
                    }
                }
            }
        }
        if (m_mta == MtaKind::Sendmail && !mcHas("FEATURE", "smrsh"))
            failures << Tr::tr("sendmail.mc lacks FEATURE(smrsh): aliases may run any program.");
        if (m_mta == MtaKind::Postfix) {
            for (const char *name : {"allow_mail_to_commands", "allow_mail_to_files"}) {
                const QByteArray v = option(name);
                const QList<QByteArray> kinds = QByteArray(v).replace(',', ' ').simplified().split(' ');
                if (kinds.contains("include"))
                    failures << Tr::tr("%1 = %2: :include: files may run programs or write files too.")
                                    .arg(QLatin1String(name), QString::fromUtf8(v));
            }
        }
        QStringList evidence = failures;
        evidence << (listed.isEmpty() ? Tr::tr("No alias delivers to a program or a file.")
                                      : Tr::tr("Deliveries to review:\n%1").arg(listed.join(QLatin1Char('\n'))));
        return make(!failures.isEmpty() ? Status::Fail
                : listed.isEmpty()      ? Status::Pass
                                        : Status::Info,
            evidence.join(QLatin1Char('\n')));
    }

    Finding aliases() const
    {
        const QStringList required {
            QStringLiteral("postmaster"), QStringLiteral("abuse"), QStringLiteral("mailer-daemon")};
        QStringList missing;
        bool rootForwarded = false;
        QString where;
        if (m_mta == MtaKind::Qmail) {
            where = QStringLiteral("/var/qmail/alias");
            for (const QString &name : required) {
                const FileFact *f = m_in.facts.file(QStringLiteral("/var/qmail/alias/.qmail-") + name);
                if (!f || !f->exists)
                    missing << name;
            }
            const FileFact *root = m_in.facts.file(QStringLiteral("/var/qmail/alias/.qmail-root"));
            rootForwarded = root && root->exists;
        } else {
            QSet<QString> names;
            for (const CatalogueEntry &e : aliasFiles()) {
                where = e.path;
                if (const auto parsed = AliasesFile::parse(content(e.path), e.path)) {
                    for (const AliasEntry &a : parsed->aliases())
                        names.insert(QString::fromUtf8(a.name).toLower());
                }
            }
            if (aliasFiles().isEmpty())
                return make(Status::Fail, Tr::tr("No aliases file is in use."));
            for (const QString &name : required) {
                if (!names.contains(name))
                    missing << name;
            }
            rootForwarded = names.contains(QStringLiteral("root"));
        }
        QStringList evidence;
        evidence << (missing.isEmpty() ? Tr::tr("postmaster, abuse and mailer-daemon exist.")
                                       : Tr::tr("Missing: %1").arg(missing.join(QStringLiteral(", "))));
        if (!rootForwarded)
            evidence << Tr::tr("root's mail is not forwarded to a person.");
        return make(missing.isEmpty() ? Status::Pass : Status::Fail, evidence.join(QLatin1Char('\n')), where);
    }

    Finding permissions() const
    {
        QStringList bad;
        for (const auto &[path, f] : m_in.facts.files.asKeyValueRange()) {
            if (!f.exists || f.mode < 0 || m_in.facts.sshdFiles.contains(path))
                continue;
            const bool othersWrite = f.mode & 022;
            const bool ownerNotRoot = f.owner != QLatin1String("root") && (f.mode & 0200)
                && !path.contains(QLatin1String("/queue")) && !path.contains(QLatin1String("mqueue"))
                && !path.startsWith(QLatin1String("/var/qmail/alias"));
            if (othersWrite || ownerNotRoot)
                bad << QStringLiteral("%1 %2 %3:%4").arg(QString::number(f.mode, 8), path, f.owner, f.group);
        }
        bad.sort();
        if (m_mta == MtaKind::Sendmail && mcHas("define", "confDONT_BLAME_SENDMAIL"))
            bad << Tr::tr("sendmail.mc defines confDONT_BLAME_SENDMAIL: Sendmail's own file checks are relaxed.");
        return make(bad.isEmpty() ? Status::Pass : Status::Fail,
            bad.isEmpty()
                ? Tr::tr("%n file(s) checked: none writable by others.", nullptr, int(m_in.facts.files.size()))
                : Tr::tr("Writable by others than root:\n%1").arg(bad.join(QLatin1Char('\n'))),
            Tr::tr("stat on the host"));
    }

    Finding privileges() const
    {
        if (m_mta == MtaKind::Postfix) {
            const QString path = entryPath("postfix-master");
            const auto master = PostfixMasterCf::parse(content(path), path);
            if (!master)
                return make(Status::Unknown, Tr::tr("master.cf could not be read."), path);
            QStringList open;
            for (const PostfixService &s : master->services()) {
                if (s.enabled && s.type == "inet" && s.command == "smtpd" && s.chroot != "y")
                    open << QStringLiteral("%1:%2 %3").arg(path).arg(s.line).arg(QString::fromUtf8(s.name));
            }
            return make(open.isEmpty() ? Status::Pass : Status::Info,
                open.isEmpty() ? Tr::tr("Every smtpd service runs chrooted.")
                               : Tr::tr("Not chrooted:\n%1").arg(open.join(QLatin1Char('\n'))),
                path);
        }
        if (m_mta == MtaKind::Qmail) {
            const QString script = qmailRunScriptPath();
            const QByteArray text = content(script);
            const bool dropped = text.contains("-u") || text.contains("setuidgid");
            return make(dropped ? Status::Pass : Status::Fail,
                dropped ? Tr::tr("qmail-smtpd runs as an unprivileged user.") : Tr::tr("qmail-smtpd may run as root."),
                script);
        }
        const bool runAs = mcHas("define", "confRUN_AS_USER");
        return make(Status::Info,
            runAs ? Tr::tr("confRUN_AS_USER is set.")
                  : Tr::tr("Sendmail drops privileges per delivery (no RunAsUser)."),
            mainConfigPath());
    }

    Finding tempFiles() const
    {
        QByteArray mode = "0600";
        if (m_mc) {
            for (const SendmailMc::Call &c : m_mc->calls("define")) {
                if (c.args.value(0) == "confTEMP_FILE_MODE")
                    mode = c.args.value(1);
            }
        }
        return make(mode == "0600" || mode == "600" ? Status::Pass : Status::Fail,
            Tr::tr("TempFileMode %1").arg(QString::fromUtf8(mode)), whereSet(mainConfigPath(), "confTEMP_FILE_MODE"));
    }

    Finding version() const
    {
        QByteArray v = m_in.facts.version;
        if (v.isEmpty() && m_mta == MtaKind::Postfix)
            v = option("mail_version");
        return make(Status::Info,
            v.isEmpty() ? Tr::tr("%1 does not report its version.").arg(mtaKindName(m_mta)) : QString::fromUtf8(v));
    }

    Finding statistics() const
    {
        if (m_mta == MtaKind::Sendmail) {
            const QByteArray cf = content(entryPath("sendmail-cf"));
            static const QRegularExpression status(
                QStringLiteral("^O StatusFile=(\\S+)"), QRegularExpression::MultilineOption);
            const auto m = status.match(QString::fromUtf8(cf));
            return make(m.hasMatch() ? Status::Pass : Status::Fail,
                m.hasMatch() ? Tr::tr("StatusFile=%1").arg(m.captured(1))
                             : Tr::tr("sendmail.cf sets no StatusFile: mailstats has nothing to count."),
                entryPath("sendmail-cf"));
        }
        const QString logRun = qmailRunScriptPath().replace(QLatin1String("/run"), QLatin1String("/log/run"));
        const QByteArray text = content(logRun);
        const bool rotated = text.contains("multilog")
            && QRegularExpression(QStringLiteral("\\ss\\d+")).match(QString::fromUtf8(text)).hasMatch();
        return make(rotated ? Status::Pass : Status::Fail,
            rotated ? Tr::tr("multilog rotates the log by size.")
                    : Tr::tr("The qmail-smtpd log is not rotated by size."),
            logRun);
    }

    // --- the host ------------------------------------------------------

    QString listeningSource() const
    {
        return m_in.facts.fromProc ? QStringLiteral("/proc/net/tcp") : QStringLiteral("ss -ltn");
    }

    Finding ports() const
    {
        static const QList<quint16> expected {22, 25, 110, 143, 465, 587, 993, 995};
        QStringList exposed, local;
        bool smtpExposed = false;
        for (const ListeningSocket &s : m_in.facts.listeningSockets()) {
            const QString text = QStringLiteral("%1:%2").arg(s.address).arg(s.port);
            if (s.isLoopback()) {
                local << text;
                continue;
            }
            exposed << text;
            smtpExposed = smtpExposed || s.port == 25 || s.port == 465 || s.port == 587;
        }
        QStringList evidence;
        if (m_in.facts.listening.isEmpty())
            return make(Status::Unknown, Tr::tr("ss gave no listening sockets."));
        QStringList unexpected;
        for (const QString &e : exposed) {
            if (!expected.contains(quint16(e.section(QLatin1Char(':'), -1).toUInt())))
                unexpected << e;
        }
        evidence << (exposed.isEmpty()
                ? Tr::tr("Nothing listens beyond loopback.")
                : Tr::tr("Listening beyond loopback: %1").arg(exposed.join(QStringLiteral(", "))));
        if (!unexpected.isEmpty())
            evidence << Tr::tr("Not a mail or SSH port: %1").arg(unexpected.join(QStringLiteral(", ")));
        if (!m_in.triedPorts.isEmpty()) {
            QStringList reachable;
            for (quint16 p : m_in.reachablePorts)
                reachable << QString::number(p);
            evidence << Tr::tr("Reachable from this machine: %1")
                            .arg(reachable.isEmpty() ? Tr::tr("none of the usual ports")
                                                     : reachable.join(QStringLiteral(", ")));
        }
        const bool fail = m_in.role == Role::NullClient && smtpExposed;
        if (fail)
            evidence << Tr::tr(
                "A null client needs no SMTP listener beyond loopback (inet_interfaces = loopback-only).");
        return make(fail ? Status::Fail : Status::Info, evidence.join(QLatin1Char('\n')), listeningSource());
    }

    Finding sshd() const
    {
        if (m_in.facts.sshdFiles.isEmpty())
            return make(Status::Unknown, Tr::tr("sshd_config could not be read."));
        QString where;
        QByteArray root = m_in.facts.sshdValue("PermitRootLogin", &where);
        const bool isDefault = root.isEmpty();
        if (isDefault)
            root = "prohibit-password";
        QStringList evidence {isDefault ? Tr::tr("PermitRootLogin %1 (the default)").arg(QString::fromUtf8(root))
                                        : Tr::tr("PermitRootLogin %1").arg(QString::fromUtf8(root))};
        const QByteArray passwords = m_in.facts.sshdValue("PasswordAuthentication");
        evidence << Tr::tr("PasswordAuthentication %1")
                        .arg(passwords.isEmpty() ? QStringLiteral("yes (default)") : QString::fromUtf8(passwords));
        return make(root == "yes" ? Status::Fail : Status::Pass, evidence.join(QLatin1Char('\n')),
            where.isEmpty() ? m_in.facts.sshdFiles.constLast() : where);
    }

    Finding plaintextMailboxes() const
    {
        QStringList open;
        for (const ListeningSocket &s : m_in.facts.listeningSockets()) {
            if (!s.isLoopback() && (s.port == 110 || s.port == 143))
                open << QStringLiteral("%1:%2").arg(s.address).arg(s.port);
        }
        if (m_in.facts.listening.isEmpty())
            return make(Status::Unknown, Tr::tr("ss gave no listening sockets."));
        return make(open.isEmpty() ? Status::Pass : Status::Fail,
            open.isEmpty() ? Tr::tr("No POP3 or IMAP port listens beyond loopback.")
                           : Tr::tr("Listening: %1 (check they require STARTTLS)").arg(open.join(QStringLiteral(", "))),
            listeningSource());
    }

    const AuditInput &m_in;
    MtaKind m_mta;
    QList<PrivacySetting> m_privacy;
    std::optional<SendmailMc> m_mc; ///< parsed once: many rules look at its calls
};

} // namespace

QList<Finding> evaluate(const AuditInput &input)
{
    return Judge(input).run();
}

QStringList qmailRunScripts()
{
    return kQmailRunScripts;
}

} // namespace Mailwarden::Hardening
