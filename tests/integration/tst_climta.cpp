// mailwarden-cli's editing commands as a script uses them, on the lab hosts:
// mta detect|catalogue, option list|get|set, table show|set, apply, history,
// drift, rollback; their output, JSON and exit codes (0 done, 1 refused or
// failed, 2 usage).
#include "labhost.h"
#include "mta/changeset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

class TestCliMta : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_scratch;
    std::optional<LabHost> m_postfix, m_sendmail;

    struct Result {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result cli(QStringList args, const LabHost *lab = nullptr)
    {
        if (lab)
            args << QStringLiteral("--known-hosts") << lab->knownHostsFile;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("MAILWARDEN_SECRETS"), QStringLiteral("vault"));
        env.insert(QStringLiteral("MAILWARDEN_MASTER_PASSWORD"), QStringLiteral("correct horse battery"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LC_ALL"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MW_BINARY_DIR "/bin/mailwarden-cli"), args);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    void addHost(const QString &name, const LabHost &lab)
    {
        const Result r = cli(
            {QStringLiteral("hosts"), QStringLiteral("add"), name, QStringLiteral("--address"), lab.profile.address,
                QStringLiteral("--port"), QString::number(lab.profile.port), QStringLiteral("--user"), lab.profile.user,
                QStringLiteral("--auth"), QStringLiteral("key"), QStringLiteral("--key"), lab.profile.keyFile});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_postfix = labHost(QStringLiteral("postfix"), m_scratch);
        m_sendmail = labHost(QStringLiteral("sendmail"), m_scratch);
        if (!m_postfix || !m_sendmail)
            MW_SKIP_OR_FAIL(labProblem());
        addHost(QStringLiteral("pf"), *m_postfix);
        addHost(QStringLiteral("sm"), *m_sendmail);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("mta-no-verb") << QStringList {QStringLiteral("mta")};
        QTest::newRow("mta-bad-verb") << QStringList {
            QStringLiteral("mta"), QStringLiteral("frobnicate"), QStringLiteral("pf")};
        QTest::newRow("option-bad-verb") << QStringList {QStringLiteral("option"), QStringLiteral("toggle")};
        QTest::newRow("table-bad-verb") << QStringList {QStringLiteral("table"), QStringLiteral("drop")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Result r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Usage") || r.err.contains("usage"), r.err.constData());
    }

    void detectAndCatalogueJson()
    {
        Result r
            = cli({QStringLiteral("mta"), QStringLiteral("detect"), QStringLiteral("sm"), QStringLiteral("--json")},
                &*m_sendmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject detected = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(detected.value(QStringLiteral("mta")).toString(), QStringLiteral("sendmail"));
        QVERIFY(detected.value(QStringLiteral("running")).toBool());

        r = cli({QStringLiteral("mta"), QStringLiteral("catalogue"), QStringLiteral("pf"), QStringLiteral("--json")},
            &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        bool senderAccess = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("path")).toString() == QLatin1String("/etc/postfix/sender_access")) {
                senderAccess = o.value(QStringLiteral("indexed")).toBool()
                    && o.value(QStringLiteral("usedBy"))
                           .toArray()
                           .first()
                           .toString()
                           .contains(QLatin1String("check_sender_access"));
            }
        }
        QVERIFY(senderAccess);
    }

    void optionsAndDryRun()
    {
        Result r = cli({QStringLiteral("option"), QStringLiteral("get"), QStringLiteral("pf"),
                           QStringLiteral("disable_vrfy_command")},
            &*m_postfix);
        QCOMPARE(r.out.trimmed(), QByteArray("disable_vrfy_command = yes"));
        r = cli({QStringLiteral("option"), QStringLiteral("set"), QStringLiteral("pf"),
                    QStringLiteral("disable_vrfy_command"), QStringLiteral("no"), QStringLiteral("--dry-run")},
            &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("-disable_vrfy_command = yes\n+disable_vrfy_command = no\n"));
        QVERIFY(!r.out.contains("Applied"));
        r = cli({QStringLiteral("option"), QStringLiteral("get"), QStringLiteral("pf"),
                    QStringLiteral("disable_vrfy_command")},
            &*m_postfix);
        QCOMPARE(r.out.trimmed(), QByteArray("disable_vrfy_command = yes")); // a dry run changes nothing
        r = cli({QStringLiteral("option"), QStringLiteral("set"), QStringLiteral("pf"),
                    QStringLiteral("no_such_parameter"), QStringLiteral("1")},
            &*m_postfix);
        QCOMPARE(r.exitCode, 1);
        r = cli({QStringLiteral("option"), QStringLiteral("list"), QStringLiteral("pf"), QStringLiteral("--changed"),
                    QStringLiteral("--json")},
            &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out).array().size() > 20);
        r = cli({QStringLiteral("table"), QStringLiteral("set"), QStringLiteral("pf"), QStringLiteral("sender_access"),
                    QStringLiteral("evil@example.org"), QStringLiteral("OK\nsmuggled REJECT")},
            &*m_postfix);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("control character"));
    }

    void applyHistoryDriftRollback()
    {
        // A change set file, as another tool would write it: edit main.cf's banner.
        Result r
            = cli({QStringLiteral("table"), QStringLiteral("show"), QStringLiteral("pf"), QStringLiteral("main.cf")},
                &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray mainCf = r.out;
        ChangeSet set(MtaKind::Postfix, QStringLiteral("banner from a file"));
        set.addFile({QStringLiteral("/etc/postfix/main.cf"), QStringLiteral("postfix-main"), {}, mainCf,
            mainCf + "smtpd_banner = $myhostname ESMTP\n"});
        const QString file = m_scratch.filePath(QStringLiteral("change.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(set.toJson()).toJson());
        out.close();
        r = cli({QStringLiteral("apply"), QStringLiteral("sm"), file}, &*m_sendmail);
        QCOMPARE(r.exitCode, 1); // a Postfix change set on the Sendmail host
        r = cli({QStringLiteral("apply"), QStringLiteral("pf"), file}, &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Applied."));

        r = cli({QStringLiteral("history"), QStringLiteral("pf"), QStringLiteral("--json")}, &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray history = QJsonDocument::fromJson(r.out).array();
        QVERIFY(!history.isEmpty());
        const QJsonObject last = history.last().toObject();
        QCOMPARE(last.value(QStringLiteral("description")).toString(), QStringLiteral("banner from a file"));
        const QString id = QString::number(last.value(QStringLiteral("id")).toInt());

        r = cli({QStringLiteral("drift"), QStringLiteral("pf")}, &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.out.constData());
        r = cli({QStringLiteral("rollback"), QStringLiteral("pf"), id}, &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("table"), QStringLiteral("show"), QStringLiteral("pf"), QStringLiteral("main.cf")},
            &*m_postfix);
        QCOMPARE(r.out, mainCf);
        r = cli({QStringLiteral("rollback"), QStringLiteral("pf"), id}, &*m_postfix);
        QCOMPARE(r.exitCode, 1); // main.cf changed since (by the roll back itself)
    }
};

QTEST_GUILESS_MAIN(TestCliMta)
#include "tst_climta.moc"
