#pragma once

#include "formedit.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;

namespace Mailwarden {

/// The Config tab's form for sendmail.mc: its FEATUREs, defines,
/// DAEMON_OPTIONS and MASQUERADE_AS, each added, changed or removed as one
/// call of the file (the rest stays as written); known features and defines
/// offered with one sentence of what they do. Apply rebuilds sendmail.cf
/// from the .mc with m4.
class SendmailMcForm final : public QWidget
{
    Q_OBJECT
public:
    explicit SendmailMcForm(QWidget *parent = nullptr);
    void setContent(const QByteArray &mc);
    void setEditable(bool editable);

    /// What the form shows (tests): "name(args)" per feature, "name=value" per define.
    QStringList features() const;
    QStringList defines() const;
    QStringList daemonOptions() const;
    QString masqueradeAs() const;

    /// As the controls do (tests and links): add a feature, set a define.
    void addFeature(const QString &name, const QString &arguments);
    void setDefine(const QString &name, const QString &value);

    /// Our sentence about feature or define \a name ("" when we have none).
    static QString explanation(const QString &name);

Q_SIGNALS:
    void editRequested(const Mailwarden::FormEdit &edit, const QString &description);

private:
    void removeSelectedFeature();
    void removeSelectedDefine();

    QTreeWidget *m_features;
    QComboBox *m_featureName;
    QLineEdit *m_featureArgs;
    QTreeWidget *m_defines;
    QComboBox *m_defineName;
    QLineEdit *m_defineValue;
    QListWidget *m_daemons;
    QLineEdit *m_daemonEntry;
    QLineEdit *m_masquerade;
    QLabel *m_error;
    QByteArray m_masqueradeNow;
    bool m_filling = false;
};

} // namespace Mailwarden
