// The hardening wizard walked on a weakened lab Postfix as an admin walks it:
// Host ▸ Harden…, the role, the audit with its evidence, the recommended fixes
// ticked, the preview, Apply, the verification (the audit again), the report
// as PDF and HTML; closed before "keep", it opens on its result again, and
// "Roll Back Everything" restores the weakened files byte for byte.
// Screenshots: hardening-*.png (light; the resumed result page dark).
#include "guitesting.h"
#include "hardeninglab.h"
#include "i18n.h"
#include "labhost.h"
#include "labsetup.h"
#include "mainwindow.h"

#include "colorscheme.h"
#include "hardening/applypages.h"
#include "hardening/findingsview.h"
#include "hardening/hardeningsession.h"
#include "hardening/hardeningwizard.h"
#include "mta/changeset.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Mailwarden;
using namespace Mailwarden::Hardening;
using namespace Mailwarden::Testing;

class TestHardeningWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    std::optional<LabHost> m_lab;
    std::unique_ptr<SshHost> m_host;
    std::optional<WeakenedHost> m_weak;
    QString m_suffix;

    QString shot(const QString &name) const { return name + m_suffix + QStringLiteral(".png"); }

    static HardeningWizard *openWizard(MainWindow &window)
    {
        if (!window.hardenAction()->isEnabled())
            return nullptr;
        window.hardenAction()->trigger();
        auto *wizard = window.findChild<HardeningWizard *>();
        if (wizard)
            wizard->resize(1100, 760);
        return wizard;
    }

    // Next, once the current page lets it (an audit or an apply runs first).
    static bool next(HardeningWizard *wizard, int timeoutMs = 180000)
    {
        if (!QTest::qWaitFor([wizard] { return wizard->currentPage()->isComplete(); }, timeoutMs))
            return false;
        const int before = wizard->currentId();
        wizard->next();
        return wizard->currentId() != before;
    }

    static QTreeWidgetItem *findRow(QTreeWidget *tree, const QString &rule)
    {
        for (int s = 0; s < tree->topLevelItemCount(); ++s)
            for (int r = 0; r < tree->topLevelItem(s)->childCount(); ++r)
                if (tree->topLevelItem(s)->child(r)->data(0, Qt::UserRole).toString() == rule)
                    return tree->topLevelItem(s)->child(r);
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_suffix = startTabTest(QStringLiteral("tst_hardeningwizard"));
        m_lab = labHost(QStringLiteral("postfix"), m_scratch);
        if (!m_lab)
            MW_SKIP_OR_FAIL(labProblem());
        QVERIFY(useLabHosts(m_scratch, {QStringLiteral("postfix")}));
        HardeningSession::remove(QStringLiteral("lab-postfix"));
        m_host = std::make_unique<SshHost>(m_lab->profile, m_lab->credentials(), m_lab->options());
        m_weak.emplace(*m_host, MtaKind::Postfix);
        const auto weakened = m_weak->weaken();
        QVERIFY2(!weakened, qPrintable(weakened.value_or(QString())));
    }

    void cleanupTestCase()
    {
        applyColorScheme(*qApp, ColorScheme::Light);
        if (!m_weak)
            return;
        const auto restored = m_weak->restore();
        QVERIFY2(!restored, qPrintable(restored.value_or(QString())));
    }

    void hardenVerifyAndReport()
    {
        MainWindow window({});
        window.resize(1200, 800);
        window.show();
        QVERIFY(!window.hardenAction()->isEnabled()); // no host yet
        QVERIFY(connectTo(window, QStringLiteral("lab-postfix")));
        HardeningWizard *wizard = openWizard(window);
        QVERIFY(wizard);
        QVERIFY(!wizard->resumed());
        QCOMPARE(wizard->currentId(), int(HardeningWizard::TargetPageId));

        // The role and the probes' source: 127.0.0.3 is outside the lab's mynetworks.
        wizard->findChild<QRadioButton *>(QStringLiteral("role-internal"))->setChecked(true);
        auto *source = wizard->findChild<QLineEdit *>(QStringLiteral("source"));
        source->setText(QStringLiteral("not an address"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(HardeningWizard::TargetPageId)); // refused, said why
        QVERIFY(!wizard->findChild<QLabel *>(QStringLiteral("targetError"))->text().isEmpty());
        source->setText(QStringLiteral("127.0.0.3"));
        saveShot(wizard, shot(QStringLiteral("hardening-1-role")));
        QVERIFY(next(wizard));

        // The audit: every weakness found, with evidence; the relay's transcript.
        QCOMPARE(wizard->currentId(), int(HardeningWizard::AuditPageId));
        QVERIFY(QTest::qWaitFor([wizard] { return wizard->currentPage()->isComplete(); }, 120000));
        const AuditReport &before = wizard->state().before;
        QCOMPARE(before.role, Role::Internal);
        for (const QString &rule : m_weak->weakRules())
            QVERIFY2(before.find(rule)->status == Status::Fail, qPrintable(rule));
        auto *findings = wizard->currentPage()->findChild<FindingsView *>();
        QTreeWidgetItem *relay = findRow(findings, QStringLiteral("relay.open"));
        QVERIFY(relay);
        findings->setCurrentItem(relay);
        QVERIFY(wizard->findChild<QPlainTextEdit *>(QStringLiteral("findingDetails"))
                ->toPlainText()
                .contains(QLatin1String("RCPT TO")));
        saveShot(wizard, shot(QStringLiteral("hardening-2-audit")));
        QVERIFY(next(wizard));

        // The fixes: the recommended ones ticked, one plan, what each changes.
        QCOMPARE(wizard->currentId(), int(HardeningWizard::FixesPageId));
        QCOMPARE(wizard->state().chosen, HardeningPlan::recommended(before));
        QVERIFY(wizard->state().chosen.contains(QStringLiteral("relay.mynetworks")));
        QVERIFY(wizard->state().plan);
        auto *fixes = wizard->findChild<QTreeWidget *>(QStringLiteral("fixes"));
        QTreeWidgetItem *vrfy = findRow(fixes, QStringLiteral("smtp.vrfy"));
        QVERIFY(vrfy);
        fixes->setCurrentItem(vrfy);
        QVERIFY(wizard->findChild<QTextBrowser *>(QStringLiteral("fixDetails"))
                ->toPlainText()
                .contains(QLatin1String("disable_vrfy_command = yes")));
        // unticking one builds the plan again without it; Back and Next again keep the ticks
        vrfy->setCheckState(0, Qt::Unchecked);
        QVERIFY(!wizard->state().chosen.contains(QStringLiteral("smtp.vrfy")));
        wizard->back();
        QCOMPARE(wizard->currentId(), int(HardeningWizard::AuditPageId));
        QVERIFY(next(wizard));
        vrfy = findRow(fixes, QStringLiteral("smtp.vrfy"));
        QVERIFY(vrfy);
        QCOMPARE(vrfy->checkState(0), Qt::Unchecked);
        QVERIFY(!wizard->state().chosen.contains(QStringLiteral("smtp.vrfy")));
        vrfy->setCheckState(0, Qt::Checked);
        QCOMPARE(wizard->state().chosen.size(), HardeningPlan::recommended(before).size());
        saveShot(wizard, shot(QStringLiteral("hardening-3-fixes")));
        QVERIFY(next(wizard));

        // One preview of every file; Apply is the commit button.
        QCOMPARE(wizard->currentId(), int(HardeningWizard::PreviewPageId));
        auto *files = wizard->findChild<QListWidget *>(QStringLiteral("previewFiles"));
        QCOMPARE(files->count(), 2); // main.cf and aliases, however many fixes
        QVERIFY(wizard->findChild<QPlainTextEdit *>(QStringLiteral("previewDiff"))
                ->toPlainText()
                .contains(QLatin1String("+disable_vrfy_command = yes")));
        saveShot(wizard, shot(QStringLiteral("hardening-4-preview")));
        QVERIFY(next(wizard));

        // Apply and verify.
        QCOMPARE(wizard->currentId(), int(HardeningWizard::ApplyPageId));
        QVERIFY(QTest::qWaitFor([wizard] { return wizard->currentPage()->isComplete(); }, 180000));
        const HardeningRecord &record = wizard->state().record;
        QVERIFY2(record.applied, qPrintable(record.transaction));
        QVERIFY(record.after);
        QVERIFY2(record.stillFailing().isEmpty(), qPrintable(record.stillFailing().join(QLatin1Char(' '))));
        QVERIFY(!record.after->hasHighFailure());
        saveShot(wizard, shot(QStringLiteral("hardening-5-apply")));
        // the lab refuses what it answered before (from a client the probes did not count)
        const QHostAddress outsider(QStringLiteral("127.0.0.4"));
        QCOMPARE(lastReplyCode(m_lab->smtpPort, outsider, {"VRFY alice"}), 502);
        QCOMPARE(
            lastReplyCode(m_lab->smtpPort, outsider, {"MAIL FROM:<a@example.org>", "RCPT TO:<b@example.net>"}) / 100,
            5);
        QVERIFY(next(wizard));

        // The result, and the report to file.
        QCOMPARE(wizard->currentId(), int(HardeningWizard::ResultPageId));
        QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("headline"))->text(),
            ResultPage::tr("Every fixed rule passes now (%1 failed before, %2 now).")
                .arg(record.before.failures())
                .arg(record.after->failures()));
        saveShot(wizard, shot(QStringLiteral("hardening-6-result")));
        const QString dir = QStringLiteral(MW_BINARY_DIR "/screenshots/");
        QString error;
        QVERIFY2(
            wizard->saveReport(dir + QStringLiteral("hardening-report") + m_suffix + QStringLiteral(".pdf"), &error),
            qPrintable(error));
        QVERIFY2(
            wizard->saveReport(dir + QStringLiteral("hardening-report") + m_suffix + QStringLiteral(".html"), &error),
            qPrintable(error));
        QFile pdf(dir + QStringLiteral("hardening-report") + m_suffix + QStringLiteral(".pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 10000);

        // Closed before keeping: the choice stays open.
        wizard->reject();
        QVERIFY(QFile::exists(HardeningSession::path(QStringLiteral("lab-postfix"))));
    }

    void resumeAndRollBack()
    {
        applyColorScheme(*qApp, ColorScheme::Dark);
        MainWindow window({});
        window.resize(1200, 800);
        window.show();
        QVERIFY(connectTo(window, QStringLiteral("lab-postfix")));
        HardeningWizard *wizard = openWizard(window);
        QVERIFY(wizard);
        QVERIFY(wizard->resumed());
        QCOMPARE(wizard->currentId(), int(HardeningWizard::ResultPageId));
        QVERIFY(wizard->state().record.applied);
        QVERIFY(wizard->state().record.after);
        saveShot(wizard, shot(QStringLiteral("hardening-7-resumed-dark")));

        auto *result = qobject_cast<ResultPage *>(wizard->currentPage());
        QVERIFY(result);
        result->rollBack();
        QVERIFY(QTest::qWaitFor([&] { return wizard->state().record.rolledBack || result->isComplete(); }, 120000));
        QVERIFY(QTest::qWaitFor([&] { return result->isComplete(); }, 120000));
        QVERIFY2(wizard->state().record.rolledBack,
            qPrintable(wizard->findChild<QLabel *>(QStringLiteral("resultStatus"))->text()));
        // the weakened files, byte for byte
        QCOMPARE(m_weak->read(WeakenedHost::postfixMainCf()), m_weak->weak(WeakenedHost::postfixMainCf()));
        QCOMPARE(m_weak->read(WeakenedHost::aliases()), m_weak->weak(WeakenedHost::aliases()));
        QVERIFY(!QFile::exists(HardeningSession::path(QStringLiteral("lab-postfix"))));
        QVERIFY(wizard->state().record.toText().contains(QLatin1String("Rolled back")) || !m_suffix.isEmpty());
        saveShot(wizard, shot(QStringLiteral("hardening-8-rolled-back-dark")));
        QCOMPARE(wizard->button(QWizard::FinishButton)->text(), ResultPage::tr("&Finish"));
        wizard->accept();
        applyColorScheme(*qApp, ColorScheme::Light);
    }

    // A plan the host refuses (main.cf would fail validation): the apply page
    // says nothing was changed, the result page too, main.cf is untouched.
    void refusedPlanChangesNothing()
    {
        MainWindow window({});
        window.resize(1200, 800);
        window.show();
        QVERIFY(connectTo(window, QStringLiteral("lab-postfix")));
        HardeningWizard *wizard = openWizard(window);
        QVERIFY(wizard);
        wizard->findChild<QLineEdit *>(QStringLiteral("source"))->setText(QStringLiteral("127.0.0.3"));
        QVERIFY(next(wizard)); // audit
        QVERIFY(next(wizard)); // fixes
        QCOMPARE(wizard->currentId(), int(HardeningWizard::FixesPageId));
        const QByteArray before = m_weak->read(WeakenedHost::postfixMainCf()).value_or(QByteArray());
        ChangeSet broken(MtaKind::Postfix, QStringLiteral("broken"));
        broken.addFile(
            {WeakenedHost::postfixMainCf(), QString(), {}, before, before + "this line has no equals sign\n"});
        wizard->state().plan->changes = broken;
        QVERIFY(next(wizard)); // preview
        QVERIFY(next(wizard)); // apply
        QVERIFY(QTest::qWaitFor([wizard] { return wizard->currentPage()->isComplete(); }, 120000));
        QVERIFY(!wizard->state().record.applied);
        QVERIFY(wizard->state().record.transaction.contains(QLatin1String("postfix check")));
        QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("applyStatus"))->text(),
            ApplyPage::tr("A step failed and everything was rolled back: %1 is as it was.")
                .arg(QStringLiteral("lab-postfix")));
        QCOMPARE(m_weak->read(WeakenedHost::postfixMainCf()), std::optional(before));
        saveShot(wizard, shot(QStringLiteral("hardening-9-refused")));
        QVERIFY(next(wizard));
        QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("headline"))->text(),
            ResultPage::tr("Nothing was changed on %1.").arg(QStringLiteral("lab-postfix")));
        QCOMPARE(wizard->button(QWizard::FinishButton)->text(), ResultPage::tr("&Finish"));
        wizard->accept();
        QVERIFY(!QFile::exists(HardeningSession::path(QStringLiteral("lab-postfix"))));
    }
};

QTEST_MAIN(TestHardeningWizard)
#include "tst_hardeningwizard.moc"
