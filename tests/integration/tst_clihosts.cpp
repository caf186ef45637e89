// mailwarden-cli hosts/exec as a script uses them, against a lab host; and
// the promise that a saved password is nowhere in plain text.
#include "clirunner.h"
#include "labhost.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

class TestCliHosts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_scratch;
    std::optional<LabHost> m_lab;

    CliRunner m_cli;
    using Result = CliRunner::Result;
    Result cli(const QStringList &args, const QByteArray &input = {}) { return m_cli.run(args, input); }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = labHost(QStringLiteral("postfix"), m_scratch);
        if (!m_lab)
            MW_SKIP_OR_FAIL(labProblem());
    }

    void addTestExecListRemove()
    {
        const QString port = QString::number(m_lab->profile.port);
        Result r = cli(
            {QStringLiteral("hosts"), QStringLiteral("add"), QStringLiteral("labpf"), QStringLiteral("--address"),
                m_lab->profile.address, QStringLiteral("--port"), port, QStringLiteral("--user"), m_lab->profile.user,
                QStringLiteral("--auth"), QStringLiteral("password"), QStringLiteral("--secret-stdin"),
                QStringLiteral("--group"), QStringLiteral("Lab"), QStringLiteral("--mta"), QStringLiteral("postfix")},
            m_lab->password + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = cli({QStringLiteral("hosts"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("labpf"));
        QVERIFY(r.out.contains("password"));

        // Unknown key: refused with the fingerprint, then accepted on request.
        r = cli({QStringLiteral("hosts"), QStringLiteral("test"), QStringLiteral("labpf")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("SHA256:"), r.err.constData());
        QVERIFY(r.err.contains("--accept-fingerprint"));
        const QByteArray fingerprint = QRegularExpression(QStringLiteral("SHA256:[A-Za-z0-9+/=]+"))
                                           .match(QString::fromUtf8(r.err))
                                           .captured()
                                           .toLatin1();
        // Another fingerprint than the host's is not a licence to connect.
        r = cli({QStringLiteral("hosts"), QStringLiteral("test"), QStringLiteral("--accept-fingerprint"),
            QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), QStringLiteral("labpf")});
        QCOMPARE(r.exitCode, 1);
        // exec follows the same first-contact rules, and leaves no key behind when refused.
        r = cli({QStringLiteral("exec"), QStringLiteral("labpf"), QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(r.exitCode, 255);
        QVERIFY2(r.err.contains("--accept-fingerprint"), r.err.constData());
        r = cli({QStringLiteral("exec"), QStringLiteral("--accept-fingerprint"),
            QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), QStringLiteral("labpf"),
            QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(r.exitCode, 255);
        r = cli({QStringLiteral("exec"), QStringLiteral("labpf"), QStringLiteral("--accept-fingerprint"),
            QString::fromLatin1(fingerprint), QStringLiteral("--"), QStringLiteral("echo"), QStringLiteral("trusted")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("trusted\n"));
        // Forget the key again, so that `hosts test` is checked on first contact too.
        QVERIFY(forgetHostKeys());

        r = cli({QStringLiteral("hosts"), QStringLiteral("test"), QStringLiteral("--accept-fingerprint"),
            QString::fromLatin1(fingerprint), QStringLiteral("labpf")});
        QVERIFY2(r.exitCode == 0, QByteArray(fingerprint + " " + r.err).constData());
        QVERIFY2(r.out.contains("MTA: postfix 3."), r.out.constData());
        QVERIFY2(r.out.contains("sudo -n: ok"), r.out.constData());

        r = cli({QStringLiteral("exec"), QStringLiteral("labpf"), QStringLiteral("--"), QStringLiteral("printf"),
            QStringLiteral("%s|"), QStringLiteral("it's"), QStringLiteral("$(id)"), QStringLiteral("a b")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("it's|$(id)|a b|"));
        r = cli({QStringLiteral("exec"), QStringLiteral("labpf"), QStringLiteral("--"), QStringLiteral("sh"),
            QStringLiteral("-c"), QStringLiteral("echo oops >&2; exit 7")});
        QCOMPARE(r.exitCode, 7);
        QCOMPARE(r.err, QByteArray("oops\n"));
        r = cli({QStringLiteral("exec"), QStringLiteral("labpf"), QStringLiteral("--sudo"), QStringLiteral("--"),
            QStringLiteral("/usr/bin/cat"), QStringLiteral("/etc/shadow")});
        QCOMPARE(r.exitCode, 255);
        QVERIFY2(r.err.contains("sudo"), r.err.constData());
        r = cli({QStringLiteral("exec"), QStringLiteral("nosuchhost"), QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(r.exitCode, 1);

        noFileHoldsThePassword();

        r = cli({QStringLiteral("hosts"), QStringLiteral("remove"), QStringLiteral("labpf")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!cli({QStringLiteral("hosts"), QStringLiteral("list")}).out.contains("labpf"));
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("hosts")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("hosts"), QStringLiteral("add"), QStringLiteral("bad/name"),
                         QStringLiteral("--address"), QStringLiteral("x")})
                     .exitCode,
            2);
        QCOMPARE(cli({QStringLiteral("exec"), QStringLiteral("labpf")}).exitCode, 2);
    }

private:
    // Removes the CLI's known_hosts under the scratch home; true when there was one.
    bool forgetHostKeys()
    {
        bool removed = false;
        QDirIterator it(m_cli.home(), {QStringLiteral("known_hosts")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            removed = QFile::remove(it.next()) || removed;
        return removed;
    }

    // Every file the CLI wrote (settings, vault, known_hosts, caches) under
    // the scratch home, searched for the password in plain, base64 and hex.
    void noFileHoldsThePassword()
    {
        const QByteArray password = m_lab->password;
        const QByteArrayList forms {
            password, password.toBase64(), password.toHex(), password.toBase64(QByteArray::Base64UrlEncoding)};
        int files = 0;
        QDirIterator it(m_cli.home(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QByteArray &form : forms)
                QVERIFY2(
                    !bytes.contains(form), qPrintable(QStringLiteral("the password is in %1").arg(file.fileName())));
        }
        QVERIFY2(files >= 3, "expected settings, vault and known_hosts files"); // really written
    }
};

QTEST_GUILESS_MAIN(TestCliHosts)
#include "tst_clihosts.moc"
