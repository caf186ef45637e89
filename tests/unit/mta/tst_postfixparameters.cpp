// The Postfix form's groundwork without a host: restriction lists split into
// the entries an admin reorders (a restriction with its table, warn_if_reject
// with what it softens), the tables a value names, and the groups.
#include "mta/postfixparameters.h"

#include <QTest>

using namespace Mailwarden;
using namespace Mailwarden::PostfixParameters;

class TestPostfixParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restrictionEntries_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArrayList>("entries");
        QTest::newRow("commas") << QByteArray("permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination")
                                << QByteArrayList {
                                       "permit_mynetworks", "permit_sasl_authenticated", "defer_unauth_destination"};
        QTest::newRow("table argument") << QByteArray(
            "permit_mynetworks check_client_access hash:/etc/postfix/client_access,reject")
                                        << QByteArrayList {"permit_mynetworks",
                                               "check_client_access hash:/etc/postfix/client_access", "reject"};
        QTest::newRow("warn_if_reject with its restriction")
            << QByteArray("warn_if_reject reject_rbl_client zen.spamhaus.org, warn_if_reject reject_non_fqdn_sender")
            << QByteArrayList {
                   "warn_if_reject reject_rbl_client zen.spamhaus.org", "warn_if_reject reject_non_fqdn_sender"};
        QTest::newRow("policy service") << QByteArray("check_policy_service unix:private/policy, permit")
                                        << QByteArrayList {"check_policy_service unix:private/policy", "permit"};
        QTest::newRow("inline table is one word")
            << QByteArray("check_client_access inline:{ 1.2.3.4=REJECT, 5.6.7.8=OK }, permit")
            << QByteArrayList {"check_client_access inline:{ 1.2.3.4=REJECT, 5.6.7.8=OK }", "permit"};
        QTest::newRow("restriction class")
            << QByteArray("permit_mynetworks, my_class, reject_unauth_destination")
            << QByteArrayList {"permit_mynetworks", "my_class", "reject_unauth_destination"};
        QTest::newRow("continuation lines") << QByteArray("permit_mynetworks,\n    reject_unauth_destination")
                                            << QByteArrayList {"permit_mynetworks", "reject_unauth_destination"};
        QTest::newRow("empty") << QByteArray() << QByteArrayList {};
    }

    void restrictionEntries()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArrayList, entries);
        QCOMPARE(splitRestrictions(value), entries);
        // written back and read again: the same entries
        QCOMPARE(splitRestrictions(joinRestrictions(entries)), entries);
    }

    void tablesNamed()
    {
        QCOMPARE(tablesIn("permit_mynetworks, check_client_access hash:/etc/postfix/client_access, "
                          "check_sender_access inline:{ a=OK }, check_policy_service unix:private/policy"),
            (QByteArrayList {"hash:/etc/postfix/client_access", "unix:private/policy"}));
        QCOMPARE(tablesIn("hash:/etc/aliases, $alias_maps"), QByteArrayList {"hash:/etc/aliases"});
        QVERIFY(tablesIn("yes").isEmpty());
    }

    void groups_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<Group>("group");
        QTest::newRow("myhostname") << QByteArray("myhostname") << Group::General;
        QTest::newRow("mynetworks") << QByteArray("mynetworks") << Group::NetworkAndRelay;
        QTest::newRow("relayhost") << QByteArray("relayhost") << Group::NetworkAndRelay;
        QTest::newRow("recipient restrictions")
            << QByteArray("smtpd_recipient_restrictions") << Group::SmtpServerRestrictions;
        QTest::newRow("vrfy") << QByteArray("disable_vrfy_command") << Group::SmtpServerRestrictions;
        QTest::newRow("client") << QByteArray("smtp_helo_name") << Group::SmtpClient;
        QTest::newRow("client tls") << QByteArray("smtp_tls_security_level") << Group::SaslAndTls;
        QTest::newRow("sasl") << QByteArray("smtpd_sasl_auth_enable") << Group::SaslAndTls;
        QTest::newRow("size") << QByteArray("message_size_limit") << Group::LimitsAndRate;
        QTest::newRow("rate") << QByteArray("smtpd_client_connection_rate_limit") << Group::LimitsAndRate;
        QTest::newRow("aliases") << QByteArray("alias_maps") << Group::LocalDelivery;
        QTest::newRow("masquerade") << QByteArray("masquerade_domains") << Group::AddressRewriting;
        QTest::newRow("canonical") << QByteArray("sender_canonical_maps") << Group::AddressRewriting;
        QTest::newRow("queue") << QByteArray("maximal_queue_lifetime") << Group::Queue;
        QTest::newRow("backoff") << QByteArray("minimal_backoff_time") << Group::Queue;
        QTest::newRow("other") << QByteArray("debugger_command") << Group::Other;
    }

    void groups()
    {
        QFETCH(QByteArray, name);
        QFETCH(Group, group);
        QCOMPARE(groupOf(name), group);
        QVERIFY(!groupName(group).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPostfixParameters)
#include "tst_postfixparameters.moc"
