// The Sendmail queue on the lab host, through mailwarden-cli and the backend,
// checked against Sendmail's own mailq: the same queue ids (read from the qf
// files by the root-file helper), hold as quarantine (mailq -qQ lists exactly
// the held ones), release, a flush of one message that is tried again (the
// lab relays outside mail to a dead port, so it stays, one try more), delete
// under the qf lock, an id gone meanwhile "unchanged". The test queues its own
// messages with `sendmail -odq` (queued, not tried) to recipients of a domain
// nothing else uses, and deletes them at the end. Only ids, numbers and exit
// codes are compared (the tests also run in German).
#include "clirunner.h"
#include "labhost.h"
#include "queue/queueaction.h"
#include "queue/queuereader.h"
#include "remote/sshhost.h"
#include "smtpsink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestQueueSendmail : public QObject
{
    Q_OBJECT
    QTemporaryDir m_scratch;
    std::optional<LabHost> m_sendmail;
    std::unique_ptr<SshHost> m_host;
    QString m_domain;
    QStringList m_ids; // this run's messages, sorted
    QStringList m_extra; // flushDelivers' messages

    CliRunner m_cli;
    using Result = CliRunner::Result;
    Result cli(QStringList args, bool connect = true)
    {
        if (connect)
            args << QStringLiteral("--known-hosts") << m_sendmail->knownHostsFile;
        return m_cli.run(args);
    }

    // The ids Sendmail's mailq lists for the MTA queue (-qQ: the quarantined
    // ones), or with \a queue "-Ac" for the submission queue (the MSP's).
    QSet<QString> mailq(bool quarantined = false, const QByteArray &queue = "-Am")
    {
        QByteArrayList argv {"sudo", "-n", "/usr/bin/mailq", queue};
        if (quarantined)
            argv << "-qQ";
        const auto r = m_host->run(Command {argv, false, {}, {}}).result();
        if (!r || !r->succeeded())
            return {QStringLiteral("mailq failed: ") + QString::fromUtf8(r ? r->err : why(r))};
        QSet<QString> ids;
        static const QRegularExpression idLine(QStringLiteral("^([0-9A-Za-z]{10,30})[*X-]?\\s"));
        for (const QByteArray &line : r->out.split('\n')) {
            const auto m = idLine.match(QString::fromLatin1(line));
            if (m.hasMatch())
                ids.insert(m.captured(1));
        }
        return ids;
    }

    // Queues one message from \a sender per recipient without an attempt
    // (-odq); their ids, from mailq before and after. Into the MTA's queue
    // (sudo sendmail -Am), or with \a submission the MSP's, as mail handed in
    // by a user of the host is (sendmail as the admin account, submit.cf).
    QStringList queueMessages(const QByteArray &sender, const QByteArrayList &recipients, bool submission = false)
    {
        const QByteArray queue = submission ? "-Ac" : "-Am";
        const QSet<QString> before = mailq(false, queue);
        const QByteArray sendmail = submission ? "/usr/sbin/sendmail -odq" : "sudo -n /usr/sbin/sendmail -Am -odq";
        const auto queued = m_host
                                ->run(Command {QByteArrayList {"sh", "-c",
                                                   "from=$1; shift; for to; do printf 'Subject: queue\\n\\nwaits\\n' | "
                                                       + sendmail + " -f \"$from\" \"$to\" || exit 1; done",
                                                   "sh", sender}
                                        + recipients,
                                    false, {}, {}})
                                .result();
        if (!queued || !queued->succeeded()) {
            qWarning() << (queued ? queued->err : why(queued));
            return {};
        }
        const QSet<QString> added = mailq(false, queue) - before;
        QStringList ids(added.cbegin(), added.cend());
        ids.sort();
        return ids;
    }

    QSet<QString> ours(const QSet<QString> &ids) const
    {
        QSet<QString> mine;
        for (const QString &id : m_ids) {
            if (ids.contains(id))
                mine.insert(id);
        }
        return mine;
    }

    // `queue list sm --json ARGS`: the messages by id.
    QMap<QString, QJsonObject> list(const QStringList &extra = {})
    {
        const Result r = cli(QStringList {QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("sm"),
                                 QStringLiteral("--json")}
            + extra);
        if (r.exitCode != 0)
            qWarning() << r.err;
        QMap<QString, QJsonObject> messages;
        for (const QByteArray &line : r.out.split('\n')) {
            if (!line.trimmed().isEmpty()) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                messages.insert(o.value(QStringLiteral("queue_id")).toString(), o);
            }
        }
        return messages;
    }

    static QStringList idArgs(const QStringList &ids)
    {
        QStringList out;
        for (const QString &id : ids)
            out << QStringLiteral("--id") << id;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sendmail = labHost(QStringLiteral("sendmail"), m_scratch);
        if (!m_sendmail)
            MW_SKIP_OR_FAIL(labProblem());
        m_host = std::make_unique<SshHost>(m_sendmail->profile, m_sendmail->credentials(), m_sendmail->options());
        const Result added = m_cli.addHost(QStringLiteral("sm"), *m_sendmail);
        QVERIFY2(added.exitCode == 0, added.err.constData());

        // Five messages, queued without an attempt, to a domain of this run.
        m_domain = QStringLiteral("q%1.example").arg(QRandomGenerator::global()->generate(), 0, 36);
        QByteArrayList recipients;
        for (int i = 1; i <= 5; ++i)
            recipients.append("r" + QByteArray::number(i) + '@' + m_domain.toUtf8());
        m_ids = queueMessages("queue@sendmail.lab.test", recipients);
        QCOMPARE(m_ids.size(), 5);
    }

    void cleanupTestCase()
    {
        if (m_host && !(m_ids + m_extra).isEmpty())
            Queue::runQueueAction(*m_host, MtaKind::Sendmail, Queue::ActionKind::Delete, m_ids + m_extra);
    }

    // Every id mailq lists, no other; ours not yet tried, with their recipient;
    // the next retry an estimate after the arrival.
    void listMatchesMailq()
    {
        const QSet<QString> sendmails = mailq();
        const QMap<QString, QJsonObject> listed = list();
        QCOMPARE(QSet<QString>(listed.keyBegin(), listed.keyEnd()), sendmails);
        for (int i = 0; i < m_ids.size(); ++i) {
            const QJsonObject o = listed.value(m_ids.at(i));
            QCOMPARE(o.value(QStringLiteral("queue_name")).toString(), QStringLiteral("incoming"));
            QCOMPARE(o.value(QStringLiteral("tries")).toInt(-1), 0);
            QCOMPARE(o.value(QStringLiteral("sender")).toString(), QStringLiteral("queue@sendmail.lab.test"));
            const QString recipient = o.value(QStringLiteral("recipients"))
                                          .toArray()
                                          .at(0)
                                          .toObject()
                                          .value(QStringLiteral("address"))
                                          .toString();
            QVERIFY2(recipient.endsWith(u'@' + m_domain), qPrintable(recipient));
            QVERIFY(o.value(QStringLiteral("message_size")).toInteger() > 0);
            QCOMPARE(o.value(QStringLiteral("next_retry_kind")).toString(), QStringLiteral("estimate"));
            QVERIFY(o.value(QStringLiteral("next_retry")).toInteger()
                > o.value(QStringLiteral("arrival_time")).toInteger());
            QVERIFY(!o.contains(QStringLiteral("last_attempt"))); // not tried yet (K0)
        }
        // A deferred message was tried: its last attempt (K) is after its arrival.
        for (const QJsonObject &o : listed) {
            if (o.value(QStringLiteral("queue_name")).toString() == QLatin1String("deferred"))
                QVERIFY(o.value(QStringLiteral("last_attempt")).toInteger()
                    >= o.value(QStringLiteral("arrival_time")).toInteger());
        }
        // The seeded mail was tried and deferred: its reason is there.
        const auto seeded = std::ranges::count_if(listed, [](const QJsonObject &o) {
            return o.value(QStringLiteral("queue_name")).toString() == QLatin1String("deferred")
                && !o.value(QStringLiteral("recipients"))
                        .toArray()
                        .at(0)
                        .toObject()
                        .value(QStringLiteral("delay_reason"))
                        .toString()
                        .isEmpty();
        });
        QVERIFY(seeded >= 1);
        // Filters narrow to this run's domain.
        const QMap<QString, QJsonObject> mine = list({QStringLiteral("--domain"), m_domain});
        QCOMPARE(QStringList(mine.keys()), m_ids);
    }

    // Hold = Sendmail's quarantine: mailq -qQ lists exactly the held ones.
    void holdAndRelease()
    {
        const QStringList two = m_ids.mid(0, 2);
        Result r = cli(args({"queue", "hold", "sm", "--yes", "--json"}) + idArgs(two));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count("\"outcome\":\"done\""), 2);
        QCOMPARE(ours(mailq(true)), QSet<QString>(two.cbegin(), two.cend()));
        QCOMPARE(QStringList(list(
                     {QStringLiteral("--queue"), QStringLiteral("quarantine"), QStringLiteral("--domain"), m_domain})
                         .keys()),
            two);
        // Holding again changes nothing: unchanged, not failed.
        r = cli(args({"queue", "hold", "sm", "--yes", "--json"}) + idArgs(two.mid(0, 1)));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count("\"outcome\":\"unchanged\""), 1);

        r = cli(args({"queue", "release", "sm", "--yes", "--json"}) + idArgs(two.mid(0, 1)));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count("\"outcome\":\"done\""), 1);
        QCOMPARE(ours(mailq(true)), QSet<QString> {two.at(1)});
        r = cli(args({"queue", "release", "sm", "--yes", "--queue", "quarantine", "--domain"}) << m_domain);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(ours(mailq(true)).isEmpty());
        QCOMPARE(ours(mailq()).size(), 5);
    }

    // Flushing one message tries it now: the dead port keeps it, one try more,
    // deferred with Sendmail's reason; the others stay untried.
    void flushOne()
    {
        const Result r = cli(args({"queue", "flush", "sm", "--json"}) + idArgs({m_ids.at(2)}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count("\"outcome\":\"done\""), 1);
        const QMap<QString, QJsonObject> listed = list({QStringLiteral("--domain"), m_domain});
        QCOMPARE(listed.size(), 5);
        const QJsonObject tried = listed.value(m_ids.at(2));
        QCOMPARE(tried.value(QStringLiteral("queue_name")).toString(), QStringLiteral("deferred"));
        QCOMPARE(tried.value(QStringLiteral("tries")).toInt(), 1);
        QVERIFY(!tried.value(QStringLiteral("recipients"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("delay_reason"))
                .toString()
                .isEmpty());
        QCOMPARE(listed.value(m_ids.at(3)).value(QStringLiteral("tries")).toInt(-1), 0);
    }

    // A flush with the relay open: the message for the domain it takes leaves
    // the queue (mailq no longer lists it, the relay has it); the other one is
    // tried, stays, and says the relay's 451.
    void flushDelivers()
    {
        const QByteArray sender = "flush-" + m_domain.toUtf8().left(12) + "@sendmail.lab.test";
        const QStringList two = queueMessages(sender, {"one@flush.example", "three@elsewhere.example"});
        QCOMPARE(two.size(), 2);
        const QSet<QString> added(two.cbegin(), two.cend());
        m_extra += two; // deleted at the end whatever happens

        SmtpSink relay;
        QVERIFY(relay.listen(m_sendmail->deadPort));
        const Result r = cli(args({"queue", "flush", "sm", "--json"}) + idArgs(two));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(relay.delivered() == 1, QByteArray(r.out + relay.transcript()).constData());
        QCOMPARE(r.out.count("\"outcome\":\"done\""), 2);
        QVERIFY2(r.out.count("451") == 1, r.out.constData());

        const QSet<QString> left = added - mailq();
        QCOMPARE(left.size(), 1);
        const QString waiting = *(added - left).cbegin();
        const QJsonObject still = list({QStringLiteral("--id"), waiting}).value(waiting);
        QCOMPARE(still.value(QStringLiteral("tries")).toInt(), 1);
        const QJsonObject rcpt = still.value(QStringLiteral("recipients")).toArray().at(0).toObject();
        QVERIFY(rcpt.value(QStringLiteral("address")).toString().endsWith(QLatin1String("@elsewhere.example")));
        QVERIFY2(rcpt.value(QStringLiteral("delay_reason")).toString().contains(QLatin1String("451")),
            qPrintable(rcpt.value(QStringLiteral("delay_reason")).toString()));
    }

    // The submission queue (the MSP's clientmqueue, where mail handed in by a
    // user of the host waits until the MTA takes it): listed as such with
    // exactly mailq -Ac's ids, readable, hold refused per message, a flush
    // hands one to the MTA (gone from mailq -Ac, in the MTA's queue with a new
    // id), delete removes the other.
    void submissionQueue()
    {
        const QByteArray sender = "msp-" + m_domain.toUtf8().left(12) + "@sendmail.lab.test";
        // A domain of their own: deleteThem() deletes by m_domain.
        const QByteArray domain = m_domain.section(u'.', 0, 0).toUtf8() + ".msp.example";
        const QStringList two = queueMessages(sender, {"m1@" + domain, "m2@" + domain}, true);
        QCOMPARE(two.size(), 2);
        m_extra += two;
        const auto submitted = list({QStringLiteral("--queue"), QStringLiteral("submission")});
        const QSet<QString> listed(submitted.keyBegin(), submitted.keyEnd());
        QCOMPARE(listed, mailq(false, "-Ac"));
        for (const QString &id : two) {
            QCOMPARE(submitted.value(id).value(QStringLiteral("queue_name")).toString(), QStringLiteral("submission"));
            QCOMPARE(submitted.value(id).value(QStringLiteral("sender")).toString(), QString::fromUtf8(sender));
        }
        QVERIFY(!mailq().contains(two.first())); // not in the MTA's queue

        const Result shown = cli(args({"queue", "show", "sm"}) << two.first());
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QVERIFY2(shown.out.contains("Subject: queue") && shown.out.contains("waits"), shown.out.constData());

        Result r = cli(args({"queue", "hold", "sm", "--yes", "--json"}) + idArgs({two.first()}));
        QCOMPARE(r.out.count("\"outcome\":\"failed\""), 1);
        QVERIFY(!mailq(true).contains(two.first()));

        const QSet<QString> mtaBefore = mailq();
        r = cli(args({"queue", "flush", "sm", "--json"}) + idArgs({two.first()}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count("\"outcome\":\"done\""), 1);
        QVERIFY(!mailq(false, "-Ac").contains(two.first()));
        const QSet<QString> handedOver = mailq() - mtaBefore;
        QCOMPARE(handedOver.size(), 1);
        m_extra += QStringList(handedOver.cbegin(), handedOver.cend());
        const QJsonObject inMta = list({QStringLiteral("--id"), *handedOver.cbegin()}).value(*handedOver.cbegin());
        QCOMPARE(inMta.value(QStringLiteral("sender")).toString(), QString::fromUtf8(sender));
        QVERIFY(inMta.value(QStringLiteral("queue_name")).toString() != QLatin1String("submission"));

        r = cli(args({"queue", "delete", "sm", "--yes", "--json"}) + idArgs({two.last()}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count("\"outcome\":\"done\""), 1);
        QVERIFY(!mailq(false, "-Ac").contains(two.last()));
    }

    void requeueIsNotSendmails()
    {
        const Result r = cli(args({"queue", "requeue", "sm", "--yes"}) + idArgs({m_ids.at(0)}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.trimmed().isEmpty());
    }

    // Delete under the qf lock: mailq no longer lists them; again: unchanged;
    // ids that are not Sendmail's never reach the helper.
    void deleteThem()
    {
        const Result r = cli(args({"queue", "delete", "sm", "--yes", "--json", "--domain"}) << m_domain);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count("\"outcome\":\"done\""), 5);
        QVERIFY(ours(mailq()).isEmpty());
        const auto again = Queue::runQueueAction(*m_host, MtaKind::Sendmail, Queue::ActionKind::Delete, m_ids);
        QVERIFY2(again, again ? "" : qPrintable(again.error()));
        QCOMPARE(again->count(Queue::MessageOutcome::Kind::Unchanged), 5);
        QVERIFY(!Queue::runQueueAction(
            *m_host, MtaKind::Sendmail, Queue::ActionKind::Delete, {QStringLiteral("ABCDEF1\n../x")}));
        QVERIFY(
            !Queue::runQueueAction(*m_host, MtaKind::Sendmail, Queue::ActionKind::Hold, {QStringLiteral("-C/tmp")}));
        m_ids.clear();
    }

    // The root-file helper's queue verbs take no path and only ids that look
    // like Sendmail's: a crafted id is refused on the host as well, not only
    // by the console.
    void helperRefusesCraftedInput()
    {
        const auto helper = [this](const QByteArrayList &args, const QByteArray &input = {}) {
            Command command;
            command.argv = QByteArrayList {m_host->fileHelper().toUtf8()} + args;
            command.sudo = true;
            command.input = input;
            const auto r = m_host->run(command).result();
            return r ? *r : CommandResult {};
        };
        CommandResult r = helper({"queue-remove", "sendmail"}, "../../etc/passwd\nABC\n-rf\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("../../etc/passwd invalid\nABC invalid\n-rf invalid\n"));
        for (const QByteArrayList &args : {QByteArrayList {"queue-list"}, QByteArrayList {"queue-list", "/etc"},
                 QByteArrayList {"queue-list", "sendmail", "/var/spool/mqueue"},
                 QByteArrayList {"queue-read", "sendmail", "../../etc/shadow", "100"},
                 QByteArrayList {"queue-read", "sendmail", "6B66fG1T000277", "-1"},
                 QByteArrayList {"queue-read", "sendmail", "6B66fG1T000277", "9999999999"},
                 QByteArrayList {"queue-read", "qmail", "12ab", "100"},
                 QByteArrayList {"queue-remove", "sendmail", "6B66fG1T000277"}}) {
            r = helper(args);
            QVERIFY2(r.exitCode == 64, args.join(' ').constData());
        }
        // A message that is not there: nothing, and no error.
        r = helper({"queue-read", "sendmail", "ZZZZZZZZZZZZZZ", "100"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQueueSendmail)
#include "tst_queuesendmail.moc"
