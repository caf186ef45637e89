// The Privacy tab's settings without a host: which settings each MTA has, how
// live and pending values are read, how they are judged, and that a change
// touches only its own line (main.cf), flag (PrivacyOptions) or control file.
#include "mta/mta.h"
#include "mta/mtasurvey.h"
#include "mta/privacysettings.h"

#include <QTest>

using namespace Mailwarden;

namespace {

HostSurvey survey(MtaKind kind, const QList<MtaOption> &options, const QList<CatalogueEntry> &catalogue = {})
{
    HostSurvey s;
    s.mta = MtaRegistry::forKind(kind);
    s.options = options;
    s.catalogue = catalogue;
    return s;
}

MtaOption option(const char *name, const char *value, const char *defaultValue, bool set)
{
    MtaOption o;
    o.name = name;
    o.value = value;
    o.defaultValue = defaultValue;
    o.source = set ? MtaOption::Source::MainConfig : MtaOption::Source::Default;
    return o;
}

PrivacySetting find(const QList<PrivacySetting> &settings, const QString &id)
{
    for (const PrivacySetting &s : settings) {
        if (s.id == id)
            return s;
    }
    return {};
}

CatalogueEntry config(const char *path, const char *format)
{
    CatalogueEntry e;
    e.path = QString::fromLatin1(path);
    e.formatType = QString::fromLatin1(format);
    e.group = CatalogueEntry::Group::MainConfig;
    return e;
}

} // namespace

class TestPrivacySettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postfixLiveAndPending()
    {
        const HostSurvey host = survey(MtaKind::Postfix,
            {option("disable_vrfy_command", "no", "no", false),
                option(
                    "smtpd_banner", "$myhostname ESMTP $mail_name (Debian/GNU)", "$myhostname ESMTP $mail_name", true),
                option("message_size_limit", "0", "10240000", true),
                option("smtpd_tls_protocols", "!SSLv2, !SSLv3, !TLSv1, !TLSv1.1", "", true)},
            {config("/etc/postfix/main.cf", "postfix-main")});
        QList<PrivacySetting> settings = PrivacySettings::forHost(host);
        const PrivacySetting vrfy = find(settings, QStringLiteral("vrfy"));
        QCOMPARE(vrfy.kind, PrivacySetting::Kind::Toggle);
        QVERIFY(!vrfy.isOn());
        QVERIFY(vrfy.isDefault);
        QVERIFY(!vrfy.meetsRecommendation());
        QVERIFY(!find(settings, QStringLiteral("banner")).meetsRecommendation()); // names the software
        QVERIFY(!find(settings, QStringLiteral("size")).meetsRecommendation()); // 0: no limit
        QVERIFY(find(settings, QStringLiteral("protocols")).meetsRecommendation());
        QCOMPARE(PrivacySettings::fileOf(vrfy, host), QStringLiteral("/etc/postfix/main.cf"));

        // Turning VRFY off changes one line of main.cf.
        const QByteArray mainCf = "# keep me\nmyhostname = mx.example.org\nmessage_size_limit = 0\n";
        const auto change = PrivacySettings::change(vrfy, host, mainCf, false, "yes");
        QVERIFY2(change, qPrintable(change.error()));
        QCOMPARE(change->after, mainCf + "disable_vrfy_command = yes\n");
        // The pending content wins over the live value.
        settings = PrivacySettings::forHost(host, [&](const QString &path) -> std::optional<QByteArray> {
            return path == QLatin1String("/etc/postfix/main.cf") ? std::optional(change->after) : std::nullopt;
        });
        QVERIFY(find(settings, QStringLiteral("vrfy")).isOn());
        QVERIFY(find(settings, QStringLiteral("vrfy")).pending);
        QVERIFY(find(settings, QStringLiteral("vrfy")).meetsRecommendation());
        QCOMPARE(find(settings, QStringLiteral("size")).value, QByteArray("0"));
        QVERIFY(!find(settings, QStringLiteral("size")).pending); // same file, same value: not marked
        PrivacySetting errors = find(settings, QStringLiteral("errors"));
        errors.value = "${stress?{1}:{20}}"; // Postfix's default: 20 unless under stress
        QVERIFY(errors.meetsRecommendation());
        errors.value = "${stress?{1}:{500}}";
        QVERIFY(!errors.meetsRecommendation());
        // On and off again in the tab: the line added is removed, the bytes are the host's.
        PrivacySetting vrfyOn = find(settings, QStringLiteral("vrfy"));
        const auto offAgain = PrivacySettings::change(vrfyOn, host, change->after, false, "no", mainCf);
        QVERIFY2(offAgain, qPrintable(offAgain.error()));
        QCOMPARE(offAgain->after, mainCf);
        // A value set back to empty removes the parameter: Postfix's default again.
        const auto unset = PrivacySettings::change(find(settings, QStringLiteral("size")), host, mainCf, false, "");
        QVERIFY(unset);
        QCOMPARE(unset->after, QByteArray("# keep me\nmyhostname = mx.example.org\n"));
    }

    void sendmailPrivacyFlags()
    {
        const QByteArray mc = "divert(-1)dnl\ndivert(0)dnl\nOSTYPE(`debian')dnl\n"
                              "define(`confPRIVACY_FLAGS', `authwarnings,needmailhelo')dnl\nMAILER(`smtp')dnl\n";
        const HostSurvey host
            = survey(MtaKind::Sendmail, {option("confPRIVACY_FLAGS", "authwarnings,needmailhelo", "", true)},
                {config("/etc/mail/sendmail.mc", "sendmail-mc")});
        const QList<PrivacySetting> settings = PrivacySettings::forHost(host);
        const PrivacySetting novrfy = find(settings, QStringLiteral("privacy.novrfy"));
        QVERIFY(!novrfy.isOn());
        QVERIFY(find(settings, QStringLiteral("privacy.needmailhelo")).isOn());
        QVERIFY(!find(settings, QStringLiteral("banner")).meetsRecommendation()); // Sendmail's default names itself
        QCOMPARE(find(settings, QStringLiteral("banner")).kind, PrivacySetting::Kind::Unavailable);
        const auto on = PrivacySettings::change(novrfy, host, mc, false, "yes");
        QVERIFY2(on, qPrintable(on.error()));
        QVERIFY2(on->after.contains("define(`confPRIVACY_FLAGS', `authwarnings,needmailhelo,novrfy')dnl"), on->after);
        const QList<PrivacySetting> pending
            = PrivacySettings::forHost(host, [&](const QString &) { return std::optional(on->after); });
        QVERIFY(find(pending, QStringLiteral("privacy.novrfy")).pending);
        QVERIFY(find(pending, QStringLiteral("privacy.novrfy")).isOn());
        QVERIFY(!find(pending, QStringLiteral("privacy.needmailhelo")).pending); // same list, unchanged flag
        QCOMPARE(on->after.count('\n'), mc.count('\n'));

        // goaway holds novrfy: switching novrfy off spells goaway out without it.
        const HostSurvey goaway = survey(MtaKind::Sendmail, {option("confPRIVACY_FLAGS", "goaway", "", true)},
            {config("/etc/mail/sendmail.mc", "sendmail-mc")});
        const PrivacySetting g = find(PrivacySettings::forHost(goaway), QStringLiteral("privacy.novrfy"));
        QVERIFY(g.isOn());
        const auto off = PrivacySettings::change(g, goaway, mc, false, "no");
        QVERIFY(off);
        QVERIFY(!off->after.contains("novrfy"));
        QVERIFY(off->after.contains("noexpn"));
        // goaway is not noetrn, noreceipts or nobodyreturn (op.me)
        QVERIFY(!find(PrivacySettings::forHost(goaway), QStringLiteral("privacy.noetrn")).isOn());
        QVERIFY(!find(PrivacySettings::forHost(goaway), QStringLiteral("privacy.noreceipts")).isOn());
        QVERIFY(!off->after.contains("noetrn"));
        QVERIFY(!off->after.contains("noreceipts"));
        QVERIFY(!off->after.contains("nobodyreturn"));
        // blanks separate flags as well as commas
        const HostSurvey blanks
            = survey(MtaKind::Sendmail, {option("confPRIVACY_FLAGS", "authwarnings noexpn", "", true)},
                {config("/etc/mail/sendmail.mc", "sendmail-mc")});
        QVERIFY(find(PrivacySettings::forHost(blanks), QStringLiteral("privacy.noexpn")).isOn());
        // No define at all: Sendmail's default is authwarnings only.
        const HostSurvey none = survey(MtaKind::Sendmail, {}, {config("/etc/mail/sendmail.mc", "sendmail-mc")});
        QVERIFY(find(PrivacySettings::forHost(none), QStringLiteral("privacy.authwarnings")).isOn());
        QVERIFY(!find(PrivacySettings::forHost(none), QStringLiteral("privacy.noexpn")).isOn());
    }

    void qmailControlFiles()
    {
        const HostSurvey host = survey(MtaKind::Qmail,
            {option("me", "mx.example.org", "", true), option("smtpgreeting", "mx.example.org qmail 1.03", "", true),
                option("databytes", "0", "0", false)});
        const QList<PrivacySetting> settings = PrivacySettings::forHost(host);
        QVERIFY(find(settings, QStringLiteral("vrfy")).meetsRecommendation()); // qmail never confirms
        QCOMPARE(find(settings, QStringLiteral("tls")).kind, PrivacySetting::Kind::Unavailable);
        QVERIFY(!find(settings, QStringLiteral("tls")).meetsRecommendation()); // not possible is not fine
        const PrivacySetting banner = find(settings, QStringLiteral("banner"));
        QVERIFY(!banner.meetsRecommendation());
        QCOMPARE(banner.recommended, QByteArray("mx.example.org"));
        PrivacySetting named = banner;
        named.value = "qmail.example.org"; // a host name is no software name
        QVERIFY(named.meetsRecommendation());
        const PrivacySetting size = find(settings, QStringLiteral("size"));
        QCOMPARE(PrivacySettings::fileOf(size, host), QStringLiteral("/var/qmail/control/databytes"));
        const auto created = PrivacySettings::change(size, host, {}, true, "10240000");
        QVERIFY2(created, qPrintable(created.error()));
        QVERIFY(created->absentBefore);
        QCOMPARE(created->after, QByteArray("10240000\n"));
        QVERIFY(!PrivacySettings::change(size, host, {}, true, "ten"));
        QVERIFY(!PrivacySettings::change(find(settings, QStringLiteral("helo")), host, {}, true, "yes"));
    }
};

QTEST_GUILESS_MAIN(TestPrivacySettings)
#include "tst_privacysettings.moc"
