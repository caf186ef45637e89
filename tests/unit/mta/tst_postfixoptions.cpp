// Postfix options from postconf's own output: types, sources, deprecation.
#include "mta/postfixoptions.h"

#include <QTest>

using namespace Mailwarden;
using Type = MtaOption::Type;

class TestPostfixOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void types_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("defaultValue");
        QTest::addColumn<Type>("type");
        QTest::newRow("bool") << QByteArray("disable_vrfy_command") << QByteArray("no") << Type::Bool;
        QTest::newRow("size") << QByteArray("message_size_limit") << QByteArray("10240000") << Type::Size;
        QTest::newRow("number") << QByteArray("smtpd_recipient_limit") << QByteArray("1000") << Type::Number;
        QTest::newRow("time") << QByteArray("maximal_queue_lifetime") << QByteArray("5d") << Type::Time;
        QTest::newRow("time-by-name") << QByteArray("smtpd_timeout") << QByteArray("${stress?{10}:{300}}s")
                                      << Type::Time;
        QTest::newRow("restrictions") << QByteArray("smtpd_relay_restrictions")
                                      << QByteArray(
                                             "permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination")
                                      << Type::Restrictions;
        QTest::newRow("tables") << QByteArray("alias_maps") << QByteArray("hash:/etc/aliases, nis:mail.aliases")
                                << Type::Tables;
        QTest::newRow("list") << QByteArray("mydestination")
                              << QByteArray("$myhostname, localhost.$mydomain, localhost") << Type::List;
        QTest::newRow("text") << QByteArray("smtpd_banner") << QByteArray("$myhostname ESMTP $mail_name") << Type::Text;
    }
    void types()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, defaultValue);
        QFETCH(Type, type);
        QCOMPARE(PostfixOptions::typeOf(name, defaultValue), type);
    }

    void sourcesAndDeprecation()
    {
        const QList<MtaOption> options = PostfixOptions::fromPostconf(
            "disable_vrfy_command = no\nsmtpd_use_tls = no\nsmtpd_banner = $myhostname ESMTP $mail_name\n",
            "disable_vrfy_command = yes\nsmtpd_use_tls = yes\n",
            "postconf: warning: /etc/postfix/main.cf: support for parameter \"smtpd_use_tls\" will be removed; "
            "instead, specify \"smtpd_tls_security_level\"\n",
            QStringLiteral("/etc/postfix/main.cf"));
        QCOMPARE(options.size(), 3);
        QCOMPARE(options[0].value, QByteArray("yes"));
        QCOMPARE(options[0].defaultValue, QByteArray("no"));
        QCOMPARE(options[0].source, MtaOption::Source::MainConfig);
        QCOMPARE(options[0].where, QStringLiteral("/etc/postfix/main.cf"));
        QVERIFY(!options[0].explanation.isEmpty());
        QVERIFY(options[1].deprecated);
        QVERIFY(options[1].warning.contains(QLatin1String("smtpd_tls_security_level")));
        QCOMPARE(options[2].source, MtaOption::Source::Default);
        QCOMPARE(options[2].value, options[2].defaultValue);
        QVERIFY(!options[2].deprecated);
    }
};

QTEST_GUILESS_MAIN(TestPostfixOptions)
#include "tst_postfixoptions.moc"
