// The Queue tab against the lab Postfix, as an admin uses it: sixty messages
// more are queued behind the tab's back (outside mail waits for a relay that
// never answers); the tab lists exactly what `postqueue -p` lists, held
// messages included, while QAbstractItemModelTester watches the model fill;
// the filters narrow, the details show every recipient's reason, sorting
// keeps the selection, and the Shape tab counts what qshape would.
// Screenshots: queue-*.png.
#include "guitesting.h"
#include "hostlistmodel.h"
#include "i18n.h"
#include "labhost.h"
#include "labsetup.h"
#include "mainwindow.h"
#include "pages/activehosttracker.h"
#include "queue/messageview.h"
#include "queue/queuemodel.h"
#include "queue/queuepage.h"
#include "queue/queuewatch.h"
#include "queue/relativetime.h"
#include "smtpsink.h"

#include "colorscheme.h"
#include "remote/host.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

class TestQueueTab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    std::optional<LabHost> m_lab;
    QString m_suffix;
    QByteArray m_sender; ///< the envelope sender of this run's messages

    QString shot(const QString &name) const { return name + m_suffix + QStringLiteral(".png"); }

    QueuePage *open(MainWindow &window, const QString &profile = QStringLiteral("lab-postfix"))
    {
        window.resize(1280, 800);
        window.show();
        window.showPage(MainWindow::Page::Queue);
        auto *page = window.findChild<QueuePage *>();
        if (!connectTo(window, profile))
            return nullptr;
        return page;
    }

    static bool waitLoaded(QueuePage *page, const std::function<void()> &trigger = {})
    {
        QSignalSpy loaded(page, &QueuePage::loaded);
        if (trigger)
            trigger();
        return loaded.wait(60000) || !loaded.isEmpty();
    }

    // The queue as Postfix's own `postqueue -p` shows it: id -> held ('!').
    static std::optional<QMap<QString, bool>> postqueueP(Host *host)
    {
        const auto r = host->run(Command {{"/usr/sbin/postqueue", "-p"}, false, {}, {}}).result();
        if (!r || !r->succeeded())
            return std::nullopt;
        QMap<QString, bool> ids;
        static const QRegularExpression line(QStringLiteral("^([0-9A-Za-z]{6,})([*!]?)\\s"));
        for (const QString &text : QString::fromUtf8(r->out).split(u'\n')) {
            const auto m = line.match(text);
            if (m.hasMatch())
                ids.insert(m.captured(1), m.captured(2) == u"!");
        }
        return ids;
    }

    // Triggers \a action, confirms in its dialog (the confirmation's text in
    // \a question), closes a result dialog if one comes, and waits until the
    // queue is read again.
    static bool act(QueuePage *page, QAction *action, QString *question = nullptr, const QString &shotName = {})
    {
        const auto confirm = whenModal(QStringLiteral("confirmQueueAction"), [&](QWidget *widget) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (question)
                *question = box->text();
            if (!shotName.isEmpty())
                saveShot(box, shotName);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) != QMessageBox::RejectRole) {
                    button->click();
                    return;
                }
            }
        });
        const auto result = whenModal(QStringLiteral("queueActionResult"),
            [](QWidget *widget) { qobject_cast<QMessageBox *>(widget)->accept(); });
        QSignalSpy loaded(page, &QueuePage::loaded);
        if (!action->isEnabled())
            return false;
        action->trigger();
        return loaded.wait(60000) || !loaded.isEmpty();
    }

    static void selectAll(QueuePage *page) { page->view()->selectAll(); }

    static bool run(Host *host, const Command &command)
    {
        const auto r = host->run(command).result();
        if (!r || !r->succeeded())
            qWarning() << command << (r ? r->err : r.error().toString().toUtf8());
        return r && r->succeeded();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // LANG=de_DE (ctest queuetab-de): the same run in German, screenshots named *-de.png.
        m_suffix = startTabTest(QStringLiteral("tst_queuetab"));
        m_lab = labHost(QStringLiteral("postfix"), m_scratch);
        if (!m_lab)
            MW_SKIP_OR_FAIL(labProblem());
        QVERIFY(
            useLabHosts(m_scratch, {QStringLiteral("postfix"), QStringLiteral("sendmail"), QStringLiteral("qmail")}));
        m_sender = "queuetab-" + QByteArray::number(QRandomGenerator::global()->generate(), 36) + "@postfix.lab.test";
    }

    void listsWhatPostqueueLists()
    {
        MainWindow window({});
        auto *page = window.findChild<QueuePage *>();
        QVERIFY(page);
        // Checks every insert while the listing arrives, and the sorts.
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(open(window));
        Host *host = window.activeHost()->current().host;
        QVERIFY(host);

        // Sixty messages to seven users in five outside domains, queued by Postfix's sendmail.
        QVERIFY(run(host,
            Command {{"sh", "-c",
                         "i=0; while [ $i -lt 60 ]; do i=$((i+1)); "
                         "printf 'From: %s\\nSubject: queue tab %s\\n\\nwaits\\n' \"$1\" $i | "
                         "/usr/sbin/sendmail -f \"$1\" \"user$((i % 7))@domain$((i % 5)).example\" || exit 1; done",
                         "sh", m_sender},
                false, {}, {}}));
        // Until qmgr has tried them once (the relay's port is dead) and deferred them.
        std::optional<QMap<QString, bool>> expected;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto r = host->run(Command {{"/usr/sbin/postqueue", "-j"}, false, {}, {}}).result();
                return r && r->out.count(m_sender) >= 60 && r->out.count("\"queue_name\": \"deferred\"") >= 63;
            },
            60000));
        QVERIFY(waitLoaded(page, [page] { page->refresh(); }));
        expected = postqueueP(host);
        QVERIFY(expected);

        QueueModel *model = page->model();
        QMap<QString, bool> listed;
        for (const auto &m : model->messages())
            listed.insert(m.id, m.queue == Queue::QueueName::Hold);
        QCOMPARE(listed, *expected);
        QCOMPARE(model->rowCount(), int(expected->size()));
        QVERIFY(page->statusText().contains(QLocale().toString(qint64(expected->size()))));

        // Next retry: the deferred file's time stamp (through the root-file
        // helper), which qmgr sets to the last attempt plus a backoff between
        // minimal_backoff_time (300 s) and maximal_backoff_time (4000 s).
        for (const auto &m : model->messages()) {
            if (m.sender.toUtf8() != m_sender)
                continue;
            QCOMPARE(m.retryKind, Queue::RetryKind::Exact);
            QVERIFY2(m.nextRetry - m.arrival >= 290 && m.nextRetry - m.arrival <= 4010,
                qPrintable(QStringLiteral("%1: %2 - %3").arg(m.id).arg(m.nextRetry).arg(m.arrival)));
        }

        // Only what is on hold.
        auto *queueFilter = page->findChild<QComboBox *>(QStringLiteral("queueFilter"));
        queueFilter->setCurrentIndex(queueFilter->findData(int(Queue::QueueName::Hold)));
        QTRY_COMPARE(model->rowCount(), int(std::ranges::count(expected->values(), true)));
        queueFilter->setCurrentIndex(0);
        // The quick search narrows to one recipient's messages: 60 / 7, rounded up for user1..user4.
        auto *search = page->findChild<QLineEdit *>(QStringLiteral("queueSearch"));
        QTest::keyClicks(search, QStringLiteral("user3@domain"));
        QTRY_COMPARE(model->rowCount(), 9);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->messageAt(row)->recipients.first().address.startsWith(QLatin1String("user3@domain")));

        // The selected message's envelope and reason; sorting keeps it selected.
        const QString id = model->messageAt(4)->id;
        page->view()->setCurrentIndex(model->index(4, 0));
        page->view()->selectionModel()->select(
            model->index(4, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(page->detailsText().contains(id));
        QVERIFY(page->detailsText().contains(QString::number(m_lab->deadPort)));
        QVERIFY(page->detailsText().contains(QString::fromUtf8(m_sender)));
        QSignalSpy sorted(model, &QueueModel::sorted);
        page->view()->horizontalHeader()->setSortIndicator(QueueModel::Id, Qt::DescendingOrder);
        QVERIFY(sorted.wait(10000));
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->messageAt(row - 1)->id.compare(model->messageAt(row)->id, Qt::CaseInsensitive) >= 0);
        const QModelIndexList selected = page->view()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(model->messageAt(selected.first().row())->id, id);
        saveShot(&window, shot(QStringLiteral("queue-postfix-filtered")));
        search->clear();
        QTRY_COMPARE(model->rowCount(), int(expected->size()));
        page->view()->selectionModel()->select(
            model->index(model->rowOfId(id), 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        saveShot(&window, shot(QStringLiteral("queue-postfix")));

        // qshape's view: every recipient once; this run's five domains hold twelve each.
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("queueTabs"));
        tabs->setCurrentIndex(1);
        const QStringList shape = page->shapeRows();
        qsizetype recipients = 0;
        for (const auto &m : model->messages())
            recipients += m.recipients.size();
        QVERIFY(shape.size() >= 6);
        QCOMPARE(shape.first().split(u'\t').at(1), QString::number(recipients));
        for (int d = 0; d < 5; ++d)
            QVERIFY2(shape.contains(QStringLiteral("domain%1.example\t12\t").arg(d), Qt::CaseSensitive)
                    || std::ranges::any_of(shape,
                        [d](const QString &row) {
                            return row.startsWith(QStringLiteral("domain%1.example\t12\t").arg(d));
                        }),
                qPrintable(shape.join(u'\n')));
        saveShot(&window, shot(QStringLiteral("queue-postfix-shape")));
        tabs->setCurrentIndex(0);

        // Hold three of this run's messages from the tab; Postfix shows them held ('!').
        search->setText(QString::fromUtf8(m_sender));
        QTRY_COMPARE(model->rowCount(), 60);
        QStringList three;
        for (int row = 0; row < 3; ++row) {
            three.append(model->messageAt(row)->id);
            page->view()->selectionModel()->select(
                model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QString question;
        QVERIFY(
            act(page, page->action(Queue::ActionKind::Hold), &question, shot(QStringLiteral("queue-confirm-hold"))));
        QVERIFY2(question.contains(u'3'), qPrintable(question));
        auto now = postqueueP(host);
        QVERIFY(now);
        for (const QString &heldId : std::as_const(three))
            QVERIFY2(now->value(heldId), qPrintable(heldId));
        // Released again: the "on hold" filter shows exactly them.
        queueFilter->setCurrentIndex(queueFilter->findData(int(Queue::QueueName::Hold)));
        QTRY_COMPARE(model->rowCount(), 3);
        selectAll(page);
        QVERIFY(act(page, page->action(Queue::ActionKind::Release)));
        QCOMPARE(model->rowCount(), 0);
        queueFilter->setCurrentIndex(0);
        now = postqueueP(host);
        for (const QString &heldId : std::as_const(three))
            QVERIFY2(now->contains(heldId) && !now->value(heldId), qPrintable(heldId));

        // Delete all sixty: the confirmation says how many; Postfix has none left.
        QTRY_COMPARE(model->rowCount(), 60);
        selectAll(page);
        QVERIFY(act(
            page, page->action(Queue::ActionKind::Delete), &question, shot(QStringLiteral("queue-confirm-delete"))));
        QVERIFY2(question.contains(QStringLiteral("60")), qPrintable(question));
        QCOMPARE(model->rowCount(), 0);
        now = postqueueP(host);
        QCOMPARE(now->size(), expected->size() - 60);
        QVERIFY(!page->lastActionText().isEmpty());
        search->clear();
        QTRY_COMPARE(model->rowCount(), int(expected->size()) - 60);
    }

    // Flush with the relay open for one domain: two messages leave, the third
    // still waits and the tab says why.
    void flushShowsWhatLeft()
    {
        MainWindow window({});
        QueuePage *page = open(window);
        QVERIFY(page);
        Host *host = window.activeHost()->current().host;
        const QByteArray sender = m_sender + ".flush";
        QVERIFY(run(host,
            Command {{"sh", "-c",
                         "for to in one@flush.example two@flush.example three@elsewhere.example; do "
                         "printf 'Subject: flush\\n\\nwaits\\n' | /usr/sbin/sendmail -f \"$1\" \"$to\" || exit 1; done",
                         "sh", sender},
                false, {}, {}}));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto r = host->run(Command {{"/usr/sbin/postqueue", "-j"}, false, {}, {}}).result();
                return r && r->out.count(sender) == 3;
            },
            60000));
        QVERIFY(QTest::qWaitFor([&] { return !page->isLoading(); }, 60000));
        QVERIFY(waitLoaded(page, [page] { page->refresh(); }));
        page->findChild<QLineEdit *>(QStringLiteral("queueSearch"))->setText(QString::fromUtf8(sender));
        QTRY_COMPARE(page->model()->rowCount(), 3);
        QStringList ids;
        for (int row = 0; row < 3; ++row)
            ids.append(page->model()->messageAt(row)->id);

        SmtpSink sink;
        QVERIFY(sink.listen(m_lab->deadPort));
        selectAll(page);
        QVERIFY(act(page, page->action(Queue::ActionKind::Flush)));
        QTRY_COMPARE_WITH_TIMEOUT(sink.delivered(), 2, 30000);
        QVERIFY(waitLoaded(page, [page] { page->refresh(); }));
        // The outcome: 2 of 3 left; one still waits, with the relay's 451 as the reason.
        const QString text = page->statusText();
        QVERIFY2(text.contains(QStringLiteral("2")) && text.contains(QStringLiteral("451")), qPrintable(text));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QVERIFY(page->model()->messageAt(0)->recipients.first().address.startsWith(QLatin1String("three@")));
        saveShot(&window, shot(QStringLiteral("queue-postfix-flushed")));
        selectAll(page);
        QVERIFY(act(page, page->action(Queue::ActionKind::Delete)));
        QCOMPARE(page->model()->rowCount(), 0);
    }

    // Sendmail's queue is not read yet: the tab says so instead of showing an empty queue.
    // A hostile message: escape sequences, a bidi override and 8-bit bytes in
    // its header, a 10 MB body. The message view reads it only when shown,
    // shows the first 64 KiB harmless, and all of it on "Show All".
    void messageViewIsSafe()
    {
        MainWindow window({});
        QueuePage *page = open(window);
        QVERIFY(page);
        Host *host = window.activeHost()->current().host;
        QVERIFY(host);
        const QByteArray sender = "hostile-" + m_sender;
        // printf's octal escapes: ESC [ 2 J (clear screen), ESC ] 0 ; title BEL, U+202E, Latin-1 0xE9.
        QVERIFY(run(host,
            Command {{"sh", "-c",
                         "{ printf 'From: %s\\nSubject: \\033[2Jhostile \\033]0;pwned\\007 \\342\\200\\256gnp.exe "
                         "caf\\351\\n\\n' \"$1\"; head -c 10000000 /dev/zero | tr '\\0' 'x' | fold -w 100; } | "
                         "/usr/sbin/sendmail -f \"$1\" victim@hostile.example",
                         "sh", sender},
                false, {}, {}}));
        QString id;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto r = host->run(Command {{"/usr/sbin/postqueue", "-j"}, false, {}, {}}).result();
                for (const QByteArray &line : r ? r->out.split('\n') : QList<QByteArray>()) {
                    if (line.contains(sender) && line.contains("\"queue_name\": \"deferred\""))
                        id = QJsonDocument::fromJson(line).object().value(QStringLiteral("queue_id")).toString();
                }
                return !id.isEmpty();
            },
            60000));
        QVERIFY(waitLoaded(page, [page] { page->refresh(); }));
        int row = -1;
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            if (page->model()->index(r, 0).data(QueueModel::MessageIdRole).toString() == id)
                row = r;
        }
        QVERIFY(row >= 0);
        MessageView *view = page->messageView();
        QSignalSpy loaded(view, &MessageView::loaded);
        page->view()->selectionModel()->select(
            page->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(loaded.size(), 0); // not read while the envelope is shown
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("messageTabs"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(view);
        QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
        const QString text = view->text();
        QVERIFY2(text.contains(QLatin1String("hostile")), qPrintable(text.left(400)));
        QVERIFY(!text.contains(u'\x1b'));
        QVERIFY(!text.contains(u'\x07'));
        QVERIFY(!text.contains(QChar(0x202E)));
        QVERIFY(text.size() < 70 * 1024);
        QVERIFY(view->showAllButton()->isVisible());
        QVERIFY(!view->note().isEmpty());
        saveShot(&window, shot(QStringLiteral("queue-message")));

        loaded.clear();
        view->showAllButton()->click();
        QVERIFY(loaded.wait(60000) || !loaded.isEmpty());
        QVERIFY2(view->text().size() > 10'000'000, qPrintable(view->note()));
        QVERIFY(!view->showAllButton()->isVisible());
        QVERIFY(view->note().isEmpty());

        const auto deleted = Queue::runQueueAction(*host, MtaKind::Postfix, Queue::ActionKind::Delete, {id});
        QVERIFY(deleted && deleted->count(Queue::MessageOutcome::Kind::Done) == 1);
        // Gone meanwhile: the view says so instead of showing stale text.
        tabs->setCurrentIndex(0);
        view->setMessage(nullptr, MtaKind::Unknown, QString());
        loaded.clear();
        view->setMessage(host, MtaKind::Postfix, id);
        tabs->setCurrentWidget(view);
        QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
        QVERIFY(view->text().isEmpty());
        QVERIFY(!view->note().isEmpty());
    }

    // Sendmail's and qmail's queues, read from their control files by the
    // root-file helper: the same ids as the MTA's own listing (mailq,
    // qmail-qread); the lab's deferred mail has an estimated next retry.
    void otherMtaQueues_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QByteArrayList>("oracle");
        QTest::addColumn<QString>("idPattern");
        QTest::addColumn<QByteArray>("inject"); // queues one message: sh -c SCRIPT sh SENDER
        QTest::newRow("sendmail") << QStringLiteral("lab-sendmail")
                                  << QByteArrayList {"sh", "-c",
                                         // the MTA's queue and the submission queue (the MSP's)
                                         "sudo -n /usr/bin/mailq -Am && sudo -n /usr/bin/mailq -Ac"}
                                  << QStringLiteral("^([0-9A-Za-z]{10,30})[*X-]?\\s")
                                  << QByteArray(
                                         "printf 'Subject: tab\\n\\nbye\\n' | sudo -n /usr/sbin/sendmail -Am -odq "
                                         "-f \"$1\" gone@tab.example");
        QTest::newRow("qmail") << QStringLiteral("lab-qmail")
                               << QByteArrayList {"sudo", "-n", "/var/qmail/bin/qmail-qread"}
                               << QStringLiteral("\\s#([0-9]+)\\s")
                               << QByteArray(
                                      "printf 'Subject: tab\\n\\nbye\\n' | /var/qmail/bin/qmail-inject -f \"$1\" "
                                      "gone@tab.example");
    }

    void otherMtaQueues()
    {
        QFETCH(QString, profile);
        QFETCH(QByteArrayList, oracle);
        QFETCH(QString, idPattern);
        QFETCH(QByteArray, inject);
        MainWindow window({});
        auto *page = window.findChild<QueuePage *>();
        QVERIFY(page);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(open(window, profile));
        Host *host = window.activeHost()->current().host;
        QVERIFY(host);
        QVERIFY(waitLoaded(page, [page] { page->refresh(); }));
        const QRegularExpression line(idPattern);
        const auto theirIds = [&] {
            const auto r = host->run(Command {oracle, false, {}, {}}).result();
            QSet<QString> ids;
            for (const QString &text : QString::fromUtf8(r && r->succeeded() ? r->out : QByteArray()).split(u'\n')) {
                if (const auto m = line.match(text); m.hasMatch())
                    ids.insert(m.captured(1));
            }
            return ids;
        };
        const QSet<QString> theirs = theirIds();
        QVERIFY(!theirs.isEmpty());
        QSet<QString> listed;
        for (int row = 0; row < page->model()->rowCount(); ++row)
            listed.insert(page->model()->index(row, 0).data(QueueModel::MessageIdRole).toString());
        QCOMPARE(listed, theirs);
        const QModelIndex first = page->model()->index(0, 0);
        QVERIFY(page->model()->messageAt(0)->nextRetry > 0);
        page->view()->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_VERIFY(page->detailsText().contains(first.data(QueueModel::MessageIdRole).toString()));
        saveShot(&window, shot(QStringLiteral("queue-") + QString::fromLatin1(QTest::currentDataTag())));
        // The message itself, through the helper.
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("messageTabs"));
        QSignalSpy loaded(page->messageView(), &MessageView::loaded);
        tabs->setCurrentWidget(page->messageView());
        QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
        QVERIFY2(
            page->messageView()->text().contains(QLatin1String("Subject:")), qPrintable(page->messageView()->note()));

        // Delete from the tab (qmail: with qmail-send paused meanwhile, which
        // the question says): the MTA's own listing no longer has it.
        tabs->setCurrentIndex(0);
        QVERIFY(run(host, Command {{"sh", "-c", inject, "sh", m_sender}, false, {}, {}}));
        QString id;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QSet<QString> added = theirIds() - theirs;
                id = added.size() == 1 ? *added.cbegin() : QString();
                return !id.isEmpty();
            },
            30000));
        QVERIFY(waitLoaded(page, [page] { page->refresh(); }));
        const int row = page->model()->rowOfId(id);
        QVERIFY(row >= 0);
        page->view()->selectionModel()->select(
            page->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QString question;
        QVERIFY(act(page, page->action(Queue::ActionKind::Delete), &question));
        QVERIFY(question.contains(u'1'));
        QVERIFY(!theirIds().contains(id));
        QTRY_COMPARE(page->model()->rowOfId(id), -1);
    }

    // Queue alarms: a limit of one deferred message on the lab Postfix (which
    // keeps deferred mail) shows in the host list within a count; the count
    // (directory names only) equals the listing; raised through the Alarms
    // dialog, the alarm goes away.
    void queueAlarms()
    {
        const QString name = QStringLiteral("lab-postfix");
        Queue::QueueThresholds limits;
        limits.deferred = 1;
        QueueWatch::setThresholds(name, limits);
        MainWindow window({});
        QueueWatch *watch = window.queueWatch();
        watch->setInterval(300);
        QueuePage *page = open(window);
        QVERIFY(page);
        auto *hosts = window.findChild<HostListModel *>();
        QVERIFY(hosts);
        const auto alarms = [&] { return hosts->indexOf(name).data(HostListModel::QueueAlarmRole).toStringList(); };
        QTRY_VERIFY_WITH_TIMEOUT(!alarms().isEmpty(), 30000);
        QVERIFY(hosts->indexOf(name).data(Qt::ToolTipRole).toString().contains(alarms().first()));
        QVERIFY(waitLoaded(page, [page] { page->refresh(); }));
        QTRY_VERIFY(watch->lastCounts(name).has_value());
        QTRY_COMPARE_WITH_TIMEOUT(watch->lastCounts(name)->total, qint64(page->model()->rowCount()), 10000);
        saveShot(&window, shot(QStringLiteral("queue-alarm")));

        const auto dialog = whenModal(QStringLiteral("queueAlarmsDialog"), [this](QWidget *widget) {
            widget->findChild<QSpinBox *>(QStringLiteral("deferredLimit"))->setValue(1'000'000);
            widget->findChild<QSpinBox *>(QStringLiteral("oldestLimit"))->setValue(60 * 24 * 365);
            saveShot(widget, shot(QStringLiteral("queue-alarms-dialog")));
            qobject_cast<QDialog *>(widget)->accept();
        });
        page->findChild<QPushButton *>(QStringLiteral("queueAlarms"))->click();
        QCOMPARE(QueueWatch::thresholds(name).deferred, 1'000'000);
        QTRY_VERIFY_WITH_TIMEOUT(alarms().isEmpty(), 30000);
        QueueWatch::setThresholds(name, {});
    }

    void relativeTimes()
    {
        QCOMPARE(relativeTime(0), relativeTime(20));
        QVERIFY(relativeTime(7 * 60).contains(QLatin1String("7")));
        QVERIFY(relativeTime(2 * 3600 + 5 * 60).contains(QLatin1String("2")));
        QVERIFY(relativeTime(2 * 3600 + 5 * 60).contains(QLatin1String("5")));
        QVERIFY(relativeTime(-12 * 60) != relativeTime(12 * 60));
        QVERIFY(durationText(3 * 86400 + 4 * 3600).contains(QLatin1String("3")));
    }

    void darkScheme()
    {
        applyColorScheme(*qApp, ColorScheme::Dark);
        MainWindow window({});
        QueuePage *page = open(window);
        QVERIFY(page);
        QVERIFY(page->model()->rowCount() > 0 || waitLoaded(page));
        QTRY_VERIFY(!page->isLoading());
        page->view()->selectionModel()->select(
            page->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        saveShot(&window, shot(QStringLiteral("queue-postfix-dark")));
        applyColorScheme(*qApp, ColorScheme::Light);
    }
};

QTEST_MAIN(TestQueueTab)
#include "tst_queuetab.moc"
