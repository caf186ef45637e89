#pragma once

#include "pages/backgroundloads.h"
#include "pages/hostpage.h"

#include "mta/catalogue.h"
#include "mta/mtafiles.h"
#include "mta/tabledocument.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTreeView;

namespace Mailwarden {

class ActionDelegate;
class PendingEdits;
class TableModel;
struct RowPosition;

/// The Tables tab: the host's catalogue grouped as an admin looks for tables
/// (access and relay, aliases, routing, rewriting, checks, qmail lists), and
/// the selected table as rows to filter, sort, edit in place, add, duplicate,
/// remove and reorder (where the first match wins). Files load and parse off
/// the GUI thread; every edit goes through MtaEdits (only the touched lines
/// change) into PendingEdits, so it is undoable and applied with the others.
/// "Test lookup" asks the host what the live table answers.
class TablesPage final : public QWidget, public HostPage
{
    Q_OBJECT
public:
    explicit TablesPage(PendingEdits *edits, QWidget *parent = nullptr);
    ~TablesPage() override;

    void setActiveHost(const ActiveHost &host) override;

    /// Opens the catalogue entry \a path (tests, links from other tabs).
    bool openTable(const QString &path);
    TableModel *tableModel() const { return m_model; }
    QStandardItemModel *catalogueModel() const { return m_catalogue; }
    QTableView *tableView() const { return m_view; }
    /// What the page says about the selected table: loading, errors, refusals.
    QString statusText() const;

    /// Adds \a key = \a value after the current row (ordered tables) or at the end.
    bool addRow(const QString &key, const QString &value);
    bool removeRows(const QList<int> &rows);
    bool moveRow(int row, int delta);

Q_SIGNALS:
    /// A table finished loading (or failed): for tests and the status bar.
    void tableLoaded(const QString &path);

private:
    void showState(const QString &text);
    void fillCatalogue();
    void openEntry(const CatalogueEntry &entry);
    void loadDocument(const CatalogueEntry &entry, const QByteArray &content, quint64 generation);
    void onFileChanged(const QString &host, const QString &path);
    void onEditRequested(qsizetype documentRow, int column, const QByteArray &text);
    bool commit(const std::expected<FileChange, QString> &change, const QString &text);
    QByteArray currentContent() const;
    void updateButtons();
    void updateDiagnostics();
    void testLookup();
    std::optional<RowPosition> positionAfterCurrent() const;

    PendingEdits *m_edits;
    ActiveHost m_host;
    std::optional<CatalogueEntry> m_entry; ///< the table shown
    /// What each table held when loaded, per host then path (edits start from it).
    QHash<QString, QHash<QString, LoadedFile>> m_loaded;
    quint64 m_generation = 0;

    QStackedWidget *m_stack;
    QLabel *m_stateLabel;
    QTreeView *m_tree;
    QStandardItemModel *m_catalogue;
    QLabel *m_title;
    QLabel *m_status;
    QLineEdit *m_filter;
    QTableView *m_view;
    TableModel *m_model;
    ActionDelegate *m_delegate;
    QLineEdit *m_newKey;
    QLineEdit *m_newValue;
    QPushButton *m_add;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QListWidget *m_problems;
    QLineEdit *m_lookupKey;
    QPushButton *m_lookup;
    QLabel *m_lookupResult;
    BackgroundLoads m_loads; ///< last: destroyed first, waiting for reads still running
};

} // namespace Mailwarden
