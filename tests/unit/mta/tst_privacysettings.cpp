// The Privacy tab's settings without a host: which settings each MTA has, how
// live and pending values are read, how they are judged, and that a change
// touches only its own line (main.cf), flag (PrivacyOptions) or control file.
#include "mta/dnsbl.h"
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
        // the recommended greeting keeps Sendmail's $j: m4 leaves a sendmail macro alone
        const auto banner
            = PrivacySettings::change(find(settings, QStringLiteral("banner")), host, mc, false, "$j ESMTP");
        QVERIFY2(banner, qPrintable(banner.error()));
        QVERIFY2(banner->after.contains("define(`confSMTP_LOGIN_MSG', `$j ESMTP')dnl"), banner->after);
        for (const QByteArray refused : {"$1 ESMTP", "$j $@ ESMTP", "$*", "${x ESMTP", "$"}) {
            const auto change
                = PrivacySettings::change(find(settings, QStringLiteral("banner")), host, mc, false, refused);
            QVERIFY2(!change, refused.constData());
            QVERIFY2(change.error().contains(QLatin1String("sendmail macros")), qPrintable(change.error()));
        }
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

    void blocklistZonesAreDnsNames_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("filters");
        QTest::addColumn<QByteArrayList>("zones"); // empty: refused
        QTest::newRow("one") << QByteArray("zen.spamhaus.org") << true << QByteArrayList {"zen.spamhaus.org"};
        QTest::newRow("commas and blanks") << QByteArray(" zen.spamhaus.org,bl.spamcop.net  zen.spamhaus.org ") << true
                                           << QByteArrayList {"zen.spamhaus.org", "bl.spamcop.net"};
        QTest::newRow("reply filter") << QByteArray("zen.spamhaus.org=127.0.0.[2..11]") << true
                                      << QByteArrayList {"zen.spamhaus.org=127.0.0.[2..11]"};
        QTest::newRow("filter, sendmail") << QByteArray("zen.spamhaus.org=127.0.0.2") << false << QByteArrayList {};
        QTest::newRow("no dot") << QByteArray("localhost") << true << QByteArrayList {};
        QTest::newRow("shell") << QByteArray("zen.spamhaus.org;reboot") << true << QByteArrayList {};
        QTest::newRow("m4 quote") << QByteArray("zen.spamhaus.org')") << false << QByteArrayList {};
        QTest::newRow("restriction") << QByteArray("permit") << true << QByteArrayList {};
    }

    void blocklistZonesAreDnsNames()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, filters);
        QFETCH(QByteArrayList, zones);
        const auto parsed = Dnsbl::parseZones(text, filters);
        if (zones.isEmpty()) {
            QVERIFY(!parsed);
            QVERIFY(parsed.error().contains(QLatin1Char('"')));
        } else {
            QVERIFY2(parsed, qPrintable(parsed.error()));
            QCOMPARE(*parsed, zones);
        }
    }

    void postfixRestrictionListKeepsWhatItDoesNotTouch_data()
    {
        QTest::addColumn<QByteArray>("list");
        QTest::addColumn<QByteArrayList>("zones");
        QTest::addColumn<bool>("warn");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty: safe start")
            << QByteArray() << QByteArrayList {"zen.spamhaus.org"} << true
            << QByteArray("permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination, "
                          "warn_if_reject reject_rbl_client zen.spamhaus.org");
        QTest::newRow("before final permit")
            << QByteArray("permit_mynetworks,reject_unauth_destination,check_client_access hash:/etc/postfix/a,permit")
            << QByteArrayList {"bl.spamcop.net"} << false
            << QByteArray("permit_mynetworks,reject_unauth_destination,check_client_access "
                          "hash:/etc/postfix/a,reject_rbl_client bl.spamcop.net, permit");
        QTest::newRow("at the end") << QByteArray("permit_mynetworks reject_unauth_destination")
                                    << QByteArrayList {"zen.spamhaus.org"} << false
                                    << QByteArray("permit_mynetworks reject_unauth_destination, reject_rbl_client "
                                                  "zen.spamhaus.org");
        QTest::newRow("warn off, kept in place")
            << QByteArray("permit_mynetworks, warn_if_reject reject_rbl_client zen.spamhaus.org, permit")
            << QByteArrayList {"zen.spamhaus.org"} << false
            << QByteArray("permit_mynetworks, reject_rbl_client zen.spamhaus.org, permit");
        QTest::newRow("one removed, one added where it was")
            << QByteArray("permit_mynetworks, reject_rbl_client old.example.net, reject_unauth_destination")
            << QByteArrayList {"zen.spamhaus.org"} << false
            << QByteArray("permit_mynetworks, reject_rbl_client zen.spamhaus.org, reject_unauth_destination");
        QTest::newRow("last removed with its separator")
            << QByteArray("permit_mynetworks, reject_unauth_destination, reject_rbl_client old.example.net")
            << QByteArrayList {} << false << QByteArray("permit_mynetworks, reject_unauth_destination");
        QTest::newRow("unchanged") << QByteArray("permit_mynetworks,  reject_rbl_client  zen.spamhaus.org")
                                   << QByteArrayList {"zen.spamhaus.org"} << false
                                   << QByteArray("permit_mynetworks,  reject_rbl_client  zen.spamhaus.org");
    }

    void postfixRestrictionListKeepsWhatItDoesNotTouch()
    {
        QFETCH(QByteArray, list);
        QFETCH(QByteArrayList, zones);
        QFETCH(bool, warn);
        QFETCH(QByteArray, expected);
        const QByteArray changed = Dnsbl::postfixWithBlocklists(list, zones, warn);
        QCOMPARE(changed, expected);
        const Dnsbl::PostfixBlocklists read = Dnsbl::postfixBlocklists(changed);
        QCOMPARE(read.zones, zones);
        QCOMPARE(read.warnOnly, warn && !zones.isEmpty());
    }

    void postfixBlocklistSettings()
    {
        const QByteArray list = "permit_mynetworks, reject_unauth_destination";
        const HostSurvey host = survey(MtaKind::Postfix, {option("smtpd_recipient_restrictions", list, "", true)},
            {config("/etc/postfix/main.cf", "postfix-main")});
        const QByteArray mainCf = "# keep me\nsmtpd_recipient_restrictions = " + list + "\nmyhostname = mx\n";
        QList<PrivacySetting> settings = PrivacySettings::forHost(host);
        PrivacySetting dnsbl = find(settings, QStringLiteral("dnsbl"));
        QCOMPARE(dnsbl.section, PrivacySetting::Section::Blocklists);
        QVERIFY(dnsbl.value.isEmpty());
        QVERIFY(!dnsbl.meetsRecommendation());
        QVERIFY(!find(settings, QStringLiteral("dnsbl.warn")).isOn());
        // warn only switched on with no list: nothing to switch
        QVERIFY(!PrivacySettings::change(find(settings, QStringLiteral("dnsbl.warn")), host, mainCf, false, "yes"));
        QVERIFY(!PrivacySettings::change(dnsbl, host, mainCf, false, "not a zone"));

        // A first list only logs; the other lines stay as they are.
        const auto added = PrivacySettings::change(dnsbl, host, mainCf, false, "zen.spamhaus.org", mainCf);
        QVERIFY2(added, qPrintable(added.error()));
        QCOMPARE(added->after,
            "# keep me\nsmtpd_recipient_restrictions = " + list
                + ", warn_if_reject reject_rbl_client zen.spamhaus.org\nmyhostname = mx\n");
        const auto pending = [&](const QString &) -> std::optional<QByteArray> { return added->after; };
        settings = PrivacySettings::forHost(host, pending);
        dnsbl = find(settings, QStringLiteral("dnsbl"));
        QCOMPARE(dnsbl.value, QByteArray("zen.spamhaus.org"));
        QVERIFY(dnsbl.pending);
        QVERIFY(dnsbl.meetsRecommendation());
        const PrivacySetting warn = find(settings, QStringLiteral("dnsbl.warn"));
        QVERIFY(warn.isOn());
        QVERIFY(warn.pending);

        // Rejecting for real, then no list: back to the bytes the file had.
        const auto rejecting = PrivacySettings::change(warn, host, added->after, false, "no", mainCf);
        QVERIFY2(rejecting, qPrintable(rejecting.error()));
        QVERIFY(rejecting->after.contains(", reject_rbl_client zen.spamhaus.org\n"));
        const auto none = PrivacySettings::change(dnsbl, host, rejecting->after, false, "", mainCf);
        QVERIFY2(none, qPrintable(none.error()));
        QCOMPARE(none->after, mainCf);
    }

    void sendmailBlocklistFeatures()
    {
        const HostSurvey host = survey(MtaKind::Sendmail, {}, {config("/etc/mail/sendmail.mc", "sendmail-mc")});
        const QByteArray mc = "divert(-1)dnl\ninclude(`/usr/share/sendmail/cf/m4/cf.m4')dnl\n"
                              "FEATURE(`access_db')dnl\n"
                              "FEATURE(`dnsbl', `old.example.net', `\"550 listed\"')dnl\n"
                              "MAILER(`local')dnl\nMAILER(`smtp')dnl\n";
        const auto current = [&](const QString &) -> std::optional<QByteArray> { return mc; };
        QList<PrivacySetting> settings = PrivacySettings::forHost(host, {}, current);
        const PrivacySetting dnsbl = find(settings, QStringLiteral("dnsbl"));
        QCOMPARE(dnsbl.value, QByteArray("old.example.net"));
        QVERIFY(!dnsbl.pending);
        QCOMPARE(find(settings, QStringLiteral("dnsbl.warn")).rule, PrivacySetting::Rule::NotPossible);
        QVERIFY(!PrivacySettings::change(dnsbl, host, mc, false, "zen.spamhaus.org=127.0.0.2"));

        // The list that stays keeps its own line and message; the new one comes after the last FEATURE.
        const auto two = PrivacySettings::change(dnsbl, host, mc, false, "old.example.net, zen.spamhaus.org", mc);
        QVERIFY2(two, qPrintable(two.error()));
        QCOMPARE(two->after,
            "divert(-1)dnl\ninclude(`/usr/share/sendmail/cf/m4/cf.m4')dnl\nFEATURE(`access_db')dnl\n"
            "FEATURE(`dnsbl', `old.example.net', `\"550 listed\"')dnl\nFEATURE(`dnsbl', `zen.spamhaus.org')dnl\n"
            "MAILER(`local')dnl\nMAILER(`smtp')dnl\n");
        settings = PrivacySettings::forHost(
            host, [&](const QString &) -> std::optional<QByteArray> { return two->after; }, current);
        QCOMPARE(find(settings, QStringLiteral("dnsbl")).value, QByteArray("old.example.net, zen.spamhaus.org"));
        QVERIFY(find(settings, QStringLiteral("dnsbl")).pending);
        const auto back = PrivacySettings::change(dnsbl, host, two->after, false, "old.example.net", mc);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->after, mc);
    }

    void qmailBlocklistsSayWhere()
    {
        const PrivacySetting dnsbl
            = find(PrivacySettings::forHost(survey(MtaKind::Qmail, {})), QStringLiteral("dnsbl"));
        QCOMPARE(dnsbl.kind, PrivacySetting::Kind::Unavailable);
        QVERIFY(dnsbl.why.contains(QLatin1String("rblsmtpd")));
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
