#pragma once

#include "statsdigest.h"

#include <QWidget>

class QChartView;
class QGridLayout;
class QLabel;
class QTabWidget;
class QTableView;

namespace Mailwarden {

class StatsTableModel;

/// The figures of one statistics run as a dashboard: the Grand Totals as
/// cards, traffic per hour and per day as charts, and every top list and
/// reason as a sortable table; each table exports to CSV, each chart to PNG
/// or SVG, and the whole to an HTML or PDF report.
class StatsDashboard final : public QWidget
{
    Q_OBJECT
public:
    explicit StatsDashboard(QWidget *parent = nullptr);

    /// Shows \a digest; \a subject heads the report ("lab-postfix, today"),
    /// which also names the \a files read.
    void setDigest(StatsDigest digest, const QString &subject, const QStringList &files = {});
    void clear();
    const StatsDigest &digest() const { return m_digest; }
    bool isEmpty() const { return m_digest.cards.isEmpty(); }

    /// The charts: 0 per hour, 1 per day.
    QChartView *chartView(int index) const;
    /// The table shown on the tables' current tab, and the tables' tab widget.
    QTabWidget *tableTabs() const { return m_tables; }
    StatsTableModel *tableModel(const QString &id) const;

    /// Writes table \a id as CSV to \a path; false and \a error on failure.
    bool writeTableCsv(const QString &id, const QString &path, QString *error) const;
    /// Saves chart \a index as PNG, or as SVG when \a path ends in ".svg".
    bool saveChart(int index, const QString &path, QString *error) const;
    /// The whole dashboard as an HTML file (charts embedded) or, when \a path
    /// ends in ".pdf", as a PDF document.
    bool writeReport(const QString &path, QString *error) const;

Q_SIGNALS:
    /// The user asked for an export from the dashboard's own buttons.
    void exportTableRequested(const QString &id);
    void saveChartRequested(int index);

private:
    QString reportHtml(bool embedImages) const;
    QImage chartImage(int index) const;

    StatsDigest m_digest;
    QString m_subject;
    QStringList m_files;
    QGridLayout *m_cards;
    QList<QChartView *> m_charts;
    QTabWidget *m_tables;
    QList<StatsTableModel *> m_models;
    QLabel *m_lines;
};

} // namespace Mailwarden
