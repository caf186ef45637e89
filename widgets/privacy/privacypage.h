#pragma once

#include "pages/backgroundloads.h"
#include "pages/hostpage.h"

#include "mta/mtafiles.h"
#include "mta/privacysettings.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QStackedWidget;

namespace Mailwarden {

class PendingEdits;

/// The Privacy tab: the selected host's privacy and hardening settings
/// (PrivacySettings: VRFY/EXPN, banner, HELO, limits, STARTTLS, Sendmail's
/// PrivacyOptions as checkboxes, qmail's control files), each with its live
/// value, what we recommend and why, and a control that records the change in
/// PendingEdits (one line of main.cf, one flag of the .mc, one control file).
/// What an MTA cannot do is said in words, not hidden.
class PrivacyPage final : public QWidget, public HostPage
{
    Q_OBJECT
public:
    explicit PrivacyPage(PendingEdits *edits, QWidget *parent = nullptr);
    ~PrivacyPage() override;

    void setActiveHost(const ActiveHost &host) override;
    /// A value typed into a field and not yet confirmed becomes an edit (before Apply).
    void commitEdits() override;
    bool hasUncommittedEdits() const override;

    /// The settings as shown (pending edits included).
    QList<PrivacySetting> settings() const { return m_settings; }
    /// Gives setting \a id the value \a value ("yes"/"no" for a toggle), as its
    /// control does; false with statusText() saying why when refused.
    bool setValue(const QString &id, const QByteArray &value);
    QString statusText() const;

Q_SIGNALS:
    /// The files the settings live in were read (or failed): for tests.
    void ready();
    /// A value is being typed, or was confirmed: hasUncommittedEdits() changed.
    void uncommittedEditsChanged();

private:
    void showState(const QString &text);
    void loadFiles();
    void rebuild();
    void rebuildAfterClick();
    void refreshSettings();
    void addRow(QGridLayout *grid, int row, const PrivacySetting &setting);
    QList<QString> files() const;
    QLineEdit *editedField() const;

    PendingEdits *m_edits;
    ActiveHost m_host;
    QList<PrivacySetting> m_settings;
    QHash<QString, QHash<QString, LoadedFile>> m_loaded; ///< per host, then path
    bool m_loadFailed = false;
    bool m_rebuildWaiting = false;
    quint64 m_generation = 0;

    QStackedWidget *m_stack;
    QLabel *m_stateLabel;
    QLabel *m_summary;
    QScrollArea *m_scroll;
    QLabel *m_status;
    BackgroundLoads m_loads; ///< last: destroyed first, waiting for reads still running
};

} // namespace Mailwarden
