// The Tests tab against the lab Postfix, as an admin uses it: the relay, TLS
// and exposure tests from this machine, the relay test again from inside
// the host on its own loopback, results as a tree with evidence and the SMTP
// transcript, JSON and HTML export, "Fix…" opening the tab that mends a
// finding, a chosen source address, and cancel.
// Screenshots: tests-*.png.
#include "guitesting.h"
#include "i18n.h"
#include "labhost.h"
#include "labsetup.h"
#include "mainwindow.h"
#include "pages/activehosttracker.h"
#include "probes/testspage.h"

#include "clirunner.h"
#include "colorscheme.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeView>

using namespace Mailwarden;
using namespace Mailwarden::Probes;
using namespace Mailwarden::Testing;

class TestTestsTab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    std::optional<LabHost> m_lab;
    QString m_suffix;

    QString shot(const QString &name) const { return name + m_suffix + QStringLiteral(".png"); }

    TestsPage *open(MainWindow &window)
    {
        window.resize(1400, 900);
        window.show();
        window.showPage(MainWindow::Page::Tests);
        auto *page = window.findChild<TestsPage *>();
        if (!page || !connectTo(window, QStringLiteral("lab-postfix")))
            return nullptr;
        page->setPort(m_lab->smtpPort);
        return page;
    }

    static bool runAndWait(TestsPage *page)
    {
        QSignalSpy finished(page, &TestsPage::runFinished);
        page->run();
        return finished.wait(180000) || !finished.isEmpty();
    }

    // The row of check \a id in group \a group of the tree.
    static QModelIndex findCheck(TestsPage *page, int group, const QString &title)
    {
        QStandardItemModel *model = page->model();
        const QModelIndex top = model->index(group, 0);
        for (int k = 0; k < model->rowCount(top); ++k) {
            const QModelIndex kind = model->index(k, 0, top);
            for (int c = 0; c < model->rowCount(kind); ++c)
                if (model->index(c, 0, kind).data().toString() == title)
                    return model->index(c, 0, kind);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_suffix = startTabTest(QStringLiteral("tst_teststab"));
        m_lab = labHost(QStringLiteral("postfix"), m_scratch);
        if (!m_lab)
            MW_SKIP_OR_FAIL(labProblem());
        QVERIFY(useLabHosts(m_scratch, {QStringLiteral("postfix")}));
    }

    void relayClosedFromBothSides()
    {
        MainWindow window({});
        TestsPage *page = open(window);
        QVERIFY(page);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(runAndWait(page));
        // From this machine (all three tests), then from inside the host (the relay test).
        QCOMPARE(page->reports().size(), 2);
        const ProbeReport &outside = page->reports()[0];
        const ProbeReport &inside = page->reports()[1];
        QVERIFY2(outside.connectionError.isEmpty(), qPrintable(outside.connectionError));
        QVERIFY2(inside.connectionError.isEmpty(), qPrintable(inside.connectionError));
        QVERIFY(outside.find(QStringLiteral("relay.open")));
        QCOMPARE(outside.find(QStringLiteral("relay.open"))->verdict, Verdict::Pass);
        QVERIFY(outside.find(QStringLiteral("tls.offered")));
        QVERIFY(outside.find(QStringLiteral("smtp.vrfy")));
        QVERIFY(inside.find(QStringLiteral("relay.open")));
        QCOMPARE(inside.via, QStringLiteral("lab-postfix"));
        QVERIFY(!inside.find(QStringLiteral("tls.offered"))); // the second vantage runs the relay test only
        QCOMPARE(page->model()->rowCount(), 2);
        QVERIFY(page->model()->rowCount(page->model()->index(0, 0)) == 3); // relay, TLS, exposure

        // The relay verdict's details: evidence and the SMTP transcript.
        const QModelIndex relay = findCheck(page, 0, outside.find(QStringLiteral("relay.open"))->title);
        QVERIFY(relay.isValid());
        page->view()->setCurrentIndex(relay);
        QVERIFY(page->detailsText().contains(QLatin1String("relay.open")));
        const QModelIndex banner = findCheck(page, 0, outside.find(QStringLiteral("smtp.banner"))->title);
        page->view()->setCurrentIndex(banner);
        QVERIFY2(page->detailsText().contains(QLatin1String("220")), qPrintable(page->detailsText()));
        saveShot(&window, shot(QStringLiteral("tests-postfix")));

        // Exports.
        const QString json = m_scratch.filePath(QStringLiteral("tests.json"));
        QString error;
        QVERIFY2(page->writeJson(json, &error), qPrintable(error));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(doc.value(QLatin1String("host")).toString(), QStringLiteral("lab-postfix"));
        const QJsonArray runs = doc.value(QLatin1String("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].toObject().value(QLatin1String("checks")).toArray().size(), outside.checks.size());
        const QString html = m_scratch.filePath(QStringLiteral("tests.html"));
        QVERIFY2(page->writeHtml(html, &error), qPrintable(error));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        QVERIFY(htmlFile.readAll().contains("<pre>"));
        const QString pdf = m_scratch.filePath(QStringLiteral("tests.pdf"));
        QVERIFY2(page->writePdf(pdf, &error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.readAll().startsWith("%PDF-"));
        // Its first page, rendered by pdftoppm (poppler-utils, in the build environment), for the screenshots.
        const QString pagePrefix = QStringLiteral(MW_BINARY_DIR "/screenshots/tests-report") + m_suffix;
        QProcess pdftoppm;
        pdftoppm.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-singlefile"), pdf,
                pagePrefix});
        QVERIFY2(pdftoppm.waitForFinished(60000) && pdftoppm.exitCode() == 0, pdftoppm.readAllStandardError());
        QVERIFY(!QImage(pagePrefix + QStringLiteral(".png")).isNull());

        // TLS depth: the suites of TLS 1.2, the lab's anonymous ones flagged; the groups; the chain.
        const CheckResult *suites = outside.find(QStringLiteral("tls.ciphers.1.2"));
        QVERIFY(suites && outside.find(QStringLiteral("tls.groups")) && outside.find(QStringLiteral("tls.cert.chain")));
        QCOMPARE(suites->verdict, Verdict::Warn);
        page->view()->setCurrentIndex(findCheck(page, 0, suites->title));
        QVERIFY2(page->detailsText().contains(QLatin1String("ECDHE-RSA-AES256-GCM-SHA384"))
                && page->detailsText().contains(QLatin1String("ADH-AES256-GCM-SHA384")),
            qPrintable(page->detailsText()));
        saveShot(&window, shot(QStringLiteral("tests-tls-suites")));

        // "Fix…" on a warned or failed check opens the tab that mends it.
        const CheckResult *finding = nullptr;
        for (const CheckResult &check : outside.checks)
            if ((check.verdict == Verdict::Warn || check.verdict == Verdict::Fail)
                && (check.id.startsWith(QLatin1String("smtp.")) || check.id.startsWith(QLatin1String("tls."))))
                finding = &check;
        if (finding) {
            page->view()->setCurrentIndex(findCheck(page, 0, finding->title));
            QVERIFY(page->fixButton()->isEnabled());
            page->fixButton()->click();
            QCOMPARE(window.workArea()->currentIndex(), int(MainWindow::Page::Privacy));
        } else {
            page->view()->setCurrentIndex(relay);
            QVERIFY(!page->fixButton()->isEnabled()); // a pass needs no fix
        }
    }

    // The lab's mynetworks is 127.0.0.2/32: widened to 127.0.0.0/8 (through the
    // CLI's transaction, reloaded), the relay is open for this machine and for
    // the host itself; set back afterwards.
    void relayOpensAfterMynetworksChange()
    {
        CliRunner cli;
        const CliRunner::Result added = cli.addHost(QStringLiteral("lab-postfix"), *m_lab);
        QVERIFY2(added.exitCode == 0, added.err.constData());
        auto setMynetworks = [&](const QString &value) {
            return cli.run({QStringLiteral("option"), QStringLiteral("set"), QStringLiteral("lab-postfix"),
                QStringLiteral("mynetworks"), value, QStringLiteral("--known-hosts"), m_lab->knownHostsFile});
        };
        const CliRunner::Result widened = setMynetworks(QStringLiteral("127.0.0.0/8"));
        QVERIFY2(widened.exitCode == 0, widened.err.constData());
        const auto restore = qScopeGuard([&] {
            const CliRunner::Result back = setMynetworks(QStringLiteral("127.0.0.2/32"));
            if (back.exitCode != 0)
                qWarning("mynetworks not restored: %s", back.err.constData());
        });
        MainWindow window({});
        TestsPage *page = open(window);
        QVERIFY(page);
        page->setKinds({ProbeKind::Relay});
        QVERIFY(runAndWait(page));
        QCOMPARE(page->reports().size(), 2);
        for (const ProbeReport &report : page->reports()) {
            const CheckResult *open = report.find(QStringLiteral("relay.open"));
            QVERIFY2(open, qPrintable(report.connectionError));
            QCOMPARE(open->verdict, Verdict::Fail);
        }
        const QModelIndex open = findCheck(page, 0, page->reports()[0].find(QStringLiteral("relay.open"))->title);
        page->view()->setCurrentIndex(open);
        QVERIFY(page->fixButton()->isEnabled());
        saveShot(&window, shot(QStringLiteral("tests-relay-open")));
        page->fixButton()->click();
        QCOMPARE(window.workArea()->currentIndex(), int(MainWindow::Page::Config));
    }

    void fromAChosenAddress()
    {
        MainWindow window({});
        TestsPage *page = open(window);
        QVERIFY(page);
        page->setVantage(TestsPage::Vantage::SourceAddress, QStringLiteral("127.0.0.3"));
        page->setKinds({ProbeKind::Relay});
        QVERIFY(runAndWait(page));
        QCOMPARE(page->reports().size(), 2);
        QVERIFY(page->reportLabels().first().contains(QLatin1String("127.0.0.3")));
        QVERIFY(page->reports().first().find(QStringLiteral("relay.open")));
        QCOMPARE(page->reports().first().find(QStringLiteral("relay.open"))->verdict, Verdict::Pass);
        saveShot(&window, shot(QStringLiteral("tests-source-address")));
    }

    void cancelStops()
    {
        MainWindow window({});
        TestsPage *page = open(window);
        QVERIFY(page);
        QSignalSpy finished(page, &TestsPage::runFinished);
        page->run();
        QVERIFY(page->isRunning());
        QTest::qWait(300);
        page->cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!page->isRunning());
        QTest::qWait(500); // nothing more arrives after the cancel
        QCOMPARE(finished.size(), 1);
    }

    void darkScheme()
    {
        applyColorScheme(*qApp, ColorScheme::Dark);
        MainWindow window({});
        TestsPage *page = open(window);
        QVERIFY(page);
        page->setKinds({ProbeKind::Tls, ProbeKind::Smtp});
        QVERIFY(runAndWait(page));
        QCOMPARE(page->reports().size(), 1);
        saveShot(&window, shot(QStringLiteral("tests-postfix-dark")));
        applyColorScheme(*qApp, ColorScheme::Light);
    }
};

QTEST_MAIN(TestTestsTab)
#include "tst_teststab.moc"
