// The Tables tab against the lab Postfix, as an admin uses it: connect from the
// host list, open sender_access, add a row, edit it in place, undo and redo,
// apply through the preview, see a real SMTP client refused, remove the row
// and apply again, and find the file byte-identical to how it started.
// Screenshots: tables-*.png and apply-*.png in build/screenshots.
#include "changes/applydialog.h"
#include "changes/pendingedits.h"
#include "guitesting.h"
#include "hostactions.h"
#include "hostlistmodel.h"
#include "i18n.h"
#include "labhost.h"
#include "labsetup.h"
#include "mainwindow.h"
#include "pages/activehosttracker.h"
#include "tables/tablemodel.h"
#include "tables/tablespage.h"

#include "colorscheme.h"
#include "mta/mtafiles.h"
#include "mta/mtasurvey.h"
#include "remote/hostprofilestore.h"
#include "remote/sshhost.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QUndoStack>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

class TestTablesTab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    std::optional<LabHost> m_lab;
    QString m_suffix;

    QString shot(const QString &name) const { return name + m_suffix + QStringLiteral(".png"); }

    // Edit ▸ Apply Changes…, Apply pressed: the outcome.
    ChangeSetRunner::Outcome apply(MainWindow &window, const QString &shotPrefix)
    {
        return applyInDialog(
            window.applyAction(), [&](const QString &stage) { return shot(shotPrefix + u'-' + stage); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        // LANG=de_DE (ctest tablestab-de): the same run in German, screenshots named *-de.png.
        m_suffix = startTabTest(QStringLiteral("tst_tablestab"));
        m_lab = labHost(QStringLiteral("postfix"), m_scratch);
        if (!m_lab)
            MW_SKIP_OR_FAIL(labProblem());
        QVERIFY(useLabHosts(m_scratch, {QStringLiteral("postfix")}));
    }

    void editApplyAndSeeTheEffect()
    {
        MainWindow window({});
        window.resize(1200, 760);
        window.show();
        window.showPage(MainWindow::Page::Tables);
        auto *page = window.findChild<TablesPage *>();
        QVERIFY(page);
        HostListModel *hosts = window.hostActions()->model();
        QVERIFY(connectTo(window, QStringLiteral("lab-postfix")));
        QCOMPARE(hosts->status(QStringLiteral("lab-postfix")), HostListModel::Status::Connected);
        const ActiveHost host = window.activeHost()->current();

        QString path;
        for (const CatalogueEntry &e : host.survey->catalogue) {
            if (e.path.endsWith(QLatin1String("/sender_access")))
                path = e.path;
        }
        QVERIFY(!path.isEmpty());
        const QByteArray original = host.host->readFile(path).result().value_or(QByteArray("unreadable"));

        QSignalSpy loaded(page, &TablesPage::tableLoaded);
        QVERIFY(page->openTable(path));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000); // may arrive before the call returns
        TableModel *model = page->tableModel();
        const int rowsBefore = model->rowCount();
        saveShot(&window, shot(QStringLiteral("tables-postfix")));

        // Add a row: pending, shown, not yet on the host.
        const QByteArray sender = "blocked-by-console@example.org";
        loaded.clear();
        QVERIFY2(page->addRow(QString::fromUtf8(sender), QStringLiteral("REJECT")), qPrintable(page->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000); // may arrive before the call returns
        QCOMPARE(model->rowCount(), rowsBefore + 1);
        PendingEdits *edits = window.pendingEdits();
        QCOMPARE(edits->files(host.name).size(), 1);
        QVERIFY(window.applyAction()->isEnabled());

        // Edit the new row's action in place, undo, redo.
        const int row = model->rowOf(model->document().rowCount() - 1);
        QCOMPARE(model->index(row, TableModel::Key).data().toString(), QString::fromUtf8(sender));
        loaded.clear();
        model->setData(model->index(row, TableModel::Value), QStringLiteral("REJECT not from here"));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000); // may arrive before the call returns
        QCOMPARE(model->index(model->rowOf(model->document().rowCount() - 1), TableModel::Value).data().toString(),
            QStringLiteral("REJECT not from here"));
        QUndoStack *undo = edits->undoStack(host.name);
        QCOMPARE(undo->count(), 2);
        loaded.clear();
        undo->undo();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000); // may arrive before the call returns
        QCOMPARE(model->index(model->rowOf(model->document().rowCount() - 1), TableModel::Value).data().toString(),
            QStringLiteral("REJECT"));
        loaded.clear();
        undo->redo();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000); // may arrive before the call returns
        // Filter to the new row, as an admin finds it.
        page->findChild<QLineEdit *>(QStringLiteral("filter"))->setText(QStringLiteral("by-console"));
        QCOMPARE(model->rowCount(), 1);
        page->tableView()->selectRow(0);
        saveShot(&window, shot(QStringLiteral("tables-postfix-edited")));

        const QByteArrayList dialogue {
            "EHLO test.example", "MAIL FROM:<" + sender + ">", "RCPT TO:<alice@" + m_lab->fqdn.toUtf8() + ">", "QUIT"};
        QCOMPARE(smtpReplyCodes(m_lab->smtpPort, dialogue).value(3), 250);
        QCOMPARE(apply(window, QStringLiteral("apply-postfix")), ChangeSetRunner::Outcome::Applied);
        QVERIFY(!edits->hasEdits(host.name));
        QCOMPARE(smtpReplyCodes(m_lab->smtpPort, dialogue).value(3), 554);

        // The apply surveyed the host again; the page shows the table from the host.
        QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Ready, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 30000);
        QCOMPARE(model->index(0, TableModel::Value).data().toString(), QStringLiteral("REJECT not from here"));

        // Test Lookup asks the live table.
        page->findChild<QLineEdit *>(QStringLiteral("lookupKey"))->setText(QString::fromUtf8(sender));
        page->findChild<QPushButton *>(QStringLiteral("testLookup"))->click();
        auto *lookup = page->findChild<QLabel *>(QStringLiteral("lookupResult"));
        QTRY_VERIFY_WITH_TIMEOUT(lookup->text().contains(QLatin1String("REJECT not from here")), 30000);

        // Remove it again: the file is back byte for byte, the sender accepted.
        QVERIFY2(page->removeRows({0}), qPrintable(page->statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 30000);
        QCOMPARE(apply(window, QStringLiteral("apply-postfix-remove")), ChangeSetRunner::Outcome::Applied);
        QCOMPARE(smtpReplyCodes(m_lab->smtpPort, dialogue).value(3), 250);
        QCOMPARE(host.host->readFile(path).result().value_or(QByteArray()), original);

        // Dark: the same page for the docs.
        window.setColorScheme(ColorScheme::Dark);
        page->findChild<QLineEdit *>(QStringLiteral("filter"))->clear();
        QTest::qWait(200);
        saveShot(&window, shot(QStringLiteral("tables-postfix-dark")));
        window.setColorScheme(ColorScheme::Light);
    }

    // Sendmail's access map and qmail's tcp.smtp in the same tab (screenshots of each
    // MTA); qmail's Test Lookup runs tcprulescheck on the host.
    void sendmailAndQmail_data()
    {
        QTest::addColumn<QString>("lab");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("lookup");
        QTest::addColumn<QString>("answer");
        QTest::newRow("sendmail") << QStringLiteral("sendmail") << QStringLiteral("/etc/mail/access") << QString()
                                  << QString();
        QTest::newRow("qmail") << QStringLiteral("qmail") << QStringLiteral("/etc/tcp.smtp")
                               << QStringLiteral("127.0.0.3") << QStringLiteral("allow connection");
    }
    void sendmailAndQmail()
    {
        QFETCH(QString, lab);
        QFETCH(QString, table);
        QFETCH(QString, lookup);
        QFETCH(QString, answer);
        const auto labHostOf = labHost(lab, m_scratch);
        QVERIFY(labHostOf);
        HostProfile profile = labHostOf->profile;
        profile.name = QStringLiteral("lab-") + lab;
        HostProfileStore().save(profile);
        MainWindow window({});
        window.resize(1200, 760);
        window.show();
        QVERIFY(connectTo(window, profile.name));
        auto *page = window.findChild<TablesPage *>();
        QSignalSpy loaded(page, &TablesPage::tableLoaded);
        QVERIFY2(page->openTable(table), qPrintable(table));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        QVERIFY2(page->tableModel()->rowCount() > 0, qPrintable(page->statusText()));
        auto *button = page->findChild<QPushButton *>(QStringLiteral("testLookup"));
        QCOMPARE(button->isEnabled(), !lookup.isEmpty());
        if (!lookup.isEmpty()) {
            page->findChild<QLineEdit *>(QStringLiteral("lookupKey"))->setText(lookup);
            button->click();
            auto *result = page->findChild<QLabel *>(QStringLiteral("lookupResult"));
            QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(answer), 30000);
        }
        page->tableView()->selectRow(0);
        saveShot(&window, shot(QStringLiteral("tables-") + lab));

        // A comment typed into the first row's Comment cell (the delegate's
        // editor, committed with Tab) lands above that row on the host; emptied,
        // the file is back byte for byte.
        const ActiveHost host = window.activeHost()->current();
        auto read = [&host, &table] { // through sudo where the file is root's (Sendmail's access)
            const auto file = MtaFiles::load(*host.host, table);
            return file ? file->bytes : QByteArray("unreadable: ") + file.error().toString().toUtf8();
        };
        const QByteArray original = read();
        TableModel *model = page->tableModel();
        auto rowOf = [model](const QByteArray &key) {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->index(r, TableModel::Key).data().toString().toUtf8() == key)
                    return r;
            }
            return -1;
        };
        QByteArray key; // the first row without a comment
        for (int r = 0; r < model->rowCount() && key.isEmpty(); ++r) {
            if (model->index(r, TableModel::Comment).data().toString().isEmpty())
                key = model->index(r, TableModel::Key).data().toString().toUtf8();
        }
        QVERIFY(!key.isEmpty());
        const QModelIndex cell = model->index(rowOf(key), TableModel::Comment);
        page->tableView()->setCurrentIndex(cell);
        page->tableView()->edit(cell);
        auto *editor = page->tableView()->findChild<QPlainTextEdit *>(QStringLiteral("commentEditor"));
        QVERIFY(editor);
        const QString token = QStringLiteral("by the console %1").arg(QDateTime::currentMSecsSinceEpoch());
        editor->setPlainText(QStringLiteral("first line\n") + token);
        loaded.clear();
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        QVERIFY(rowOf(key) >= 0);
        QCOMPARE(model->index(rowOf(key), TableModel::Comment).data(Qt::EditRole).toString(),
            QStringLiteral("first line\n") + token);
        page->tableView()->selectRow(rowOf(key));
        saveShot(&window, shot(QStringLiteral("tables-comment-") + lab));
        QCOMPARE(apply(window, QStringLiteral("apply-comment-") + lab), ChangeSetRunner::Outcome::Applied);
        const QByteArray written = read();
        QVERIFY2(written.contains(QByteArray("# first line\n# " + token.toUtf8() + '\n' + key)), written.constData());
        QCOMPARE(written.size(), original.size() + 13 + 3 + token.toUtf8().size()); // only the two lines

        QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Ready, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(key) >= 0
                && model->index(rowOf(key), TableModel::Comment).data(Qt::EditRole).toString().endsWith(token),
            30000);
        loaded.clear();
        model->setData(model->index(rowOf(key), TableModel::Comment), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        QCOMPARE(apply(window, QStringLiteral("apply-uncomment-") + lab), ChangeSetRunner::Outcome::Applied);
        QCOMPARE(read(), original);
    }

    void refusedWhenTheFileChangedMeanwhile()
    {
        MainWindow window({});
        window.show();
        QVERIFY(connectTo(window, QStringLiteral("lab-postfix")));
        const ActiveHost host = window.activeHost()->current();
        auto *page = window.findChild<TablesPage *>();
        QString path;
        for (const CatalogueEntry &e : host.survey->catalogue) {
            if (e.path.endsWith(QLatin1String("/sender_access")))
                path = e.path;
        }
        QSignalSpy loaded(page, &TablesPage::tableLoaded);
        QVERIFY(page->openTable(path));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000); // may arrive before the call returns
        loaded.clear();
        QVERIFY(page->addRow(QStringLiteral("late@example.org"), QStringLiteral("REJECT")));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        // Someone else edits the file on the host after we loaded it.
        const QByteArray original = host.host->readFile(path).result().value_or(QByteArray());
        const QByteArray theirs = original + "someone@else.example REJECT\n";
        auto install = [&](const QByteArray &from, const QByteArray &to) {
            const auto sha
                = [](const QByteArray &b) { return QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex(); };
            return host.host
                ->run(Command {{host.host->fileHelper().toUtf8(), "install", "--sha256", sha(to), "--expect", sha(from),
                                   path.toUtf8()},
                    true, to, {}})
                .result();
        };
        const auto changed = install(original, theirs);
        QVERIFY2(changed && changed->succeeded(), changed ? changed->err.constData() : why(changed).constData());
        QCOMPARE(apply(window, QStringLiteral("apply-postfix-refused")), ChangeSetRunner::Outcome::Refused);
        // The edit is kept (the admin may revert it), the other change untouched.
        QVERIFY(window.pendingEdits()->hasEdits(host.name));
        QCOMPARE(host.host->readFile(path).result().value_or(QByteArray()), theirs);
        // put the lab back
        const auto back = install(theirs, original);
        QVERIFY(back && back->succeeded());
        window.pendingEdits()->clear(host.name);
    }
};

QTEST_MAIN(TestTablesTab)
#include "tst_tablestab.moc"
