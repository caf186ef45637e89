#include "tablespage.h"

#include "actiondelegate.h"
#include "changes/pendingedits.h"
#include "tablemodel.h"

#include "formats/rowposition.h"
#include "mta/mta.h"
#include "mta/mtaedits.h"
#include "mta/mtasurvey.h"
#include "remote/command.h"
#include "remote/host.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QTreeView>
#include <QVBoxLayout>

namespace Mailwarden {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kLineRole = Qt::UserRole + 2;

// The groups of the Tables tab, in the order an admin looks for them; the main
// configuration and qmail's one-value files are the Config tab's.
const CatalogueEntry::Group kGroups[] = {CatalogueEntry::Group::AccessAndRelay, CatalogueEntry::Group::Aliases,
    CatalogueEntry::Group::Routing, CatalogueEntry::Group::AddressRewriting, CatalogueEntry::Group::HeaderBodyChecks,
    CatalogueEntry::Group::TlsAndSasl, CatalogueEntry::Group::Other};
} // namespace

TablesPage::TablesPage(PendingEdits *edits, QWidget *parent)
    : QWidget(parent)
    , m_edits(edits)
    , m_stack(new QStackedWidget(this))
    , m_stateLabel(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_catalogue(new QStandardItemModel(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_model(new TableModel(this))
    , m_delegate(new ActionDelegate(this))
    , m_newKey(new QLineEdit(this))
    , m_newValue(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
    , m_problems(new QListWidget(this))
    , m_lookupKey(new QLineEdit(this))
    , m_lookup(new QPushButton(tr("&Test Lookup"), this))
    , m_lookupResult(new QLabel(this))
{
    setObjectName(QStringLiteral("TablesPage"));
    m_stateLabel->setObjectName(QStringLiteral("state"));
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setWordWrap(true);
    m_stack->addWidget(m_stateLabel);

    m_tree->setObjectName(QStringLiteral("catalogue"));
    m_tree->setModel(m_catalogue);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);

    m_title->setObjectName(QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter rows…"));
    m_filter->setClearButtonEnabled(true);

    m_view->setObjectName(QStringLiteral("rows"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setSortingEnabled(false); // sorted on a header click only: a million rows
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model, &TableModel::sort);

    m_newKey->setObjectName(QStringLiteral("newKey"));
    m_newValue->setObjectName(QStringLiteral("newValue"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setMaximumHeight(fontMetrics().height() * 6);
    m_lookupKey->setObjectName(QStringLiteral("lookupKey"));
    m_lookup->setObjectName(QStringLiteral("testLookup"));
    m_lookupKey->setPlaceholderText(tr("Key to look up"));
    m_lookupResult->setObjectName(QStringLiteral("lookupResult"));
    m_lookupResult->setWordWrap(true);
    m_lookupResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_filter);
    rightLayout->addWidget(m_view, 1);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_newKey, 1);
    editRow->addWidget(m_newValue, 2);
    for (QPushButton *b : {m_add, m_duplicate, m_remove, m_up, m_down})
        editRow->addWidget(b);
    rightLayout->addLayout(editRow);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(m_problems);
    auto *lookupRow = new QHBoxLayout;
    lookupRow->addWidget(m_lookupKey, 1);
    lookupRow->addWidget(m_lookup);
    rightLayout->addLayout(lookupRow);
    rightLayout->addWidget(m_lookupResult);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({320, 780});
    m_stack->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const QString path = index.siblingAtColumn(0).data(kPathRole).toString();
        if (!path.isEmpty())
            openTable(path);
    });
    connect(m_filter, &QLineEdit::textChanged, m_model, &TableModel::setFilter);
    connect(m_model, &TableModel::editRequested, this, &TablesPage::onEditRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TablesPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TablesPage::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] { addRow(m_newKey->text(), m_newValue->text()); });
    connect(m_newValue, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        const qsizetype row = m_model->documentRow(m_view->currentIndex().row());
        if (row < 0)
            return;
        const MtaEdits::Row r = m_model->document().row(row);
        m_newKey->setText(QString::fromUtf8(r.key));
        m_newValue->setText(QString::fromUtf8(r.value));
        m_newKey->setFocus();
        m_newKey->selectAll();
        m_status->setText(tr("Change the key of the copy, then add it."));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
            rows.append(i.row());
        removeRows(rows);
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveRow(m_view->currentIndex().row(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRow(m_view->currentIndex().row(), +1); });
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const qsizetype row = m_model->document().rowOfLine(item->data(kLineRole).toInt());
        const int shown = row < 0 ? -1 : m_model->rowOf(row);
        if (shown >= 0)
            m_view->setCurrentIndex(m_model->index(shown, TableModel::Key));
    });
    connect(m_lookup, &QPushButton::clicked, this, &TablesPage::testLookup);
    connect(m_lookupKey, &QLineEdit::returnPressed, this, &TablesPage::testLookup);
    connect(m_edits, &PendingEdits::fileChanged, this, &TablesPage::onFileChanged);

    setActiveHost(ActiveHost {});
}

TablesPage::~TablesPage() = default;

void TablesPage::showState(const QString &text)
{
    m_stateLabel->setText(text);
    m_stack->setCurrentIndex(0);
}

void TablesPage::setActiveHost(const ActiveHost &host)
{
    const bool sameSurvey = host.name == m_host.name && host.survey && host.survey == m_host.survey;
    m_host = host;
    const QString waiting = waitingText(host,
        tr("Select a host in the list on the left to see its access, alias, relay and routing tables."),
        tr("Connect to %1 to see its tables (Host ▸ Connect).").arg(host.name));
    if (!waiting.isEmpty()) {
        showState(waiting);
        return;
    }
    m_stack->setCurrentIndex(1);
    if (sameSurvey)
        return;
    // A new survey (another host, or after an apply): what was loaded is stale.
    m_loaded.remove(host.name);
    const QString previous = m_entry ? m_entry->path : QString();
    m_entry.reset();
    fillCatalogue();
    if (previous.isEmpty() || !openTable(previous)) {
        ++m_generation;
        m_model->setDocument(TableDocument());
        m_title->setText(tr("Select a table on the left."));
        m_status->clear();
        m_problems->clear();
    }
}

void TablesPage::fillCatalogue()
{
    m_catalogue->clear();
    m_catalogue->setHorizontalHeaderLabels({tr("Table"), tr("Type"), tr("Used by")});
    if (!m_host.survey)
        return;
    for (const CatalogueEntry::Group group : kGroups) {
        QList<QList<QStandardItem *>> rows;
        for (const CatalogueEntry &e : m_host.survey->catalogue) {
            if (e.group != group)
                continue;
            auto *name = new QStandardItem(QFileInfo(e.path).fileName());
            name->setData(e.path, kPathRole);
            name->setToolTip(e.path);
            const QString type = e.mapType.isEmpty() ? tr("file") : e.mapType;
            auto *kind = new QStandardItem(e.readOnly ? tr("%1 (read-only)").arg(type) : type);
            auto *usedBy = new QStandardItem(e.usedBy.join(QStringLiteral(", ")));
            usedBy->setToolTip(e.usedBy.join(QLatin1Char('\n')));
            if (e.readOnly || !TableDocument::isTable(e.formatType)) {
                for (QStandardItem *item : {name, kind, usedBy})
                    item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            }
            rows.append({name, kind, usedBy});
        }
        if (rows.isEmpty())
            continue;
        auto *heading = new QStandardItem(catalogueGroupName(group));
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        for (const auto &row : rows)
            heading->appendRow(row);
        m_catalogue->appendRow({heading, new QStandardItem, new QStandardItem});
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
}

bool TablesPage::openTable(const QString &path)
{
    if (!m_host.survey)
        return false;
    for (const CatalogueEntry &e : m_host.survey->catalogue) {
        if (e.path != path)
            continue;
        // select it in the tree without re-entering from currentChanged
        for (int g = 0; g < m_catalogue->rowCount(); ++g) {
            QStandardItem *group = m_catalogue->item(g);
            for (int r = 0; r < group->rowCount(); ++r) {
                if (group->child(r)->data(kPathRole).toString() == path
                    && m_tree->currentIndex() != group->child(r)->index()) {
                    const QSignalBlocker blocker(m_tree->selectionModel());
                    m_tree->setCurrentIndex(group->child(r)->index());
                }
            }
        }
        openEntry(e);
        return true;
    }
    return false;
}

void TablesPage::openEntry(const CatalogueEntry &entry)
{
    m_entry = entry;
    const quint64 generation = ++m_generation;
    QString title = QStringLiteral("<b>%1</b>").arg(entry.path.toHtmlEscaped());
    if (!entry.mapType.isEmpty())
        title += QStringLiteral(" (%1)").arg(entry.mapType.toHtmlEscaped());
    if (!entry.usedBy.isEmpty())
        title
            += QStringLiteral("<br>") + tr("Used by: %1").arg(entry.usedBy.join(QStringLiteral(", ")).toHtmlEscaped());
    m_title->setText(title);
    m_problems->clear();
    m_lookupResult->clear();
    m_model->setDocument(TableDocument());
    m_delegate->setTable(entry);
    m_newValue->setToolTip(ActionDelegate::actions(entry).join(QLatin1Char('\n')));
    if (entry.readOnly) {
        m_status->setText(
            tr("A database lookup: %1 is its query file. Mailwarden shows it but does not edit it.").arg(entry.path));
        Q_EMIT tableLoaded(entry.path);
        return;
    }
    if (!TableDocument::isTable(entry.formatType)) {
        m_status->setText(tr("This file is not edited row by row: open it in the Config tab."));
        Q_EMIT tableLoaded(entry.path);
        return;
    }
    const auto loaded = m_loaded.value(m_host.name).find(entry.path);
    if (loaded != m_loaded.value(m_host.name).end() || m_edits->file(m_host.name, entry.path)) {
        loadDocument(entry, currentContent(), generation);
        return;
    }
    m_status->setText(tr("Loading %1…").arg(entry.path));
    Host *host = m_host.host;
    const QString name = m_host.name;
    m_loads.track(QtConcurrent::run([host, path = entry.path] { return MtaFiles::load(*host, path); }))
        .then(this, [this, entry, name, generation](const RemoteResult<LoadedFile> &file) {
            if (generation != m_generation || name != m_host.name)
                return;
            if (!file) {
                m_status->setText(tr("%1 could not be read: %2").arg(entry.path, file.error().toString()));
                Q_EMIT tableLoaded(entry.path);
                return;
            }
            m_loaded[name].insert(entry.path, *file);
            loadDocument(entry, currentContent(), generation);
        });
}

QByteArray TablesPage::currentContent() const
{
    if (!m_entry)
        return {};
    if (const auto pending = m_edits->file(m_host.name, m_entry->path))
        return pending->after;
    return m_loaded.value(m_host.name).value(m_entry->path).bytes;
}

void TablesPage::loadDocument(const CatalogueEntry &entry, const QByteArray &content, quint64 generation)
{
    QtConcurrent::run([entry, content] {
        return TableDocument::parse(entry, content);
    }).then(this, [this, entry, generation](const std::expected<TableDocument, QString> &doc) {
        if (generation != m_generation)
            return;
        if (!doc) {
            m_status->setText(doc.error());
            Q_EMIT tableLoaded(entry.path);
            return;
        }
        const bool absent
            = m_loaded.value(m_host.name).value(entry.path).absent && !m_edits->file(m_host.name, entry.path);
        m_model->setDocument(*doc);
        m_view->resizeColumnToContents(TableModel::Line);
        if (doc->rowCount() < 5000) {
            m_view->resizeColumnToContents(TableModel::Key);
            m_view->resizeColumnToContents(TableModel::Value);
        }
        // the comment column takes what is left, and there is always some left
        const int room = m_view->viewport()->width();
        for (const int column : {int(TableModel::Key), int(TableModel::Value)}) {
            const int width = m_view->columnWidth(column);
            m_view->setColumnWidth(column, doc->rowCount() < 5000 ? std::min(width, room * 3 / 10) : room * 3 / 10);
        }
        m_status->setText(absent ? tr("%1 does not exist yet: the first row you add creates it.").arg(entry.path)
                                 : tr("%n row(s).", nullptr, int(doc->rowCount())));
        const QString keyTitle = TableModel::keyTitle(entry.formatType, entry.mapType);
        const QString valueTitle = TableModel::valueTitle(entry.formatType, entry.mapType);
        m_newKey->setPlaceholderText(tr("New %1").arg(keyTitle.toLower()));
        m_newValue->setPlaceholderText(valueTitle);
        m_newValue->setVisible(!valueTitle.isEmpty());
        updateDiagnostics();
        updateButtons();
        Q_EMIT tableLoaded(entry.path);
    });
}

void TablesPage::updateDiagnostics()
{
    m_problems->clear();
    for (const Diagnostic &d : m_model->diagnostics()) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
            tr("Line %1: %2").arg(d.line).arg(d.message), m_problems);
        item->setData(kLineRole, d.line);
    }
    m_problems->setVisible(m_problems->count() > 0);
}

void TablesPage::updateButtons()
{
    const bool editable = m_entry && !m_entry->readOnly && TableDocument::isTable(m_entry->formatType);
    const bool ordered = m_model->document().ordered();
    const int rows = int(m_view->selectionModel()->selectedRows().size());
    const QModelIndex current = m_view->currentIndex();
    const qsizetype docRow = current.isValid() ? m_model->documentRow(current.row()) : -1;
    for (QWidget *w : std::initializer_list<QWidget *> {m_newKey, m_newValue, m_add})
        w->setEnabled(editable);
    m_duplicate->setEnabled(editable && docRow >= 0);
    m_remove->setEnabled(editable && rows > 0);
    m_up->setVisible(ordered);
    m_down->setVisible(ordered);
    m_up->setEnabled(editable && docRow > 0);
    m_down->setEnabled(editable && docRow >= 0 && docRow + 1 < m_model->document().rowCount());
    // Sendmail's maps are readable by root and smmsp only, and `sendmail -bt` as
    // root is not among the helper's pinned sudo rules: no lookup there.
    const bool postfix = m_host.survey && m_host.survey->mta && m_host.survey->mta->kind() == MtaKind::Postfix;
    const bool lookup = m_entry && !m_entry->readOnly
        && ((postfix
                && (m_entry->formatType.startsWith(QLatin1String("postfix"))
                    || m_entry->formatType == QLatin1String("aliases")))
            || m_entry->formatType == QLatin1String("qmail-tcprules"));
    m_lookup->setToolTip(lookup ? tr("Ask the host what the applied table answers for this key.")
                                : tr("Not available for this table: Sendmail's maps can be read only by root, and "
                                     "qmail's lists are plain files."));
    m_lookupKey->setEnabled(lookup);
    m_lookup->setEnabled(lookup);
}

void TablesPage::onFileChanged(const QString &host, const QString &path)
{
    if (host != m_host.name || !m_entry || path != m_entry->path)
        return;
    if (!m_loaded.value(host).contains(path) && !m_edits->file(host, path))
        return; // still loading; the load shows the pending content
    loadDocument(*m_entry, currentContent(), ++m_generation);
}

bool TablesPage::commit(const std::expected<FileChange, QString> &change, const QString &text)
{
    if (!change) {
        m_status->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(palette().color(QPalette::Highlight).name(),
                    tr("Not changed: %1").arg(change.error()).toHtmlEscaped()));
        return false;
    }
    FileChange c = *change;
    if (!m_edits->file(m_host.name, c.path))
        c.absentBefore = m_loaded.value(m_host.name).value(c.path).absent;
    m_edits->edit(m_host.name, c, text);
    return true;
}

void TablesPage::onEditRequested(qsizetype documentRow, int column, const QByteArray &text)
{
    if (!m_entry)
        return;
    const TableDocument &doc = m_model->document();
    const MtaEdits::Row row = doc.row(documentRow);
    const QByteArray content = currentContent();
    if (column == TableModel::Comment) {
        commit(MtaEdits::setRowComment(*m_entry, content, row.line, text),
            text.isEmpty() ? tr("Remove the comment of %1").arg(QString::fromUtf8(row.key))
                           : tr("Comment %1").arg(QString::fromUtf8(row.key)));
        return;
    }
    if (column == TableModel::Value) {
        commit(MtaEdits::setTableEntry(*m_entry, content, row.key, text),
            tr("Set %1 to %2").arg(QString::fromUtf8(row.key), QString::fromUtf8(text)));
        return;
    }
    // A new key: the row is removed and added again where it stood.
    const auto removed = MtaEdits::removeTableEntry(*m_entry, content, row.key);
    if (!removed) {
        commit(removed, {});
        return;
    }
    RowPosition position {RowPosition::Where::Last, {}};
    if (documentRow + 1 < doc.rowCount())
        position = RowPosition {RowPosition::Where::Before, doc.row(documentRow + 1).key};
    auto added = MtaEdits::addTableEntry(*m_entry, removed->after, text, row.value, position);
    if (added)
        added->before = content;
    commit(added, tr("Rename %1 to %2").arg(QString::fromUtf8(row.key), QString::fromUtf8(text)));
}

std::optional<RowPosition> TablesPage::positionAfterCurrent() const
{
    const qsizetype row = m_model->documentRow(m_view->currentIndex().row());
    if (row < 0 || !m_model->document().ordered())
        return std::nullopt;
    return RowPosition {RowPosition::Where::After, m_model->document().row(row).key};
}

bool TablesPage::addRow(const QString &key, const QString &value)
{
    if (!m_entry)
        return false;
    const RowPosition position = positionAfterCurrent().value_or(RowPosition {RowPosition::Where::Last, {}});
    const bool ok = commit(MtaEdits::addTableEntry(*m_entry, currentContent(), key.toUtf8(), value.toUtf8(), position),
        tr("Add %1").arg(key));
    if (ok) {
        m_newKey->clear();
        m_newValue->clear();
        m_newKey->setFocus();
    }
    return ok;
}

bool TablesPage::removeRows(const QList<int> &rows)
{
    if (!m_entry || rows.isEmpty())
        return false;
    const QByteArray content = currentContent();
    std::expected<FileChange, QString> change = std::unexpected(QString());
    QByteArray now = content;
    QStringList keys;
    for (const int shown : rows) {
        const qsizetype row = m_model->documentRow(shown);
        if (row < 0)
            continue;
        const QByteArray key = m_model->document().row(row).key;
        change = MtaEdits::removeTableEntry(*m_entry, now, key);
        if (!change)
            return commit(change, {});
        now = change->after;
        keys.append(QString::fromUtf8(key));
    }
    if (!change)
        return false;
    change->before = content;
    return commit(
        change, keys.size() == 1 ? tr("Remove %1").arg(keys.first()) : tr("Remove %n rows", nullptr, int(keys.size())));
}

bool TablesPage::moveRow(int shownRow, int delta)
{
    const TableDocument &doc = m_model->document();
    const qsizetype row = m_model->documentRow(shownRow);
    const qsizetype other = row + delta;
    if (!m_entry || row < 0 || other < 0 || other >= doc.rowCount())
        return false;
    const QByteArray key = doc.row(row).key;
    const RowPosition position {delta < 0 ? RowPosition::Where::Before : RowPosition::Where::After, doc.row(other).key};
    return commit(MtaEdits::moveTableEntry(*m_entry, currentContent(), key, position),
        delta < 0 ? tr("Move %1 up").arg(QString::fromUtf8(key)) : tr("Move %1 down").arg(QString::fromUtf8(key)));
}

QString TablesPage::statusText() const
{
    return m_status->text();
}

void TablesPage::testLookup()
{
    if (!m_entry || !m_host.host || m_lookupKey->text().isEmpty())
        return;
    const QByteArray key = m_lookupKey->text().toUtf8();
    const QString &f = m_entry->formatType;
    Command command;
    if (f.startsWith(QLatin1String("postfix"))
        || (f == QLatin1String("aliases") && m_host.survey->mta && m_host.survey->mta->kind() == MtaKind::Postfix)) {
        const QString type = m_entry->mapType.isEmpty() ? QStringLiteral("hash") : m_entry->mapType;
        command.argv = {"/usr/sbin/postmap", "-q", key, (type + QLatin1Char(':') + m_entry->path).toUtf8()};
    } else if (f == QLatin1String("qmail-tcprules")) {
        // tcprulescheck reads the compiled rules the way tcpserver does
        command.argv
            = {"env", "TCPREMOTEIP=" + key, "tcprulescheck", (m_entry->path + QStringLiteral(".cdb")).toUtf8()};
    } else {
        return;
    }
    m_lookupResult->setText(tr("Asking %1…").arg(m_host.name));
    const QString path = m_entry->path;
    m_host.host->run(command).then(this, [this, path, key](const RemoteResult<CommandResult> &result) {
        if (!m_entry || m_entry->path != path)
            return;
        if (!result) {
            m_lookupResult->setText(tr("The lookup failed: %1").arg(result.error().toString()));
            return;
        }
        const QString out = QString::fromUtf8(result->out).trimmed();
        const QString err = QString::fromUtf8(result->err).trimmed();
        if (result->exitCode == 0 && !out.isEmpty())
            m_lookupResult->setText(tr("The live table answers for %1: %2").arg(QString::fromUtf8(key), out));
        else if (result->exitCode == 1 && err.isEmpty())
            m_lookupResult->setText(tr("The live table has no entry for %1.").arg(QString::fromUtf8(key)));
        else
            m_lookupResult->setText(tr("Exit code %1: %2").arg(result->exitCode).arg(err.isEmpty() ? out : err));
    });
}

} // namespace Mailwarden
