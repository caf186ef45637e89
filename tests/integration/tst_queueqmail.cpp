// The qmail queue on the lab host, through mailwarden-cli and the backend,
// checked against qmail's own qmail-qread and daemontools' svstat: the same
// queue ids (inode numbers, read by the root-file helper), delete of selected
// messages (qmail-send stopped, the helper removes the files, qmail-send
// started again), an id gone meanwhile "unchanged", a flush of one message
// (its next attempt set to now while qmail-send is stopped; the lab relays
// outside mail to a dead port, so it stays), no hold on qmail, and ids that
// are not qmail's never reaching the host. The test queues its own messages
// with qmail-inject to recipients of a domain nothing else uses, and deletes
// them at the end. Only ids, numbers and exit codes are compared (the tests
// also run in German).
//
// The deferral reasons come from qmail-send's log (qmail-qread has none): the
// listing's reason of each message equals the deferral line the test finds
// in the log itself; a flush to the lab's relay port, opened as an SMTP sink
// that takes one domain and answers 451 to others, delivers one message and
// leaves the other with the new reason (451) from the log.
#include "clirunner.h"
#include "labhost.h"
#include "queue/queueaction.h"
#include "queue/queuedump.h"
#include "remote/remotestream.h"
#include "remote/sshhost.h"
#include "smtpsink.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtConcurrent>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

// The report of the latest "delivery D: deferral: REPORT" line in qmail-send's
// \a log whose delivery D was started for \a address in message \a id
// ("starting delivery D: msg ID to remote ADDRESS"); empty when none.
QByteArray loggedDeferral(const QByteArray &log, const QString &id, const QString &address)
{
    const QByteArray started = ": msg " + id.toLatin1() + " to remote " + address.toUtf8();
    QByteArray delivery;
    QByteArray report;
    for (const QByteArray &line : log.split('\n')) {
        const qsizetype start = line.indexOf(" starting delivery ");
        if (start >= 0) {
            const qsizetype colon = line.indexOf(':', start);
            if (line.endsWith(started))
                delivery = line.mid(start + 19, colon - start - 19);
            continue;
        }
        if (delivery.isEmpty())
            continue;
        const QByteArray deferral = " delivery " + delivery + ": deferral: ";
        if (const qsizetype at = line.indexOf(deferral); at >= 0) {
            report = line.mid(at + deferral.size());
            delivery.clear();
        } else if (line.contains(QByteArray(" delivery " + delivery + ": "))) {
            delivery.clear(); // success or failure
        }
    }
    return report;
}

// What a reader sees of qmail's report: '_' are blanks, '/' ends a line.
QString readable(const QByteArray &report)
{
    QStringList lines;
    for (const QByteArray &line : report.split('/')) {
        const QString text = QString::fromLatin1(line).replace(u'_', u' ').trimmed();
        if (!text.isEmpty())
            lines.append(text);
    }
    return lines.join(u' ');
}

// The lab's relay port opened as a server that never greets: a delivery
// qmail-send starts there hangs until this lets go, and qmail-send, told to
// stop, waits for it.
class SilentRelay final
{
public:
    bool listen(quint16 port)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                m_held.append(socket);
        });
        return m_server.listen(QHostAddress::LocalHost, port);
    }
    bool holding() const { return !m_held.isEmpty(); }
    /// Closes the held connections: the deliveries end.
    void letGo()
    {
        qDeleteAll(m_held);
        m_held.clear();
        m_server.close();
    }
    ~SilentRelay() { letGo(); }

private:
    QTcpServer m_server;
    QList<QTcpSocket *> m_held;
};
} // namespace

class TestQueueQmail : public QObject
{
    Q_OBJECT
    QTemporaryDir m_scratch;
    std::optional<LabHost> m_qmail;
    std::unique_ptr<SshHost> m_host;
    QString m_domain;
    QStringList m_ids; // this run's messages, sorted
    QStringList m_flushIds; // messages of pauseSurvivesDisconnect() and flushLeaves() still queued

    CliRunner m_cli;
    using Result = CliRunner::Result;
    Result cli(QStringList args, bool connect = true)
    {
        if (connect)
            args << QStringLiteral("--known-hosts") << m_qmail->knownHostsFile;
        return m_cli.run(args);
    }

    // What qmail-qread lists: id -> the message's recipients.
    QMap<QString, QStringList> qread()
    {
        const auto r = m_host->run(Command {{"sudo", "-n", "/var/qmail/bin/qmail-qread"}, false, {}, {}}).result();
        if (!r || !r->succeeded())
            return {{QStringLiteral("qmail-qread failed: ") + QString::fromUtf8(r ? r->err : why(r)), {}}};
        // "6 Dec 2026 07:17:18 GMT  #1942148  211  <sender>", then "\tremote\tADDRESS" per recipient.
        static const QRegularExpression idLine(QStringLiteral("\\s#([0-9]+)\\s"));
        QMap<QString, QStringList> messages;
        QString current;
        for (const QByteArray &line : r->out.split('\n')) {
            const QString text = QString::fromUtf8(line);
            if (text.startsWith(u'\t')) {
                if (!current.isEmpty())
                    messages[current].append(text.section(u'\t', -1));
            } else if (const auto m = idLine.match(text); m.hasMatch()) {
                current = m.captured(1);
                messages.insert(current, {});
            }
        }
        return messages;
    }

    // qmail-qread's own output, as it is.
    QByteArray qreadText()
    {
        const auto r = m_host->run(Command {{"sudo", "-n", "/var/qmail/bin/qmail-qread"}, false, {}, {}}).result();
        return r ? r->out : why(r);
    }

    // The tail of qmail-send's log, the files' bytes as the root-file helper
    // reads them (the admin cannot read /var/log/qmail): rotated files, then
    // current. \a currentOnly: current's alone.
    QByteArray qmailLog(bool currentOnly = false)
    {
        const auto r = m_host
                           ->run(Command {{"sudo", "-n", "/usr/local/sbin/mw-file", "log-tail", "qmail", "4194304"},
                               false, {}, {}})
                           .result();
        if (!r || !r->succeeded())
            return {};
        const auto frames = Queue::parseQueueDump(r->out);
        if (!frames || frames->isEmpty() || frames->last().id != "current")
            return {};
        if (currentOnly)
            return frames->last().data;
        QByteArray log;
        for (const Queue::QueueDumpFrame &frame : *frames)
            log += frame.data.endsWith('\n') ? frame.data : frame.data + '\n';
        return log;
    }

    // The listing's reasons (`queue list --json`): id -> address -> delay_reason.
    QMap<QString, QMap<QString, QString>> listedReasons()
    {
        const Result r = cli(args({"queue", "list", "qm", "--json"}));
        QMap<QString, QMap<QString, QString>> reasons;
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QMap<QString, QString> &message = reasons[o.value(QStringLiteral("queue_id")).toString()];
            for (const QJsonValue &recipient : o.value(QStringLiteral("recipients")).toArray()) {
                const QJsonObject ro = recipient.toObject();
                message.insert(ro.value(QStringLiteral("address")).toString(),
                    ro.value(QStringLiteral("delay_reason")).toString());
            }
        }
        return reasons;
    }

    // Queues one message from queue@qmail.lab.test to \a address; its id once qmail-qread lists it.
    QString inject(const QString &address)
    {
        const auto queued = m_host
                                ->run(Command {{"sh", "-c",
                                                   "printf 'Subject: flush\\n\\nleaves\\n' | "
                                                   "/var/qmail/bin/qmail-inject -f queue@qmail.lab.test \"$1\"",
                                                   "sh", address.toUtf8()},
                                    false, {}, {}})
                                .result();
        if (!queued || !queued->succeeded())
            return {};
        QString id;
        (void)QTest::qWaitFor(
            [&] {
                const auto messages = qread();
                for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
                    if (*it == QStringList {address})
                        id = it.key();
                }
                return !id.isEmpty();
            },
            30000);
        return id;
    }

    QStringList qreadIds()
    {
        const auto messages = qread();
        return messages.keys();
    }

    QStringList ours(const QStringList &ids) const
    {
        QStringList mine;
        for (const QString &id : ids) {
            if (m_ids.contains(id))
                mine.append(id);
        }
        return mine;
    }

    // svstat's line for qmail-send: "/service/qmail-send: up (pid 158) 50 seconds".
    QByteArray svstat()
    {
        const auto r
            = m_host->run(Command {{"sudo", "-n", "/usr/bin/svstat", "/service/qmail-send"}, false, {}, {}}).result();
        return r ? r->out.trimmed() : why(r);
    }
    bool qmailSendUp() { return svstat().startsWith("/service/qmail-send: up "); }

    // A fresh message whose delivery hangs on \a relay (open on the dead
    // port): qmail-send is busy with it until the relay lets go. Returns
    // "(pid N" of the running qmail-send; empty on failure.
    QByteArray stallDelivery(const SilentRelay &relay, const QString &localPart)
    {
        const QString run = m_domain.section(u'.', 0, 0);
        const QString stalled = inject(QStringLiteral("%1-%2@elsewhere.example").arg(localPart, run));
        if (stalled.isEmpty())
            return {};
        m_flushIds.append(stalled);
        // qmail-remote waits for a greeting: the delivery has begun.
        QElapsedTimer waited;
        waited.start();
        while (!relay.holding() && waited.elapsed() < 30000)
            QTest::qWait(50);
        const QByteArray status = svstat();
        if (!relay.holding() || !status.startsWith("/service/qmail-send: up "))
            return {};
        return status.mid(status.indexOf("(pid "), status.indexOf(')') - status.indexOf("(pid "));
    }

    // qmail-send is up under another pid than \a pidPart ("(pid N"), not
    // wanted down: it stopped and supervise started it again.
    bool runsAgainSince(const QByteArray &pidPart)
    {
        const QByteArray status = svstat();
        return status.startsWith("/service/qmail-send: up ") && !status.contains(pidPart) && !status.contains("want");
    }

    // The helper's command still running on the host ("" when none).
    QByteArray helperLeft()
    {
        const auto r = m_host
                           ->run(Command {{"sh", "-c", "pgrep -f 'mw-file queue-(retr[y]|remov[e]) qmail' || true"},
                               false, {}, {}})
                           .result();
        return r ? r->out : QByteArray("?");
    }

    // The helper's queue listing: the remote/ file's time stamp of \a id (0: none).
    qint64 remoteMtime(const QString &id)
    {
        const auto r
            = m_host->run(Command {{"sudo", "-n", "/usr/local/sbin/mw-file", "queue-list", "qmail"}, false, {}, {}})
                  .result();
        if (!r || !r->succeeded())
            return -1;
        const auto frames = Queue::parseQueueDump(r->out);
        if (!frames)
            return -1;
        for (const Queue::QueueDumpFrame &f : *frames) {
            if (f.kind == "remote" && f.id == id.toLatin1())
                return f.mtime;
        }
        return 0;
    }

    // `queue ACTION qm --json ARGS`: (exit code, outcome per id).
    QPair<int, QMap<QString, QString>> act(const QStringList &action)
    {
        const Result r = cli(action + QStringList {QStringLiteral("--json")});
        QMap<QString, QString> outcomes;
        for (const QByteArray &line : r.out.split('\n')) {
            if (!line.trimmed().isEmpty()) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                outcomes.insert(
                    o.value(QStringLiteral("queue_id")).toString(), o.value(QStringLiteral("outcome")).toString());
            }
        }
        if (r.exitCode != 0)
            qWarning() << r.err;
        return {r.exitCode, outcomes};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_qmail = labHost(QStringLiteral("qmail"), m_scratch);
        if (!m_qmail)
            MW_SKIP_OR_FAIL(labProblem());
        m_host = std::make_unique<SshHost>(m_qmail->profile, m_qmail->credentials(), m_qmail->options());
        const Result added = m_cli.addHost(QStringLiteral("qm"), *m_qmail);
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY2(qmailSendUp(), svstat().constData());

        // Four messages to a domain of this run; qmail-send tries them at once
        // (the dead port defers them) and they stay.
        m_domain = QStringLiteral("q%1.example").arg(QRandomGenerator::global()->generate(), 0, 36);
        const auto queued = m_host
                                ->run(Command {{"sh", "-c",
                                                   "for i in 1 2 3 4; do printf 'Subject: queue %s\\n\\nwaits\\n' $i | "
                                                   "/var/qmail/bin/qmail-inject -f queue@qmail.lab.test "
                                                   "\"r$i@$1\" || exit 1; done",
                                                   "sh", m_domain.toUtf8()},
                                    false, {}, {}})
                                .result();
        QVERIFY2(queued && queued->succeeded(), queued ? queued->err.constData() : why(queued).constData());
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                m_ids.clear();
                const auto messages = qread();
                for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
                    if (it->size() == 1 && it->first().endsWith(u'@' + m_domain))
                        m_ids.append(it.key());
                }
                return m_ids.size() == 4;
            }(),
            30000);
        m_ids.sort();
    }

    void cleanupTestCase()
    {
        if (m_host && !m_ids.isEmpty())
            Queue::runQueueAction(*m_host, MtaKind::Qmail, Queue::ActionKind::Delete, m_ids);
        if (m_host && !m_flushIds.isEmpty())
            Queue::runQueueAction(*m_host, MtaKind::Qmail, Queue::ActionKind::Delete, m_flushIds);
        if (m_host && !qmailSendUp()) {
            // Never leave the lab's qmail-send stopped.
            m_host->run(Command {{"sudo", "-n", "/usr/bin/svc", "-u", "/service/qmail-send"}, false, {}, {}}).result();
            QFAIL("qmail-send was left stopped");
        }
    }

    // Every id qmail-qread lists, no other.
    void listMatchesQread()
    {
        const Result r = cli(args({"queue", "list", "qm", "--json"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList listed;
        for (const QByteArray &line : r.out.split('\n')) {
            if (!line.trimmed().isEmpty())
                listed.append(QJsonDocument::fromJson(line).object().value(QStringLiteral("queue_id")).toString());
        }
        listed.sort();
        QStringList qmails = qreadIds();
        qmails.sort();
        QCOMPARE(listed, qmails);
        QCOMPARE(ours(listed), m_ids);
    }

    // Each message's reason is what qmail-send logged for its recipient (the
    // dead port: no connection), which qmail-qread does not say.
    void reasonsFromTheLog()
    {
        // qmail-send tries a new message at once; wait until all four have a reason.
        QMap<QString, QMap<QString, QString>> listed;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                listed = listedReasons();
                return std::ranges::all_of(m_ids, [&](const QString &id) {
                    return listed.value(id).size() == 1 && !listed.value(id).first().isEmpty();
                });
            }(),
            30000);
        const QByteArray log = qmailLog();
        QVERIFY(!log.isEmpty());
        const QByteArray qreadOutput = qreadText();
        const QMap<QString, QStringList> qreadMessages = qread();
        for (const QString &id : std::as_const(m_ids)) {
            const QString address = listed.value(id).firstKey();
            const QByteArray report = loggedDeferral(log, id, address);
            QVERIFY2(!report.isEmpty(), qPrintable(id));
            QCOMPARE(listed.value(id).value(address), readable(report));
            // qmail-qread: the address alone, no reason.
            QCOMPARE(qreadMessages.value(id), QStringList {address});
            QVERIFY(!qreadOutput.contains(report.left(report.indexOf('/'))));
        }

        // multilog rotates (svc -a to the log's supervise): the deferrals are
        // in a finished @TAI64N.s file now, and still listed.
        const QString firstAddress = listed.value(m_ids.constFirst()).firstKey();
        const auto rotate
            = m_host->run(Command {{"sudo", "-n", "/usr/bin/svc", "-a", "/service/qmail-send/log"}, false, {}, {}})
                  .result();
        QVERIFY(rotate && rotate->succeeded());
        QTRY_VERIFY_WITH_TIMEOUT(loggedDeferral(qmailLog(true), m_ids.constFirst(), firstAddress).isEmpty(), 15000);
        QVERIFY(!loggedDeferral(qmailLog(), m_ids.constFirst(), firstAddress).isEmpty());
        const auto after = listedReasons();
        for (const QString &id : std::as_const(m_ids))
            QCOMPARE(after.value(id), listed.value(id));
    }

    // Delete two: qmail-send stopped and started again, qmail-qread no longer
    // lists them; again: unchanged.
    void deleteTwo()
    {
        const QStringList two = m_ids.mid(0, 2);
        const auto [exitCode, outcomes]
            = act(args({"queue", "delete", "qm", "--yes", "--id"}) << two.at(0) << QStringLiteral("--id") << two.at(1));
        QCOMPARE(exitCode, 0);
        QCOMPARE(outcomes.value(two.at(0)), QStringLiteral("done"));
        QCOMPARE(outcomes.value(two.at(1)), QStringLiteral("done"));
        QCOMPARE(ours(qreadIds()), m_ids.mid(2));
        QVERIFY2(qmailSendUp(), svstat().constData());

        const auto again = Queue::runQueueAction(*m_host, MtaKind::Qmail, Queue::ActionKind::Delete, two);
        QVERIFY2(again, again ? "" : qPrintable(again.error()));
        QCOMPARE(again->count(Queue::MessageOutcome::Kind::Unchanged), 2);
        QVERIFY2(qmailSendUp(), svstat().constData());
        m_ids = m_ids.mid(2);
    }

    // Flush one: its next attempt set to now while qmail-send was stopped (the
    // remote/ file's time stamp, which qmail-send reads at start); the dead
    // port keeps it in the queue.
    void flushOne()
    {
        const QString id = m_ids.at(0);
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const auto [exitCode, outcomes] = act(args({"queue", "flush", "qm", "--id"}) << id);
        const qint64 after = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(exitCode, 0);
        QCOMPARE(outcomes.value(id), QStringLiteral("done"));
        QVERIFY2(qmailSendUp(), svstat().constData());
        QCOMPARE(ours(qreadIds()), m_ids);
        // While it runs, qmail-send keeps the next attempt in memory: the time
        // stamp is still the helper's (stopping writes the schedule back).
        const qint64 stamp = remoteMtime(id);
        QVERIFY2(stamp >= before - 1 && stamp <= after + 1, qPrintable(QString::number(stamp)));
    }

    void holdIsNotQmails()
    {
        for (const char *action : {"hold", "release", "requeue"}) {
            const Result r = cli(args({"queue", action, "qm", "--yes", "--id"}) << m_ids.at(1));
            QCOMPARE(r.exitCode, 1);
            QVERIFY(!r.err.trimmed().isEmpty());
        }
        QCOMPARE(ours(qreadIds()), m_ids);
    }

    // Ids that are not qmail's are refused before anything runs on the host:
    // qmail-send is not even stopped (same pid).
    void badIdsNeverReachTheHost()
    {
        const QByteArray status = svstat();
        const qsizetype pid = status.indexOf("(pid ");
        QVERIFY2(pid > 0, status.constData());
        const QByteArray pidPart = status.mid(pid, status.indexOf(')', pid) - pid);
        for (const QString &bad : {QStringLiteral("1\n2"), QStringLiteral("../x"), QStringLiteral("0123"),
                 QStringLiteral("-1"), QStringLiteral("12345678901234567890"), QString()}) {
            QVERIFY2(
                !Queue::runQueueAction(*m_host, MtaKind::Qmail, Queue::ActionKind::Delete, {bad}), qPrintable(bad));
            QVERIFY2(!Queue::runQueueAction(*m_host, MtaKind::Qmail, Queue::ActionKind::Flush, {m_ids.at(1), bad}),
                qPrintable(bad));
        }
        QVERIFY2(svstat().contains(pidPart), svstat().constData());
    }

    // The helper itself refuses while qmail-send runs (it cannot get its
    // lock), and takes only numbers as ids, on the host as well.
    void helperRefusesCraftedInput()
    {
        const auto run = [this](const QByteArrayList &argv, const QByteArray &input = {}) {
            Command command;
            command.argv = argv;
            command.input = input;
            const auto r = m_host->run(command).result();
            return r ? *r : CommandResult {};
        };
        const QByteArray helper = m_host->fileHelper().toUtf8();
        const QByteArray ids = m_ids.join(u'\n').toLatin1() + '\n';
        for (const char *verb : {"queue-remove", "queue-retry"}) {
            CommandResult r = run({"sudo", "-n", helper, verb, "qmail"}, ids);
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.err.contains("sendmutex"));
            QVERIFY(r.out.isEmpty());
            for (const QByteArrayList &extra : {QByteArrayList {}, QByteArrayList {"sendmail", "x"},
                     QByteArrayList {"qmail", m_ids.at(0).toLatin1()}, QByteArrayList {"postfix"}}) {
                r = run(QByteArrayList {"sudo", "-n", helper, verb} + extra);
                QVERIFY2(r.exitCode == 64, QByteArray(QByteArray(verb) + ' ' + extra.join(' ')).constData());
            }
        }
        QCOMPARE(ours(qreadIds()), m_ids);

        // Stopped: crafted ids are "invalid", a number not queued "missing".
        QVERIFY(run({"sudo", "-n", "/usr/bin/svc", "-d", "/service/qmail-send"}).exitCode == 0);
        QTRY_VERIFY_WITH_TIMEOUT(svstat().startsWith("/service/qmail-send: down "), 30000);
        const CommandResult removed
            = run({"sudo", "-n", helper, "queue-remove", "qmail"}, "../x\n0123\n-1\n12345678901234567890\n1 2\n1\n");
        const CommandResult retried = run({"sudo", "-n", helper, "queue-retry", "qmail"}, "../x\n1\n");
        QVERIFY(run({"sudo", "-n", "/usr/bin/svc", "-u", "/service/qmail-send"}).exitCode == 0);
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(removed.out,
            QByteArray("../x invalid\n0123 invalid\n-1 invalid\n12345678901234567890 invalid\n1 2 invalid\n"
                       "1 missing\n"));
        QCOMPARE(retried.exitCode, 0);
        QCOMPARE(retried.out, QByteArray("../x invalid\n1 missing\n"));
        QTRY_VERIFY_WITH_TIMEOUT(qmailSendUp(), 15000);
        QCOMPARE(ours(qreadIds()), m_ids);
    }

    // A qmail-send the admin stopped stays stopped: the flush only sets the
    // next attempt.
    void stoppedStaysStopped()
    {
        const auto svc = [this](const char *option) {
            const auto r
                = m_host->run(Command {{"sudo", "-n", "/usr/bin/svc", option, "/service/qmail-send"}, false, {}, {}})
                      .result();
            return r && r->succeeded();
        };
        QVERIFY(svc("-d"));
        QTRY_VERIFY_WITH_TIMEOUT(svstat().startsWith("/service/qmail-send: down "), 30000);
        const auto flushed = Queue::runQueueAction(*m_host, MtaKind::Qmail, Queue::ActionKind::Flush, {m_ids.at(1)});
        const QByteArray status = svstat();
        QVERIFY(svc("-u"));
        QVERIFY2(flushed, flushed ? "" : qPrintable(flushed.error()));
        QCOMPARE(flushed->count(Queue::MessageOutcome::Kind::Done), 1);
        QVERIFY2(status.startsWith("/service/qmail-send: down "), status.constData());
        QTRY_VERIFY_WITH_TIMEOUT(qmailSendUp(), 15000);
    }

    // The helper stops and starts qmail-send itself, and a connection that
    // goes away meanwhile cannot keep it stopped. The relay port opened as a
    // server that never greets holds a delivery of a fresh message open, so
    // qmail-send, told to stop, waits for it: the helper sits in its wait
    // (svstat: up, want down) when its command is cancelled (TERM, channel
    // closed). Once the relay lets go, the helper goes on all the same:
    // qmail-send runs again with a new pid, and no helper is left.
    void pauseSurvivesDisconnect()
    {
        SilentRelay relay;
        QVERIFY(relay.listen(m_qmail->deadPort));
        const QByteArray pidPart = stallDelivery(relay, QStringLiteral("stalled"));
        QVERIFY(!pidPart.isEmpty());

        Command command;
        command.argv = {m_host->fileHelper().toUtf8(), "queue-retry", "qmail", "--pause-send"};
        command.sudo = true;
        command.input = m_ids.constFirst().toLatin1() + '\n';
        auto *stream = m_host->stream(command);
        QTRY_VERIFY_WITH_TIMEOUT(svstat().contains("want down"), 15000);
        delete stream;
        QTest::qWait(1000);
        QVERIFY2(svstat().contains("want down"), svstat().constData()); // still waiting for the delivery
        relay.letGo(); // the delivery ends, qmail-send stops
        QTRY_VERIFY_WITH_TIMEOUT(runsAgainSince(pidPart), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(helperLeft().isEmpty(), 15000);
        QCOMPARE(ours(qreadIds()), m_ids);
    }

    // qmail-send that does not stop within the helper's 30 s (a delivery
    // hangs): the console's Delete fails saying so, nothing is removed, and
    // qmail-send is wanted up again at once (svc -u takes back the -d). Having
    // been told to stop, it ends when the delivery does and supervise starts
    // it again.
    void pauseTimesOut()
    {
        SilentRelay relay;
        QVERIFY(relay.listen(m_qmail->deadPort));
        const QByteArray pidPart = stallDelivery(relay, QStringLiteral("hung"));
        QVERIFY(!pidPart.isEmpty());

        QElapsedTimer took;
        took.start();
        QFuture<std::expected<Queue::ActionResult, QString>> deleting = QtConcurrent::run([this] {
            return Queue::runQueueAction(*m_host, MtaKind::Qmail, Queue::ActionKind::Delete, {m_ids.constFirst()});
        });
        QTRY_VERIFY_WITH_TIMEOUT(deleting.isFinished(), 60000);
        const auto deleted = deleting.result();
        QVERIFY2(took.elapsed() >= 30000, qPrintable(QString::number(took.elapsed())));
        QVERIFY(!deleted);
        QVERIFY2(deleted.error().contains(QStringLiteral("did not stop within 30 s")), qPrintable(deleted.error()));
        QVERIFY2(deleted.error().contains(QStringLiteral("nothing was changed")), qPrintable(deleted.error()));
        // The same qmail-send, wanted up, the message still queued.
        QVERIFY2(svstat().contains(pidPart) && !svstat().contains("want"), svstat().constData());
        QCOMPARE(ours(qreadIds()), m_ids);
        QVERIFY(helperLeft().isEmpty());

        relay.letGo();
        QTRY_VERIFY_WITH_TIMEOUT(runsAgainSince(pidPart), 30000);
        QCOMPARE(ours(qreadIds()), m_ids);
    }

    // A flush with mail leaving: the relay port opened as a sink that takes
    // flush.example and answers 451 to other domains. The flush.example
    // message leaves the queue; the other waits, with the 451 from the log as
    // its reason.
    void flushLeaves()
    {
        // Local parts of this run: a message left over by an earlier run is not taken for ours.
        const QString run = m_domain.section(u'.', 0, 0);
        const QString one = QStringLiteral("one-%1@flush.example").arg(run);
        const QString three = QStringLiteral("three-%1@elsewhere.example").arg(run);
        const QString oneId = inject(one);
        const QString threeId = inject(three);
        QVERIFY(!oneId.isEmpty() && !threeId.isEmpty());
        m_flushIds << oneId << threeId;
        // Both tried once already: nobody listened.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto listed = listedReasons();
                return !listed.value(oneId).value(one).isEmpty() && !listed.value(threeId).value(three).isEmpty();
            }(),
            30000);
        QVERIFY(!loggedDeferral(qmailLog(), threeId, three).contains(" 451 "));

        Mailwarden::Testing::SmtpSink sink;
        QVERIFY(sink.listen(m_qmail->deadPort));
        // It blocks while qmail-send is stopped and started: the event loop
        // here must keep running for the sink to answer.
        QFuture<std::expected<Queue::ActionResult, QString>> flushing = QtConcurrent::run([this, oneId, threeId] {
            return Queue::runQueueAction(*m_host, MtaKind::Qmail, Queue::ActionKind::Flush, {oneId, threeId});
        });
        QTRY_VERIFY_WITH_TIMEOUT(flushing.isFinished(), 90000);
        const auto flushed = flushing.result();
        QVERIFY2(flushed, flushed ? "" : qPrintable(flushed.error()));
        QCOMPARE(flushed->count(Queue::MessageOutcome::Kind::Done), 2);

        QTRY_VERIFY_WITH_TIMEOUT(sink.delivered() >= 1 && !qread().contains(oneId), 60000);
        m_flushIds.removeAll(oneId);
        QVERIFY(qread().contains(threeId));
        QVERIFY2(qmailSendUp(), svstat().constData());

        // The new reason: qmail-remote's report of the 451, as logged.
        QByteArray report;
        QTRY_VERIFY_WITH_TIMEOUT((report = loggedDeferral(qmailLog(), threeId, three)).contains("_451_"), 30000);
        const QString reason = listedReasons().value(threeId).value(three);
        QCOMPARE(reason, readable(report));
        QVERIFY2(reason.contains(QStringLiteral(" 451 ")), qPrintable(reason));
        QVERIFY(!listedReasons().contains(oneId));
        QCOMPARE(qread().value(threeId), QStringList {three});
    }

    // The rest deleted through the domain filter.
    void deleteTheRest()
    {
        const auto [exitCode, outcomes] = act(args({"queue", "delete", "qm", "--yes", "--domain"}) << m_domain);
        QCOMPARE(exitCode, 0);
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes.values(), QStringList({QStringLiteral("done"), QStringLiteral("done")}));
        QVERIFY(ours(qreadIds()).isEmpty());
        QVERIFY2(qmailSendUp(), svstat().constData());
        m_ids.clear();
    }
};

QTEST_GUILESS_MAIN(TestQueueQmail)
#include "tst_queueqmail.moc"
