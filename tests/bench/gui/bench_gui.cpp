// The Tables tab's model and view on a 1,000,000-row Postfix access table:
// parse (TableDocument), open in a QTableView, scroll to the end, filter as
// the admin types ("user12345" one key at a time: each keystroke narrows),
// widen again (backspace to nothing), sort by key; memory of the document.
// Goal (issue 14): every keystroke within 100 ms. The peer is grep -ci over
// the same bytes (one filter pass of a tool made for it), run in the same go.
// Prints the figures; asserts nothing.
#include "mta/tabledocument.h"
#include "tables/tablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace Mailwarden;

namespace {
qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int rows = 1000000;
    QByteArray bytes;
    bytes.reserve(48 << 20);
    for (int i = 0; i < rows; ++i)
        bytes += "user" + QByteArray::number(i) + "@example" + QByteArray::number(i % 97) + ".com\tREJECT listed "
            + QByteArray::number(i % 13) + "\n";
    std::printf("table: %d rows, %.1f MB\n", rows, double(bytes.size()) / 1e6);

    CatalogueEntry entry;
    entry.path = QStringLiteral("/etc/postfix/sender_access");
    entry.formatType = QStringLiteral("postfix-table");
    entry.mapType = QStringLiteral("hash");
    const qint64 rssBefore = rssKb();
    QElapsedTimer t;
    t.start();
    const auto doc = TableDocument::parse(entry, bytes, false);
    std::printf("parse, rows shown after it (off the GUI thread in the console): %.0f ms\n", ms(t));
    t.restart();
    const QList<Diagnostic> diagnostics = doc->diagnose();
    std::printf("the format's checks, shown when done (off the GUI thread): %.0f ms, %lld warnings\n", ms(t),
        qlonglong(diagnostics.size()));
    if (!doc)
        return 1;
    std::printf(
        "memory of the parsed document: %.1f MB beyond the file's bytes\n", double(rssKb() - rssBefore) / 1024.0);

    TableModel model;
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(1000, 700);
    view.show();
    t.restart();
    model.setDocument(*doc);
    app.processEvents();
    std::printf("open in the view (setDocument + first paint): %.0f ms\n", ms(t));
    t.restart();
    view.scrollToBottom();
    view.grab();
    std::printf("scroll to the last row and paint: %.0f ms\n", ms(t));

    const QString typed = QStringLiteral("user12345");
    double worst = 0;
    for (int n = 1; n <= typed.size(); ++n) {
        t.restart();
        model.setFilter(typed.left(n));
        view.grab();
        const double k = ms(t);
        worst = std::max(worst, k);
        std::printf("  filter \"%s\": %d rows, %.1f ms\n", qPrintable(typed.left(n)), model.rowCount(), k);
    }
    std::printf("typing (narrowing): worst keystroke %.1f ms\n", worst);
    double worstWide = 0;
    for (int n = typed.size() - 1; n >= 0; --n) {
        t.restart();
        model.setFilter(typed.left(n));
        view.grab();
        worstWide = std::max(worstWide, ms(t));
    }
    std::printf("backspace to nothing (each a full pass): worst keystroke %.1f ms\n", worstWide);
    t.restart();
    model.setFilter(QStringLiteral("EXAMPLE42.COM"));
    std::printf(
        "one full filter pass, case-insensitive (\"EXAMPLE42.COM\", %d rows): %.1f ms\n", model.rowCount(), ms(t));
    model.setFilter(QString());
    t.restart();
    model.sort(TableModel::Key, Qt::DescendingOrder);
    view.grab();
    std::printf("sort by key (a header click): %.0f ms\n", ms(t));

    // The peer: grep -ci over the same bytes, the same filter.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("sender_access")));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
        file.close();
        QProcess grep;
        grep.setStandardOutputFile(dir.filePath(QStringLiteral("count")));
        t.restart();
        grep.start(QStringLiteral("grep"), {QStringLiteral("-ci"), QStringLiteral("EXAMPLE42.COM"), file.fileName()});
        grep.waitForFinished(-1);
        const double g = ms(t);
        QFile count(dir.filePath(QStringLiteral("count")));
        count.open(QIODevice::ReadOnly);
        std::printf("peer: grep -ci \"EXAMPLE42.COM\" on the file (process start included): %.1f ms, %s rows\n", g,
            count.readAll().trimmed().constData());
    }
    return 0;
}
