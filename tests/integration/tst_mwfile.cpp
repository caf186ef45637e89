// The root-file helper (resources/host/mw-file) on a real lab host, attacked
// the way an admin account or the owner of a non-root directory could: a
// symlinked directory flipped during `install`, the helper's temp file swapped
// for a link, links planted where `backup` writes. Root must never read,
// overwrite or chown a file outside the allowed paths. Also its
// compare-and-swap, `remove` and `restore`.
//
// The lab (tests/lab/hosts/common/common.sh) provides /etc/mailwarden-race/
// (allowed, owned by the admin) and /etc/mailwarden-victim (root:root 0644,
// not allowed).
#include "labhost.h"
#include "queue/queuecounter.h"
#include "remote/safefilewriter.h"
#include "remote/sshhost.h"

#include <algorithm>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

namespace {

const QByteArray kRace = "/etc/mailwarden-race";
const QByteArray kVictim = "/etc/mailwarden-victim";
const QByteArray kVictimContent = "victim\n";

// Tries an install both ways (the old `install SRC PATH` and the current
// `install --sha256 NEW PATH` with the content on stdin), so the same attack
// runs against either helper. $1 helper, $2 source file, $3 target.
const QByteArray kInstallBothWays = R"SH(
install_both() {
    sudo -n "$H" install "$1" "$2" 2>/dev/null
    sudo -n "$H" install --sha256 "$(sha256sum <"$1" | cut -c1-64)" "$2" <"$1" 2>/dev/null
    return 0
}
)SH";

} // namespace

class TestMwFile : public QObject
{
    Q_OBJECT
private:
    static CommandResult failed(const RemoteResult<CommandResult> &result)
    {
        CommandResult failure;
        failure.exitCode = -1;
        failure.err = why(result);
        return failure;
    }
    QTemporaryDir m_scratch;
    std::optional<LabHost> m_lab;
    std::unique_ptr<SshHost> m_host;

    CommandResult sh(const QByteArray &script, const QByteArrayList &args = {}, const QByteArray &input = {})
    {
        const QByteArrayList argv = QByteArrayList {"sh", "-c", "H=$1; shift; " + kInstallBothWays + script, "sh",
                                        m_host->fileHelper().toUtf8()}
            + args;
        const auto result = m_host->run(Command {argv, false, input, {}}).result();
        return result ? *result : failed(result);
    }
    CommandResult helper(const QByteArrayList &args, const QByteArray &input = {})
    {
        const auto result
            = m_host->run(Command {QByteArrayList {m_host->fileHelper().toUtf8()} + args, true, input, {}}).result();
        return result ? *result : failed(result);
    }
    // The victim as the admin sees it: content and owner, unchanged?
    void verifyVictimUntouched()
    {
        const CommandResult seen = sh("cat /etc/mailwarden-victim; stat -c '%U:%G %a' /etc/mailwarden-victim");
        QCOMPARE(seen.out, kVictimContent + "root:root 644\n");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = labHost(QStringLiteral("postfix"), m_scratch);
        if (!m_lab)
            MW_SKIP_OR_FAIL(labProblem());
        m_host = std::make_unique<SshHost>(m_lab->profile, m_lab->credentials(), m_lab->options());
        const CommandResult dir = sh("test -d /etc/mailwarden-race -a -O /etc/mailwarden-race && rm -rf "
                                     "/etc/mailwarden-race/t-* /etc/mailwarden-race/.t-* && echo ok");
        QVERIFY2(dir.out == "ok\n", "the lab has no /etc/mailwarden-race owned by the admin (lab too old?)");
        verifyVictimUntouched();
    }

    // (a) `install SRC PATH` opened SRC as root, then checked by name whether it
    // is allowed: with a directory link flipping between /etc and an allowed
    // directory, /etc/shadow ends up in an allowed path. The same flip on the
    // target's directory must not make root write outside the allowed paths.
    void flippedDirectoryDuringInstall()
    {
        const CommandResult attack = sh(R"SH(
work=$(mktemp -d)
trap 'kill $flipper $flipper2 2>/dev/null; rm -rf "$work"' EXIT
printf 'decoy\n' >/etc/mailwarden-race/shadow
mkdir /etc/mailwarden-race/t-real
printf 'pwned\n' >"$work/payload"
( while :; do ln -sfn /etc "$work/link"; ln -sfn /etc/mailwarden-race "$work/link"; done ) & flipper=$!
( while :; do ln -sfn /etc /etc/mailwarden-race/t-dir; ln -sfn /etc/mailwarden-race/t-real /etc/mailwarden-race/t-dir; done ) & flipper2=$!
i=0
while [ $i -lt 100 ]; do
    install_both "$work/link/shadow" /etc/mailwarden-race/t-stolen
    if sudo -n "$H" read /etc/mailwarden-race/t-stolen 2>/dev/null | grep -q '^root:'; then echo "stolen after $i"; break; fi
    install_both "$work/payload" /etc/mailwarden-race/t-dir/mailwarden-victim
    if ! grep -qx victim /etc/mailwarden-victim; then echo "victim overwritten after $i"; break; fi
    i=$((i + 1))
done
echo done
)SH");
        QVERIFY2(attack.out.endsWith("done\n"), attack.err.constData());
        QVERIFY2(!attack.out.contains("stolen"),
            QByteArray("/etc/shadow was copied into an allowed path: " + attack.out).constData());
        QVERIFY2(!attack.out.contains("overwritten"),
            QByteArray("root wrote outside the allowed paths: " + attack.out).constData());
        verifyVictimUntouched();
    }

    // (b) The owner of a non-root directory swaps the helper's temp file for a
    // link to a root file while `install` runs: root must not write or chown
    // through it.
    void tempFileSwappedInOwnedDirectory()
    {
        const CommandResult attack = sh(R"SH(
work=$(mktemp -d)
trap 'kill $swapper 2>/dev/null; wait; rm -rf "$work" /etc/mailwarden-race/.t-conf.*' EXIT
printf 'pwned\n' >"$work/payload"
printf 'mine\n' >/etc/mailwarden-race/t-conf
( while :; do
    for f in /etc/mailwarden-race/.mw-file.* /etc/mailwarden-race/.t-conf.*; do
        [ -f "$f" ] && [ ! -L "$f" ] && rm -f "$f" && ln -s /etc/mailwarden-victim "$f"
    done
  done ) & swapper=$!
i=0
while [ $i -lt 100 ]; do
    install_both "$work/payload" /etc/mailwarden-race/t-conf
    if ! grep -qx victim /etc/mailwarden-victim || [ "$(stat -c %u /etc/mailwarden-victim)" != 0 ]; then
        echo "victim changed after $i"; break
    fi
    i=$((i + 1))
done
echo done
)SH");
        QVERIFY2(attack.out.endsWith("done\n"), attack.err.constData());
        QVERIFY2(!attack.out.contains("victim changed"),
            QByteArray("root wrote through a swapped temp file: " + attack.out).constData());
        verifyVictimUntouched();
    }

    // (b) Links planted at every name `backup` might choose (a timestamp, or
    // timestamp-PID for the next PIDs): root must not copy through them.
    void backupThroughPlantedLinks()
    {
        const CommandResult attack = sh(R"SH(
printf 'pwned\n' >/etc/mailwarden-race/t-backme
now=$(date -u +%s)
last=$(cat /proc/sys/kernel/ns_last_pid)
for t in $(seq $((now - 2)) $((now + 30))); do
    b=/etc/mailwarden-race/t-backme.mwbak-$(date -u -d "@$t" +%Y%m%dT%H%M%SZ)
    ln -s /etc/mailwarden-victim "$b"
    for p in $(seq $((last + 1)) $((last + 40))); do ln -s /etc/mailwarden-victim "$b-$p"; done
done
sudo -n "$H" backup /etc/mailwarden-race/t-backme
echo "rc=$?"
)SH");
        QVERIFY2(attack.out.contains("rc=0"), attack.err.constData());
        verifyVictimUntouched();
        const QByteArray backup = attack.out.split('\n').first();
        QVERIFY2(backup.startsWith(QByteArray(kRace + "/t-backme.mwbak-")), attack.out.constData());
        const CommandResult made = sh("test ! -L \"$1\" && cat \"$1\"", {backup});
        QCOMPARE(made.out, QByteArray("pwned\n"));
    }

    // Compare-and-swap on the host: a wrong --expect (someone changed the file
    // since the client read it) is refused and leaves the file byte-identical.
    void wrongExpectLeavesFileIdentical()
    {
        const QByteArray path = kRace + "/t-cas.cf";
        QCOMPARE(sh("printf 'theirs\\n' >\"$1\" && chmod 0640 \"$1\" && echo ok", {path}).out, QByteArray("ok\n"));
        const QByteArray content = "mine\n";
        const QByteArray sha = SafeFileWriter::sha256Hex(content);
        const CommandResult stale = helper(
            {"install", "--sha256", sha, "--expect", SafeFileWriter::sha256Hex("what I loaded\n"), path}, content);
        QCOMPARE(stale.exitCode, 65);
        const CommandResult missing = helper({"install", "--sha256", sha, "--expect-missing", path}, content);
        QCOMPARE(missing.exitCode, 65);
        QCOMPARE(
            sh("cat \"$1\"; stat -c %a \"$1\"; ls -A /etc/mailwarden-race | grep -c '^.t-cas.cf.mw-tmp'", {path}).out,
            QByteArray("theirs\n640\n0\n"));
        // a cut upload (stdin shorter than announced) is never installed
        const CommandResult cut
            = helper({"install", "--sha256", sha, "--expect", SafeFileWriter::sha256Hex("theirs\n"), path}, "mi");
        QCOMPARE(cut.exitCode, 67);
        QCOMPARE(sh("cat \"$1\"", {path}).out, QByteArray("theirs\n"));
        const CommandResult right
            = helper({"install", "--sha256", sha, "--expect", SafeFileWriter::sha256Hex("theirs\n"), path}, content);
        QVERIFY2(right.exitCode == 0, right.err.constData());
        QCOMPARE(sh("cat \"$1\"; stat -c %a \"$1\"", {path}).out, QByteArray("mine\n640\n"));
    }

    void statAsRoot()
    {
        QCOMPARE(helper({"stat", "/etc/mailwarden-secret/none.cf"}).out, QByteArray("missing\n"));
        const CommandResult seen = helper({"stat", "/etc/mailwarden-secret/secret.cf"});
        QCOMPARE(seen.out, "regular 7 0644 0 0 " + SafeFileWriter::sha256Hex("secret\n") + '\n');
        QCOMPARE(helper({"stat", "/etc/shadow"}).exitCode, 68);
    }

    // The deferred queue's ids and time stamps, exactly the deferred messages
    // postqueue -j lists; only for postfix, only this form.
    void queueTimesAreTheDeferredQueue()
    {
        const auto listing = m_host->run(Command {{"/usr/sbin/postqueue", "-j"}, false, {}, {}}).result();
        QVERIFY(listing && listing->succeeded());
        QStringList deferred;
        static const QRegularExpression id(
            QStringLiteral("\"queue_name\": \"deferred\", \"queue_id\": \"([0-9A-Za-z]+)\""));
        for (auto it = id.globalMatch(QString::fromUtf8(listing->out)); it.hasNext();)
            deferred.append(it.next().captured(1));
        QVERIFY(!deferred.isEmpty()); // the lab keeps deferred mail
        const CommandResult times = helper({"queue-times", "postfix"});
        QCOMPARE(times.exitCode, 0);
        QStringList listed;
        static const QRegularExpression line(QStringLiteral("^([0-9A-Za-z]+) ([0-9]{10})$"));
        for (const QByteArray &text : times.out.trimmed().split('\n')) {
            const auto m = line.match(QString::fromLatin1(text));
            QVERIFY2(m.hasMatch(), text.constData());
            listed.append(m.captured(1));
        }
        deferred.sort();
        listed.sort();
        QCOMPARE(listed, deferred);
        QCOMPARE(helper({"queue-times", "sendmail"}).exitCode, 64);
        QCOMPARE(helper({"queue-times"}).exitCode, 64);
        QCOMPARE(helper({"queue-times", "postfix", "/etc"}).exitCode, 64);
    }

    // queue-count --every-ms keeps counting over one command: its counts equal
    // the one-shot count; a message put on hold shows in the next counts and
    // so does its release (the helper reads a directory again only when its
    // times changed, and must not miss a change in the second of a read);
    // deleting the follower stops the command on the host, so no root process
    // is left behind. Intervals outside 200 ms .. 1 h are refused.
    void queueCountFollows()
    {
        const auto once = Queue::parseQueueCounts(helper({"queue-count", "postfix"}).out);
        QVERIFY(once);
        const QByteArray id = helper({"queue-times", "postfix"}).out.split(' ').value(0);
        QVERIFY(!id.isEmpty()); // the lab keeps deferred mail
        const auto running = [this] { return sh("pgrep -f 'mw-file queue-count postfix --every-m[s]' || true").out; };
        QVERIFY(running().isEmpty());

        auto *follower = new Queue::QueueCountFollower(*m_host, MtaKind::Postfix, std::chrono::milliseconds(200));
        QList<Queue::QueueCounts> counts;
        QList<qint64> micros;
        QString failure;
        connect(follower, &Queue::QueueCountFollower::counted, this,
            [&](const Queue::QueueCounts &c, qint64 took) { counts.append(c), micros.append(took); });
        connect(follower, &Queue::QueueCountFollower::failed, this, [&](const QString &error) { failure = error; });
        follower->start();
        QTRY_VERIFY_WITH_TIMEOUT(counts.size() >= 3 || !failure.isEmpty(), 10000);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        // Other lab tests and Postfix itself (bounces, delay warnings) may add
        // mail meanwhile: the first count lies between the counts around it.
        const auto after = Queue::parseQueueCounts(helper({"queue-count", "postfix"}).out);
        QVERIFY(after);
        QVERIFY2(counts.first().total >= std::min(once->total, after->total)
                && counts.first().total <= std::max(once->total, after->total),
            qPrintable(QStringLiteral("%1 not between %2 and %3")
                    .arg(counts.first().total)
                    .arg(once->total)
                    .arg(after->total)));
        QCOMPARE(counts.first().held, once->held);
        QVERIFY(micros.first() > 0); // the lab Postfix has Time::HiRes
        QVERIFY(!running().isEmpty());

        const auto held = [&counts] { return counts.isEmpty() ? -1 : counts.last().held; };
        QCOMPARE(sh("sudo -n /usr/sbin/postsuper -h - 2>&1", {}, id + '\n').exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(held(), once->held + 1, 10000);
        QCOMPARE(sh("sudo -n /usr/sbin/postsuper -H - 2>&1", {}, id + '\n').exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(held(), once->held, 10000);
        const auto total = [this] {
            const auto now = Queue::parseQueueCounts(helper({"queue-count", "postfix"}).out);
            return now ? now->total : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(counts.last().total, total(), 10000);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        delete follower;
        QTRY_VERIFY_WITH_TIMEOUT(running().isEmpty(), 10000);

        for (const char *every : {"5", "199", "3600001", "x", "-1"})
            QCOMPARE(helper({"queue-count", "postfix", "--every-ms", every}).exitCode, 64);
        QCOMPARE(helper({"queue-count", "postfix", "--every", "1000"}).exitCode, 64);
    }

    void restoreRollsBack()
    {
        const QByteArray path = kRace + "/t-restore.cf";
        QCOMPARE(sh("printf 'before\\n' >\"$1\" && chmod 0604 \"$1\" && echo ok", {path}).out, QByteArray("ok\n"));
        const CommandResult backup = helper({"backup", path});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        const QByteArray backupPath = backup.out.trimmed();
        const QByteArray after = "after\n";
        QCOMPARE(helper({"install", "--sha256", SafeFileWriter::sha256Hex(after), path}, after).exitCode, 0);
        // only a backup of this very file, made by the helper
        QCOMPARE(helper({"restore", kVictim, path}).exitCode, 68);
        QCOMPARE(helper({"restore", kRace + "/t-cas.cf", path}).exitCode, 68);
        const CommandResult restored
            = helper({"restore", "--expect", SafeFileWriter::sha256Hex(after), backupPath, path});
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QCOMPARE(sh("cat \"$1\"; stat -c %a \"$1\"", {path}).out, QByteArray("before\n604\n"));
    }

    // `makemap TYPE PATH`: Sendmail's database is built from the file on disk,
    // opened by the helper (so the client sends a table once); only allowed
    // paths, only the four database types, no link followed.
    void makemapFromTheFileOnDisk()
    {
        const auto sendmail = labHost(QStringLiteral("sendmail"), m_scratch);
        if (!sendmail)
            MW_SKIP_OR_FAIL(labProblem());
        SshHost host(sendmail->profile, sendmail->credentials(), sendmail->options());
        const QByteArray helperPath = host.fileHelper().toUtf8();
        const auto run = [&](const QByteArrayList &argv, bool sudo) {
            const auto result = host.run(Command {argv, sudo, {}, {}}).result();
            return result ? *result : failed(result);
        };
        const QByteArray table = "/etc/mail/mw-makemap-test";
        const QByteArray content = "From:makemap-test@example.org REJECT\n";
        Command install {
            {helperPath, "install", "--sha256", SafeFileWriter::sha256Hex(content), table}, true, content, {}};
        const auto installed = host.run(install).result();
        QVERIFY2(installed && installed->succeeded(), why(installed).constData());
        const CommandResult built = run({helperPath, "makemap", "hash", table}, true);
        QVERIFY2(built.exitCode == 0, built.err.constData());
        const CommandResult dumped = run({"/usr/sbin/makemap", "-u", "hash", table}, true);
        QVERIFY2(dumped.exitCode == 0, dumped.err.constData());
        // makemap folds keys to lower case (Sendmail looks them up that way)
        QCOMPARE(dumped.out, QByteArray("from:makemap-test@example.org\tREJECT\n"));

        QCOMPARE(run({helperPath, "makemap", "hash", "/etc/shadow"}, true).exitCode, 68);
        QCOMPARE(run({helperPath, "makemap", "-C/tmp/x.cf", table}, true).exitCode, 64);
        QCOMPARE(run({helperPath, "makemap", "hash", table, "extra"}, true).exitCode, 64);
        QCOMPARE(run({helperPath, "makemap", "hash", "/etc/mail/../shadow"}, true).exitCode, 68);
        // the table and its .db stay until `lab reset sendmail`; each run replaces them
    }

    // `remove --expect OLD`: refused (65, file intact) unless the content is
    // still OLD; the file becomes its backup (mode kept) and `restore
    // --expect-missing` puts it back.
    void removeWithCasAndRestore()
    {
        const QByteArray path = kRace + "/t-remove.cf";
        QCOMPARE(sh("printf 'keep\\n' >\"$1\" && chmod 0640 \"$1\" && echo ok", {path}).out, QByteArray("ok\n"));
        const QByteArray sha = SafeFileWriter::sha256Hex("keep\n");
        QCOMPARE(helper({"remove", "--expect", SafeFileWriter::sha256Hex("other\n"), path}).exitCode, 65);
        QCOMPARE(helper({"remove", path}).exitCode, 64);
        QCOMPARE(helper({"remove", "--expect-missing", path}).exitCode, 64);
        QCOMPARE(helper({"remove", "--expect", SafeFileWriter::sha256Hex(kVictimContent), kVictim}).exitCode, 68);
        verifyVictimUntouched();
        QCOMPARE(sh("cat \"$1\"", {path}).out, QByteArray("keep\n"));

        const CommandResult removed = helper({"remove", "--expect", sha, path});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        const QByteArray backup = removed.out.trimmed();
        QVERIFY2(backup.startsWith(QByteArray(path + ".mwbak-")), backup.constData());
        QCOMPARE(sh("test -e \"$1\" || echo gone; cat \"$2\"; stat -c '%a %h' \"$2\"", {path, backup}).out,
            QByteArray("gone\nkeep\n640 1\n"));
        QCOMPARE(helper({"stat", path}).out, QByteArray("missing\n"));
        QCOMPARE(helper({"remove", "--expect", sha, path}).exitCode, 65); // gone: nothing to remove

        const CommandResult restored = helper({"restore", "--expect-missing", backup, path});
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QCOMPARE(sh("cat \"$1\"; stat -c %a \"$1\"", {path}).out, QByteArray("keep\n640\n"));
    }
};

QTEST_GUILESS_MAIN(TestMwFile)
#include "tst_mwfile.moc"
