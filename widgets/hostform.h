#pragma once

#include "remote/hostprofile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Mailwarden {

/// The fields of a host profile: name, group, address, port, user, login
/// method with key file or password, sudo and MTA hint. HostDialog adds the
/// buttons and the connection test.
class HostForm final : public QWidget
{
    Q_OBJECT
public:
    explicit HostForm(QWidget *parent = nullptr);

    void setProfile(const HostProfile &profile, bool nameEditable);
    HostProfile profile() const;
    /// The password (Password, keyboard-interactive) or key passphrase typed in;
    /// empty when none was typed.
    QByteArray secret() const;
    void clearSecret();
    /// What keeps the profile from being saved, in words; empty when it can be.
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    void updateAuthFields();

    QLineEdit *m_name;
    QLineEdit *m_group;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QComboBox *m_auth;
    QLineEdit *m_keyFile;
    QWidget *m_keyRow;
    QLineEdit *m_secret;
    QCheckBox *m_sudo;
    QComboBox *m_mta;
    HostProfile m_base; ///< fields the form does not show (file helper, kind)
};

} // namespace Mailwarden
