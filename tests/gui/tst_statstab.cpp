// The Statistics tab against the lab Postfix, as an admin uses it: mail is
// sent through the host, the dashboard's figures for a snapshot of its log
// equal `mailwarden-cli stats --json` for the same file, the exports are
// valid (CSV read back, PNG and SVG charts, the PDF report rendered with
// pdftoppm), the live chart rises while messages are sent, and cancelling a
// long read stops it on the host at once.
// Screenshots: stats-*.png.
#include "guitesting.h"
#include "i18n.h"
#include "labhost.h"
#include "labsetup.h"
#include "mainwindow.h"
#include "mta/mtasurvey.h"
#include "pages/activehosttracker.h"
#include "stats/hoststrafficview.h"
#include "stats/livetrafficview.h"
#include "stats/statsdashboard.h"
#include "stats/statspage.h"
#include "stats/statstable.h"

#include "clirunner.h"
#include "colorscheme.h"
#include "remote/host.h"
#include "remote/hostconnections.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QProgressBar>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

namespace {

const QString kSnapshot = QStringLiteral("/tmp/mw-statstab-snapshot.log");
const QString kBigLog = QStringLiteral("/tmp/mw-statstab-big.log");

bool run(Host *host, const QByteArrayList &argv)
{
    const auto r = host->run(Command {argv, false, {}, {}}).result();
    if (!r || !r->succeeded())
        qWarning() << argv << (r ? r->err : r.error().toString().toUtf8());
    return r && r->succeeded();
}

// Whether a process whose command line matches \a pattern runs on the host.
bool runs(Host *host, const QByteArray &pattern)
{
    const auto r = host->run(Command {{"pgrep", "-f", pattern}, false, {}, {}}).result();
    return r && r->exitCode == 0;
}

// Sends \a count messages from \a sender to \a recipient (a local user) with Postfix's
// sendmail and waits until the queue holds none of them (all delivered).
bool sendLocal(Host *host, const QByteArray &sender, const QByteArray &recipient, int count)
{
    if (!run(host,
            {"sh", "-c",
                "i=0; while [ $i -lt $2 ]; do i=$((i+1)); printf 'From: %s\\nSubject: stats tab %s\\n\\nhello\\n' "
                "\"$1\" $i | /usr/sbin/sendmail -f \"$1\" \"$3\" || exit 1; done",
                "sh", sender, QByteArray::number(count), recipient}))
        return false;
    return QTest::qWaitFor(
        [&] {
            const auto r = host->run(Command {{"/usr/sbin/postqueue", "-j"}, false, {}, {}}).result();
            return r && r->succeeded() && !r->out.contains(sender);
        },
        60000);
}

// RFC 4180 as StatsTable::toCsv writes it: quoted fields may hold commas and quotes.
QList<QStringList> parseCsv(const QByteArray &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(csv);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r') {
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestStatsTab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    std::optional<LabHost> m_lab;
    QString m_suffix;
    QByteArray m_sender;

    QByteArray localUser() const { return m_lab->profile.user.toUtf8() + "@localhost"; }

    QString shot(const QString &name) const { return name + m_suffix + QStringLiteral(".png"); }

    StatsPage *open(MainWindow &window)
    {
        window.resize(1400, 900);
        window.show();
        window.showPage(MainWindow::Page::Statistics);
        auto *page = window.findChild<StatsPage *>();
        if (!page)
            return nullptr;
        QSignalSpy finished(page, &StatsPage::runFinished);
        if (!connectTo(window, QStringLiteral("lab-postfix")))
            return nullptr;
        // Listing the logs starts the default period (today) at once.
        if (!finished.wait(60000) && finished.isEmpty())
            return nullptr;
        return page;
    }

    static bool runAndWait(StatsPage *page, StatsPage::Period period, const QStringList &files = {})
    {
        QSignalSpy finished(page, &StatsPage::runFinished);
        page->run(period, files);
        return finished.wait(120000) || !finished.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_suffix = startTabTest(QStringLiteral("tst_statstab"));
        m_lab = labHost(QStringLiteral("postfix"), m_scratch);
        if (!m_lab)
            MW_SKIP_OR_FAIL(labProblem());
        QVERIFY(
            useLabHosts(m_scratch, {QStringLiteral("postfix"), QStringLiteral("qmail"), QStringLiteral("sendmail")}));
        m_sender = "statstab-" + QByteArray::number(QRandomGenerator::global()->generate(), 36) + "@postfix.lab.test";
    }

    void dashboardEqualsCli()
    {
        MainWindow window({});
        StatsPage *page = open(window);
        QVERIFY(page);
        Host *host = window.activeHost()->current().host;
        QVERIFY(host);
        QVERIFY(!page->logFiles().isEmpty());
        QVERIFY(page->lastRunFiles().contains(QStringLiteral("/var/log/mail.log")));

        QVERIFY(sendLocal(host, m_sender, localUser(), 7));
        // One snapshot of the log, read by both: the live log grows meanwhile.
        QVERIFY(run(host, {"cp", "--", "/var/log/mail.log", kSnapshot.toUtf8()}));
        QVERIFY(runAndWait(page, StatsPage::Period::ChosenFiles, {kSnapshot}));
        const StatsDigest &digest = page->dashboard()->digest();
        QVERIFY2(!page->dashboard()->isEmpty(), qPrintable(page->statusText()));

        CliRunner cli;
        QCOMPARE(cli.addHost(QStringLiteral("lab-postfix"), *m_lab).exitCode, 0);
        const auto ours = cli.run({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--top"),
            QStringLiteral("100"), QStringLiteral("--host"), QStringLiteral("lab-postfix"),
            QStringLiteral("--known-hosts"), m_lab->knownHostsFile, kSnapshot});
        QVERIFY2(ours.exitCode == 0, ours.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(ours.out).object();
        const QJsonObject totals = json.value(QLatin1String("grandTotals")).toObject();
        const std::pair<const char *, const char *> cards[] = {{"received", "received"}, {"delivered", "delivered"},
            {"forwarded", "forwarded"}, {"deferred", "deferred"}, {"bounced", "bounced"}, {"rejected", "rejected"},
            {"rejectWarnings", "rejectWarnings"}, {"held", "held"}, {"discarded", "discarded"},
            {"bytesReceived", "bytesReceived"}, {"bytesDelivered", "bytesDelivered"}, {"senders", "senders"},
            {"recipients", "recipients"}};
        for (const auto &[card, key] : cards) {
            const StatsCard *c = digest.card(QLatin1String(card));
            QVERIFY2(c, card);
            QVERIFY2(c->number == totals.value(QLatin1String(key)).toInteger(),
                qPrintable(QStringLiteral("%1: dashboard %2, CLI %3")
                        .arg(QLatin1String(card))
                        .arg(c->number)
                        .arg(totals.value(QLatin1String(key)).toInteger())));
        }
        QVERIFY(digest.card(QStringLiteral("received"))->number >= 7);
        QCOMPARE(digest.lines, json.value(QLatin1String("lines")).toInteger());
        // The per-hour chart's data is the CLI's per-hour table.
        const QJsonArray hours = json.value(QLatin1String("perHour")).toArray();
        QCOMPARE(hours.size(), 24);
        for (int h = 0; h < 24; ++h)
            QCOMPARE(digest.perHour[std::size_t(h)].received,
                hours[h].toObject().value(QLatin1String("received")).toInteger());
        // Our sender with its seven messages, as in the CLI's top senders.
        StatsTableModel *senders = page->dashboard()->tableModel(QStringLiteral("senders-by-count"));
        QVERIFY(senders);
        QAbstractItemModelTester tester(senders, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bool found = false;
        for (int row = 0; row < senders->rowCount(); ++row) {
            if (senders->data(senders->index(row, 0)).toString() == QString::fromUtf8(m_sender)) {
                QCOMPARE(senders->data(senders->index(row, 1), Qt::UserRole).toLongLong(), 7);
                found = true;
            }
        }
        QVERIFY2(found, m_sender.constData());
        QCOMPARE(senders->rowCount(), json.value(QLatin1String("sendersByCount")).toArray().size());

        // Exports: the CSV reads back to the table; charts as PNG and SVG; the report as HTML and PDF.
        const QString csvPath = m_scratch.filePath(QStringLiteral("senders.csv"));
        QString error;
        QVERIFY2(
            page->dashboard()->writeTableCsv(QStringLiteral("senders-by-count"), csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(csv.readAll());
        QCOMPARE(rows.size(), senders->rowCount() + 1);
        QCOMPARE(rows.first().size(), 3);
        QVERIFY(rows.contains(QStringList {QString::fromUtf8(m_sender), QStringLiteral("7"),
                    QString::number(senders->data(senders->index(0, 2), Qt::UserRole).toLongLong())})
            || std::ranges::any_of(rows, [&](const QStringList &r) {
                   return r.value(0) == QString::fromUtf8(m_sender) && r.value(1) == QLatin1String("7");
               }));
        const QString png = m_scratch.filePath(QStringLiteral("hourly.png"));
        QVERIFY2(page->dashboard()->saveChart(0, png, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull() && image.width() >= 800);
        const QString svg = m_scratch.filePath(QStringLiteral("daily.svg"));
        QVERIFY2(page->dashboard()->saveChart(1, svg, &error), qPrintable(error));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));
        const QString html = m_scratch.filePath(QStringLiteral("report.html"));
        QVERIFY2(page->dashboard()->writeReport(html, &error), qPrintable(error));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QByteArray htmlText = htmlFile.readAll();
        QVERIFY(htmlText.contains("data:image/png;base64,"));
        QVERIFY(htmlText.contains(m_sender));
        const QString pdf = m_scratch.filePath(QStringLiteral("report.pdf"));
        QVERIFY2(page->dashboard()->writeReport(pdf, &error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = pdfFile.readAll();
        QVERIFY(pdfBytes.startsWith("%PDF-"));
        QVERIFY(pdfBytes.trimmed().endsWith("%%EOF"));
        // pdftoppm (poppler-utils, in the build environment) renders its first page for the screenshots.
        QProcess pdftoppm;
        QDir().mkpath(QStringLiteral(MW_BINARY_DIR "/screenshots"));
        const QString pagePrefix = QStringLiteral(MW_BINARY_DIR "/screenshots/stats-report") + m_suffix;
        pdftoppm.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("2"), pdf, pagePrefix});
        QVERIFY2(pdftoppm.waitForFinished(60000) && pdftoppm.exitCode() == 0, pdftoppm.readAllStandardError());
        QVERIFY(!QImage(pagePrefix + QStringLiteral("-1.png")).isNull());

        window.findChild<QTabWidget *>(QStringLiteral("statsTables"))->setCurrentIndex(0);
        saveShot(&window, shot(QStringLiteral("stats-dashboard")));

        // Today: this run's mail is in it.
        QVERIFY(runAndWait(page, StatsPage::Period::Today));
        QVERIFY(page->dashboard()->digest().card(QStringLiteral("received"))->number >= 7);
        QVERIFY(page->statusText().contains(QStringLiteral("/var/log/mail.log")));
        QVERIFY(run(host, {"rm", "-f", "--", kSnapshot.toUtf8()}));
    }

    void liveChartRises()
    {
        MainWindow window({});
        StatsPage *page = open(window);
        QVERIFY(page);
        Host *host = window.activeHost()->current().host;
        page->tabs()->setCurrentWidget(page->liveView());
        QVERIFY(page->liveView()->isFollowing());
        QTest::qWait(1500); // tail -F is running on the host
        const qint64 before = page->liveView()->lastHour().received;
        const int redrawsBefore = page->liveView()->redraws();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(sendLocal(host, "live-" + m_sender, localUser(), 10));
        QTRY_VERIFY_WITH_TIMEOUT(page->liveView()->lastHour().received >= before + 10, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(page->liveView()->lastHour().delivered >= 10, 30000);
        // Redrawn once a second, not per message.
        QVERIFY(page->liveView()->redraws() - redrawsBefore <= clock.elapsed() / 1000 + 2);
        saveShot(&window, shot(QStringLiteral("stats-live")));
        // Leaving the tab stops following.
        page->tabs()->setCurrentIndex(0);
        QVERIFY(!page->liveView()->isFollowing());
    }

    // Several hosts side by side: one line per connected host, each following its own log; qmail's
    // root-only log is named, not followed; leaving the tab stops every follower.
    void hostsSideBySide()
    {
        MainWindow window({});
        window.resize(1400, 900);
        window.show();
        window.showPage(MainWindow::Page::Statistics);
        auto *page = window.findChild<StatsPage *>();
        QVERIFY(page);
        for (const char *name : {"lab-qmail", "lab-sendmail", "lab-postfix"})
            QVERIFY(connectTo(window, QString::fromLatin1(name)));
        QTRY_VERIFY_WITH_TIMEOUT(page->tabs()->isVisible(), 60000); // the selected Postfix host's content
        HostsTrafficView *view = page->hostsView();
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->hostNames(),
            (QStringList {QStringLiteral("lab-postfix"), QStringLiteral("lab-qmail"), QStringLiteral("lab-sendmail")}));
        QVERIFY(!view->isActive());
        page->tabs()->setCurrentWidget(view);
        QVERIFY(view->isActive());
        const auto following = [view](const char *name) {
            return view->stateText(QString::fromLatin1(name)).contains(QLatin1String("/var/log/mail.log"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(following("lab-postfix") && following("lab-sendmail"), 30000);
        QVERIFY(!view->stateText(QStringLiteral("lab-qmail")).isEmpty());
        QVERIFY(!following("lab-qmail"));
        QTest::qWait(1500); // tail -F runs on both hosts

        Host *postfix = window.hostActions()->connections()->existing(QStringLiteral("lab-postfix"));
        Host *sendmail = window.hostActions()->connections()->existing(QStringLiteral("lab-sendmail"));
        QVERIFY(postfix && sendmail);
        QVERIFY(sendLocal(postfix, "hosts-" + m_sender, localUser(), 4));
        QVERIFY(run(sendmail,
            {"sh", "-c",
                "i=0; while [ $i -lt 7 ]; do i=$((i+1)); printf 'Subject: side by side %s\\n\\nhello\\n' $i | "
                "/usr/sbin/sendmail -f \"$1\" \"$2\" || exit 1; done",
                "sh", "hosts-" + m_sender, localUser()}));
        QTRY_VERIFY_WITH_TIMEOUT(view->lastHour(QStringLiteral("lab-postfix")).received >= 4, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(view->lastHour(QStringLiteral("lab-sendmail")).received >= 7, 30000);
        QCOMPARE(view->lastHour(QStringLiteral("lab-qmail")).received, 0);
        // The table says the same as the lines.
        const auto row = [view](const QString &name) {
            for (int r = 0; r < view->model()->rowCount(); ++r)
                if (view->model()->index(r, 0).data().toString() == name)
                    return r;
            return -1;
        };
        QTRY_VERIFY(view->model()->index(row(QStringLiteral("lab-sendmail")), 1).data().toString()
            == QLocale().toString(qlonglong(view->lastHour(QStringLiteral("lab-sendmail")).received)));
        saveShot(&window, shot(QStringLiteral("stats-hosts")));

        // Surveyed again with maillog_file set (as after Config ▸ Apply): followed anew at the new log.
        const QByteArray movedLog
            = "/tmp/mw-side-by-side-" + QByteArray::number(QCoreApplication::applicationPid()) + ".log";
        QVERIFY(run(postfix, {"sh", "-c", ": > \"$1\"", "sh", movedLog}));
        QList<ActiveHost> hosts = window.activeHost()->readyHosts();
        for (ActiveHost &h : hosts) {
            if (h.name != QLatin1String("lab-postfix"))
                continue;
            auto resurvey = std::make_shared<HostSurvey>(*h.survey);
            const auto it = std::find_if(resurvey->options.begin(), resurvey->options.end(),
                [](const MtaOption &o) { return o.name == "maillog_file"; });
            QVERIFY(it != resurvey->options.end()); // Postfix ≥ 3.4 lists it (empty by default)
            it->value = movedLog;
            h.survey = resurvey;
        }
        view->setHosts(hosts);
        QTRY_VERIFY2_WITH_TIMEOUT(view->stateText(QStringLiteral("lab-postfix")).contains(QString::fromUtf8(movedLog)),
            qPrintable(view->stateText(QStringLiteral("lab-postfix"))), 30000);
        QVERIFY(following("lab-sendmail")); // untouched
        QVERIFY(run(postfix, {"rm", "-f", movedLog}));

        page->tabs()->setCurrentIndex(0);
        QVERIFY(!view->isActive());
        QVERIFY(!following("lab-postfix") && !following("lab-sendmail"));
        // A host that disconnects leaves the view.
        window.hostActions()->connections()->disconnectHost(QStringLiteral("lab-sendmail"));
        QTRY_VERIFY_WITH_TIMEOUT(!view->hostNames().contains(QStringLiteral("lab-sendmail")), 10000);
    }

    void cancelStopsTheRead()
    {
        MainWindow window({});
        StatsPage *page = open(window);
        QVERIFY(page);
        Host *host = window.activeHost()->current().host;
        // A FIFO that a writer on the host fills slowly (1 MB/s for a minute), so the cancel meets a running read.
        QVERIFY(run(host,
            {"sh", "-c",
                "rm -f \"$1\" && mkfifo \"$1\" && (i=0; while [ $i -lt 600 ]; do i=$((i+1)); "
                "yes 'Dec  6 12:00:00 postfix postfix/smtpd[1]: connect from client.example[192.0.2.1]' "
                "| head -n 11000 || exit; sleep 0.1; done > \"$1\") </dev/null >/dev/null 2>&1 &",
                "sh", kBigLog.toUtf8()}));
        const qint64 linesBefore = page->dashboard()->digest().lines;
        QSignalSpy finished(page, &StatsPage::runFinished);
        page->run(StatsPage::Period::ChosenFiles, {kBigLog});
        QTest::qWait(2000);
        QVERIFY2(page->isRunning(), qPrintable(page->statusText()));
        saveShot(&window, shot(QStringLiteral("stats-reading")));
        QElapsedTimer clock;
        clock.start();
        page->cancel();
        QVERIFY(finished.wait(10000) || !finished.isEmpty());
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!page->isRunning());
        QVERIFY2(page->statusText().contains(kBigLog), qPrintable(page->statusText()));
        QCOMPARE(page->dashboard()->digest().lines, linesBefore); // the last complete run stays shown
        // Nothing reads the FIFO on the host any more, and its writer ended (SIGPIPE).
        QTRY_VERIFY_WITH_TIMEOUT(!runs(host, "[c]at -- " + kBigLog.toUtf8()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!runs(host, "[m]kfifo"), 10000);
        QVERIFY(run(host, {"rm", "-f", "--", kBigLog.toUtf8()}));
    }

    // qmail-send's log is root's: it comes through the root-file helper.
    void qmailThroughTheHelper()
    {
        MainWindow window({});
        window.resize(1400, 900);
        window.show();
        window.showPage(MainWindow::Page::Statistics);
        auto *page = window.findChild<StatsPage *>();
        QSignalSpy finished(page, &StatsPage::runFinished);
        QVERIFY(connectTo(window, QStringLiteral("lab-qmail")));
        QVERIFY(finished.wait(60000) || !finished.isEmpty());
        QVERIFY(runAndWait(page, StatsPage::Period::AllLogs));
        QVERIFY2(!page->dashboard()->isEmpty(), qPrintable(page->statusText()));
        QCOMPARE(page->dashboard()->digest().mta, MtaKind::Qmail);
        // The lab seeds qmail's log with generated traffic at `lab up`.
        QVERIFY(page->dashboard()->digest().card(QStringLiteral("received"))->number > 0);
        QVERIFY(page->dashboard()->digest().card(QStringLiteral("delivered"))->number > 0);
        QVERIFY(!page->tabs()->isTabEnabled(page->tabs()->indexOf(page->liveView())));
        saveShot(&window, shot(QStringLiteral("stats-qmail")));
    }

    void darkScheme()
    {
        applyColorScheme(*qApp, ColorScheme::Dark);
        MainWindow window({});
        StatsPage *page = open(window);
        QVERIFY(page);
        // The rotated logs' sizes are known: the progress bar counts up.
        auto *progress = window.findChild<QProgressBar *>(QStringLiteral("statsProgress"));
        QList<int> values;
        connect(progress, &QProgressBar::valueChanged, this, [&values](int value) { values << value; });
        QVERIFY(runAndWait(page, StatsPage::Period::AllLogs));
        QVERIFY(!page->dashboard()->isEmpty());
        QVERIFY2(std::ranges::any_of(values, [](int v) { return v > 0; }), qPrintable(QString::number(values.size())));
        saveShot(&window, shot(QStringLiteral("stats-dashboard-dark")));
        applyColorScheme(*qApp, ColorScheme::Light);
    }
};

QTEST_MAIN(TestStatsTab)
#include "tst_statstab.moc"
