#include "configpage.h"

#include "changes/applydialog.h"
#include "changes/pendingedits.h"
#include "codeeditor.h"
#include "findbar.h"
#include "masterform.h"
#include "postfixform.h"
#include "qmailcontrolform.h"
#include "sendmailmcform.h"

#include "formats/formathandler.h"
#include "mta/mta.h"
#include "mta/mtaedits.h"
#include "mta/mtafiles.h"
#include "mta/mtasurvey.h"
#include "mta/tabledocument.h"
#include "remote/host.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Mailwarden {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kLineRole = Qt::UserRole + 2;
constexpr int kColumnRole = Qt::UserRole + 3;

// The files of the Config tab: the main configuration, qmail's control files,
// and whatever the Tables tab cannot edit row by row (.qmail files, assign, …).
bool belongsHere(const CatalogueEntry &e)
{
    if (e.readOnly || e.formatType.isEmpty())
        return false;
    return e.group == CatalogueEntry::Group::MainConfig || e.group == CatalogueEntry::Group::ControlFiles
        || !TableDocument::isTable(e.formatType);
}

bool isGeneratedCf(const CatalogueEntry &e)
{
    return e.formatType == QLatin1String("sendmail-cf");
}

struct CheckResult {
    QList<Diagnostic> diagnostics;
    std::optional<ParseError> error;
};
} // namespace

ConfigPage::ConfigPage(PendingEdits *edits, QWidget *parent)
    : QWidget(parent)
    , m_edits(edits)
    , m_stack(new QStackedWidget(this))
    , m_stateLabel(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_files(new QStandardItemModel(this))
    , m_title(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_unlock(new QPushButton(tr("&Edit Anyway"), this))
    , m_rebuild(new QPushButton(tr("Re&build sendmail.cf…"), this))
    , m_views(new QTabWidget(this))
    , m_forms(new QStackedWidget(this))
    , m_form(new PostfixForm(this))
    , m_masterForm(new MasterForm(this))
    , m_sendmailForm(new SendmailMcForm(this))
    , m_qmailForm(new QmailControlForm(this))
    , m_editor(new CodeEditor(this))
    , m_findBar(new FindBar(m_editor, this))
    , m_status(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_commitTimer(new QTimer(this))
    , m_checkTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("ConfigPage"));
    m_stateLabel->setObjectName(QStringLiteral("state"));
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setWordWrap(true);
    m_stack->addWidget(m_stateLabel);

    m_tree->setObjectName(QStringLiteral("files"));
    m_tree->setModel(m_files);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderHidden(true);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_unlock->setObjectName(QStringLiteral("editAnyway"));
    m_rebuild->setObjectName(QStringLiteral("rebuildCf"));
    m_rebuild->setToolTip(tr("Run m4 on the host's sendmail.mc and replace sendmail.cf with the result, "
                             "after a preview; for a .cf edited by hand or a .mc changed outside Mailwarden."));
    m_rebuild->hide();
    m_editor->setObjectName(QStringLiteral("editor"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problems"));

    // A pause in typing is one edit; checking follows sooner, as you type.
    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(700);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    auto *noticeRow = new QHBoxLayout;
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(m_unlock);
    noticeRow->addWidget(m_rebuild);
    rightLayout->addLayout(noticeRow);
    auto *raw = new QWidget(this);
    auto *rawLayout = new QVBoxLayout(raw);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(m_editor, 1);
    rawLayout->addWidget(m_findBar);
    rawLayout->addWidget(m_problems);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    m_views->addTab(raw, tr("Ra&w"));
    m_forms->addWidget(m_form);
    m_forms->addWidget(m_masterForm);
    m_forms->addWidget(m_sendmailForm);
    m_forms->addWidget(m_qmailForm);
    m_views->addTab(m_forms, tr("F&orm"));
    rightLayout->addWidget(m_views, 1);
    rightLayout->addWidget(m_status);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({200, 900});
    m_stack->addWidget(splitter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    auto *find = new QAction(tr("&Find…"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_findBar, &FindBar::showFind);
    auto *replace = new QAction(tr("&Replace…"), this);
    replace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    replace->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(replace, &QAction::triggered, m_findBar, &FindBar::showReplace);
    auto *next = new QAction(this);
    next->setShortcut(QKeySequence::FindNext);
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, m_findBar, [this] { m_findBar->findNext(); });
    addActions({find, replace, next});

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const QString path = index.data(kPathRole).toString();
        if (!path.isEmpty())
            openFile(path);
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ConfigPage::onTextChanged);
    connect(m_commitTimer, &QTimer::timeout, this, &ConfigPage::commitEdits);
    connect(m_checkTimer, &QTimer::timeout, this, &ConfigPage::check);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_editor->goToLine(item->data(kLineRole).toInt(), item->data(kColumnRole).toInt());
    });
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        m_cfUnlocked = true;
        setEditable(true, {});
    });
    connect(m_rebuild, &QPushButton::clicked, this, &ConfigPage::rebuildSendmailCf);
    connect(m_edits, &PendingEdits::fileChanged, this, &ConfigPage::onFileChanged);
    m_editor->installEventFilter(this);
    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        commitEdits(); // typing in the raw text is an edit before the form shows it
        updateForm();
    });
    connect(m_form, &PostfixForm::setRequested, this, [this](const QByteArray &name, const QByteArray &value) {
        editWithForm(
            [name, value](const QString &path, const QByteArray &content) {
                return MtaEdits::setPostfixParameter(path, content, name, value);
            },
            tr("%1 = %2").arg(QString::fromUtf8(name), QString::fromUtf8(value)));
    });
    connect(m_form, &PostfixForm::resetRequested, this, [this](const QByteArray &name) {
        editWithForm([name](const QString &path,
                         const QByteArray &content) { return MtaEdits::unsetPostfixParameter(path, content, name); },
            tr("%1 back to its default").arg(QString::fromUtf8(name)));
    });
    connect(m_form, &PostfixForm::openTableRequested, this, &ConfigPage::openTableRequested);
    connect(m_masterForm, &MasterForm::editRequested, this,
        [this](const MasterServiceModel::Edit &edit, const QString &description) {
            editWithForm(
                [edit](const QString &path, const QByteArray &content) -> std::expected<FileChange, QString> {
                    auto cf = PostfixMasterCf::parse(content, path);
                    if (!cf)
                        return std::unexpected(cf.error().toString());
                    if (!edit(*cf))
                        return std::unexpected(tr("master.cf has no such service"));
                    return FileChange {path, {}, {}, content, cf->toBytes()};
                },
                description);
        });
    connect(m_sendmailForm, &SendmailMcForm::editRequested, this, &ConfigPage::editWithForm);
    connect(m_qmailForm, &QmailControlForm::setRequested, this, &ConfigPage::editControlFile);

    setActiveHost(ActiveHost {});
}

ConfigPage::~ConfigPage() = default;

bool ConfigPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        commitEdits(); // leaving the editor ends a pause as well
    return QWidget::eventFilter(watched, event);
}

void ConfigPage::showState(const QString &text)
{
    m_stateLabel->setText(text);
    m_stack->setCurrentIndex(0);
}

void ConfigPage::setActiveHost(const ActiveHost &host)
{
    if (host.name != m_host.name)
        commitEdits(); // the typing of the last pause belongs to the host it was typed for
    const bool sameSurvey = host.name == m_host.name && host.survey && host.survey == m_host.survey;
    m_host = host;
    const QString waiting
        = waitingText(host, tr("Select a host in the list on the left to see its main configuration."),
            tr("Connect to %1 to see its configuration (Host ▸ Connect).").arg(host.name));
    if (!waiting.isEmpty()) {
        showState(waiting);
        return;
    }
    m_stack->setCurrentIndex(1);
    if (sameSurvey)
        return;
    m_loaded.remove(host.name);
    const QString previous = m_entry ? m_entry->path : QString();
    m_entry.reset();
    fillFiles();
    if (previous.isEmpty() || !openFile(previous)) {
        // the first file of the list: main.cf, sendmail.mc, qmail's "me"
        const QStandardItem *group = m_files->item(0);
        if (!group || !group->child(0) || !openFile(group->child(0)->data(kPathRole).toString())) {
            ++m_generation;
            m_title->setText(tr("This host has no configuration file Mailwarden edits."));
            m_status->clear();
            clearEditor();
        }
    }
}

void ConfigPage::fillFiles()
{
    m_files->clear();
    if (!m_host.survey)
        return;
    const CatalogueEntry::Group order[] = {CatalogueEntry::Group::MainConfig, CatalogueEntry::Group::ControlFiles,
        CatalogueEntry::Group::AccessAndRelay, CatalogueEntry::Group::Aliases, CatalogueEntry::Group::Routing,
        CatalogueEntry::Group::AddressRewriting, CatalogueEntry::Group::HeaderBodyChecks,
        CatalogueEntry::Group::TlsAndSasl, CatalogueEntry::Group::Other};
    for (const CatalogueEntry::Group group : order) {
        QList<CatalogueEntry> entries;
        for (const CatalogueEntry &e : m_host.survey->catalogue) {
            if (e.group == group && belongsHere(e))
                entries.append(e);
        }
        // the .cf generated from the .mc last: the .mc is what an admin edits
        std::stable_partition(
            entries.begin(), entries.end(), [](const CatalogueEntry &e) { return !isGeneratedCf(e); });
        QList<QStandardItem *> items;
        for (const CatalogueEntry &e : std::as_const(entries)) {
            auto *item = new QStandardItem(QFileInfo(e.path).fileName());
            item->setData(e.path, kPathRole);
            item->setToolTip(e.path);
            items.append(item);
        }
        if (items.isEmpty())
            continue;
        auto *heading = new QStandardItem(catalogueGroupName(group));
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setSelectable(false);
        for (QStandardItem *item : items)
            heading->appendRow(item);
        m_files->appendRow(heading);
    }
    m_tree->expandAll();
}

bool ConfigPage::openFile(const QString &path)
{
    if (!m_host.survey)
        return false;
    for (const CatalogueEntry &e : m_host.survey->catalogue) {
        if (e.path != path || !belongsHere(e))
            continue;
        for (int g = 0; g < m_files->rowCount(); ++g) {
            const QStandardItem *group = m_files->item(g);
            for (int r = 0; r < group->rowCount(); ++r) {
                if (group->child(r)->data(kPathRole).toString() == path
                    && m_tree->currentIndex() != group->child(r)->index()) {
                    const QSignalBlocker blocker(m_tree->selectionModel());
                    m_tree->setCurrentIndex(group->child(r)->index());
                }
            }
        }
        commitEdits();
        openEntry(e);
        return true;
    }
    return false;
}

void ConfigPage::openEntry(const CatalogueEntry &entry)
{
    m_entry = entry;
    m_cfUnlocked = false;
    const quint64 generation = ++m_generation;
    QString title = QStringLiteral("<b>%1</b>").arg(entry.path.toHtmlEscaped());
    if (!entry.usedBy.isEmpty())
        title
            += QStringLiteral("<br>") + tr("Used by: %1").arg(entry.usedBy.join(QStringLiteral(", ")).toHtmlEscaped());
    m_title->setText(title);
    m_editor->setFormatType(entry.formatType);
    m_views->setTabVisible(1, hasForm());
    m_rebuild->setVisible(isGeneratedCf(entry) || entry.formatType == QLatin1String("sendmail-mc"));
    clearEditor();
    m_problems->clear();
    m_problems->hide();
    // Always from the host once per survey, also when an edit is pending (typed
    // before a host switch, or made in the Privacy tab): its bytes are what an
    // edit starts from and what the page falls back to after Undo or Revert.
    if (m_loaded.value(m_host.name).contains(entry.path)) {
        showContent(currentContent());
        Q_EMIT fileLoaded(entry.path);
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
                Q_EMIT fileLoaded(entry.path);
                return;
            }
            m_loaded[name].insert(entry.path, *file);
            showContent(currentContent());
            Q_EMIT fileLoaded(entry.path);
        });
}

QByteArray ConfigPage::currentContent() const
{
    if (!m_entry)
        return {};
    if (const auto pending = m_edits->file(m_host.name, m_entry->path))
        return pending->after;
    return m_loaded.value(m_host.name).value(m_entry->path).bytes;
}

void ConfigPage::clearEditor()
{
    ++m_checkGeneration;
    {
        const QScopedValueRollback<bool> loading(m_loading, true);
        m_editor->clear();
    }
    m_editor->setFindings({}, std::nullopt);
    setEditable(false, {});
    m_problems->clear();
    m_problems->hide();
}

void ConfigPage::showContent(const QByteArray &content)
{
    // Keep the view where it was when the same file comes back changed (undo, another tab).
    const int position = m_editor->textCursor().position();
    const int scroll = m_editor->verticalScrollBar()->value();
    {
        const QScopedValueRollback<bool> loading(m_loading, true);
        m_editor->setPlainText(QString::fromUtf8(content));
    }
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(qMin(position, m_editor->document()->characterCount() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->verticalScrollBar()->setValue(scroll);
    if (!m_entry)
        return;
    const LoadedFile loaded = m_loaded.value(m_host.name).value(m_entry->path);
    if (m_editor->toPlainText().toUtf8() != content) {
        // not UTF-8, NUL bytes, CR line ends…: editing would change bytes nobody touched
        setEditable(false,
            tr("Shown read-only: this file has bytes the editor could not give back unchanged "
               "(it is not plain UTF-8 text with LF line ends)."));
    } else if (isGeneratedCf(*m_entry) && !m_cfUnlocked) {
        setEditable(false,
            tr("Generated from sendmail.mc: edit the .mc instead; Apply rebuilds this file from it "
               "with m4. Edit it here only if this host keeps its configuration in the .cf."));
        m_unlock->show();
    } else {
        setEditable(true, {});
    }
    const int lines = m_editor->blockCount() - (content.endsWith('\n') ? 1 : 0);
    const bool pending = m_edits->file(m_host.name, m_entry->path).has_value();
    m_status->setText(loaded.absent && !pending
            ? tr("%1 does not exist yet: what you type creates it.").arg(m_entry->path)
            : (pending ? tr("%n line(s); changed, not applied.", nullptr, lines) : tr("%n line(s).", nullptr, lines)));
    updateForm();
    check();
}

void ConfigPage::rebuildSendmailCf()
{
    if (m_host.state != ActiveHost::State::Ready || !m_host.survey || !m_host.host)
        return;
    commitEdits();
    if (m_edits->hasEdits(m_host.name)) {
        // the .cf is made from the .mc on the host: pending edits would be left out or overwritten
        m_status->setText(tr("Apply or revert the edits of %1 first: the rebuild starts from the files on the host.")
                .arg(m_host.name));
        return;
    }
    QString mcPath;
    for (const CatalogueEntry &e : m_host.survey->catalogue) {
        if (e.formatType == QLatin1String("sendmail-mc"))
            mcPath = e.path;
    }
    if (mcPath.isEmpty()) {
        m_status->setText(tr("This host has no sendmail.mc to build sendmail.cf from."));
        return;
    }
    m_rebuild->setEnabled(false);
    m_status->setText(tr("Running m4 on %1…").arg(mcPath));
    Host *host = m_host.host;
    const auto survey = m_host.survey; // keeps the Mta alive for the background run
    const QString name = m_host.name;
    m_loads
        .track(QtConcurrent::run([host, survey, mcPath]() -> RemoteResult<QList<FileChange>> {
            const auto mc = MtaFiles::load(*host, mcPath);
            if (!mc)
                return std::unexpected(mc.error());
            // the .mc "changed" to itself: the MTA generates and load-tests the .cf from it
            return survey->mta->derivedChanges(
                *host, {{mcPath, QStringLiteral("sendmail-mc"), {}, mc->bytes, mc->bytes}});
        }))
        .then(this, [this, host, name](const RemoteResult<QList<FileChange>> &derived) {
            m_rebuild->setEnabled(true);
            if (m_host.name != name || m_host.host != host || m_host.state != ActiveHost::State::Ready)
                return;
            if (!derived) {
                m_status->setText(tr("sendmail.cf was not rebuilt: %1").arg(derived.error().toString()));
                return;
            }
            ChangeSet changes(m_host.survey->mta->kind(), tr("Rebuild sendmail.cf from sendmail.mc"));
            for (const FileChange &f : *derived)
                changes.addFile(f);
            if (changes.files().isEmpty()) {
                m_status->setText(tr("sendmail.cf is already what sendmail.mc makes: nothing to rebuild."));
                return;
            }
            ApplyDialog dialog(*host, *m_host.survey->mta, changes, this);
            dialog.setWindowTitle(tr("Rebuild sendmail.cf"));
            dialog.exec();
            switch (dialog.outcome()) {
            case ChangeSetRunner::Outcome::Applied:
                m_status->setText(tr("sendmail.cf was rebuilt from sendmail.mc."));
                Q_EMIT configurationChanged();
                break;
            case ChangeSetRunner::Outcome::Cancelled:
                m_status->setText(tr("Rebuild cancelled: nothing was changed."));
                break;
            default:
                m_status->setText(tr("The rebuild failed and was rolled back; see the History tab."));
                break;
            }
        });
}

void ConfigPage::setEditable(bool editable, const QString &why)
{
    m_editor->setReadOnly(!editable);
    m_notice->setText(why);
    m_notice->setVisible(!why.isEmpty());
    m_unlock->hide();
}

void ConfigPage::onTextChanged()
{
    if (m_loading || !m_entry || m_editor->isReadOnly())
        return;
    const bool was = m_commitTimer->isActive();
    m_commitTimer->start();
    m_checkTimer->start();
    if (!was)
        Q_EMIT uncommittedEditsChanged();
}

bool ConfigPage::hasUncommittedEdits() const
{
    return m_commitTimer->isActive();
}

void ConfigPage::commitEdits()
{
    if (m_commitTimer->isActive()) {
        m_commitTimer->stop();
        Q_EMIT uncommittedEditsChanged();
    }
    if (!m_entry || m_host.name.isEmpty() || m_editor->isReadOnly()
        || !m_loaded.value(m_host.name).contains(m_entry->path))
        return;
    const LoadedFile loaded = m_loaded.value(m_host.name).value(m_entry->path);
    const QByteArray text = m_editor->toPlainText().toUtf8();
    if (text == currentContent())
        return;
    FileChange change;
    change.path = m_entry->path;
    change.formatType = m_entry->formatType;
    change.mapType = m_entry->mapType;
    change.before = loaded.bytes;
    change.absentBefore = loaded.absent;
    change.after = text;
    m_edits->edit(m_host.name, change, tr("Edit %1").arg(QFileInfo(m_entry->path).fileName()));
}

void ConfigPage::onFileChanged(const QString &host, const QString &path)
{
    // qmail's form shows every control file, not only the one open
    if (host == m_host.name && m_entry && path != m_entry->path && isShowingForm()
        && m_forms->currentWidget() == m_qmailForm && controlFilePaths().contains(path))
        updateForm();
    if (host != m_host.name || !m_entry || path != m_entry->path)
        return;
    if (!m_loaded.value(host).contains(path) && !m_edits->file(host, path))
        return; // still loading
    const QByteArray content = currentContent();
    if (m_editor->toPlainText().toUtf8() != content) {
        if (m_commitTimer->isActive()) { // undo, redo, revert or another tab: their content wins
            m_commitTimer->stop();
            Q_EMIT uncommittedEditsChanged();
        }
        showContent(content);
    } else {
        const bool pending = m_edits->file(host, path).has_value();
        const int lines = m_editor->blockCount() - (content.endsWith('\n') ? 1 : 0);
        m_status->setText(
            pending ? tr("%n line(s); changed, not applied.", nullptr, lines) : tr("%n line(s).", nullptr, lines));
        updateForm(); // typing recorded: the form shows it now
    }
}

void ConfigPage::check()
{
    m_checkTimer->stop();
    if (!m_entry)
        return;
    const FormatHandler *handler = findFormatHandler(m_entry->formatType);
    if (!handler)
        return;
    const quint64 generation = ++m_checkGeneration;
    const QByteArray text = m_editor->toPlainText().toUtf8();
    const QString path = m_entry->path;
    QtConcurrent::run([handler, text, path] {
        CheckResult result;
        const auto checked = handler->check(text, path);
        if (checked)
            result.diagnostics = *checked;
        else
            result.error = checked.error();
        return result;
    }).then(this, [this, generation, path](const CheckResult &result) {
        if (generation != m_checkGeneration || !m_entry || m_entry->path != path)
            return;
        m_editor->setFindings(result.diagnostics, result.error);
        m_problems->clear();
        if (result.error) {
            auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxCritical),
                tr("Line %1: %2").arg(result.error->line).arg(result.error->message), m_problems);
            item->setData(kLineRole, result.error->line);
            item->setData(kColumnRole, result.error->column);
        }
        for (const Diagnostic &d : result.diagnostics) {
            auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                tr("Line %1: %2").arg(d.line).arg(d.message), m_problems);
            item->setData(kLineRole, d.line);
            item->setData(kColumnRole, d.column);
        }
        // as high as its findings, up to five
        if (m_problems->count() > 0)
            m_problems->setFixedHeight(
                qMin(m_problems->count(), 5) * m_problems->sizeHintForRow(0) + 2 * m_problems->frameWidth() + 2);
        m_problems->setVisible(m_problems->count() > 0);
        if (result.error)
            m_status->setText(
                tr("Apply refuses %1 until line %2 is fixed.").arg(QFileInfo(path).fileName()).arg(result.error->line));
        Q_EMIT checked(path);
    });
}

bool ConfigPage::hasForm() const
{
    return m_entry && m_host.survey
        && (m_entry->formatType == QLatin1String("postfix-main")
            || m_entry->formatType == QLatin1String("postfix-master")
            || m_entry->formatType == QLatin1String("sendmail-mc")
            || m_entry->formatType == QLatin1String("qmail-control"));
}

void ConfigPage::showForm(bool form)
{
    m_views->setCurrentIndex(form && hasForm() ? 1 : 0);
}

bool ConfigPage::isShowingForm() const
{
    return hasForm() && m_views->currentIndex() == 1;
}

void ConfigPage::updateForm()
{
    if (!isShowingForm() || !m_loaded.value(m_host.name).contains(m_entry->path))
        return;
    if (m_entry->formatType == QLatin1String("qmail-control")) {
        m_forms->setCurrentWidget(m_qmailForm);
        const QString name = m_host.name;
        m_qmailForm->setSettings(
            m_host.survey->options, [this, name](const QByteArray &file) -> std::optional<std::optional<QByteArray>> {
                const auto change
                    = m_edits->file(name, QStringLiteral("/var/qmail/control/") + QString::fromUtf8(file));
                if (!change)
                    return std::nullopt;
                if (change->absentAfter)
                    return std::optional<QByteArray>();
                const qsizetype end = change->after.indexOf('\n');
                return std::optional<QByteArray>(end < 0 ? change->after : change->after.left(end));
            });
        bool all = true;
        for (const QString &path : controlFilePaths())
            all = all && m_loaded.value(m_host.name).contains(path);
        if (all) {
            m_qmailForm->setEditable(!m_editor->isReadOnly());
        } else {
            m_qmailForm->setEditable(false, tr("Reading the control files…"));
            loadControlFiles();
        }
        return;
    }
    if (m_entry->formatType == QLatin1String("sendmail-mc")) {
        m_forms->setCurrentWidget(m_sendmailForm);
        m_sendmailForm->setContent(currentContent());
        m_sendmailForm->setEditable(!m_editor->isReadOnly());
        return;
    }
    if (m_entry->formatType == QLatin1String("postfix-master")) {
        m_forms->setCurrentWidget(m_masterForm);
        m_masterForm->setContent(currentContent());
        m_masterForm->setEditable(!m_editor->isReadOnly());
        return;
    }
    m_forms->setCurrentWidget(m_form);
    m_form->setContent(m_host.survey->options, currentContent());
    m_form->setEditable(!m_editor->isReadOnly());
}

void ConfigPage::editWithForm(const FormEdit &edit, const QString &description)
{
    if (!hasForm() || m_editor->isReadOnly() || !m_loaded.value(m_host.name).contains(m_entry->path))
        return;
    commitEdits(); // typing in the raw text first: the form's change builds on it
    const LoadedFile loaded = m_loaded.value(m_host.name).value(m_entry->path);
    auto change = edit(m_entry->path, currentContent());
    if (!change) {
        m_status->setText(tr("Not changed: %1").arg(change.error()));
        updateForm(); // the control shows the value again
        return;
    }
    change->formatType = m_entry->formatType;
    change->before = loaded.bytes;
    change->absentBefore = loaded.absent;
    if (change->after == currentContent())
        return;
    m_edits->edit(m_host.name, *change, description);
}

QStringList ConfigPage::controlFilePaths() const
{
    QStringList out;
    if (m_host.survey) {
        for (const MtaOption &o : m_host.survey->options)
            out.append(QStringLiteral("/var/qmail/control/") + QString::fromUtf8(o.name));
    }
    return out;
}

void ConfigPage::loadControlFiles()
{
    if (m_controlFilesLoading)
        return;
    QStringList missing;
    for (const QString &path : controlFilePaths()) {
        if (!m_loaded.value(m_host.name).contains(path))
            missing.append(path);
    }
    m_controlFilesLoading = true;
    Host *host = m_host.host;
    const QString name = m_host.name;
    const quint64 generation = m_generation;
    m_loads
        .track(QtConcurrent::run([host, missing] {
            QHash<QString, RemoteResult<LoadedFile>> out;
            for (const QString &path : missing)
                out.insert(path, MtaFiles::load(*host, path));
            return out;
        }))
        .then(this, [this, name, generation](const QHash<QString, RemoteResult<LoadedFile>> &loaded) {
            m_controlFilesLoading = false;
            if (name != m_host.name || generation != m_generation)
                return;
            QStringList errors;
            for (auto it = loaded.begin(); it != loaded.end(); ++it) {
                if (it.value())
                    m_loaded[name].insert(it.key(), *it.value());
                else
                    errors.append(tr("%1: %2").arg(it.key(), it.value().error().toString()));
            }
            if (!errors.isEmpty()) {
                m_qmailForm->setEditable(
                    false, tr("The control files could not be read: %1").arg(errors.join(QLatin1String("; "))));
                return;
            }
            updateForm();
        });
}

void ConfigPage::editControlFile(const QByteArray &name, const QByteArray &value)
{
    const QString path = QStringLiteral("/var/qmail/control/") + QString::fromUtf8(name);
    if (!m_loaded.value(m_host.name).contains(path))
        return;
    commitEdits();
    const LoadedFile loaded = m_loaded.value(m_host.name).value(path);
    const std::optional<FileChange> pending = m_edits->file(m_host.name, path);
    const QByteArray content = pending ? pending->after : loaded.bytes;
    const bool absent = pending ? pending->absentAfter : loaded.absent;
    CatalogueEntry entry;
    entry.path = path;
    entry.formatType = QStringLiteral("qmail-control");
    entry.group = CatalogueEntry::Group::ControlFiles;
    std::expected<FileChange, QString> change;
    if (value.isEmpty()) {
        if (absent)
            return; // qmail's default already
        change = MtaEdits::removeFile(entry, content);
    } else {
        change = MtaEdits::setQmailControl(entry, content, value);
    }
    if (!change) {
        m_status->setText(tr("Not changed: %1").arg(change.error()));
        updateForm();
        return;
    }
    change->before = loaded.bytes;
    change->absentBefore = loaded.absent;
    m_edits->edit(m_host.name, *change,
        value.isEmpty() ? tr("%1 back to qmail's default").arg(QString::fromUtf8(name))
                        : tr("%1 = %2").arg(QString::fromUtf8(name), QString::fromUtf8(value)));
}

QString ConfigPage::statusText() const
{
    return m_status->text();
}

QStringList ConfigPage::problems() const
{
    QStringList out;
    for (int i = 0; i < m_problems->count(); ++i)
        out.append(m_problems->item(i)->text());
    return out;
}

} // namespace Mailwarden
