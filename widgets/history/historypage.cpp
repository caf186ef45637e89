#include "historypage.h"

#include "historymodel.h"

#include "changes/applydialog.h"
#include "changes/diffview.h"
#include "changes/pendingedits.h"

#include "mta/absentfilerollback.h"
#include "mta/historycache.h"
#include "mta/mta.h"
#include "mta/mtasurvey.h"
#include "remote/host.h"

#include <QAction>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QTreeView>
#include <QVBoxLayout>

namespace Mailwarden {

/// What the worker read from the host: the journal, whether its chain holds,
/// and the files that changed since it recorded them.
struct HistoryPage::Loaded {
    QList<HistoryEntry> entries;
    int brokenAt = 0; ///< HistoryJournal::verify()
    QString error; ///< the journal could not be read
    QList<Drift> drift;
    QString driftError;
};

HistoryPage::HistoryPage(PendingEdits *edits, QWidget *parent)
    : QWidget(parent)
    , m_edits(edits)
    , m_stack(new QStackedWidget(this))
    , m_stateLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_trust(new QPushButton(tr("Trust the Host's &Journal…"), this))
    , m_driftBox(new QGroupBox(tr("Changed outside Mailwarden"), this))
    , m_driftList(new QListWidget(m_driftBox))
    , m_model(new HistoryModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_detailTitle(new QLabel(this))
    , m_detailTabs(new QTabWidget(this))
    , m_diff(new DiffView(this))
    , m_validation(new QPlainTextEdit(this))
    , m_report(new QPlainTextEdit(this))
    , m_rollBackButton(new QPushButton(this))
    , m_rollBack(new QAction(tr("Roll &Back Change…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("HistoryPage"));
    m_stateLabel->setObjectName(QStringLiteral("state"));
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setWordWrap(true);
    m_stack->addWidget(m_stateLabel);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setToolTip(tr("Read the host's journal again and look for files changed outside Mailwarden."));
    m_trust->setObjectName(QStringLiteral("trustJournal"));
    m_trust->setToolTip(tr("Accept the journal on the host as it is now as this computer's record of the host."));
    m_trust->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_trust);
    top->addWidget(m_refresh);

    m_driftBox->setObjectName(QStringLiteral("drift"));
    m_driftList->setObjectName(QStringLiteral("driftList"));
    m_driftList->setMaximumHeight(fontMetrics().height() * 4);
    auto *driftLayout = new QVBoxLayout(m_driftBox);
    auto *driftHint = new QLabel(tr("These files are not what the journal last recorded: someone changed them "
                                    "without Mailwarden. Select one to see what changed. A roll back of a change "
                                    "that wrote them is refused until they are recorded again."),
        m_driftBox);
    driftHint->setWordWrap(true);
    driftLayout->addWidget(driftHint);
    driftLayout->addWidget(m_driftList);
    m_driftBox->hide();

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::UserRole);
    m_view->setObjectName(QStringLiteral("entries"));
    m_view->setModel(m_sorted);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HistoryModel::Id, Qt::DescendingOrder); // newest first
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_rollBack);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(HistoryModel::Description, QHeaderView::Stretch);

    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_validation->setReadOnly(true);
    m_report->setReadOnly(true);
    for (QPlainTextEdit *text : {static_cast<QPlainTextEdit *>(m_diff), m_validation, m_report}) {
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_detailTabs->setObjectName(QStringLiteral("detailTabs"));
    m_detailTabs->addTab(m_diff, tr("Changes"));
    m_detailTabs->addTab(m_validation, tr("Checks"));
    m_detailTabs->addTab(m_report, tr("Report"));
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailTabs, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_rollBack->setObjectName(QStringLiteral("rollBack"));
    m_rollBack->setToolTip(tr("Put every file of the selected change back as it was before it, with a preview first."));
    m_rollBackButton->setObjectName(QStringLiteral("rollBackButton"));
    connect(m_rollBackButton, &QPushButton::clicked, m_rollBack, &QAction::trigger);
    connect(m_rollBack, &QAction::changed, this, [this] {
        m_rollBackButton->setText(m_rollBack->text());
        m_rollBackButton->setEnabled(m_rollBack->isEnabled());
        m_rollBackButton->setToolTip(m_rollBack->toolTip());
    });
    m_rollBackButton->setText(m_rollBack->text());
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_rollBackButton);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(top);
    pageLayout->addWidget(m_driftBox);
    pageLayout->addWidget(splitter, 1);
    pageLayout->addLayout(bottom);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_refresh, &QPushButton::clicked, this, &HistoryPage::refresh);
    connect(m_trust, &QPushButton::clicked, this, &HistoryPage::trustJournal);
    connect(m_rollBack, &QAction::triggered, this, &HistoryPage::rollBack);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (selectedId() > 0) {
            m_driftList->clearSelection();
            m_driftList->setCurrentRow(-1);
        }
        showEntry();
    });
    connect(m_driftList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_view->selectionModel()->clearCurrentIndex();
        m_view->clearSelection();
        showDrift(row);
    });
    // Unapplied edits keep a roll back from running: say so on the button.
    connect(m_edits, &PendingEdits::fileChanged, this, &HistoryPage::updateActions);
    setActiveHost(ActiveHost {});
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::showState(const QString &text)
{
    m_stateLabel->setText(text);
    m_stack->setCurrentIndex(0);
}

void HistoryPage::setActiveHost(const ActiveHost &host)
{
    const bool same = host.name == m_host.name && host.state == m_host.state && host.survey == m_host.survey;
    m_host = host;
    if (same)
        return;
    ++m_generation;
    m_busy = false;
    if (host.state == ActiveHost::State::Disconnected) {
        showCache();
        return;
    }
    const QString waiting = waitingText(
        host, tr("Select a host in the list on the left to see the changes Mailwarden made to it."), QString());
    if (!waiting.isEmpty()) {
        showState(waiting);
        return;
    }
    refresh();
}

void HistoryPage::refresh()
{
    if (m_host.state != ActiveHost::State::Ready || !m_host.survey || !m_host.survey->mta)
        return;
    const quint64 generation = ++m_generation;
    m_busy = true;
    m_showingCache = false;
    m_stack->setCurrentIndex(1);
    m_status->setText(tr("Reading the journal of %1…").arg(m_host.name));
    updateActions();
    Host *host = m_host.host;
    const MtaKind kind = m_host.survey->mta->kind();
    m_loads
        .track(QtConcurrent::run([host, kind] {
            Loaded out;
            const auto entries = HistoryJournal::read(*host, kind);
            if (!entries) {
                out.error = entries.error().toString();
                return out;
            }
            out.entries = *entries;
            out.brokenAt = HistoryJournal::verify(out.entries);
            const auto drift = findDrift(*host, out.entries);
            if (drift)
                out.drift = *drift;
            else
                out.driftError = drift.error().toString();
            return out;
        }))
        .then(this, [this, generation](const Loaded &loaded) {
            if (generation != m_generation)
                return;
            m_busy = false;
            showLoaded(loaded);
            Q_EMIT ready();
        });
}

void HistoryPage::showLoaded(const Loaded &loaded)
{
    if (!loaded.error.isEmpty()) {
        showCache();
        m_status->setText(tr("The journal of %1 could not be read: %2").arg(m_host.name, loaded.error));
        return;
    }
    m_trustProblem.clear();
    if (loaded.brokenAt)
        m_trustProblem
            = tr("The journal's chain breaks at change %1: it was edited outside Mailwarden.").arg(loaded.brokenAt);
    // What this computer recorded of the journal before: a journal that does not
    // continue it was rewritten or cut on the host.
    bool cacheDisagrees = false;
    QString cacheWarning;
    if (const auto cache = HistoryCache::open(HistoryCache::pathFor(m_host.name)); !cache) {
        cacheWarning = tr("This computer's copy of the history could not be opened: %1").arg(cache.error());
    } else if (!loaded.brokenAt) {
        if (const auto synced = (*cache)->sync(loaded.entries); !synced) {
            m_trustProblem = tr("The journal on the host does not continue what this computer recorded of it: %1")
                                 .arg(synced.error());
            cacheDisagrees = true;
        }
    }
    m_trusted = m_trustProblem.isEmpty();
    m_trust->setVisible(cacheDisagrees);

    const int selected = selectedId();
    m_model->setEntries(loaded.entries);
    m_drift = loaded.drift;
    QSet<int> drifted;
    m_driftList->clear();
    for (const Drift &d : std::as_const(m_drift)) {
        drifted.insert(d.entryId);
        auto *item = new QListWidgetItem(d.currentSha256.isEmpty()
                ? tr("%1: removed since change %2").arg(d.path).arg(d.entryId)
                : tr("%1: changed since change %2").arg(d.path).arg(d.entryId),
            m_driftList);
        item->setData(Qt::UserRole, d.path);
    }
    m_model->setDrifted(drifted);
    m_driftBox->setVisible(!m_drift.isEmpty());
    m_stack->setCurrentIndex(1);
    showSummary();
    QStringList notes;
    if (!loaded.driftError.isEmpty())
        notes.append(tr("Drift could not be checked: %1").arg(loaded.driftError));
    if (!cacheWarning.isEmpty())
        notes.append(cacheWarning);
    m_status->setText(notes.join(QLatin1Char('\n')));
    if (!selectEntry(selected) && m_sorted->rowCount() > 0)
        m_view->setCurrentIndex(m_sorted->index(0, 0));
    showEntry();
    updateActions();
}

void HistoryPage::showCache()
{
    m_showingCache = true;
    m_trusted = false;
    m_trustProblem.clear();
    m_drift.clear();
    m_driftList->clear();
    m_driftBox->hide();
    m_trust->hide();
    const auto cache = HistoryCache::open(HistoryCache::pathFor(m_host.name));
    const QDateTime synced = cache ? (*cache)->syncedAt() : QDateTime();
    const auto entries = cache && synced.isValid()
        ? (*cache)->entries()
        : std::expected<QList<HistoryEntry>, QString>(QList<HistoryEntry> {});
    if (!cache || !synced.isValid() || !entries) {
        showState(tr("Connect to %1 to see the changes made to it (Host ▸ Connect); nothing of its history is "
                     "cached on this computer yet.")
                .arg(m_host.name));
        return;
    }
    m_model->setEntries(*entries);
    m_summary->setText(tr("The history of <b>%1</b> as this computer last read it from the host, %2. Connect to "
                          "see changes made since, files changed outside Mailwarden, and to roll back.")
            .arg(m_host.name.toHtmlEscaped(), QLocale().toString(synced.toLocalTime(), QLocale::ShortFormat)));
    m_status->clear();
    m_stack->setCurrentIndex(1);
    if (m_sorted->rowCount() > 0)
        m_view->setCurrentIndex(m_sorted->index(0, 0));
    showEntry();
    updateActions();
}

void HistoryPage::showSummary()
{
    const int changes = m_model->rowCount();
    QString text = changes == 0
        ? tr("Mailwarden has not changed %1 yet: changes applied from any console appear here.")
              .arg(m_host.name.toHtmlEscaped())
        : tr("<b>%n change(s)</b> recorded on %1.", nullptr, changes).arg(m_host.name.toHtmlEscaped());
    if (!m_trustProblem.isEmpty())
        text += QLatin1Char(' ')
            + tr("<b>The journal cannot be trusted:</b> %1 Roll back is refused.").arg(m_trustProblem.toHtmlEscaped());
    else if (changes > 0)
        text += QLatin1Char(' ') + tr("The journal's chain holds.");
    if (!m_drift.isEmpty())
        text += QLatin1Char(' ')
            + tr("<b>%n file(s) changed outside Mailwarden</b> since.", nullptr, int(m_drift.size()));
    m_summary->setText(text);
}

int HistoryPage::selectedId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(HistoryModel::EntryIdRole).toInt() : 0;
}

bool HistoryPage::selectEntry(int id)
{
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const QModelIndex index = m_sorted->index(row, 0);
        if (index.data(HistoryModel::EntryIdRole).toInt() == id) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void HistoryPage::showEntry()
{
    const HistoryEntry *e = m_model->entry(selectedId());
    m_detailTabs->setTabEnabled(1, e != nullptr);
    m_detailTabs->setTabEnabled(2, e != nullptr);
    if (!e) {
        if (m_driftList->currentRow() < 0) {
            m_detailTitle->clear();
            m_diff->setDiff({});
            m_validation->clear();
            m_report->clear();
        }
        updateActions();
        return;
    }
    m_detailTitle->setText(tr("Change %1: %2 — %3 by %4, %5")
            .arg(e->id)
            .arg(e->description, HistoryModel::outcomeText(e->outcome).toLower(), e->who,
                QLocale().toString(e->time.toLocalTime(), QLocale::LongFormat)));
    m_diff->setDiff(e->diff.toUtf8());
    m_validation->setPlainText(
        e->validation.isEmpty() ? tr("No checks were recorded for this change.") : e->validation);
    m_report->setPlainText(e->report);
    updateActions();
}

void HistoryPage::showDrift(int row)
{
    if (row < 0 || row >= m_drift.size() || !m_host.host)
        return;
    const Drift drift = m_drift.at(row);
    m_detailTabs->setCurrentIndex(0);
    m_detailTabs->setTabEnabled(1, false);
    m_detailTabs->setTabEnabled(2, false);
    m_detailTitle->setText(tr("%1 as it is now, against what change %2 recorded").arg(drift.path).arg(drift.entryId));
    m_diff->setPlainText(tr("Reading %1…").arg(drift.path));
    updateActions();
    Host *host = m_host.host;
    const quint64 generation = m_generation;
    m_loads.track(QtConcurrent::run([host, drift] { return driftDiff(*host, drift); }))
        .then(this, [this, generation, row](const std::expected<QByteArray, QString> &diff) {
            if (generation != m_generation || m_driftList->currentRow() != row)
                return;
            if (diff)
                m_diff->setDiff(*diff);
            else
                m_diff->setPlainText(tr("No difference to show: %1").arg(diff.error()));
            Q_EMIT driftDiffShown();
        });
}

void HistoryPage::updateActions()
{
    const HistoryEntry *e = m_model->entry(selectedId());
    const bool connected = m_host.state == ActiveHost::State::Ready && !m_showingCache;
    bool possible = connected && !m_busy && m_trusted && e && e->outcome == QLatin1String("applied");
    QString why;
    if (!e)
        why = tr("Select a change to roll it back.");
    else if (!connected)
        why = tr("Connect to %1 to roll back.").arg(m_host.name);
    else if (e->outcome != QLatin1String("applied"))
        why = tr("Change %1 was not applied: there is nothing to roll back.").arg(e->id);
    else if (!m_trusted)
        why = tr("The journal cannot be trusted: roll back is refused.");
    else if (m_edits->hasEdits(m_host.name)) {
        possible = false;
        why = tr("Apply or revert the unapplied changes to %1 first.").arg(m_host.name);
    }
    m_rollBack->setEnabled(possible);
    m_rollBack->setToolTip(
        possible ? tr("Put every file of change %1 back as it was before it, with a preview first.").arg(e->id) : why);
    m_refresh->setEnabled(connected && !m_busy);
}

void HistoryPage::trustJournal()
{
    const auto answer = QMessageBox::warning(this, tr("Trust the Host's Journal"),
        tr("The journal on %1 does not continue what this computer recorded of it: entries were rewritten or "
           "removed on the host. Accept it as it is now only if you know why (a restored backup, a journal "
           "replaced on purpose).")
            .arg(m_host.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const auto cache = HistoryCache::open(HistoryCache::pathFor(m_host.name));
    if (!cache) {
        m_status->setText(cache.error());
        return;
    }
    if (const auto cleared = (*cache)->clear(); !cleared) {
        m_status->setText(cleared.error());
        return;
    }
    refresh();
}

void HistoryPage::rollBack()
{
    const int id = selectedId();
    const HistoryEntry *e = m_model->entry(id);
    if (!e || m_busy || !m_trusted || m_host.state != ActiveHost::State::Ready || !m_host.survey || !m_host.survey->mta)
        return;
    if (m_edits->hasEdits(m_host.name)) {
        m_status->setText(tr("Apply or revert the unapplied changes to %1 first: a roll back writes the files as "
                             "they were, and the edits expect them as they are.")
                .arg(m_host.name));
        return;
    }
    m_busy = true;
    updateActions();
    m_status->setText(tr("Preparing the roll back of change %1…").arg(id));
    Host *host = m_host.host;
    const QString name = m_host.name;
    const MtaKind kind = m_host.survey->mta->kind();
    const QList<HistoryEntry> entries = m_model->entries();
    QList<FileChange> formats;
    for (const CatalogueEntry &c : m_host.survey->catalogue)
        formats.append({c.path, c.formatType, c.mapType, {}, {}});
    m_loads
        .track(QtConcurrent::run(
            [host, kind, entries, id, formats] { return rollbackWithAbsentFiles(*host, kind, entries, id, formats); }))
        .then(this, [this, host, name, id](const std::expected<ChangeSet, QString> &changes) {
            if (m_host.name != name || m_host.host != host || m_host.state != ActiveHost::State::Ready) {
                m_busy = false;
                return;
            }
            if (!changes) {
                m_busy = false;
                m_status->setText(tr("Roll back of change %1 refused: %2").arg(id).arg(changes.error()));
                updateActions();
                return;
            }
            ApplyDialog dialog(*host, *m_host.survey->mta, *changes, this);
            dialog.setWindowTitle(tr("Roll Back Change %1").arg(id));
            dialog.exec();
            m_busy = false;
            switch (dialog.outcome()) {
            case ChangeSetRunner::Outcome::Applied:
                m_status->setText(tr("Change %1 was rolled back.").arg(id));
                // The configuration changed: the tabs read it again, this one included.
                Q_EMIT configurationChanged();
                break;
            case ChangeSetRunner::Outcome::Cancelled:
                m_status->setText(tr("Roll back of change %1 cancelled: nothing was changed.").arg(id));
                updateActions();
                break;
            default: // the attempt is in the journal now
                m_status->setText(tr("Roll back of change %1 failed; see the journal.").arg(id));
                refresh();
                break;
            }
        });
}

QString HistoryPage::statusText() const
{
    return m_stack->currentIndex() == 0 ? m_stateLabel->text() : m_status->text();
}

QString HistoryPage::detailText() const
{
    return m_diff->toPlainText();
}

} // namespace Mailwarden
