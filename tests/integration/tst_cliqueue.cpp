// mailwarden-cli queue list|shape on the lab hosts, checked against Postfix's
// own `postqueue -p` over SSH: the same queue ids, hold exactly for the ones
// postqueue marks '!', filters that narrow, qshape's TOTAL equal to the
// recipients waiting (tst_queuesendmail covers Sendmail). The lab
// Postfix has deferred mail (outside mail goes to a dead port) and one
// message on hold. Only ids, numbers and exit codes are compared (the tests
// also run in German).
#include "clirunner.h"
#include "labhost.h"
#include "queue/queueaction.h"
#include "remote/sshhost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
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

// What `postqueue -p` lists: each queue id with its marker ('*' active,
// '!' hold, ' ' otherwise), and how many recipients wait in all.
struct PostqueueListing {
    QMap<QString, QChar> ids;
    qint64 recipients = 0;
    bool ok = false;
    QByteArray error;
};

PostqueueListing parsePostqueue(const QByteArray &text)
{
    PostqueueListing listing;
    listing.ok = true;
    static const QRegularExpression header(QStringLiteral("^([0-9A-Za-z]+)([*!]?)\\s+\\d+\\s"));
    bool inMessage = false;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.trimmed().isEmpty()) {
            inMessage = false;
            continue;
        }
        // A reason too long for its column starts at the line's beginning.
        if (line.trimmed().startsWith(u'('))
            continue;
        if (!line.front().isSpace()) {
            const auto match = header.match(line);
            inMessage = match.hasMatch();
            if (inMessage)
                listing.ids.insert(match.captured(1), match.captured(2).isEmpty() ? u' ' : match.captured(2).front());
            continue;
        }
        // indented: one recipient
        if (inMessage)
            ++listing.recipients;
    }
    return listing;
}

} // namespace

class TestCliQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    std::optional<LabHost> m_postfix, m_sendmail;

    CliRunner m_cli;
    using Result = CliRunner::Result;
    Result cli(QStringList args, const LabHost *lab = nullptr)
    {
        if (lab)
            args << QStringLiteral("--known-hosts") << lab->knownHostsFile;
        return m_cli.run(args);
    }

    void addHost(const QString &name, const LabHost &lab)
    {
        const Result r = m_cli.addHost(name, lab);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    PostqueueListing postqueue()
    {
        SshHost host(m_postfix->profile, m_postfix->credentials(), m_postfix->options());
        const auto result = host.run(Command {{"/usr/sbin/postqueue", "-p"}, false, {}, {}}).result();
        if (!result || result->exitCode != 0) {
            PostqueueListing failed;
            failed.error = result ? result->err : why(result);
            return failed;
        }
        return parsePostqueue(result->out);
    }

    // The messages of `queue list pf --json ARGS` (JSON Lines), by queue id.
    QMap<QString, QJsonObject> listJson(const QStringList &extra, Result *r)
    {
        *r = cli(QStringList {QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("pf"),
                     QStringLiteral("--json")}
                + extra,
            &*m_postfix);
        QMap<QString, QJsonObject> messages;
        for (const QByteArray &line : r->out.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
            if (error.error != QJsonParseError::NoError) {
                r->exitCode = -2; // not JSON Lines
                r->err = "not JSON: " + line;
                return {};
            }
            messages.insert(o.value(QStringLiteral("queue_id")).toString(), o);
        }
        return messages;
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

    // The same ids as postqueue -p; hold exactly for its '!' ones, deferred for
    // the unmarked ones. Mail may move (a deferred message scanned into the
    // active queue, one expiring) between the two listings: postqueue runs
    // before and after ours, and a moment where both agree is compared.
    void listMatchesPostqueue()
    {
        PostqueueListing before;
        PostqueueListing after;
        QMap<QString, QJsonObject> ours;
        Result r;
        for (int attempt = 0; attempt < 5; ++attempt) {
            before = postqueue();
            QVERIFY2(before.ok, before.error.constData());
            ours = listJson({}, &r);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            after = postqueue();
            QVERIFY2(after.ok, after.error.constData());
            if (before.ids == after.ids && before.recipients == after.recipients)
                break;
            QTest::qWait(500);
        }
        QCOMPARE(before.ids, after.ids);
        const auto &ids = before.ids;
        QVERIFY2(ids.size() >= 2, "the lab Postfix should have deferred mail and a message on hold");
        QVERIFY2(
            std::count(ids.cbegin(), ids.cend(), QChar(u'!')) >= 1, "the lab Postfix should have a message on hold");
        QCOMPARE(QStringList(ours.keys()), QStringList(ids.keys()));
        qint64 recipients = 0;
        for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
            const QJsonObject o = ours.value(it.key());
            const QString queue = o.value(QStringLiteral("queue_name")).toString();
            if (it.value() == u'!')
                QCOMPARE(queue, QStringLiteral("hold"));
            else if (it.value() == u'*')
                QCOMPARE(queue, QStringLiteral("active"));
            else
                QVERIFY2(queue == QLatin1String("deferred") || queue == QLatin1String("incoming")
                        || queue == QLatin1String("maildrop"),
                    qPrintable(it.key() + u' ' + queue));
            QVERIFY(o.value(QStringLiteral("arrival_time")).toInteger() > 0);
            QVERIFY(o.value(QStringLiteral("message_size")).toInteger() > 0);
            QVERIFY(o.value(QStringLiteral("forced_expire")).isBool());
            QVERIFY(o.value(QStringLiteral("sender")).isString());
            const QJsonArray list = o.value(QStringLiteral("recipients")).toArray();
            QVERIFY(!list.isEmpty());
            for (const QJsonValue &v : list)
                QVERIFY(v.toObject().value(QStringLiteral("address")).toString().contains(u'@'));
            recipients += list.size();
        }
        QCOMPARE(recipients, before.recipients);
        QVERIFY(std::count(ids.cbegin(), ids.cend(), QChar(u' ')) >= 1); // some deferred mail
        bool deferredSeen = false;
        for (const QJsonObject &o : std::as_const(ours))
            deferredSeen
                = deferredSeen || o.value(QStringLiteral("queue_name")).toString() == QLatin1String("deferred");
        QVERIFY(deferredSeen);

        // the readable table names every id too, and succeeds
        const Result text = cli(args({"queue", "list", "pf"}), &*m_postfix);
        QVERIFY2(text.exitCode == 0, text.err.constData());
        for (const QString &id : ids.keys())
            QVERIFY2(text.out.contains(id.toUtf8()), text.out.constData());
    }

    void filtersNarrow()
    {
        const PostqueueListing listing = postqueue();
        QVERIFY2(listing.ok, listing.error.constData());
        QStringList held;
        for (auto it = listing.ids.cbegin(); it != listing.ids.cend(); ++it) {
            if (it.value() == u'!')
                held.append(it.key());
        }
        Result r;
        QMap<QString, QJsonObject> hold = listJson(args({"--queue", "hold"}), &r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QStringList(hold.keys()), held);

        // one recipient address from the whole listing: exactly the messages that have it
        QMap<QString, QJsonObject> all = listJson({}, &r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!all.isEmpty());
        const QString address = all.first()
                                    .value(QStringLiteral("recipients"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("address"))
                                    .toString();
        QVERIFY(!address.isEmpty());
        QStringList expected;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            for (const QJsonValue &v : it.value().value(QStringLiteral("recipients")).toArray()) {
                if (v.toObject().value(QStringLiteral("address")).toString().contains(address, Qt::CaseInsensitive)) {
                    expected.append(it.key());
                    break;
                }
            }
        }
        QMap<QString, QJsonObject> narrowed = listJson({QStringLiteral("--recipient"), address}, &r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QStringList(narrowed.keys()), expected);
        QVERIFY(narrowed.size() < all.size() || all.size() == 1);

        // --id, repeatable: just those
        const QStringList two = all.keys().mid(0, 2);
        QStringList idArgs;
        for (const QString &id : two)
            idArgs << QStringLiteral("--id") << id;
        narrowed = listJson(idArgs, &r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QStringList(narrowed.keys()), two);

        // nothing is older than ten years
        narrowed = listJson(args({"--older-than", "520w"}), &r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(narrowed.isEmpty());
    }

    // shape --json: TOTAL first, equal to the recipients waiting; its buckets add up.
    void shapeTotalIsTheRecipients()
    {
        Result r;
        Result shape;
        qint64 recipients = -1;
        QJsonObject o;
        for (int attempt = 0; attempt < 5; ++attempt) {
            const QMap<QString, QJsonObject> all = listJson({}, &r);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            shape = cli(args({"queue", "shape", "pf", "--json"}), &*m_postfix);
            QVERIFY2(shape.exitCode == 0, shape.err.constData());
            const Result again = cli(args({"queue", "list", "pf", "--json"}), &*m_postfix);
            recipients = 0;
            for (const QJsonObject &m : all)
                recipients += m.value(QStringLiteral("recipients")).toArray().size();
            o = QJsonDocument::fromJson(shape.out).object();
            if (again.out == r.out)
                break;
            QTest::qWait(500);
        }
        const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
        QVERIFY2(!rows.isEmpty(), shape.out.constData());
        const QJsonObject total = rows.first().toObject();
        QCOMPARE(total.value(QStringLiteral("domain")).toString(), QStringLiteral("TOTAL"));
        QCOMPARE(total.value(QStringLiteral("total")).toInteger(), recipients);
        const QJsonArray headings = o.value(QStringLiteral("headings")).toArray();
        QCOMPARE(headings.size(), 10);
        QCOMPARE(total.value(QStringLiteral("buckets")).toArray().size(), 10);
        qint64 sum = 0;
        for (const QJsonValue &v : total.value(QStringLiteral("buckets")).toArray())
            sum += v.toInteger();
        QCOMPARE(sum, recipients);
        qint64 domains = 0;
        for (qsizetype i = 1; i < rows.size(); ++i)
            domains += rows.at(i).toObject().value(QStringLiteral("total")).toInteger();
        QCOMPARE(domains, recipients);

        // by sender: one per message; the bucket options shape the headings
        shape
            = cli(args({"queue", "shape", "pf", "--json", "--by", "sender", "--buckets", "4", "--first-minutes", "1"}),
                &*m_postfix);
        QVERIFY2(shape.exitCode == 0, shape.err.constData());
        o = QJsonDocument::fromJson(shape.out).object();
        QCOMPARE(o.value(QStringLiteral("headings")).toArray().size(), 4);
        QCOMPARE(o.value(QStringLiteral("headings")).toArray().first().toString(), QStringLiteral("1"));
        QVERIFY(o.value(QStringLiteral("rows")).toArray().first().toObject().value(QStringLiteral("total")).toInteger()
            > 0);

        // the readable table: its TOTAL row's first number is the same count
        shape = cli(args({"queue", "shape", "pf"}), &*m_postfix);
        QVERIFY2(shape.exitCode == 0, shape.err.constData());
        const QList<QByteArray> lines = shape.out.split('\n');
        QVERIFY(lines.size() >= 2);
        const QList<QByteArray> cells = lines.at(1).simplified().split(' ');
        QCOMPARE(cells.size(), 12);
        QCOMPARE(cells.at(0), QByteArray("TOTAL"));
        QVERIFY(cells.at(1).toLongLong() >= 1);
    }

    // Three messages of this run's own sender are put on hold, released,
    // requeued, flushed and deleted from the CLI; Postfix's postqueue -p
    // confirms every step. Without --yes nothing changes; without a filter
    // an action is refused; an id gone meanwhile is "unchanged", not a failure.
    void actions()
    {
        const QByteArray sender
            = "cliqueue-" + QByteArray::number(QRandomGenerator::global()->generate(), 36) + "@postfix.lab.test";
        SshHost host(m_postfix->profile, m_postfix->credentials(), m_postfix->options());
        const auto queued
            = host.run(Command {{"sh", "-c",
                                    "for i in 1 2 3; do printf 'Subject: cli queue %s\\n\\nwaits\\n' $i | "
                                    "/usr/sbin/sendmail -f \"$1\" \"held$i@actions.example\" || exit 1; done",
                                    "sh", sender},
                           false, {}, {}})
                  .result();
        QVERIFY(queued && queued->succeeded());
        QStringList ids;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto r = host.run(Command {{"/usr/sbin/postqueue", "-j"}, false, {}, {}}).result();
                ids.clear();
                for (const QByteArray &line : r ? r->out.split('\n') : QList<QByteArray>()) {
                    if (line.contains(sender) && line.contains("\"queue_name\": \"deferred\""))
                        ids.append(QJsonDocument::fromJson(line).object().value(QStringLiteral("queue_id")).toString());
                }
                return ids.size() == 3;
            },
            60000));
        ids.sort();
        const QString senderArg = QString::fromLatin1(sender);
        const auto marks = [&] {
            QString m;
            const PostqueueListing now = postqueue();
            for (const QString &id : std::as_const(ids))
                m += !now.ids.contains(id)                                     ? QChar(u'x')
                    : (now.ids.value(id) == u'!' || now.ids.value(id) == u'*') ? now.ids.value(id)
                                                                               : QChar(u'-');
            return m; // per id: '-' queued, '!' on hold, '*' active, 'x' gone
        };
        QCOMPARE(marks(), QStringLiteral("---"));

        // Without --yes: the ids it would hold, exit 1, nothing changed.
        Result r = cli(args({"queue", "hold", "pf", "--sender"}) << senderArg, &*m_postfix);
        QCOMPARE(r.exitCode, 1);
        for (const QString &id : std::as_const(ids))
            QVERIFY(r.out.contains(id.toLatin1()));
        QCOMPARE(marks(), QStringLiteral("---"));
        // No filter: refused before anything is read.
        QCOMPARE(cli(args({"queue", "delete", "pf", "--yes"}), &*m_postfix).exitCode, 2);

        r = cli(args({"queue", "hold", "pf", "--yes", "--json", "--sender"}) << senderArg, &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count("\"outcome\":\"done\""), 3);
        QCOMPARE(marks(), QStringLiteral("!!!"));

        r = cli(args({"queue", "release", "pf", "--yes", "--id"}) << ids.at(0), &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(marks(), QStringLiteral("-!!"));
        r = cli(args({"queue", "requeue", "pf", "--yes", "--queue", "hold", "--sender"}) << senderArg, &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(marks(), QStringLiteral("---")); // postsuper -r takes held mail out of hold too
        r = cli(args({"queue", "flush", "pf", "--json", "--id"}) << ids.at(0), &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count("\"outcome\":\"done\""), 1);

        r = cli(args({"queue", "delete", "pf", "--yes", "--json", "--sender"}) << senderArg, &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count("\"outcome\":\"done\""), 3);
        QCOMPARE(marks(), QStringLiteral("xxx"));

        // Gone meanwhile: unchanged, not failed (the batch goes on).
        auto gone = Queue::runQueueAction(host, MtaKind::Postfix, Queue::ActionKind::Delete, ids);
        QVERIFY(gone);
        QCOMPARE(gone->count(Queue::MessageOutcome::Kind::Unchanged), 3);
        // postsuper's stdin takes ALL; an id like that never reaches it.
        QVERIFY(!Queue::runQueueAction(host, MtaKind::Postfix, Queue::ActionKind::Delete, {QStringLiteral("ALL")}));
        QVERIFY(
            !Queue::runQueueAction(host, MtaKind::Postfix, Queue::ActionKind::Hold, {QStringLiteral("ABCDEF1\nALL")}));
    }

    void usageErrors()
    {
        for (const QStringList &a : {args({"queue"}), args({"queue", "frob", "pf"}), args({"queue", "list"}),
                 args({"queue", "list", "pf", "--queue", "nosuchqueue"}),
                 args({"queue", "list", "pf", "--older-than", "soon"}), args({"queue", "list", "pf", "--frobnicate"}),
                 args({"queue", "shape", "pf", "--by", "colour"}), args({"queue", "shape", "pf", "--buckets", "0"})}) {
            const Result r = cli(a);
            QVERIFY2(r.exitCode == 2, qPrintable(a.join(u' ')));
            QVERIFY(!r.err.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliQueue)
#include "tst_cliqueue.moc"
