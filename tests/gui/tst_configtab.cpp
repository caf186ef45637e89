// The Config tab's raw editor against the lab hosts, as an admin uses it: type
// into main.cf, undo and redo, apply, and see a real SMTP client greeted by the
// new banner; a line Postfix cannot read is underlined and Apply refuses it; an
// edit Postfix rejects (`postfix check`) is rolled back in view and main.cf is
// left byte for byte; Sendmail's .mc and generated .cf; qmail's smtpgreeting
// edited and seen live. Screenshots: config-*.png, apply-config-*.png.
#include "changes/applydialog.h"
#include "changes/pendingedits.h"
#include "config/codeeditor.h"
#include "config/configpage.h"
#include "config/findbar.h"
#include "config/masterform.h"
#include "config/postfixform.h"
#include "config/postfixparametermodel.h"
#include "config/qmailcontrolform.h"
#include "config/sendmailmcform.h"
#include "guitesting.h"
#include "hostactions.h"
#include "i18n.h"
#include "labhost.h"
#include "labsetup.h"
#include "mainwindow.h"
#include "pages/activehosttracker.h"

#include "colorscheme.h"
#include "mta/mtasurvey.h"
#include "remote/hostprofilestore.h"
#include "remote/sshhost.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTextBlock>
#include <QUndoStack>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

namespace {

// The greeting line a client connecting from 127.0.0.3 gets.
QByteArray greeting(quint16 port)
{
    QTcpSocket socket;
    socket.bind(QHostAddress(QStringLiteral("127.0.0.3")));
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return {};
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(10000))
            return {};
    const QByteArray line = socket.readLine().trimmed();
    socket.write("QUIT\r\n");
    socket.waitForBytesWritten(2000);
    return line;
}

} // namespace

class TestConfigTab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    std::optional<LabHost> m_lab;
    QString m_suffix;

    QString shot(const QString &name) const { return name + m_suffix + QStringLiteral(".png"); }

    // Edit ▸ Apply Changes…, Apply pressed (when the dialog lets it): the outcome.
    ChangeSetRunner::Outcome apply(MainWindow &window, const QString &shotPrefix, QString *status = nullptr)
    {
        return applyInDialog(
            window.applyAction(), [&](const QString &stage) { return shot(shotPrefix + u'-' + stage); }, status);
    }

    // Connects \a window to the lab host \a profile and opens \a path in the Config tab.
    ConfigPage *open(MainWindow &window, const QString &profile, const QString &path)
    {
        window.resize(1200, 760);
        window.show();
        window.showPage(MainWindow::Page::Config);
        auto *page = window.findChild<ConfigPage *>();
        if (!connectTo(window, profile))
            return nullptr;
        QSignalSpy loaded(page, &ConfigPage::fileLoaded);
        if (!page->openFile(path) || !QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 30000)) {
            qWarning("%s did not load: %s", qPrintable(path), qPrintable(page->statusText()));
            return nullptr;
        }
        return page;
    }

    // Key by key, as typed (QTest::keyClicks knows no Return).
    static void type(CodeEditor *editor, const QString &text)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(editor, Qt::Key_Return);
            QTest::keyClicks(editor, lines.at(i));
        }
    }
    static void typeAtEnd(CodeEditor *editor, const QString &text)
    {
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        type(editor, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // LANG=de_DE (ctest configtab-de): the same run in German, screenshots named *-de.png.
        m_suffix = startTabTest(QStringLiteral("tst_configtab"));
        m_lab = labHost(QStringLiteral("postfix"), m_scratch);
        if (!m_lab)
            MW_SKIP_OR_FAIL(labProblem());
        QVERIFY(
            useLabHosts(m_scratch, {QStringLiteral("postfix"), QStringLiteral("sendmail"), QStringLiteral("qmail")}));
    }

    void typeUndoApplyAndSeeTheBanner()
    {
        MainWindow window({});
        ConfigPage *page = open(window, QStringLiteral("lab-postfix"), QStringLiteral("/etc/postfix/main.cf"));
        QVERIFY(page);
        const ActiveHost host = window.activeHost()->current();
        const QByteArray original = host.host->readFile(QStringLiteral("/etc/postfix/main.cf")).result().value_or("?");
        QVERIFY(original.endsWith('\n'));
        CodeEditor *editor = page->editor();
        QCOMPARE(editor->toPlainText().toUtf8(), original);
        QCOMPARE(editor->definitionName(), QStringLiteral("Postfix main.cf")); // ours, not TOML
        QVERIFY(!editor->isReadOnly());
        QVERIFY(!greeting(m_lab->smtpPort).contains("edited-in-console"));

        // Typing, then a pause: one pending edit, undoable from Edit ▸ Undo.
        const QByteArray line = "smtpd_banner = $myhostname ESMTP edited-in-console\n";
        typeAtEnd(editor, QString::fromUtf8(line));
        PendingEdits *edits = window.pendingEdits();
        QTRY_VERIFY_WITH_TIMEOUT(edits->hasEdits(host.name), 5000);
        QCOMPARE(edits->file(host.name, QStringLiteral("/etc/postfix/main.cf"))->after, original + line);
        QCOMPARE(edits->file(host.name, QStringLiteral("/etc/postfix/main.cf"))->before, original);
        // a slow machine may split the typing into several pauses: undo them all, redo them all
        QUndoStack *undo = edits->undoStack(host.name);
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(editor->toPlainText().toUtf8(), original);
        QVERIFY(!edits->hasEdits(host.name));
        while (undo->canRedo())
            undo->redo();
        QCOMPARE(editor->toPlainText().toUtf8(), original + line);

        // Find puts the cursor on the match.
        page->findBar()->showFind();
        page->findBar()->findField()->setText(QStringLiteral("smtpd_banner"));
        QVERIFY(page->findBar()->findNext());
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("smtpd_banner"));
        QCOMPARE(editor->textCursor().blockNumber() + 1, int(original.count('\n')) + 1);
        saveShot(&window, shot(QStringLiteral("config-postfix")));
        page->findBar()->hide();

        QCOMPARE(apply(window, QStringLiteral("apply-config-postfix")), ChangeSetRunner::Outcome::Applied);
        QVERIFY(greeting(m_lab->smtpPort).contains("ESMTP edited-in-console"));
        QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Ready, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(editor->toPlainText().toUtf8(), original + line, 30000);

        // Delete the line again as an admin would: the file is back byte for byte.
        QTextCursor cursor(editor->document()->lastBlock().previous());
        cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor);
        editor->setTextCursor(cursor);
        QTest::keyClick(editor, Qt::Key_Delete);
        QCOMPARE(editor->toPlainText().toUtf8(), original);
        QCOMPARE(apply(window, QStringLiteral("apply-config-postfix-back")), ChangeSetRunner::Outcome::Applied);
        QCOMPARE(host.host->readFile(QStringLiteral("/etc/postfix/main.cf")).result().value_or("?"), original);
        QVERIFY(!greeting(m_lab->smtpPort).contains("edited-in-console"));

        window.setColorScheme(ColorScheme::Dark);
        QTest::qWait(200);
        saveShot(&window, shot(QStringLiteral("config-postfix-dark")));
        window.setColorScheme(ColorScheme::Light);
    }

    // A line without "=" stops Postfix ("missing '=' after attribute name"): our
    // parser says so on the line, and Apply refuses before anything is written.
    void unreadableLineIsRefused()
    {
        MainWindow window({});
        ConfigPage *page = open(window, QStringLiteral("lab-postfix"), QStringLiteral("/etc/postfix/main.cf"));
        QVERIFY(page);
        const ActiveHost host = window.activeHost()->current();
        CodeEditor *editor = page->editor();
        const int lines = editor->blockCount();
        QSignalSpy checked(page, &ConfigPage::checked);
        typeAtEnd(editor, QStringLiteral("smtpd_banner mailhost\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->problems().isEmpty(), 5000);
        QVERIFY2(page->problems().first().contains(QString::number(lines)), qPrintable(page->problems().first()));
        QVERIFY(!editor->findingsOn(lines).isEmpty());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        editor->ensureCursorVisible(); // the problems list took some of its height
        saveShot(&window, shot(QStringLiteral("config-postfix-error")));
        QString status;
        QCOMPARE(apply(window, QStringLiteral("apply-config-refused"), &status), ChangeSetRunner::Outcome::Refused);
        QVERIFY2(status.contains(QStringLiteral("main.cf:%1").arg(lines)), qPrintable(status));
        window.pendingEdits()->clear(host.name);
        QTRY_COMPARE_WITH_TIMEOUT(editor->blockCount(), lines, 5000);
    }

    // message_size_limit = banana parses, but `postfix check` refuses it: the
    // ChangeSet rolls back in view, main.cf stays as it was, the edit is kept.
    void rejectedEditIsRolledBackInView()
    {
        MainWindow window({});
        ConfigPage *page = open(window, QStringLiteral("lab-postfix"), QStringLiteral("/etc/postfix/main.cf"));
        QVERIFY(page);
        const ActiveHost host = window.activeHost()->current();
        const QByteArray original = host.host->readFile(QStringLiteral("/etc/postfix/main.cf")).result().value_or("?");
        QVERIFY(original.contains("\nmessage_size_limit = 20480000\n"));
        FindBar *find = page->findBar();
        find->showReplace();
        find->findField()->setText(QStringLiteral("message_size_limit = 20480000"));
        find->replaceField()->setText(QStringLiteral("message_size_limit = banana"));
        QCOMPARE(find->replaceAll(), 1);
        saveShot(&window, shot(QStringLiteral("config-postfix-replace")));
        QCOMPARE(apply(window, QStringLiteral("apply-config-rolledback")), ChangeSetRunner::Outcome::RolledBack);
        QCOMPARE(host.host->readFile(QStringLiteral("/etc/postfix/main.cf")).result().value_or("?"), original);
        QVERIFY(window.pendingEdits()->hasEdits(host.name));
        // the view keeps the refused edit to fix or revert
        QVERIFY(page->editor()->toPlainText().contains(QLatin1String("message_size_limit = banana")));
        QVERIFY(window.applyAction()->isEnabled());
        QVERIFY(!greeting(m_lab->smtpPort).isEmpty()); // still serving
        window.pendingEdits()->clear(host.name);
    }

    // The main.cf form: a number and a restriction order changed through its
    // controls; every other line of main.cf stays byte for byte; postconf on
    // the host reads the new values after Apply; a table links to the Tables tab.
    void formChangesOnlyItsLines()
    {
        MainWindow window({});
        ConfigPage *page = open(window, QStringLiteral("lab-postfix"), QStringLiteral("/etc/postfix/main.cf"));
        QVERIFY(page);
        const ActiveHost host = window.activeHost()->current();
        const QByteArray original = host.host->readFile(QStringLiteral("/etc/postfix/main.cf")).result().value_or("?");
        page->showForm(true);
        QVERIFY(page->isShowingForm());
        PostfixForm *form = page->postfixForm();
        QVERIFY(form->isVisible());
        QAbstractItemModelTester tester(form->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // only what this Postfix knows, plus what main.cf sets
        QVERIFY(form->model()->parameter("smtpd_relay_restrictions"));
        QVERIFY(!form->model()->parameter("no_such_parameter_anywhere"));
        const auto pendingMainCf = [&] {
            const auto change = window.pendingEdits()->file(host.name, QStringLiteral("/etc/postfix/main.cf"));
            return change ? change->after : QByteArray();
        };

        QVERIFY(form->select("message_size_limit"));
        auto *number = form->findChild<QLineEdit *>(QStringLiteral("numberValue"));
        QVERIFY(number->isVisible());
        number->setText(QStringLiteral("30720000"));
        QTest::keyClick(number, Qt::Key_Return);
        QTRY_VERIFY(pendingMainCf().contains("message_size_limit = 30720000\n"));

        QVERIFY(form->select("smtpd_helo_restrictions"));
        QCOMPARE(form->restrictionEntries(),
            (QStringList {QStringLiteral("permit_mynetworks"),
                QStringLiteral("check_helo_access hash:/etc/postfix/helo_access"),
                QStringLiteral("reject_invalid_helo_hostname")}));
        form->findChild<QListWidget *>(QStringLiteral("restrictions"))->setCurrentRow(2);
        form->findChild<QPushButton *>(QStringLiteral("restrictionUp"))->click();
        QTRY_VERIFY(pendingMainCf().contains("smtpd_helo_restrictions = permit_mynetworks, "
                                             "reject_invalid_helo_hostname, check_helo_access "
                                             "hash:/etc/postfix/helo_access\n"));
        QCOMPARE(form->restrictionEntries().at(1), QStringLiteral("reject_invalid_helo_hostname"));

        // Every other line as it was.
        const QList<QByteArray> before = original.split('\n'), after = pendingMainCf().split('\n');
        QCOMPARE(after.size(), before.size());
        QStringList changed;
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (before[i] != after[i])
                changed.append(QString::fromUtf8(after[i].left(after[i].indexOf(' '))));
        }
        QCOMPARE(
            changed, (QStringList {QStringLiteral("message_size_limit"), QStringLiteral("smtpd_helo_restrictions")}));
        // the raw text shows the form's edits
        page->showForm(false);
        QCOMPARE(page->editor()->toPlainText().toUtf8(), pendingMainCf());
        page->showForm(true);
        QVERIFY(form->select("transport_maps"));
        saveShot(&window, shot(QStringLiteral("config-form-postfix")));
        window.setColorScheme(ColorScheme::Dark);
        QTest::qWait(200);
        saveShot(&window, shot(QStringLiteral("config-form-postfix-dark")));
        window.setColorScheme(ColorScheme::Light);

        QCOMPARE(apply(window, QStringLiteral("apply-config-form")), ChangeSetRunner::Outcome::Applied);
        const auto postconf = [&](const QByteArray &name) {
            const auto r = window.activeHost()
                               ->current()
                               .host->run(Command {{"/usr/sbin/postconf", "-h", name}, false, {}, {}})
                               .result();
            return r && r->succeeded() ? r->out.trimmed() : QByteArray("?");
        };
        QCOMPARE(postconf("message_size_limit"), QByteArray("30720000"));
        QCOMPARE(postconf("smtpd_helo_restrictions"),
            QByteArray(
                "permit_mynetworks, reject_invalid_helo_hostname, check_helo_access hash:/etc/postfix/helo_access"));

        // A table in the form opens in the Tables tab.
        QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Ready, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(
            form->select("transport_maps") && form->findChild<QLabel *>(QStringLiteral("tables"))->isVisible(), 30000);
        Q_EMIT form->findChild<QLabel *>(QStringLiteral("tables"))
            ->linkActivated(QStringLiteral("/etc/postfix/transport"));
        QCOMPARE(window.workArea()->currentIndex(), int(MainWindow::Page::Tables));
        window.showPage(MainWindow::Page::Config);

        // Back to the original bytes.
        const ActiveHost again = window.activeHost()->current();
        FileChange back {QStringLiteral("/etc/postfix/main.cf"), QStringLiteral("postfix-main"), {},
            again.host->readFile(QStringLiteral("/etc/postfix/main.cf")).result().value_or("?"), original};
        window.pendingEdits()->edit(again.name, back, QStringLiteral("put the lab back"));
        QCOMPARE(apply(window, QStringLiteral("apply-config-form-back")), ChangeSetRunner::Outcome::Applied);
        QCOMPARE(again.host->readFile(QStringLiteral("/etc/postfix/main.cf")).result().value_or("?"), original);
        QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Ready, 60000);
    }

    // master.cf's form: a commented-out service switched on is uncommented
    // where it stands (not appended again) and a field changed in place;
    // postconf -M on the host sees both; then the file is put back.
    void masterCfForm()
    {
        const QString path = QStringLiteral("/etc/postfix/master.cf");
        MainWindow window({});
        ConfigPage *page = open(window, QStringLiteral("lab-postfix"), path);
        QVERIFY(page);
        const ActiveHost host = window.activeHost()->current();
        const QByteArray original = host.host->readFile(path).result().value_or("?");
        QVERIFY(original.contains("\n#tlsproxy  unix"));
        page->showForm(true);
        MasterForm *form = page->masterForm();
        QVERIFY(form->isVisible());
        QAbstractItemModelTester tester(form->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto row = [&](const QByteArray &name, const QByteArray &type) {
            const QList<PostfixService> services = form->model()->services();
            for (int r = 0; r < services.size(); ++r) {
                if (services[r].name == name && services[r].type == type)
                    return r;
            }
            return -1;
        };
        const auto pending = [&] {
            const auto change = window.pendingEdits()->file(host.name, path);
            return change ? change->after : QByteArray();
        };
        MasterServiceModel *model = form->model();
        QVERIFY(model->setData(model->index(row("tlsproxy", "unix"), 0), Qt::Checked, Qt::CheckStateRole));
        QByteArray expected = original;
        expected.replace("\n#tlsproxy  unix", "\ntlsproxy  unix");
        QTRY_COMPARE(pending(), expected);
        QVERIFY(model->setData(model->index(row("pickup", "unix"), MasterServiceModel::Wakeup), QStringLiteral("30")));
        QTRY_VERIFY(pending().contains("\npickup    unix  n       -       y       30      1       pickup\n"));
        QCOMPARE(pending().size(), original.size() - 1); // one '#' less, 60 and 30 alike
        QVERIFY(form->select("tlsproxy", "unix"));
        saveShot(&window, shot(QStringLiteral("config-form-master")));

        QCOMPARE(apply(window, QStringLiteral("apply-config-master")), ChangeSetRunner::Outcome::Applied);
        const auto postconfM = [&](const QByteArray &service) {
            const auto r = window.activeHost()
                               ->current()
                               .host->run(Command {{"/usr/sbin/postconf", "-M", service}, false, {}, {}})
                               .result();
            return r && r->succeeded() ? r->out.simplified() : QByteArray("?");
        };
        QCOMPARE(postconfM("tlsproxy/unix"), QByteArray("tlsproxy unix - - y - 0 tlsproxy"));
        QCOMPARE(postconfM("pickup/unix"), QByteArray("pickup unix n - y 30 1 pickup"));

        QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Ready, 60000);
        const ActiveHost again = window.activeHost()->current();
        FileChange back {
            path, QStringLiteral("postfix-master"), {}, again.host->readFile(path).result().value_or("?"), original};
        window.pendingEdits()->edit(again.name, back, QStringLiteral("put the lab back"));
        QCOMPARE(apply(window, QStringLiteral("apply-config-master-back")), ChangeSetRunner::Outcome::Applied);
        QCOMPARE(again.host->readFile(path).result().value_or("?"), original);
        QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Ready, 60000);
    }

    void sendmailMcAndGeneratedCf()
    {
        MainWindow window({});
        ConfigPage *page = open(window, QStringLiteral("lab-sendmail"), QStringLiteral("/etc/mail/sendmail.mc"));
        QVERIFY(page);
        QCOMPARE(page->editor()->definitionName(), QStringLiteral("Sendmail m4 config"));
        QVERIFY(!page->editor()->isReadOnly());
        QVERIFY(page->editor()->toPlainText().contains(QLatin1String("FEATURE(")));
        saveShot(&window, shot(QStringLiteral("config-sendmail")));
        QSignalSpy loaded(page, &ConfigPage::fileLoaded);
        QVERIFY(page->openFile(QStringLiteral("/etc/mail/sendmail.cf")));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        QCOMPARE(page->editor()->definitionName(), QStringLiteral("Sendmail cf"));
        QVERIFY(page->editor()->isReadOnly());
        auto *unlock = page->findChild<QPushButton *>(QStringLiteral("editAnyway"));
        QVERIFY(unlock->isVisible());
        saveShot(&window, shot(QStringLiteral("config-sendmail-cf")));
        unlock->click();
        QVERIFY(!page->editor()->isReadOnly());
    }

    // qmail-smtpd reads control/smtpgreeting on every connection.
    // sendmail.mc's form: a define set through it; Apply rebuilds sendmail.cf
    // with m4, which then carries the option; the .mc otherwise as it was.
    void sendmailMcForm()
    {
        const QString path = QStringLiteral("/etc/mail/sendmail.mc");
        MainWindow window({});
        ConfigPage *page = open(window, QStringLiteral("lab-sendmail"), path);
        QVERIFY(page);
        const ActiveHost host = window.activeHost()->current();
        const QByteArray original = host.host->readFile(path).result().value_or("?");
        page->showForm(true);
        SendmailMcForm *form = page->sendmailForm();
        QVERIFY(form->isVisible());
        QVERIFY(form->features().contains(QStringLiteral("access_db")));
        QVERIFY(!form->defines().join(QLatin1Char(' ')).contains(QLatin1String("confMAX_DAEMON_CHILDREN")));
        form->findChild<QComboBox *>(QStringLiteral("defineName"))
            ->setCurrentText(QStringLiteral("confMAX_DAEMON_CHILDREN"));
        auto *value = form->findChild<QLineEdit *>(QStringLiteral("defineValue"));
        value->setText(QStringLiteral("20"));
        QTest::keyClick(value, Qt::Key_Return);
        QTRY_VERIFY(window.pendingEdits()->hasEdits(host.name));
        const QByteArray after = window.pendingEdits()->file(host.name, path)->after;
        // one line more, the others as they were
        QList<QByteArray> lines = after.split('\n');
        QCOMPARE(lines.removeAll("define(`confMAX_DAEMON_CHILDREN', `20')dnl"), 1);
        QCOMPARE(lines, original.split('\n'));
        QVERIFY(form->defines().contains(QStringLiteral("confMAX_DAEMON_CHILDREN=20")));
        saveShot(&window, shot(QStringLiteral("config-form-sendmail")));

        QCOMPARE(apply(window, QStringLiteral("apply-config-sendmail-form")), ChangeSetRunner::Outcome::Applied);
        const QByteArray cf = window.activeHost()
                                  ->current()
                                  .host->readFile(QStringLiteral("/etc/mail/sendmail.cf"))
                                  .result()
                                  .value_or("?");
        QVERIFY2(cf.contains("\nO MaxDaemonChildren=20\n"), "sendmail.cf was not rebuilt from the .mc");

        QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Ready, 60000);
        const ActiveHost again = window.activeHost()->current();
        FileChange back {
            path, QStringLiteral("sendmail-mc"), {}, again.host->readFile(path).result().value_or("?"), original};
        window.pendingEdits()->edit(again.name, back, QStringLiteral("put the lab back"));
        QCOMPARE(apply(window, QStringLiteral("apply-config-sendmail-form-back")), ChangeSetRunner::Outcome::Applied);
        QCOMPARE(again.host->readFile(path).result().value_or("?"), original);
        QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Ready, 60000);
    }

    // sendmail.cf edited by hand (here through a pending edit, as Edit Anyway
    // makes one) is made from sendmail.mc again with Rebuild sendmail.cf…: the
    // hand edit is gone, the rest is what it was but for m4's "built by … in DIR" stamp.
    void sendmailRebuildCf()
    {
        const QString cfPath = QStringLiteral("/etc/mail/sendmail.cf");
        MainWindow window({});
        ConfigPage *page = open(window, QStringLiteral("lab-sendmail"), cfPath);
        QVERIFY(page);
        auto *rebuild = page->findChild<QPushButton *>(QStringLiteral("rebuildCf"));
        QVERIFY(rebuild && rebuild->isVisible());
        const ActiveHost host = window.activeHost()->current();
        const auto read = [&window, &cfPath] {
            return window.activeHost()->current().host->readFile(cfPath).result().value_or("?");
        };
        const QByteArray original = read();
        QVERIFY(original.contains("\nO "));
        const QByteArray handEdited = QByteArray(original).append("O MaxDaemonChildren=33\n");
        window.pendingEdits()->edit(host.name, {cfPath, QStringLiteral("sendmail-cf"), {}, original, handEdited},
            QStringLiteral("a hand edit"));
        // pending edits first: the rebuild starts from the host's files
        rebuild->click();
        QVERIFY2(page->statusText().contains(host.name), qPrintable(page->statusText())); // "apply or revert first"
        QCOMPARE(apply(window, QStringLiteral("apply-config-sendmail-handedit")), ChangeSetRunner::Outcome::Applied);
        QCOMPARE(read(), handEdited);
        QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Ready, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QPushButton *>(QStringLiteral("rebuildCf"))->isVisible(), 30000);

        QCOMPARE(applyInDialog([rebuild] { rebuild->click(); },
                     [&](const QString &stage) { return shot(QStringLiteral("config-rebuild-cf-") + stage); }),
            ChangeSetRunner::Outcome::Applied);
        const QByteArray rebuilt = read();
        QVERIFY(!rebuilt.contains("MaxDaemonChildren=33"));
        const auto withoutStamp = [](const QByteArray &cf) {
            QByteArrayList lines = cf.split('\n');
            lines.removeIf(
                [](const QByteArray &l) { return l.startsWith("##### built by") || l.startsWith("##### in "); });
            return lines;
        };
        QCOMPARE(withoutStamp(rebuilt), withoutStamp(original));
        QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Ready, 60000);
    }

    // qmail's control files as one form: a missing file (timeoutsmtpd) is
    // created with the value typed, then removed again with Use Default, so
    // qmail's default applies once more; a value typed back is no edit.
    void qmailControlForm()
    {
        MainWindow window({});
        ConfigPage *page = open(window, QStringLiteral("lab-qmail"), QStringLiteral("/var/qmail/control/me"));
        QVERIFY(page);
        const ActiveHost host = window.activeHost()->current();
        const QString timeout = QStringLiteral("/var/qmail/control/timeoutsmtpd");
        QVERIFY(!host.host->readFile(timeout).result()); // qmail's default (1200 s) applies
        page->showForm(true);
        QmailControlForm *form = page->qmailForm();
        QVERIFY(form->isVisible());
        const auto field = [&](const char *name) {
            return form->findChild<QLineEdit *>(QStringLiteral("value-") + QLatin1String(name));
        };
        QTRY_VERIFY_WITH_TIMEOUT(field("timeoutsmtpd") && field("timeoutsmtpd")->isEnabled(), 30000);
        QVERIFY(form->valueShown("timeoutsmtpd").isEmpty());
        const QString databytes = form->valueShown("databytes");
        QVERIFY(!databytes.isEmpty());

        form->enter("databytes", QStringLiteral("12345"));
        QTRY_VERIFY(window.pendingEdits()->file(host.name, QStringLiteral("/var/qmail/control/databytes")));
        form->enter("databytes", databytes); // typed back: no edit left
        QTRY_VERIFY(!window.pendingEdits()->file(host.name, QStringLiteral("/var/qmail/control/databytes")));

        form->enter("timeoutsmtpd", QStringLiteral("600"));
        QTRY_VERIFY(window.pendingEdits()->file(host.name, timeout));
        QVERIFY(window.pendingEdits()->file(host.name, timeout)->absentBefore);
        QCOMPARE(window.pendingEdits()->file(host.name, timeout)->after, QByteArray("600\n"));
        // the form shows the pending value, with Use Default to take it back
        QTRY_COMPARE(form->valueShown("timeoutsmtpd"), QStringLiteral("600"));
        QVERIFY(form->findChild<QPushButton *>(QStringLiteral("default-timeoutsmtpd")));
        saveShot(&window, shot(QStringLiteral("config-form-qmail")));
        QCOMPARE(apply(window, QStringLiteral("apply-config-qmail-form")), ChangeSetRunner::Outcome::Applied);
        QCOMPARE(host.host->readFile(timeout).result().value_or("?"), QByteArray("600\n"));

        QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Ready, 60000);
        const auto useDefault = [&] { return form->findChild<QPushButton *>(QStringLiteral("default-timeoutsmtpd")); };
        QTRY_VERIFY_WITH_TIMEOUT(useDefault() && useDefault()->isEnabled(), 30000);
        useDefault()->click();
        QTRY_VERIFY(window.pendingEdits()->file(host.name, timeout));
        QVERIFY(window.pendingEdits()->file(host.name, timeout)->absentAfter);
        QCOMPARE(apply(window, QStringLiteral("apply-config-qmail-form-back")), ChangeSetRunner::Outcome::Applied);
        QVERIFY(!window.activeHost()->current().host->readFile(timeout).result());
        QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Ready, 60000);
    }

    void qmailGreeting()
    {
        const auto qmail = labHost(QStringLiteral("qmail"), m_scratch);
        QVERIFY(qmail);
        MainWindow window({});
        const QString path = QStringLiteral("/var/qmail/control/smtpgreeting");
        ConfigPage *page = open(window, QStringLiteral("lab-qmail"), path);
        QVERIFY(page);
        const ActiveHost host = window.activeHost()->current();
        const QByteArray original = host.host->readFile(path).result().value_or("?");
        QCOMPARE(page->editor()->toPlainText().toUtf8(), original);
        QCOMPARE(page->editor()->definitionName(), QStringLiteral("qmail control"));
        const QByteArray greetingText = qmail->fqdn.toUtf8() + " greeted-by-console";
        page->editor()->selectAll();
        type(page->editor(), QString::fromUtf8(greetingText + '\n'));
        page->commitEdits();
        saveShot(&window, shot(QStringLiteral("config-qmail")));
        QCOMPARE(apply(window, QStringLiteral("apply-config-qmail")), ChangeSetRunner::Outcome::Applied);
        QCOMPARE(greeting(qmail->smtpPort), "220 " + greetingText + " ESMTP");
        QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Ready, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(page->editor()->toPlainText().toUtf8(), greetingText + '\n', 30000);
        page->editor()->selectAll();
        type(page->editor(), QString::fromUtf8(original));
        page->commitEdits();
        QCOMPARE(apply(window, QStringLiteral("apply-config-qmail-back")), ChangeSetRunner::Outcome::Applied);
        QCOMPARE(host.host->readFile(path).result().value_or("?"), original);
    }
};

QTEST_MAIN(TestConfigTab)
#include "tst_configtab.moc"
