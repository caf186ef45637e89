#include "hostform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace Mailwarden {

HostForm::HostForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_group(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_keyFile(new QLineEdit(this))
    , m_keyRow(new QWidget(this))
    , m_secret(new QLineEdit(this))
    , m_sudo(new QCheckBox(tr("Run privileged commands through “sudo -n”"), this))
    , m_mta(new QComboBox(this))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. mx1"));
    m_group->setObjectName(QStringLiteral("group"));
    m_group->setPlaceholderText(tr("optional, e.g. Production"));
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(tr("host name or IP address"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    m_user->setObjectName(QStringLiteral("user"));
    m_auth->setObjectName(QStringLiteral("auth"));
    for (const auto auth : {HostProfile::Auth::PublicKey, HostProfile::Auth::Agent, HostProfile::Auth::Password,
             HostProfile::Auth::KeyboardInteractive})
        m_auth->addItem(HostProfile::authDisplayName(auth), QVariant::fromValue(int(auth)));
    m_keyFile->setObjectName(QStringLiteral("keyFile"));
    m_keyFile->setPlaceholderText(QDir::home().filePath(QStringLiteral(".ssh/id_ed25519")));
    auto *browse = new QPushButton(tr("&Browse…"), m_keyRow);
    auto *keyLayout = new QHBoxLayout(m_keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_keyFile);
    keyLayout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this, tr("Private Key"), QDir::home().filePath(QStringLiteral(".ssh")));
        if (!file.isEmpty())
            m_keyFile->setText(file);
    });
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_sudo->setObjectName(QStringLiteral("sudo"));
    m_sudo->setChecked(true);
    m_mta->setObjectName(QStringLiteral("mta"));
    m_mta->addItem(tr("Detect"), int(MtaKind::Unknown));
    m_mta->addItem(QStringLiteral("Postfix"), int(MtaKind::Postfix));
    m_mta->addItem(QStringLiteral("Sendmail"), int(MtaKind::Sendmail));
    m_mta->addItem(QStringLiteral("qmail"), int(MtaKind::Qmail));

    // A widget, not a layout, so the row's label gets its mnemonic buddy.
    auto *addressRow = new QWidget(this);
    auto *addressLayout = new QHBoxLayout(addressRow);
    addressLayout->setContentsMargins(0, 0, 0, 0);
    addressLayout->addWidget(m_address, 1);
    addressLayout->addWidget(m_port);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("&Address and port:"), addressRow);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Login with:"), m_auth);
    form->addRow(tr("Private &key:"), m_keyRow);
    form->addRow(tr("&Password:"), m_secret);
    form->addRow(QString(), m_sudo);
    form->addRow(tr("&MTA:"), m_mta);

    for (QLineEdit *edit : {m_name, m_group, m_address, m_user, m_keyFile, m_secret})
        connect(edit, &QLineEdit::textChanged, this, &HostForm::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &HostForm::changed);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthFields();
        Q_EMIT changed();
    });
    updateAuthFields();
}

void HostForm::setProfile(const HostProfile &profile, bool nameEditable)
{
    m_base = profile;
    m_name->setText(profile.name);
    m_name->setReadOnly(!nameEditable);
    m_group->setText(profile.group);
    m_address->setText(profile.address);
    m_port->setValue(profile.port);
    m_user->setText(profile.user);
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(int(profile.auth))));
    m_keyFile->setText(profile.keyFile);
    m_sudo->setChecked(profile.useSudo);
    m_mta->setCurrentIndex(qMax(0, m_mta->findData(int(profile.mtaHint))));
    updateAuthFields();
}

HostProfile HostForm::profile() const
{
    HostProfile profile = m_base;
    profile.kind = HostProfile::Kind::Ssh;
    profile.name = m_name->text().trimmed();
    profile.group = m_group->text().trimmed();
    profile.address = m_address->text().trimmed();
    profile.port = quint16(m_port->value());
    profile.user = m_user->text().trimmed();
    profile.auth = HostProfile::Auth(m_auth->currentData().toInt());
    profile.keyFile = profile.auth == HostProfile::Auth::PublicKey ? m_keyFile->text().trimmed() : QString();
    profile.useSudo = m_sudo->isChecked();
    profile.mtaHint = MtaKind(m_mta->currentData().toInt());
    if (!m_secret->text().isEmpty())
        profile.hasSecret = true;
    else if (profile.auth == HostProfile::Auth::Agent)
        profile.hasSecret = false;
    return profile;
}

QByteArray HostForm::secret() const
{
    return m_secret->text().toUtf8();
}

void HostForm::clearSecret()
{
    m_secret->clear();
}

QString HostForm::problem() const
{
    const HostProfile p = profile();
    if (p.name.isEmpty())
        return tr("Give the host a name.");
    if (!HostProfile::isValidName(p.name))
        return tr("The name may contain letters, digits, “.”, “_” and “-” only.");
    if (p.address.isEmpty())
        return tr("Enter the host's address.");
    if (p.user.isEmpty())
        return tr("Enter the user to log in as.");
    if (p.auth == HostProfile::Auth::PublicKey && p.keyFile.isEmpty())
        return tr("Choose the private key file.");
    return {};
}

void HostForm::updateAuthFields()
{
    const auto auth = HostProfile::Auth(m_auth->currentData().toInt());
    m_keyRow->setEnabled(auth == HostProfile::Auth::PublicKey);
    m_secret->setEnabled(auth != HostProfile::Auth::Agent);
    m_secret->setPlaceholderText(auth == HostProfile::Auth::PublicKey
            ? tr("key passphrase, if the key has one")
            : (m_base.hasSecret ? tr("stored — type to replace") : QString()));
}

} // namespace Mailwarden
