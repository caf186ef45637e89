#pragma once

#include "core/mtakind.h"
#include "pages/backgroundloads.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Mailwarden {

class Host;

/// The selected queued message's header and body, read from the host only
/// when this view is shown (a queue browsed by keyboard does not fetch every
/// message), the first 64 KiB of the body with "Show All" for the rest (up to
/// 16 MiB). Control characters, escape sequences and bidi overrides of a
/// hostile message are shown harmless (displayText).
class MessageView final : public QWidget
{
    Q_OBJECT
public:
    explicit MessageView(QWidget *parent = nullptr);
    ~MessageView() override;

    /// The message to show; an empty \a id clears the view.
    void setMessage(Host *host, MtaKind mta, const QString &id);
    QString text() const;
    QString note() const;
    bool isLoading() const { return m_loading; }
    QPushButton *showAllButton() const { return m_showAll; }

Q_SIGNALS:
    /// A read finished (shown, or its error in the note).
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load(qint64 maxBytes);

    QPlainTextEdit *m_text;
    QLabel *m_note;
    QPushButton *m_showAll;
    Host *m_host = nullptr;
    MtaKind m_mta = MtaKind::Unknown;
    QString m_id;
    QString m_loadedId; ///< what the view shows (or is reading)
    quint64 m_generation = 0; ///< a read for an older selection is dropped
    bool m_loading = false;
    BackgroundLoads m_loads; ///< last: destroyed first, waiting for a read still running
};

} // namespace Mailwarden
