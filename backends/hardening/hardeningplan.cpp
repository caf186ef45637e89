#include "hardeningplan.h"

#include "audit.h"
#include "core/tr.h"
#include "hostfacts.h"
#include "mta/mta.h"
#include "mta/mtaedits.h"
#include "mta/mtasurvey.h"
#include "mta/privacysettings.h"
#include "qmail/qmailtcprules.h"
#include "relaynetworks.h"
#include "sendmail/sendmailmc.h"

#include <algorithm>

namespace Mailwarden::Hardening {

namespace {

struct Fixable {
    const char *rule;
    bool postfix, sendmail, qmail;
};

// Which rules each MTA's fixes cover (the rest are reported for the admin).
constexpr Fixable kFixable[] = {
    {"relay.open", true, true, true},
    {"relay.mynetworks", true, true, true},
    {"smtp.vrfy", true, true, false},
    {"smtp.expn", false, true, false},
    {"smtp.banner", true, true, true},
    {"smtp.privacy", false, true, false},
    {"smtp.helo", true, true, false},
    {"dos.size", true, true, true},
    {"dos.recipients", true, true, false},
    {"dos.connections", true, true, false},
    {"dos.errors", true, true, false},
    {"spam.dnsbl", true, true, false},
    {"tls.offered", true, false, false},
    {"tls.protocols", true, false, false},
    {"auth.plaintext", true, false, false},
    {"mta.programs", true, true, false},
    {"mta.aliases", true, true, true},
};

const QByteArray kRelayRestrictions = "permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination";

// Applies fixes one after another to the files' contents, one FileChange per file.
class Builder
{
public:
    Builder(const HostSurvey &survey, const HostFacts &facts)
        : m_survey(survey), m_facts(facts), m_mta(survey.mta->kind())
    {
    }

    std::expected<void, QString> fix(const QString &rule)
    {
        m_lines.clear();
        auto result = dispatch(rule);
        if (result && m_lines.isEmpty())
            m_lines << Tr::tr("nothing to change");
        return result;
    }
    QStringList lines() const { return m_lines; }

    ChangeSet changeSet(const QString &description) const
    {
        ChangeSet set(m_mta, description);
        for (const QString &path : m_order)
            set.addFile(m_files.value(path));
        return set;
    }

private:
    using Result = std::expected<void, QString>;

    Result dispatch(const QString &rule)
    {
        const bool postfix = m_mta == MtaKind::Postfix, sendmail = m_mta == MtaKind::Sendmail;
        if (rule == QLatin1String("relay.open")) {
            if (postfix)
                return parameter("smtpd_relay_restrictions", kRelayRestrictions);
            if (sendmail) {
                for (const char *feature : {"promiscuous_relay", "loose_relay_check", "relay_entire_domain"}) {
                    if (auto r = removeFeature(feature); !r)
                        return r;
                }
            }
            return narrowRelayRules();
        }
        if (rule == QLatin1String("relay.mynetworks"))
            return postfix ? narrowMynetworks() : narrowRelayRules();
        if (rule == QLatin1String("smtp.vrfy"))
            return setting(sendmail ? "privacy.novrfy" : "vrfy", "yes");
        if (rule == QLatin1String("smtp.expn"))
            return setting("privacy.noexpn", "yes");
        if (rule == QLatin1String("smtp.banner"))
            return setting("banner", {});
        if (rule == QLatin1String("smtp.helo"))
            return setting(sendmail ? "privacy.needmailhelo" : "helo", "yes");
        if (rule == QLatin1String("smtp.privacy")) {
            for (const PrivacySetting &s : settings()) {
                if (!s.flag.isEmpty() && !s.isOn()) {
                    if (auto r = setting(s.id.toLatin1(), "yes"); !r)
                        return r;
                }
            }
            return {};
        }
        if (rule == QLatin1String("dos.size"))
            return setting("size", {});
        if (rule == QLatin1String("dos.recipients"))
            return setting("recipients", "100");
        if (rule == QLatin1String("dos.connections"))
            return setting("rate", {});
        if (rule == QLatin1String("dos.errors"))
            return setting(sendmail ? "badrcpt" : "errors", {});
        if (rule == QLatin1String("spam.dnsbl")) {
            if (auto r = setting("dnsbl", {}); !r)
                return r;
            return postfix ? setting("dnsbl.warn", "yes") : Result {};
        }
        if (rule == QLatin1String("tls.offered")) {
            if (m_survey.optionValue("smtpd_tls_cert_file").isEmpty()
                && m_survey.optionValue("smtpd_tls_chain_files").isEmpty())
                return std::unexpected(Tr::tr("STARTTLS needs a certificate: set smtpd_tls_cert_file and "
                                              "smtpd_tls_key_file first (Config tab)."));
            return setting("tls", "may");
        }
        if (rule == QLatin1String("tls.protocols"))
            return setting("protocols", {});
        if (rule == QLatin1String("auth.plaintext"))
            return setting("authtls", "yes");
        if (rule == QLatin1String("mta.programs")) {
            if (sendmail)
                return addFeature("smrsh");
            for (const char *name : {"allow_mail_to_commands", "allow_mail_to_files"}) {
                if (QByteArray(m_survey.optionValue(name)).contains("include")) {
                    if (auto r = parameter(name, "alias, forward"); !r)
                        return r;
                }
            }
            return {};
        }
        if (rule == QLatin1String("mta.aliases"))
            return addAliases();
        return std::unexpected(Tr::tr("%1 has no automatic fix on %2.").arg(rule, mtaKindName(m_mta)));
    }

    // The file as the fixes so far left it; nullopt with \a why when it was not read.
    std::optional<QByteArray> current(const QString &path, QString *why, bool *absent = nullptr) const
    {
        if (const auto it = m_files.constFind(path); it != m_files.constEnd()) {
            if (absent)
                *absent = it->absentAfter;
            return it->after;
        }
        const FileFact *f = m_facts.file(path);
        if (f && !f->exists && absent) {
            *absent = true;
            return QByteArray();
        }
        if (!f || !f->read) {
            *why = Tr::tr("%1 could not be read").arg(path);
            return std::nullopt;
        }
        if (f->truncated) {
            *why = Tr::tr("%1 is larger than 1 MiB: edit it in the Config tab").arg(path);
            return std::nullopt;
        }
        if (absent)
            *absent = false;
        return f->content;
    }

    // Records \a change; a second edit of the same file keeps the first one's `before`.
    Result record(const FileChange &change, const QString &what, const QString &key, const QByteArray &value)
    {
        if (const auto it = m_assigned.constFind(key); it != m_assigned.constEnd() && *it != value)
            return std::unexpected(Tr::tr("two fixes set %1 differently (\"%2\" and \"%3\")")
                    .arg(key, QString::fromUtf8(*it), QString::fromUtf8(value)));
        m_assigned.insert(key, value);
        if (const auto it = m_files.find(change.path); it != m_files.end()) {
            it->after = change.after;
            it->absentAfter = change.absentAfter;
        } else {
            m_files.insert(change.path, change);
            m_order.append(change.path);
        }
        m_lines << what;
        return {};
    }

    QList<PrivacySetting> settings() const
    {
        const auto pending = [this](const QString &path) -> std::optional<QByteArray> {
            const auto it = m_files.constFind(path);
            return it == m_files.constEnd() ? std::nullopt : std::optional(it->after);
        };
        const auto read = [this](const QString &path) -> std::optional<QByteArray> {
            const FileFact *f = m_facts.file(path);
            return f && f->read ? std::optional(f->content) : std::nullopt;
        };
        return PrivacySettings::forHost(m_survey, pending, read);
    }

    // A Privacy-tab setting to \a value (empty: the setting's recommendation).
    Result setting(const QByteArray &id, QByteArray value)
    {
        const QList<PrivacySetting> all = settings();
        const auto s
            = std::find_if(all.begin(), all.end(), [&](const PrivacySetting &x) { return x.id == QLatin1String(id); });
        if (s == all.end() || s->kind == PrivacySetting::Kind::Unavailable)
            return std::unexpected(Tr::tr("%1 cannot be set on %2").arg(QString::fromLatin1(id), mtaKindName(m_mta)));
        if (value.isEmpty())
            value = s->recommended;
        const QString path = PrivacySettings::fileOf(*s, m_survey);
        QString why;
        bool absent = false;
        const auto content = current(path, &why, &absent);
        if (!content)
            return std::unexpected(why);
        const FileFact *original = m_facts.file(path);
        auto change = PrivacySettings::change(*s, m_survey, *content, absent, value,
            original && original->read ? std::optional(original->content) : std::nullopt);
        if (!change)
            return std::unexpected(change.error());
        if (const auto it = m_files.constFind(path); it != m_files.constEnd()) {
            change->before = it->before;
            change->absentBefore = it->absentBefore;
        }
        const QByteArray name = s->flag.isEmpty() ? s->option : s->flag;
        return record(*change, Tr::tr("%1: %2 = %3").arg(path, QString::fromUtf8(name), QString::fromUtf8(value)),
            path + QLatin1Char('|') + QString::fromUtf8(s->id.toUtf8()), value);
    }

    QString mainConfig(const char *format) const
    {
        for (const CatalogueEntry &e : m_survey.catalogue) {
            if (e.formatType == QLatin1String(format) && e.group == CatalogueEntry::Group::MainConfig)
                return e.path;
        }
        return {};
    }

    Result parameter(const char *name, const QByteArray &value)
    {
        const QString path = mainConfig("postfix-main");
        QString why;
        const auto content = current(path, &why);
        if (!content)
            return std::unexpected(why);
        auto change = MtaEdits::setPostfixParameter(path, *content, name, value);
        if (!change)
            return std::unexpected(change.error());
        return record(*change, Tr::tr("%1: %2 = %3").arg(path, QLatin1String(name), QString::fromUtf8(value)),
            path + QLatin1Char('|') + QLatin1String(name), value);
    }

    Result narrowMynetworks()
    {
        QList<QByteArray> keep;
        for (const QByteArray &item :
            QByteArray(m_survey.optionValue("mynetworks")).replace(',', ' ').simplified().split(' ')) {
            if (!item.isEmpty() && !networkTooBroad(item))
                keep << item;
        }
        if (keep.isEmpty())
            keep = {"127.0.0.0/8", "[::1]/128"};
        return parameter("mynetworks", keep.join(' '));
    }

    Result narrowRelayRules()
    {
        const bool sendmail = m_mta == MtaKind::Sendmail;
        for (const CatalogueEntry &table : m_survey.catalogue) {
            if (table.formatType != QLatin1String(sendmail ? "sendmail-access" : "qmail-tcprules"))
                continue;
            QString why;
            const auto content = current(table.path, &why);
            if (!content)
                return std::unexpected(why);
            const auto rows = MtaEdits::rows(table, *content);
            if (!rows)
                return std::unexpected(rows.error());
            QByteArray text = *content;
            for (const MtaEdits::Row &row : *rows) {
                const bool relays
                    = sendmail ? row.value.trimmed().toUpper().startsWith("RELAY") : row.value.contains("RELAYCLIENT");
                if (!relays || !relayKeyTooBroad(row.key, sendmail))
                    continue;
                // Sendmail: the entry goes; qmail: the rule stays (allow or deny), without RELAYCLIENT
                auto change = sendmail ? MtaEdits::removeTableEntry(table, text, row.key)
                                       : dropRelayClient(table, text, row.key);
                if (!change)
                    return std::unexpected(change.error());
                text = change->after;
                const QString key = row.key.isEmpty() ? Tr::tr("(every address)") : QString::fromUtf8(row.key);
                if (auto r = record(*change,
                        sendmail ? Tr::tr("%1: remove %2 %3").arg(table.path, key, QString::fromUtf8(row.value))
                                 : Tr::tr("%1: %2 no longer sets RELAYCLIENT").arg(table.path, key),
                        table.path + QLatin1Char('|') + key, "(removed)");
                    !r)
                    return r;
            }
        }
        return {};
    }

    static std::expected<FileChange, QString> dropRelayClient(
        const CatalogueEntry &table, const QByteArray &content, const QByteArray &address)
    {
        auto rules = QmailTcpRules::parse(content, table.path);
        if (!rules)
            return std::unexpected(rules.error().toString());
        if (!rules->removeVariable(address, "RELAYCLIENT"))
            return std::unexpected(Tr::tr("%1: no rule for '%2'").arg(table.path, QString::fromUtf8(address)));
        return FileChange {table.path, table.formatType, table.mapType, content, rules->toBytes()};
    }

    Result sendmailCall(bool add, const char *feature)
    {
        const QString path = mainConfig("sendmail-mc");
        QString why;
        const auto content = current(path, &why);
        if (!content)
            return std::unexpected(why);
        const auto mc = SendmailMc::parse(*content, path);
        if (!mc)
            return std::unexpected(mc.error().toString());
        if (mc->findCall("FEATURE", feature).has_value() == add)
            return {};
        auto change = add ? MtaEdits::addSendmailCall(path, *content, "FEATURE", {feature})
                          : MtaEdits::removeSendmailCall(path, *content, "FEATURE", feature);
        if (!change)
            return std::unexpected(change.error());
        return record(*change,
            add ? Tr::tr("%1: add FEATURE(%2)").arg(path, QLatin1String(feature))
                : Tr::tr("%1: remove FEATURE(%2)").arg(path, QLatin1String(feature)),
            path + QLatin1String("|FEATURE ") + QLatin1String(feature), add ? "on" : "off");
    }
    Result addFeature(const char *feature) { return sendmailCall(true, feature); }
    Result removeFeature(const char *feature) { return sendmailCall(false, feature); }

    Result addAliases()
    {
        if (m_mta == MtaKind::Qmail)
            return addDotQmailAliases();
        const auto table = std::find_if(m_survey.catalogue.begin(), m_survey.catalogue.end(),
            [](const CatalogueEntry &e) { return e.formatType == QLatin1String("aliases"); });
        if (table == m_survey.catalogue.end())
            return std::unexpected(Tr::tr("no aliases file is in use"));
        QString why;
        const auto content = current(table->path, &why);
        if (!content)
            return std::unexpected(why);
        const auto rows = MtaEdits::rows(*table, *content);
        if (!rows)
            return std::unexpected(rows.error());
        QByteArray text = *content;
        for (const QByteArray name : {"postmaster", "abuse", "mailer-daemon"}) {
            if (std::any_of(
                    rows->begin(), rows->end(), [&](const MtaEdits::Row &r) { return r.key.toLower() == name; }))
                continue;
            auto change = MtaEdits::setTableEntry(*table, text, name, "root");
            if (!change)
                return std::unexpected(change.error());
            text = change->after;
            if (auto r = record(*change, Tr::tr("%1: %2: root").arg(table->path, QString::fromLatin1(name)),
                    table->path + QLatin1Char('|') + QString::fromLatin1(name), "root");
                !r)
                return r;
        }
        return {};
    }

    // qmail: each missing alias is a new ~alias/.qmail-NAME that forwards to root,
    // whose own ~alias/.qmail-root names the person who reads it.
    Result addDotQmailAliases()
    {
        for (const char *name : {"postmaster", "abuse", "mailer-daemon"}) {
            const QString path = QStringLiteral("/var/qmail/alias/.qmail-") + QLatin1String(name);
            QString why;
            bool absent = false;
            const auto content = current(path, &why, &absent);
            if (!content)
                return std::unexpected(why);
            if (!absent)
                continue;
            FileChange change {path, QStringLiteral("qmail-dotqmail"), {}, {}, "&root\n"};
            change.absentBefore = true;
            if (auto r = record(change, Tr::tr("%1: &root (new file)").arg(path), path, "&root"); !r)
                return r;
        }
        return {};
    }

    const HostSurvey &m_survey;
    const HostFacts &m_facts;
    MtaKind m_mta;
    QHash<QString, FileChange> m_files;
    QStringList m_order;
    QHash<QString, QByteArray> m_assigned;
    QStringList m_lines;
};

} // namespace

bool HardeningPlan::canFix(MtaKind mta, QStringView ruleId)
{
    for (const Fixable &f : kFixable) {
        if (ruleId == QLatin1String(f.rule))
            return mta == MtaKind::Postfix ? f.postfix
                : mta == MtaKind::Sendmail ? f.sendmail
                                           : mta == MtaKind::Qmail && f.qmail;
    }
    return false;
}

QStringList HardeningPlan::recommended(const AuditReport &audit)
{
    QList<std::pair<int, QString>> failed;
    for (const Finding &f : audit.findings) {
        // Sendmail's dnsbl refuses at once, with no log-only first step: the admin's choice, not ours
        const bool refusesAtOnce = f.ruleId == QLatin1String("spam.dnsbl") && audit.mta == MtaKind::Sendmail;
        if (f.status == Status::Fail && f.fixable && !refusesAtOnce) {
            const auto rule = findRule(f.ruleId);
            failed.append({rule ? -int(rule->severity) : 0, f.ruleId});
        }
    }
    std::stable_sort(failed.begin(), failed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList out;
    for (const auto &f : std::as_const(failed))
        out << f.second;
    return out;
}

std::expected<HardeningPlan, QString> HardeningPlan::build(
    const HostSurvey &survey, const HostFacts &facts, const QStringList &ruleIds)
{
    if (!survey.mta)
        return std::unexpected(Tr::tr("the host's MTA is not known"));
    Builder builder(survey, facts);
    HardeningPlan plan;
    for (const QString &rule : ruleIds) {
        if (!findRule(rule))
            return std::unexpected(Tr::tr("%1: no such rule").arg(rule));
        if (!canFix(survey.mta->kind(), rule))
            return std::unexpected(Tr::tr("%1 has no automatic fix on %2.").arg(rule, mtaKindName(survey.mta->kind())));
        if (auto done = builder.fix(rule); !done)
            return std::unexpected(Tr::tr("%1: %2").arg(rule, done.error()));
        plan.fixes.append({rule, builder.lines()});
    }
    plan.changes = builder.changeSet(Tr::tr("Hardening: %1").arg(ruleIds.join(QStringLiteral(", "))));
    if (const auto error = plan.changes.validate())
        return std::unexpected(error->toString());
    return plan;
}

} // namespace Mailwarden::Hardening
