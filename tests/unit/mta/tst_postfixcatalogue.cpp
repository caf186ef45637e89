// The Postfix catalogue comes from the host's own postconf output: the lab
// Postfix's real output is test data (tests/data/mta), and the rows below
// cover what the lab does not use (proxy:, database maps, unionmap, master.cf
// overrides, Postfix's own caches).
#include "mta/postfixcatalogue.h"

#include <QFile>
#include <QTest>

using namespace Mailwarden;
using Group = CatalogueEntry::Group;

namespace {

QByteArray dataFile(const char *name)
{
    QFile file(QStringLiteral(MW_SOURCE_DIR "/tests/data/mta/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", name);
    return file.readAll();
}

QStringList summary(const QList<CatalogueEntry> &entries)
{
    QStringList out;
    for (const CatalogueEntry &e : entries)
        out.append(e.mapType + QLatin1Char(':') + e.path + QLatin1String(" <- ") + e.usedBy.join(QLatin1String(" | ")));
    return out;
}

} // namespace

class TestPostfixCatalogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labHost()
    {
        const QList<CatalogueEntry> entries = PostfixCatalogue::fromPostconf(
            dataFile("postfix-lab-postconf.txt"), dataFile("postfix-lab-postconf-P.txt"));
        const QStringList expected {
            QStringLiteral(":/etc/postfix/main.cf <- postfix"),
            QStringLiteral(":/etc/postfix/master.cf <- postfix"),
            QStringLiteral("hash:/etc/aliases <- alias_database | alias_maps"),
            QStringLiteral("regexp:/etc/postfix/header_checks <- header_checks"),
            QStringLiteral("hash:/etc/postfix/relocated <- relocated_maps"),
            QStringLiteral("hash:/etc/postfix/canonical <- sender_canonical_maps"),
            QStringLiteral("hash:/etc/postfix/generic <- smtp_generic_maps"),
            QStringLiteral("hash:/etc/postfix/client_access <- smtpd_client_restrictions → check_client_access"),
            QStringLiteral("hash:/etc/postfix/helo_access <- smtpd_helo_restrictions → check_helo_access"),
            QStringLiteral(
                "hash:/etc/postfix/recipient_access <- smtpd_recipient_restrictions → check_recipient_access"),
            QStringLiteral("hash:/etc/postfix/sender_access <- smtpd_sender_restrictions → check_sender_access"),
            QStringLiteral("hash:/etc/postfix/transport <- transport_maps"),
            QStringLiteral(":/etc/postfix/virtual_domains <- virtual_alias_domains"),
            QStringLiteral("hash:/etc/postfix/virtual <- virtual_alias_maps"),
        };
        QCOMPARE(summary(entries), expected);
        QCOMPARE(entries[0].group, Group::MainConfig);
        QCOMPARE(entries[1].formatType, QStringLiteral("postfix-master"));
        QCOMPARE(entries[2].group, Group::Aliases);
        QCOMPARE(entries[2].formatType, QStringLiteral("aliases"));
        QVERIFY(entries[2].isIndexed());
        QCOMPARE(entries[3].group, Group::HeaderBodyChecks);
        QCOMPARE(entries[3].formatType, QStringLiteral("postfix-regexp"));
        QVERIFY(!entries[3].isIndexed());
        QCOMPARE(entries[5].group, Group::AddressRewriting);
        QCOMPARE(entries[7].group, Group::AccessAndRelay);
        QCOMPARE(entries[7].formatType, QStringLiteral("postfix-table"));
        QCOMPARE(entries[11].group, Group::Routing);
        QCOMPARE(entries[12].formatType, QString()); // a plain list file: no table editor
    }

    void rows_data()
    {
        QTest::addColumn<QByteArray>("postconf");
        QTest::addColumn<QByteArray>("postconfP");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("proxy-and-database")
            << QByteArray("virtual_mailbox_maps = proxy:mysql:/etc/postfix/mysql-mailboxes.cf\n"
                          "virtual_alias_maps = proxy:lmdb:/etc/postfix/virtual, ldap:/etc/postfix/ldap-aliases.cf\n")
            << QByteArray()
            << QStringList {QStringLiteral("mysql:/etc/postfix/mysql-mailboxes.cf <- virtual_mailbox_maps"),
                   QStringLiteral("lmdb:/etc/postfix/virtual <- virtual_alias_maps"),
                   QStringLiteral("ldap:/etc/postfix/ldap-aliases.cf <- virtual_alias_maps")};
        QTest::newRow("unionmap-and-inline")
            << QByteArray("transport_maps = unionmap:{hash:/etc/postfix/transport, cidr:/etc/postfix/t.cidr},"
                          " inline:{example.com=smtp:[relay]}\n")
            << QByteArray()
            << QStringList {QStringLiteral("hash:/etc/postfix/transport <- transport_maps"),
                   QStringLiteral("cidr:/etc/postfix/t.cidr <- transport_maps")};
        QTest::newRow("caches-and-references-left-out")
            << QByteArray("address_verify_map = btree:/var/lib/postfix/verify_cache\n"
                          "proxy_read_maps = $alias_maps hash:/etc/x\n"
                          "smtpd_tls_session_cache_database = btree:/var/lib/postfix/smtpd_scache\n"
                          "mime_header_checks = $header_checks\n"
                          "tls_random_source = dev:/dev/urandom\n"
                          "alias_maps = hash:/etc/aliases, nis:mail.aliases\n")
            << QByteArray() << QStringList {QStringLiteral("hash:/etc/aliases <- alias_maps")};
        QTest::newRow("master-cf-override")
            << QByteArray("smtpd_recipient_restrictions = check_recipient_access hash:/etc/postfix/rcpt\n")
            << QByteArray(
                   "submission/inet/smtpd_recipient_restrictions = permit_sasl_authenticated,"
                   " check_recipient_access hash:/etc/postfix/rcpt, check_sender_access pcre:/etc/postfix/s.pcre\n"
                   "relay/unix/syslog_name = postfix/$service_name\n")
            << QStringList {QStringLiteral("hash:/etc/postfix/rcpt <- smtpd_recipient_restrictions → "
                                           "check_recipient_access | submission/inet: smtpd_recipient_restrictions → "
                                           "check_recipient_access"),
                   QStringLiteral("pcre:/etc/postfix/s.pcre <- submission/inet: smtpd_recipient_restrictions → "
                                  "check_sender_access")};
        QTest::newRow("list-files-only-in-lists")
            << QByteArray("myorigin = /etc/mailname\nmydestination = $myhostname, /etc/postfix/local_domains\n"
                          "mynetworks = 127.0.0.0/8 /etc/postfix/networks cidr:/etc/postfix/networks.cidr\n")
            << QByteArray()
            << QStringList {QStringLiteral(":/etc/postfix/local_domains <- mydestination"),
                   QStringLiteral(":/etc/postfix/networks <- mynetworks"),
                   QStringLiteral("cidr:/etc/postfix/networks.cidr <- mynetworks")};
        QTest::newRow("garbage") << QByteArray("=\n = x\nfoo = :\nbar = hash:\nbaz = {unbalanced\n\xff = /x\n")
                                 << QByteArray("no-service = hash:/y\n/a = b\n") // -P lines are service/type/name
                                 << QStringList {};
    }

    void rows()
    {
        QFETCH(QByteArray, postconf);
        QFETCH(QByteArray, postconfP);
        QFETCH(QStringList, expected);
        QCOMPARE(summary(PostfixCatalogue::fromPostconf(postconf, postconfP)), expected);
    }
};

QTEST_GUILESS_MAIN(TestPostfixCatalogue)
#include "tst_postfixcatalogue.moc"
