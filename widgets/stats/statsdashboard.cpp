#include "statsdashboard.h"

#include "common/reportfile.h"
#include "trafficcharts.h"

#include <QBuffer>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSvgGenerator>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Mailwarden {

namespace {

constexpr int kCardColumns = 6;
constexpr int kReportRows = 25; ///< rows per table in the report

QFrame *cardWidget(const StatsCard &card)
{
    auto *frame = new QFrame;
    frame->setObjectName(QLatin1String("card-") + card.id);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    layout->setSpacing(1);
    auto *label = new QLabel(card.label);
    auto *value = new QLabel(card.value);
    value->setObjectName(QStringLiteral("value"));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    auto *detail = new QLabel(card.detail);
    detail->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *l : {label, value, detail})
        l->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    layout->addWidget(value);
    layout->addWidget(detail);
    return frame;
}

} // namespace

StatsDashboard::StatsDashboard(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_cards = new QGridLayout;
    layout->addLayout(m_cards);
    m_lines = new QLabel;
    m_lines->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_lines);

    auto *charts = new QHBoxLayout;
    for (int i = 0; i < 2; ++i) {
        auto *view = new QChartView;
        view->setObjectName(i == 0 ? QStringLiteral("hourlyChart") : QStringLiteral("dailyChart"));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        auto *box = new QVBoxLayout;
        box->addWidget(view);
        auto *save = new QToolButton;
        save->setText(tr("Save Chart…"));
        save->setToolTip(tr("Save this chart as PNG or SVG"));
        connect(save, &QToolButton::clicked, this, [this, i] { Q_EMIT saveChartRequested(i); });
        box->addWidget(save, 0, Qt::AlignRight);
        charts->addLayout(box);
        m_charts << view;
    }
    layout->addLayout(charts);

    m_tables = new QTabWidget;
    m_tables->setObjectName(QStringLiteral("statsTables"));
    m_tables->setMinimumHeight(280);
    auto *exportCsv = new QToolButton;
    exportCsv->setText(tr("Export CSV…"));
    exportCsv->setToolTip(tr("Save the table shown as CSV"));
    connect(exportCsv, &QToolButton::clicked, this, [this] {
        if (const int i = m_tables->currentIndex(); i >= 0 && i < m_models.size())
            Q_EMIT exportTableRequested(m_models[i]->table().id);
    });
    m_tables->setCornerWidget(exportCsv);
    layout->addWidget(m_tables, 1);
    clear();
}

void StatsDashboard::clear()
{
    m_digest = {};
    m_subject.clear();
    m_files.clear();
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QChartView *view : m_charts)
        view->setChart(new QChart); // the view deletes the chart it had
    while (m_tables->count())
        delete m_tables->widget(0);
    qDeleteAll(m_models);
    m_models.clear();
    m_lines->clear();
}

void StatsDashboard::setDigest(StatsDigest digest, const QString &subject, const QStringList &files)
{
    clear();
    m_digest = std::move(digest);
    m_subject = subject;
    m_files = files;
    for (int i = 0; i < m_digest.cards.size(); ++i)
        m_cards->addWidget(cardWidget(m_digest.cards[i]), i / kCardColumns, i % kCardColumns);
    m_lines->setText(tr("%1 log lines read, %2 of them from the MTA.")
            .arg(QLocale().toString(m_digest.lines), QLocale().toString(m_digest.matchedLines)));
    m_charts[0]->setChart(hourlyTrafficChart(m_digest.perHour));
    m_charts[1]->setChart(dailyTrafficChart(m_digest.perDay));
    for (const StatsTable &table : std::as_const(m_digest.tables)) {
        auto *model = new StatsTableModel(this);
        model->setTable(table);
        auto *proxy = new QSortFilterProxyModel(model);
        proxy->setSourceModel(model);
        proxy->setSortRole(Qt::UserRole);
        auto *view = new QTableView;
        view->setObjectName(table.id);
        view->setModel(proxy);
        view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the digest's order until the user sorts
        view->setSortingEnabled(true);
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_tables->addTab(view, tr("%1 (%2)").arg(table.title).arg(table.rows.size()));
        m_models << model;
    }
}

QChartView *StatsDashboard::chartView(int index) const
{
    return m_charts.value(index);
}

StatsTableModel *StatsDashboard::tableModel(const QString &id) const
{
    for (StatsTableModel *model : m_models)
        if (model->table().id == id)
            return model;
    return nullptr;
}

bool StatsDashboard::writeTableCsv(const QString &id, const QString &path, QString *error) const
{
    const StatsTable *table = m_digest.table(id);
    if (!table) {
        if (error)
            *error = tr("There is no table %1.").arg(id);
        return false;
    }
    return ReportFile::write(path, table->toCsv(), error);
}

QImage StatsDashboard::chartImage(int index) const
{
    QChartView *view = m_charts.value(index);
    if (!view)
        return {};
    const QSize size = view->size().expandedTo(QSize(800, 400));
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(view->chart()->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), view->rect());
    return image;
}

bool StatsDashboard::saveChart(int index, const QString &path, QString *error) const
{
    QChartView *view = m_charts.value(index);
    if (!view)
        return false;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QBuffer buffer;
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(view->size());
        svg.setViewBox(view->rect());
        svg.setTitle(view->chart()->title());
        {
            QPainter painter(&svg);
            view->render(&painter);
        }
        return ReportFile::write(path, buffer.data(), error);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!chartImage(index).save(&buffer, "PNG")) {
        if (error)
            *error = tr("Cannot render the chart.");
        return false;
    }
    return ReportFile::write(path, buffer.data(), error);
}

QString StatsDashboard::reportHtml(bool embedImages) const
{
    QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "<style>body{font-family:sans-serif} table{border-collapse:collapse} "
                                  "td,th{border:1px solid #999;padding:2px 6px} td.n{text-align:right}</style>"
                                  "</head><body>")
                       .arg(tr("Mail statistics: %1").arg(m_subject).toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>").arg(tr("Mail statistics: %1").arg(m_subject).toHtmlEscaped());
    if (!m_files.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Read: %1").arg(m_files.join(QLatin1String(", "))).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(m_lines->text().toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2><table>").arg(tr("Totals"));
    for (const StatsCard &card : m_digest.cards)
        html += QStringLiteral("<tr><th align=\"left\">%1</th><td class=\"n\" align=\"right\">%2</td><td>%3</td></tr>")
                    .arg(card.label.toHtmlEscaped(), card.value.toHtmlEscaped(), card.detail.toHtmlEscaped());
    html += QStringLiteral("</table>");
    for (int i = 0; i < m_charts.size(); ++i) {
        QString src = QStringLiteral("mw-chart-%1.png").arg(i);
        if (embedImages) {
            QBuffer png;
            png.open(QIODevice::WriteOnly);
            chartImage(i).save(&png, "PNG");
            src = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.data().toBase64());
        }
        html += QStringLiteral("<h2>%1</h2><p><img src=\"%2\" width=\"640\"></p>")
                    .arg(m_charts[i]->chart()->title().toHtmlEscaped(), src);
    }
    for (const StatsTable &table : m_digest.tables) {
        html += QStringLiteral("<h2>%1</h2>").arg(table.title.toHtmlEscaped());
        if (table.rows.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(tr("Nothing of this kind in the log."));
            continue;
        }
        html += QStringLiteral("<table><tr>");
        for (const QString &h : table.headers)
            html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
        html += QStringLiteral("</tr>");
        StatsTableModel model;
        model.setTable(table);
        for (int r = 0; r < std::min(model.rowCount(), kReportRows); ++r) {
            html += QStringLiteral("<tr>");
            for (int c = 0; c < model.columnCount(); ++c) {
                const QModelIndex index = model.index(r, c);
                const bool number = model.data(index, Qt::TextAlignmentRole).isValid();
                html += QStringLiteral("<td%1>%2</td>")
                            .arg(number ? QStringLiteral(" class=\"n\" align=\"right\"") : QString(),
                                model.data(index).toString().toHtmlEscaped());
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
        if (table.rows.size() > kReportRows)
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("… and %n more row(s) (the CSV export has them all).", nullptr,
                            int(table.rows.size() - kReportRows)));
    }
    return html + QStringLiteral("</body></html>");
}

bool StatsDashboard::writeReport(const QString &path, QString *error) const
{
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return ReportFile::write(path, reportHtml(true).toUtf8(), error);
    QMap<QString, QImage> charts;
    for (int i = 0; i < m_charts.size(); ++i)
        charts.insert(QStringLiteral("mw-chart-%1.png").arg(i), chartImage(i));
    const QByteArray pdf = ReportFile::pdfFromHtml(reportHtml(false), tr("Mail statistics: %1").arg(m_subject), charts);
    return ReportFile::write(path, pdf, error);
}

} // namespace Mailwarden
