// SafeFileWriter on a real lab host: compare-and-swap, backups, owner and
// mode, writes as root through sudo and the file helper, and the connection
// cut at each step of a write (the file is old or new, never a mix).
#include "labhost.h"
#include "remote/safefilewriter.h"
#include "remote/sshhost.h"
#include "safefilewriterseam.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

class TestSafeFileWriter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_scratch;
    std::optional<LabHost> m_lab;
    std::unique_ptr<SshHost> m_host;
    QByteArray m_dir;

    std::unique_ptr<SshHost> newHost() const
    {
        return std::make_unique<SshHost>(m_lab->profile, m_lab->credentials(), m_lab->options());
    }
    CommandResult sh(const QByteArray &script, const QByteArrayList &args = {})
    {
        const auto result
            = m_host->run(Command {QByteArrayList {"sh", "-c", script, "sh"} + args, false, {}, {}}).result();
        return result ? *result : CommandResult {};
    }
    QByteArray put(const QByteArray &name, const QByteArray &content, const QByteArray &mode = "0640")
    {
        const QByteArray path = m_dir + '/' + name;
        m_host->run(Command {{"sh", "-c", "cat >\"$1\" && chmod \"$2\" \"$1\"", "sh", path, mode}, false, content, {}})
            .waitForFinished();
        return path;
    }
    QByteArrayList backupsOf(const QByteArray &path)
    {
        const QByteArray out = sh("for f in \"$1\".mwbak-*; do [ -e \"$f\" ] && echo \"$f\"; done; true", {path}).out;
        return out.trimmed().isEmpty() ? QByteArrayList {} : out.trimmed().split('\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = labHost(QStringLiteral("postfix"), m_scratch);
        if (!m_lab)
            MW_SKIP_OR_FAIL(labProblem());
        m_host = newHost();
        const auto dir
            = m_host->run(Command {{"mktemp", "-d", "/tmp/mailwarden-safewrite.XXXXXX"}, false, {}, {}}).result();
        QVERIFY2(dir && dir->exitCode == 0, why(dir).constData());
        m_dir = dir->out.trimmed();
    }
    void cleanupTestCase()
    {
        if (m_host && !m_dir.isEmpty())
            m_host->run(Command {{"rm", "-rf", "--", m_dir}, false, {}, {}}).waitForFinished();
    }

    void replacesKeepingModeWithBackup()
    {
        const QByteArray path = put("replace.cf", "old content\n", "0640");
        const auto result = SafeFileWriter::write(*m_host,
            {QString::fromUtf8(path), "new content\n", SafeFileWriter::sha256Hex("old content\n"), Host::Access::User})
                                .result();
        QVERIFY2(result, why(result).constData());
        QCOMPARE(m_host->readFile(QString::fromUtf8(path)).result().value(), QByteArray("new content\n"));
        QCOMPARE(m_host->stat(QString::fromUtf8(path)).result()->mode, 0640u);
        QVERIFY(result->backupPath.startsWith(QString::fromUtf8(path) + QLatin1String(".mwbak-")));
        QCOMPARE(m_host->readFile(result->backupPath).result().value(), QByteArray("old content\n"));
        QCOMPARE(sh("ls -A \"$1\" | grep -c '^\\.mailwarden' || true", {m_dir}).out.trimmed(), QByteArray("0"));
    }

    void changedBehindOurBackIsRefused()
    {
        const QByteArray path = put("cas.cf", "loaded\n");
        const QByteArray loadedHash = SafeFileWriter::sha256Hex("loaded\n");
        put("cas.cf", "someone else's edit\n"); // the change behind the writer's back
        const auto result
            = SafeFileWriter::write(*m_host, {QString::fromUtf8(path), "mine\n", loadedHash, Host::Access::User})
                  .result();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, RemoteError::Kind::FileChanged);
        QCOMPARE(m_host->readFile(QString::fromUtf8(path)).result().value(), QByteArray("someone else's edit\n"));
        QVERIFY(backupsOf(path).isEmpty());
    }

    void newFileOnlyWhenAbsent()
    {
        const QString path = QString::fromUtf8(m_dir + "/new.cf");
        auto created = SafeFileWriter::write(*m_host, {path, "fresh\n", std::nullopt, Host::Access::User}).result();
        QVERIFY2(created, why(created).constData());
        QVERIFY(created->backupPath.isEmpty());
        QCOMPARE(m_host->stat(path).result()->mode, 0644u);
        const auto again = SafeFileWriter::write(*m_host, {path, "other\n", std::nullopt, Host::Access::User}).result();
        QVERIFY(!again);
        QCOMPARE(again.error().kind, RemoteError::Kind::FileChanged);
    }

    void rootFileThroughSudoHelper()
    {
        const QString path = QStringLiteral("/etc/postfix/mailwarden-safewrite-test.cf");
        const auto info = m_host->stat(path).result();
        QVERIFY(info);
        std::optional<QByteArray> expected;
        if (info->exists)
            expected = SafeFileWriter::sha256Hex(m_host->readFile(path, Host::Access::Root).result().value());
        const QByteArray content = "# written by tst_safefilewriter at "
            + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + '\n';
        const auto result = SafeFileWriter::write(*m_host, {path, content, expected, Host::Access::Root}).result();
        QVERIFY2(result, why(result).constData());
        QCOMPARE(m_host->readFile(path, Host::Access::Root).result().value(), content);
        const auto after = m_host->stat(path).result();
        QCOMPARE(after->owner, QStringLiteral("root"));
        QCOMPARE(after->mode, 0644u);
        QCOMPARE(result->backupPath.isEmpty(), !expected.has_value());
        // and the same CAS rule as root
        const auto stale
            = SafeFileWriter::write(*m_host, {path, "x\n", SafeFileWriter::sha256Hex("stale"), Host::Access::Root})
                  .result();
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, RemoteError::Kind::FileChanged);
        QCOMPARE(m_host->readFile(path, Host::Access::Root).result().value(), content);
    }

    // The admin cannot enter /etc/mailwarden-secret: its own stat says
    // "missing", so a "new file" write used to replace secret.cf unseen.
    void rootNewFileSeesWhatRootSees()
    {
        const QString path = QStringLiteral("/etc/mailwarden-secret/secret.cf");
        const auto result
            = SafeFileWriter::write(*m_host, {path, "overwritten\n", std::nullopt, Host::Access::Root}).result();
        QVERIFY2(!result, "a \"new file\" write replaced an existing root-only file");
        QCOMPARE(result.error().kind, RemoteError::Kind::FileChanged);
        QCOMPARE(m_host->readFile(path, Host::Access::Root).result().value(), QByteArray("secret\n"));
    }

    // root:adm 0660 in a directory the admin owns: writable through the group,
    // but a write as the admin would make it admin:admin. Refused, untouched.
    void groupWritableFileKeepsOwner()
    {
        const QString path = QStringLiteral("/etc/mailwarden-race/group.cf");
        const auto before = m_host->stat(path).result();
        QVERIFY2(before && before->exists, "the lab has no /etc/mailwarden-race/group.cf");
        QCOMPARE(before->owner + u':' + before->group, QStringLiteral("root:adm"));
        const QByteArray old = m_host->readFile(path).result().value();
        const auto result
            = SafeFileWriter::write(*m_host, {path, "changed\n", SafeFileWriter::sha256Hex(old), Host::Access::User})
                  .result();
        const auto after = m_host->stat(path).result();
        QCOMPARE(after->owner + u':' + after->group, QStringLiteral("root:adm"));
        QCOMPARE(after->mode, 0660u);
        QVERIFY2(!result, "the write claims success");
        QVERIFY(result.error().message.contains(QLatin1String("root access")));
        QCOMPARE(m_host->readFile(path).result().value(), old);
        QVERIFY(backupsOf(path.toUtf8()).isEmpty());
    }

    // Someone changes a root file between the writer's check and the helper's
    // install: the helper's own compare-and-swap refuses, their edit stays.
    void rootChangeAfterCheckIsRefused()
    {
        const QString path = QStringLiteral("/etc/mailwarden-race/cas-root.cf");
        const QByteArray loaded = "loaded\n";
        const QByteArray theirs = "their edit\n";
        auto install = [&](const QByteArray &content) {
            const auto result = m_host
                                    ->run(Command {{m_host->fileHelper().toUtf8(), "install", "--sha256",
                                                       SafeFileWriter::sha256Hex(content), path.toUtf8()},
                                        true, content, {}})
                                    .result();
            return result && result->exitCode == 0;
        };
        QVERIFY(install(loaded));
        auto writer = newHost();
        QFuture<RemoteResult<SafeWriteResult>> future;
        {
            const SafeFileWriterTestSeam pause(QStringLiteral("upload")); // after the check and the backup
            future = SafeFileWriter::write(
                *writer, {path, "mine\n", SafeFileWriter::sha256Hex(loaded), Host::Access::Root});
            QTest::qWait(1500);
        }
        QVERIFY(install(theirs));
        const auto result = future.result();
        QVERIFY2(!result, "the write replaced a change made after its check");
        QCOMPARE(result.error().kind, RemoteError::Kind::FileChanged);
        QCOMPARE(m_host->readFile(path, Host::Access::Root).result().value(), theirs);
    }

    void refusedSudoLeavesFileAlone()
    {
        const QString path = QStringLiteral("/etc/postfix/main.cf");
        const auto before = m_host->readFile(path, Host::Access::Root).result();
        QVERIFY2(before, why(before).constData());
        auto host = newHost();
        host->setFileHelper(QStringLiteral("/usr/bin/cp")); // no sudo rule for it
        const auto result
            = SafeFileWriter::write(*host, {path, "x", SafeFileWriter::sha256Hex(*before), Host::Access::Root})
                  .result();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, RemoteError::Kind::SudoRefused);
        QCOMPARE(m_host->readFile(path, Host::Access::Root).result().value_or(QByteArray()), *before);
    }

    void connectionCutAtEachStep_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<bool>("backupDone");
        for (const char *step : {"cas", "backup"})
            QTest::newRow(step) << QString::fromLatin1(step) << false;
        for (const char *step : {"upload", "verify", "fsync", "rename"})
            QTest::newRow(step) << QString::fromLatin1(step) << true;
    }
    void connectionCutAtEachStep()
    {
        QFETCH(QString, step);
        QFETCH(bool, backupDone);
        // Bigger than a pipe buffer: a cut during the upload loses bytes.
        QByteArray oldContent(4 * 1024 * 1024, 'o');
        QByteArray newContent(4 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(newContent.data()), newContent.size() / 4);
        const QByteArray path = put("cut-" + step.toUtf8() + ".cf", oldContent);

        auto writer = newHost();
        const SafeFileWriterTestSeam pause(step);
        auto future = SafeFileWriter::write(
            *writer, {QString::fromUtf8(path), newContent, SafeFileWriter::sha256Hex(oldContent), Host::Access::User});
        QTest::qWait(1500); // the script sleeps 3 s at the step
        QVERIFY2(!cutOwnConnections(m_lab->profile.port).isEmpty(), "no connection to cut");
        const auto result = future.result();
        QVERIFY2(!result, "the write claims success although its connection was cut");
        QTest::qWait(4000); // let the orphaned script run to its end, whatever that is

        const QByteArray now = m_host->readFile(QString::fromUtf8(path)).result().value();
        QVERIFY2(now == oldContent || now == newContent, "the file is neither the old nor the new content");
        const QByteArrayList backups = backupsOf(path);
        if (backupDone || now == newContent) {
            QCOMPARE(backups.size(), 1);
            QVERIFY(m_host->readFile(QString::fromUtf8(backups.first())).result().value() == oldContent);
        }
        qInfo("cut at %s: the file holds the %s content", qPrintable(step), now == oldContent ? "old" : "new");
    }
};

QTEST_GUILESS_MAIN(TestSafeFileWriter)
#include "tst_safefilewriter.moc"
