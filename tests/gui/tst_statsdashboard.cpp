// The Statistics tab's dashboard without a host: the digest of a real sample
// log equals the CLI's JSON report of it, every table model passes
// QAbstractItemModelTester, CSV quotes what it must (and keeps formulas from
// a log out of spreadsheets), hostile log text stays text in the report, and
// the day filter counts only the chosen days.
#include "stats/statsdashboard.h"
#include "stats/statsdigest.h"
#include "stats/statstable.h"
#include "stats/trafficwindow.h"

#include "stats/loganalysis.h"
#include "stats/statsreport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailwarden;
using namespace Mailwarden::Stats;

namespace {

const QString kSample = QStringLiteral(MW_SOURCE_DIR "/tests/data/stats/postfix-sample.log");

AnalysisResult sample(const DayRange &days = {})
{
    AnalysisOptions options;
    options.mta = MtaKind::Postfix;
    options.days = days;
    auto result = analyzeLogs({kSample}, options);
    if (!result)
        qFatal("%s", qPrintable(result.error()));
    return std::move(*result);
}

} // namespace

class TestStatsDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void digestEqualsReport()
    {
        const AnalysisResult result = sample();
        const StatsDigest digest = StatsDigest::from(result, 10);
        const QJsonObject totals = StatsReport::json(result, 10).value(QLatin1String("grandTotals")).toObject();
        QVERIFY(totals.value(QLatin1String("received")).toInteger() > 0);
        for (const char *key : {"received", "delivered", "forwarded", "deferred", "bounced", "rejected",
                 "rejectWarnings", "held", "discarded", "bytesReceived", "bytesDelivered", "senders", "recipients"}) {
            const StatsCard *card = digest.card(QLatin1String(key));
            QVERIFY2(card, key);
            QVERIFY2(card->number == totals.value(QLatin1String(key)).toInteger(), key);
        }
        for (int h = 0; h < 24; ++h)
            QCOMPARE(digest.perHour[std::size_t(h)].delivered, result.figures.perHour[std::size_t(h)].delivered);
        QCOMPARE(digest.perDay.size(), result.figures.perDay.size());
        const StatsTable *senders = digest.table(QStringLiteral("senders-by-count"));
        QVERIFY(senders);
        QCOMPARE(senders->rows.size(),
            StatsReport::json(result, 10).value(QLatin1String("sendersByCount")).toArray().size());
    }

    void modelsAreSound()
    {
        StatsDashboard dashboard;
        dashboard.setDigest(StatsDigest::from(sample()), QStringLiteral("sample"));
        for (const StatsTable &table : dashboard.digest().tables) {
            StatsTableModel *model = dashboard.tableModel(table.id);
            QVERIFY(model);
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(model->rowCount(), int(table.rows.size()));
            model->setTable(table); // a reset under the tester
        }
        QCOMPARE(dashboard.tableTabs()->count(), dashboard.digest().tables.size());
    }

    void csvQuotesAndDefusesFormulas()
    {
        const StatsTable table {QStringLiteral("t"), QStringLiteral("T"),
            {QStringLiteral("Name"), QStringLiteral("Count")},
            {{QStringLiteral("a,b"), qint64(1)}, {QStringLiteral("say \"hi\""), qint64(2)},
                {QStringLiteral("two\nlines"), qint64(3)}, {QStringLiteral("=HYPERLINK(\"http://x\")"), qint64(-4)},
                {QStringLiteral("@sum"), qint64(5)}},
            {}};
        QCOMPARE(table.toCsv(),
            QByteArray("Name,Count\r\n\"a,b\",1\r\n\"say \"\"hi\"\"\",2\r\n\"two\nlines\",3\r\n"
                       "\"'=HYPERLINK(\"\"http://x\"\")\",-4\r\n'@sum,5\r\n"));
    }

    void reportKeepsLogTextAsText()
    {
        StatsDigest digest = StatsDigest::from(sample());
        StatsTable hostile {QStringLiteral("hostile"), QStringLiteral("Hostile"), {QStringLiteral("Sender")},
            {{QStringLiteral("<img src=x onerror=alert(1)>@evil.example")}}, {}};
        digest.tables << hostile;
        StatsDashboard dashboard;
        dashboard.setDigest(digest, QStringLiteral("<b>host</b>"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.html"));
        QString error;
        QVERIFY2(dashboard.writeReport(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QVERIFY(!html.contains("<img src=x"));
        QVERIFY(html.contains("&lt;img src=x onerror=alert(1)&gt;@evil.example"));
        QVERIFY(!html.contains("<b>host</b>"));
        QVERIFY(html.contains("data:image/png;base64,"));
    }

    // The sample's days: a range of one of them counts that day only, the
    // others count nothing; year-less stamps are matched by month and day.
    // The live views' minutes: only the difference of running totals counts, in its minute; minutes older
    // than the hour go; the points cover the whole window.
    void trafficWindow()
    {
        using Mailwarden::Stats::Traffic;
        TrafficWindow window;
        const qint64 t0 = 1'800'000'000; // a minute boundary: 30'000'000 × 60
        Traffic totals;
        totals.received = 5;
        QCOMPARE(window.add(totals, t0).received, 5);
        totals.received = 8;
        totals.delivered = 2;
        const Traffic delta = window.add(totals, t0 + 30);
        QCOMPARE(delta.received, 3);
        QCOMPARE(delta.delivered, 2);
        QCOMPARE(window.at(t0 / 60).received, 8);
        QVERIFY(isEmpty(window.add(totals, t0 + 61))); // nothing new in the next minute
        totals.received = 9;
        window.add(totals, t0 + 120);
        QCOMPARE(window.lastHour().received, 9);
        QCOMPARE(window.at(t0 / 60 + 2).received, 1);
        std::int64_t max = 0;
        const QList<QPointF> points = window.points(t0 / 60 + 2, &Traffic::received, max);
        QCOMPARE(points.size(), TrafficWindow::Minutes);
        QCOMPARE(max, 8);
        QCOMPARE(points.last(), QPointF(double((t0 / 60 + 2) * 60000), 1));
        QCOMPARE(points[points.size() - 3].y(), 8.0);
        // An hour later the first minute has gone from the sum.
        window.add(totals, t0 + 60 * 60);
        QCOMPARE(window.lastHour().received, 1);
        window.clear();
        QCOMPARE(window.lastHour().received, 0);
        totals.received = 10;
        QCOMPARE(window.add(totals, t0).received, 10); // after clear() the totals count from zero again
    }

    void dayRangeCountsChosenDays()
    {
        const AnalysisResult all = sample();
        QVERIFY(!all.figures.perDay.empty());
        qint64 sum = 0;
        for (const auto &[key, traffic] : all.figures.perDay) {
            const QDate day(key / 10000, key / 100 % 100, key % 100);
            const AnalysisResult one = sample(DayRange::between(day, day));
            QCOMPARE(one.figures.perDay.size(), std::size_t(1));
            QCOMPARE(one.figures.perDay.begin()->second.received, traffic.received);
            sum += one.figures.received;
        }
        QCOMPARE(sum, all.figures.received);
        const std::int32_t firstKey = all.figures.perDay.begin()->first;
        const QDate before = QDate(firstKey / 10000, firstKey / 100 % 100, firstKey % 100).addDays(-1);
        QCOMPARE(sample(DayRange::between(before, before)).figures.received, 0);
        LogTime withYear;
        withYear.year = 2026;
        withYear.month = 12;
        withYear.day = 6;
        const DayRange december = DayRange::between(QDate(2026, 12, 1), QDate(2026, 12, 6));
        QVERIFY(december.contains(withYear));
        withYear.year = 2025;
        QVERIFY(!december.contains(withYear)); // a year said is a year kept
        LogTime yearless = withYear;
        yearless.year = 0;
        QVERIFY(december.contains(yearless));
        yearless.day = 7;
        QVERIFY(!december.contains(yearless));
        QVERIFY(!december.contains(LogTime {})); // no date: only when every day counts
        QVERIFY(DayRange().contains(LogTime {}));
        QVERIFY(!DayRange::between(QDate(2026, 12, 1), {}).contains(withYear)); // open end, still from December 2026
        // --since alone: the open end is today, so year-less stamps are narrowed too.
        const QDate today = QDate::currentDate();
        const DayRange sinceYesterday = DayRange::between(today.addDays(-1), {});
        LogTime todays;
        todays.month = std::int8_t(today.month());
        todays.day = std::int8_t(today.day());
        QVERIFY(sinceYesterday.contains(todays));
        const QDate old = today.addDays(-10);
        LogTime olds;
        olds.month = std::int8_t(old.month());
        olds.day = std::int8_t(old.day());
        QVERIFY(!sinceYesterday.contains(olds));
    }
};

QTEST_MAIN(TestStatsDashboard)
#include "tst_statsdashboard.moc"
