// The encrypted vault: round trip, wrong master password, tampering, fresh
// nonce and salt, the KDF strength, and no secret in the file in any form.
#include "remote/secretvault.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace Mailwarden;

class TestSecretVault : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QByteArray m_secret = "Tr0ub4dor&3-mailwarden-secret";

    QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(SecretVault::isSupported(), "QCA lacks aes256-gcm (qca-ossl missing?)"); }

    void roundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.vault"));
        {
            SecretVault vault(path);
            QVERIFY(!vault.exists());
            QVERIFY(vault.unlock("master"));
            QVERIFY(vault.setSecret(QStringLiteral("host/mx1"), m_secret));
            QVERIFY(vault.setSecret(QStringLiteral("host/mx2"), QByteArray("\0binary\xff", 8)));
        }
        SecretVault again(path);
        QVERIFY(again.exists());
        const auto unlocked = again.unlock("master");
        QVERIFY2(unlocked, unlocked ? "" : qPrintable(unlocked.error().toString()));
        QCOMPARE(again.secret(QStringLiteral("host/mx1")), std::optional<QByteArray>(m_secret));
        QCOMPARE(again.secret(QStringLiteral("host/mx2")), std::optional<QByteArray>(QByteArray("\0binary\xff", 8)));
        QVERIFY(again.removeSecret(QStringLiteral("host/mx1")));
        QCOMPARE(again.secret(QStringLiteral("host/mx1")), std::nullopt);
        QCOMPARE(QFile::permissions(path),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    }

    void wrongPasswordAndTamperingFail()
    {
        const QString path = m_dir.filePath(QStringLiteral("wrong.vault"));
        {
            SecretVault vault(path);
            QVERIFY(vault.unlock("right"));
            QVERIFY(vault.setSecret(QStringLiteral("k"), m_secret));
        }
        SecretVault wrong(path);
        const auto refused = wrong.unlock("wrong");
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, RemoteError::Kind::Secrets);
        QVERIFY(!wrong.isUnlocked());

        QJsonObject json = QJsonDocument::fromJson(fileBytes(path)).object();
        QByteArray data = QByteArray::fromBase64(json.value(QStringLiteral("data")).toString().toLatin1());
        data[0] = char(data[0] ^ 1);
        json.insert(QStringLiteral("data"), QString::fromLatin1(data.toBase64()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
        file.close();
        SecretVault tampered(path);
        QVERIFY(!tampered.unlock("right"));
    }

    void fileFormatIsStrong()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.vault"));
        const QString b = m_dir.filePath(QStringLiteral("b.vault"));
        for (const QString &path : {a, b}) {
            SecretVault vault(path);
            QVERIFY(vault.unlock("same master"));
            QVERIFY(vault.setSecret(QStringLiteral("k"), m_secret));
        }
        const QJsonObject ja = QJsonDocument::fromJson(fileBytes(a)).object();
        const QJsonObject jb = QJsonDocument::fromJson(fileBytes(b)).object();
        QCOMPARE(ja.value(QStringLiteral("cipher")).toString(), QStringLiteral("aes256-gcm"));
        QCOMPARE(ja.value(QStringLiteral("kdf")).toString(), QStringLiteral("pbkdf2-sha256"));
        QVERIFY(ja.value(QStringLiteral("iterations")).toInteger() >= 200000);
        QCOMPARE(QByteArray::fromBase64(ja.value(QStringLiteral("salt")).toString().toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(ja.value(QStringLiteral("tag")).toString().toLatin1()).size(), 16);
        QVERIFY(ja.value(QStringLiteral("salt")) != jb.value(QStringLiteral("salt")));
        QVERIFY(ja.value(QStringLiteral("nonce")) != jb.value(QStringLiteral("nonce")));
        QVERIFY(ja.value(QStringLiteral("data")) != jb.value(QStringLiteral("data")));
    }

    // The count comes from the file: a negative one, or one past 2^32, used
    // to be cast to unsigned (a hang, or a different count than the file says).
    void iterationCountOutOfRangeIsRefused_data()
    {
        QTest::addColumn<qint64>("iterations");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("written") << qint64(SecretVault::kIterations) << true;
        QTest::newRow("highest") << SecretVault::kMaxIterations << false; // valid, but another key
        QTest::newRow("wraps-to-written") << (qint64(1) << 32) + SecretVault::kIterations << false;
        QTest::newRow("negative") << qint64(-1) << false;
        QTest::newRow("too-few") << SecretVault::kMinIterations - 1 << false;
        QTest::newRow("too-many") << SecretVault::kMaxIterations + 1 << false;
    }
    void iterationCountOutOfRangeIsRefused()
    {
        QFETCH(qint64, iterations);
        QFETCH(bool, accepted);
        const QString path = m_dir.filePath(QStringLiteral("rounds.vault"));
        QFile::remove(path);
        {
            SecretVault vault(path);
            QVERIFY(vault.unlock("master"));
            QVERIFY(vault.setSecret(QStringLiteral("k"), m_secret));
        }
        QJsonObject json = QJsonDocument::fromJson(fileBytes(path)).object();
        json.insert(QStringLiteral("iterations"), iterations);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
        file.close();
        SecretVault vault(path);
        const auto unlocked = vault.unlock("master");
        QCOMPARE(bool(unlocked), accepted);
        if (!accepted && iterations != SecretVault::kMaxIterations) {
            QCOMPARE(unlocked.error().kind, RemoteError::Kind::Secrets);
            QVERIFY2(unlocked.error().message.contains(QLatin1String("key derivation rounds")),
                qPrintable(unlocked.error().toString()));
        }
    }

    // While secrets are in memory no core dump may carry them off, and no
    // other process of the user may read them.
    void unlockingTurnsCoreDumpsOff()
    {
        SecretVault vault(m_dir.filePath(QStringLiteral("core.vault")));
        QVERIFY(vault.unlock("master"));
        rlimit core {};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    }

    void secretNeverInTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("plain.vault"));
        SecretVault vault(path);
        QVERIFY(vault.unlock("master"));
        QVERIFY(vault.setSecret(QStringLiteral("k"), m_secret));
        const QByteArray bytes = fileBytes(path);
        for (const QByteArray &form :
            {m_secret, m_secret.toBase64(), m_secret.toHex(), m_secret.toBase64(QByteArray::Base64UrlEncoding)})
            QVERIFY2(!bytes.contains(form), form.constData());
    }
};

QTEST_GUILESS_MAIN(TestSecretVault)
#include "tst_secretvault.moc"
