#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Mailwarden {

/// Asks for the master password of Mailwarden's secrets file (used where no
/// system keyring runs). Creating the file asks twice and explains that the
/// password cannot be recovered.
class MasterPasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit MasterPasswordDialog(bool creating, QWidget *parent = nullptr);
    ~MasterPasswordDialog() override;

    QByteArray password() const;
    /// The SecretStore provider for the GUI: std::nullopt when cancelled.
    static std::optional<QByteArray> ask(QWidget *parent, bool creating);

private:
    void validate();

    bool m_creating;
    QLineEdit *m_password;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace Mailwarden
