#include "remote/hostprofilestore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailwarden;

class TestHostProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savesFindsListsRemoves()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("hosts.ini")), QSettings::IniFormat);
        HostProfileStore store(&settings);
        HostProfile mx;
        mx.name = QStringLiteral("mx1");
        mx.address = QStringLiteral("mx1.example.org");
        mx.port = 2222;
        mx.user = QStringLiteral("admin");
        mx.auth = HostProfile::Auth::Password;
        mx.group = QStringLiteral("Edge");
        mx.mtaHint = MtaKind::Postfix;
        mx.hasSecret = true;
        HostProfile relay = mx;
        relay.name = QStringLiteral("relay");
        relay.group.clear();
        relay.useSudo = false;
        relay.auth = HostProfile::Auth::Agent;
        store.save(mx);
        store.save(relay);
        QCOMPARE(store.find(QStringLiteral("mx1")), std::optional<HostProfile>(mx));
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profiles().first().name, QStringLiteral("relay")); // no group sorts first
        QVERIFY(store.remove(QStringLiteral("mx1")));
        QVERIFY(!store.remove(QStringLiteral("mx1")));
        QCOMPARE(store.profiles().size(), 1);
    }

    // A port out of range in the file (edited by hand, or damaged) is no
    // port: it used to wrap around, 65558 becoming 22.
    void portOutOfRangeIsNoPort_data()
    {
        QTest::addColumn<QVariant>("saved");
        QTest::addColumn<int>("port");
        QTest::newRow("in-range") << QVariant(2222) << 2222;
        QTest::newRow("highest") << QVariant(65535) << 65535;
        QTest::newRow("wraps-to-22") << QVariant(65558) << 0;
        QTest::newRow("wraps-to-1") << QVariant(65537) << 0;
        QTest::newRow("negative") << QVariant(-65514) << 0;
        QTest::newRow("zero") << QVariant(0) << 0;
        QTest::newRow("text") << QVariant(QStringLiteral("ssh")) << 0;
    }
    void portOutOfRangeIsNoPort()
    {
        QFETCH(QVariant, saved);
        QFETCH(int, port);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("hosts.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("hosts/mx/address"), QStringLiteral("mx.example.org"));
        settings.setValue(QStringLiteral("hosts/mx/port"), saved);
        HostProfileStore store(&settings);
        QCOMPARE(int(store.find(QStringLiteral("mx"))->port), port);
    }

    // The MTA is an MtaKind in memory but the same strings as ever in QSettings,
    // so profiles saved by earlier versions load unchanged.
    void mtaKeepsSavedStrings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("hosts.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("hosts/old/address"), QStringLiteral("old.example.org"));
        settings.setValue(QStringLiteral("hosts/old/mta"), QStringLiteral("sendmail"));
        settings.setValue(QStringLiteral("hosts/detect/address"), QStringLiteral("detect.example.org"));
        settings.setValue(QStringLiteral("hosts/detect/mta"), QString());
        settings.setValue(QStringLiteral("hosts/bogus/address"), QStringLiteral("bogus.example.org"));
        settings.setValue(QStringLiteral("hosts/bogus/mta"), QStringLiteral("exim"));
        HostProfileStore store(&settings);
        QCOMPARE(store.find(QStringLiteral("old"))->mtaHint, MtaKind::Sendmail);
        QCOMPARE(store.find(QStringLiteral("detect"))->mtaHint, MtaKind::Unknown);
        QCOMPARE(store.find(QStringLiteral("bogus"))->mtaHint, MtaKind::Unknown);

        HostProfile profile = *store.find(QStringLiteral("old"));
        profile.mtaHint = MtaKind::Qmail;
        store.save(profile);
        QCOMPARE(settings.value(QStringLiteral("hosts/old/mta")).toString(), QStringLiteral("qmail"));
        profile.mtaHint = MtaKind::Unknown;
        store.save(profile);
        QCOMPARE(settings.value(QStringLiteral("hosts/old/mta")).toString(), QString());
    }

    void mtaKindNames()
    {
        for (MtaKind kind : {MtaKind::Postfix, MtaKind::Sendmail, MtaKind::Qmail, MtaKind::Unknown})
            QCOMPARE(mtaKindFromName(mtaKindName(kind)), std::optional<MtaKind>(kind));
        QCOMPARE(mtaKindName(MtaKind::Postfix), QStringLiteral("postfix"));
        QCOMPARE(mtaKindName(MtaKind::Unknown), QStringLiteral("unknown"));
        QCOMPARE(mtaKindFromName(u"Postfix"), std::nullopt);
        QCOMPARE(mtaKindFromName(u""), std::nullopt);
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("mx1.example-org_2") << true;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("leading-dot") << QStringLiteral(".hidden") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(HostProfile::isValidName(name), valid);
    }
};

QTEST_GUILESS_MAIN(TestHostProfileStore)
#include "tst_hostprofilestore.moc"
