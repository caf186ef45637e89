#pragma once

#include "pages/backgroundloads.h"
#include "pages/hostpage.h"

#include "formedit.h"

#include "formats/parseerror.h"
#include "mta/catalogue.h"
#include "mta/mtafiles.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTimer;
class QTreeView;

namespace Mailwarden {

class CodeEditor;
class FindBar;
class PendingEdits;
class MasterForm;
class PostfixForm;
class QmailControlForm;
class SendmailMcForm;

/// The Config tab, raw: the host's main configuration (main.cf and master.cf,
/// sendmail.mc and the generated sendmail.cf, qmail's control files, .qmail
/// files, users/assign) in an editor with highlighting by format, line numbers,
/// find/replace, and the format's findings underlined as you type (checked off
/// the GUI thread). A pause in typing records the text as one undoable edit in
/// PendingEdits, applied with the other tabs' edits. A file the editor could not
/// give back byte for byte (not UTF-8) is shown read-only.
class ConfigPage final : public QWidget, public HostPage
{
    Q_OBJECT
public:
    explicit ConfigPage(PendingEdits *edits, QWidget *parent = nullptr);
    ~ConfigPage() override;

    void setActiveHost(const ActiveHost &host) override;
    void commitEdits() override;
    bool hasUncommittedEdits() const override;

    /// Opens the catalogue entry \a path (tests, links from other tabs).
    bool openFile(const QString &path);
    CodeEditor *editor() const { return m_editor; }
    /// main.cf's parameters as a form (the Form tab beside Raw).
    PostfixForm *postfixForm() const { return m_form; }
    /// master.cf's services as a form.
    MasterForm *masterForm() const { return m_masterForm; }
    /// sendmail.mc's features, defines, daemons and masquerading as a form.
    SendmailMcForm *sendmailForm() const { return m_sendmailForm; }
    /// qmail's one-value control files on one page.
    QmailControlForm *qmailForm() const { return m_qmailForm; }
    /// Shows the form (when the open file has one) or the raw text.
    void showForm(bool form);
    bool isShowingForm() const;
    FindBar *findBar() const { return m_findBar; }
    QStandardItemModel *fileModel() const { return m_files; }
    QString statusText() const;
    /// The findings shown for the open file, parse error first.
    QStringList problems() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    /// A file finished loading (or failed): for tests.
    void fileLoaded(const QString &path);
    /// The open file's check finished: for tests.
    void checked(const QString &path);
    /// Typing started or was recorded: hasUncommittedEdits() changed.
    void uncommittedEditsChanged();
    /// A form's link to a lookup table (its path): the Tables tab shows it.
    void openTableRequested(const QString &path);
    /// An apply from this tab (Rebuild sendmail.cf) changed the host's files.
    void configurationChanged();

private:
    void showState(const QString &text);
    void fillFiles();
    void openEntry(const CatalogueEntry &entry);
    void clearEditor();
    void showContent(const QByteArray &content);
    QByteArray currentContent() const;
    void onFileChanged(const QString &host, const QString &path);
    void onTextChanged();
    void check();
    void setEditable(bool editable, const QString &why);
    bool hasForm() const;
    void updateForm();
    /// Records what a form asks for as one edit of the open file.
    void editWithForm(const FormEdit &edit, const QString &description);
    /// qmail: control file \a name gets \a value ("" removes it).
    void editControlFile(const QByteArray &name, const QByteArray &value);
    QStringList controlFilePaths() const;
    void loadControlFiles();
    /// sendmail.cf as m4 makes it from the host's sendmail.mc, through the Apply dialog.
    void rebuildSendmailCf();

    PendingEdits *m_edits;
    ActiveHost m_host;
    std::optional<CatalogueEntry> m_entry;
    QHash<QString, QHash<QString, LoadedFile>> m_loaded; ///< per host, then path
    quint64 m_generation = 0;
    quint64 m_checkGeneration = 0;
    bool m_loading = false; ///< the text is being set from outside: not an edit
    bool m_cfUnlocked = false;

    QStackedWidget *m_stack;
    QLabel *m_stateLabel;
    QTreeView *m_tree;
    QStandardItemModel *m_files;
    QLabel *m_title;
    QLabel *m_notice;
    QPushButton *m_unlock;
    QPushButton *m_rebuild;
    QTabWidget *m_views;
    QStackedWidget *m_forms;
    PostfixForm *m_form;
    MasterForm *m_masterForm;
    SendmailMcForm *m_sendmailForm;
    QmailControlForm *m_qmailForm;
    bool m_controlFilesLoading = false;
    CodeEditor *m_editor;
    FindBar *m_findBar;
    QLabel *m_status;
    QListWidget *m_problems;
    QTimer *m_commitTimer;
    QTimer *m_checkTimer;
    BackgroundLoads m_loads; ///< last: destroyed first, waiting for reads still running
};

} // namespace Mailwarden
