#include "masterpassworddialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Mailwarden {

namespace {
constexpr int kMinimumLength = 8;
}

MasterPasswordDialog::MasterPasswordDialog(bool creating, QWidget *parent)
    : QDialog(parent), m_creating(creating), m_password(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("masterPasswordDialog"));
    setWindowTitle(creating ? tr("Create Secrets File") : tr("Unlock Secrets"));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(creating ? tr("No system keyring is running, so Mailwarden keeps host passwords and key "
                                 "passphrases in a file encrypted with a master password. Choose one now. "
                                 "It cannot be recovered: if you forget it, you must enter the host "
                                 "passwords again.")
                            : tr("Enter the master password of Mailwarden's secrets file to use the stored "
                                 "host passwords and key passphrases."));

    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Master password:"), m_password);
    if (creating) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat:"), m_repeat);
        connect(m_repeat, &QLineEdit::textChanged, this, &MasterPasswordDialog::validate);
    }
    connect(m_password, &QLineEdit::textChanged, this, &MasterPasswordDialog::validate);
    m_problem->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    validate();
}

MasterPasswordDialog::~MasterPasswordDialog()
{
    // Leave no copy of the password in the widgets' buffers longer than needed.
    m_password->clear();
    if (m_repeat)
        m_repeat->clear();
}

QByteArray MasterPasswordDialog::password() const
{
    return m_password->text().toUtf8();
}

void MasterPasswordDialog::validate()
{
    QString problem;
    if (m_creating && m_password->text().size() < kMinimumLength)
        problem = tr("Use at least %n characters.", nullptr, kMinimumLength);
    else if (m_creating && m_repeat->text() != m_password->text())
        problem = tr("The two passwords differ.");
    else if (m_password->text().isEmpty())
        problem = tr("Enter the password.");
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

std::optional<QByteArray> MasterPasswordDialog::ask(QWidget *parent, bool creating)
{
    MasterPasswordDialog dialog(creating, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.password();
}

} // namespace Mailwarden
