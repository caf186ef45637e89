// PostfixSurvey's reading of its one round trip: the merged parameter list is
// what plain `postconf` prints, master.cf's -o overrides are what `postconf -P`
// prints, and links pair up with their paths. (That the whole survey equals the
// separate calls on a real Postfix is tst_mtalab's surveyEqualsTheSeparateCalls.)
#include "mta/mtasurvey.h"
#include "mta/postfixsurvey.h"

#include <QProcess>
#include <QTest>

using namespace Mailwarden;

class TestPostfixSurvey : public QObject
{
    Q_OBJECT

    static QByteArray output(const QByteArray &paths, const QByteArray &real)
    {
        return "running=postfix\npostfix.config=/etc/postfix/main.cf\n"
               "@@mailwarden postconf -d@@\n"
               "alias_maps = hash:/etc/aliases, nis:mail.aliases\n"
               "config_directory = /etc/postfix\n"
               "smtpd_sender_restrictions = \n"
               "@@mailwarden postconf -n@@\n"
               "smtpd_sender_restrictions = check_sender_access hash:/etc/postfix/sender_access\n"
               "@@mailwarden master.cf@@\n"
               "smtp      inet  n       -       y       -       -       smtpd\n"
               "@@mailwarden paths@@\n"
            + paths + "\n@@mailwarden realpath@@\n" + real + "\n@@mailwarden postfix end@@\n";
    }

private Q_SLOTS:
    void merge_data()
    {
        QTest::addColumn<QByteArray>("defaults");
        QTest::addColumn<QByteArray>("set");
        QTest::addColumn<QByteArray>("warnings");
        QTest::addColumn<QByteArray>("merged");
        const QByteArray none;
        QTest::newRow("defaults only") << QByteArray("a = 1\nb = 2\n") << none << none << QByteArray("a = 1\nb = 2\n");
        QTest::newRow("set overrides in place") << QByteArray("a = 1\nb = 2\nc = 3\n") << QByteArray("b = x y\n")
                                                << none << QByteArray("a = 1\nb = x y\nc = 3\n");
        QTest::newRow("set to empty") << QByteArray("a = 1\n") << QByteArray("a =\n") << none << QByteArray("a =\n");
        QTest::newRow("empty default set")
            << QByteArray("a =\nb = 1\n") << QByteArray("a = x\n") << none << QByteArray("a = x\nb = 1\n");
        QTest::newRow("main.cf's own names sorted in")
            << QByteArray("a = 1\nm = 2\n") << QByteArray("zeta = 2\na = 3\nb = 4\n") << none
            << QByteArray("a = 3\nb = 4\nm = 2\nzeta = 2\n");
        QTest::newRow("names postconf calls unused left out, as postconf does")
            << QByteArray("a = 1\n") << QByteArray("a = 3\nmine = x=y\n")
            << QByteArray("postconf: warning: /etc/postfix/main.cf: unused parameter: mine=x=y\n")
            << QByteArray("a = 3\n");
        QTest::newRow("no trailing newline, blank lines")
            << QByteArray("a = 1\n\nb = 2") << QByteArray("\nb = 3") << none << QByteArray("a = 1\nb = 3\n");
        QTest::newRow("a value holding ' = '")
            << QByteArray("a = 1\n") << QByteArray("a = x = y\n") << none << QByteArray("a = x = y\n");
    }
    void merge()
    {
        QFETCH(QByteArray, defaults);
        QFETCH(QByteArray, set);
        QFETCH(QByteArray, warnings);
        QFETCH(QByteArray, merged);
        QCOMPARE(PostfixSurvey::mergePostconf(defaults, set, warnings), merged);
    }

    void masterOverrides_data()
    {
        QTest::addColumn<QByteArray>("masterCf");
        QTest::addColumn<QByteArray>("lines");
        QTest::newRow("no options") << QByteArray("smtp inet n - y - - smtpd\n") << QByteArray();
        QTest::newRow("two services with -o")
            << QByteArray("smtp inet n - y - - smtpd\n"
                          "  -o smtpd_client_restrictions=check_client_access,hash:/etc/postfix/c\n"
                          "submission inet n - y - - smtpd\n  -o syslog_name=postfix/submission\n"
                          "  -o { smtpd_tls_security_level = encrypt }\n")
            << QByteArray("smtp/inet/smtpd_client_restrictions = check_client_access,hash:/etc/postfix/c\n"
                          "submission/inet/syslog_name = postfix/submission\n"
                          "submission/inet/smtpd_tls_security_level = encrypt\n");
        QTest::newRow("commented-out service ignored, as postconf -P does")
            << QByteArray("#smtps inet n - y - - smtpd\n#  -o smtpd_tls_wrappermode=yes\n") << QByteArray();
        QTest::newRow("unparsable master.cf: nothing") << QByteArray("smtp bogus n - y - - smtpd\n") << QByteArray();
    }
    void masterOverrides()
    {
        QFETCH(QByteArray, masterCf);
        QFETCH(QByteArray, lines);
        QCOMPARE(PostfixSurvey::masterOverrides(masterCf), lines);
    }

    void parseSections()
    {
        const auto result = PostfixSurvey::parse(
            output(
                "/etc/aliases\n/etc/postfix\n/etc/postfix/main.cf\n/etc/postfix/master.cf\n/etc/postfix/sender_access",
                "/etc/mail/aliases\n/etc/postfix\n/etc/postfix/main.cf\n/etc/postfix/master.cf\n/etc/postfix/"
                "sender_access"),
            "postconf: warning: something\n");
        QVERIFY(result);
        QVERIFY(!result->linksUnresolved);
        QStringList paths, configured;
        for (const CatalogueEntry &e : result->catalogue) {
            paths.append(e.path);
            configured.append(e.configuredPath);
        }
        QVERIFY2(paths.contains(QStringLiteral("/etc/postfix/main.cf")), qPrintable(paths.join(u' ')));
        QVERIFY2(paths.contains(QStringLiteral("/etc/postfix/sender_access")), qPrintable(paths.join(u' ')));
        // the link is followed, and the configured name kept
        const qsizetype aliases = paths.indexOf(QStringLiteral("/etc/mail/aliases"));
        QVERIFY2(aliases >= 0, qPrintable(paths.join(u' ')));
        QCOMPARE(configured.at(aliases), QStringLiteral("/etc/aliases"));
        bool senderSet = false;
        for (const MtaOption &o : result->options) {
            if (o.name == "smtpd_sender_restrictions") {
                senderSet
                    = o.source == MtaOption::Source::MainConfig && o.where == QLatin1String("/etc/postfix/main.cf");
                QCOMPARE(o.value, QByteArray("check_sender_access hash:/etc/postfix/sender_access"));
            }
        }
        QVERIFY(senderSet);
    }

    void parseUnpairedLinksLeavesThemToTheCaller()
    {
        // realpath printed fewer lines than it got paths: nothing is paired
        const auto result
            = PostfixSurvey::parse(output("/etc/aliases\n/etc/postfix/sender_access", "/etc/mail/aliases"), {});
        QVERIFY(result);
        QVERIFY(result->linksUnresolved);
        for (const CatalogueEntry &e : result->catalogue)
            QVERIFY2(e.configuredPath.isEmpty(), qPrintable(e.path));
    }

    void parseWithoutPostfixSections()
    {
        QVERIFY(!PostfixSurvey::parse("running=sendmail\nsendmail.config=/etc/mail/sendmail.cf\n", {}));
        // cut off before its end marker (output limit, dropped connection)
        QByteArray cut = output("/etc/aliases", "/etc/aliases");
        cut.chop(30);
        QVERIFY(!PostfixSurvey::parse(cut, {}));
    }

    void scriptIsValidSh()
    {
        QProcess sh;
        sh.start(
            QStringLiteral("sh"), {QStringLiteral("-n"), QStringLiteral("-c"), QString::fromUtf8(MtaSurvey::script())});
        QVERIFY(sh.waitForFinished());
        QVERIFY2(sh.exitCode() == 0, sh.readAllStandardError().constData());
    }
};

QTEST_GUILESS_MAIN(TestPostfixSurvey)
#include "tst_postfixsurvey.moc"
