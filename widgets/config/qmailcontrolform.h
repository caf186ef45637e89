#pragma once

#include "mta/mtaoption.h"

#include <QWidget>

#include <functional>
#include <optional>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace Mailwarden {

/// The Config tab's form for qmail: its one-value control files (me,
/// defaultdomain, smtpgreeting, databytes, concurrency, timeouts, …) on one
/// page, each with its value, qmail's default when the file is missing, and
/// what it does. A value typed is one file written; emptied, the file is
/// removed and qmail's default applies.
class QmailControlForm final : public QWidget
{
    Q_OBJECT
public:
    /// What a pending edit makes of a control file: nullopt, none pending;
    /// an empty optional inside, the file removed; else its new first line.
    using Pending = std::function<std::optional<std::optional<QByteArray>>(const QByteArray &name)>;

    explicit QmailControlForm(QWidget *parent = nullptr);
    void setSettings(const QList<MtaOption> &options, const Pending &pending);
    /// \a why says what the form waits for while it is not editable.
    void setEditable(bool editable, const QString &why = {});
    /// The value shown for control file \a name ("" when qmail's default applies).
    QString valueShown(const QByteArray &name) const;
    /// As typing \a value into \a name's field and pressing Return.
    void enter(const QByteArray &name, const QString &value);

Q_SIGNALS:
    /// \a value "" removes the file (qmail's default applies).
    void setRequested(const QByteArray &name, const QByteArray &value);

private:
    void rebuild();

    QList<MtaOption> m_options;
    Pending m_pending;
    bool m_editable = false;
    QLabel *m_state;
    QScrollArea *m_scroll;
};

} // namespace Mailwarden
