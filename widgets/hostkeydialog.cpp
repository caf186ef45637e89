#include "hostkeydialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Mailwarden {

HostKeyDialog::HostKeyDialog(
    Mode mode, const QString &hostLabel, const QString &keyType, const QString &fingerprint, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(
        mode == Mode::Unknown ? QStringLiteral("hostKeyUnknownDialog") : QStringLiteral("hostKeyChangedDialog"));
    setWindowTitle(mode == Mode::Unknown ? tr("Unknown Host Key") : tr("Host Key Changed"));

    auto *icon = new QLabel(this);
    const auto pixmap = mode == Mode::Unknown ? QStyle::SP_MessageBoxQuestion : QStyle::SP_MessageBoxCritical;
    icon->setPixmap(style()->standardIcon(pixmap).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    if (mode == Mode::Unknown) {
        text->setText(tr("<p><b>Mailwarden has not connected to %1 before.</b></p>"
                         "<p>Compare this fingerprint with the one the host's administrator reads on the server. "
                         "Trust the key only if they match: a different key could mean someone is "
                         "intercepting the connection.</p>")
                .arg(hostLabel.toHtmlEscaped()));
    } else {
        text->setText(tr("<p><b>The host key of %1 has changed.</b></p>"
                         "<p>The server now presents a different key than the one recorded when you first "
                         "connected. Someone may be intercepting the connection, or the server was reinstalled. "
                         "Mailwarden refuses to connect.</p>"
                         "<p>If the host's administrator confirms the new key, remove the old entry from "
                         "Mailwarden's known hosts file and connect again.</p>")
                .arg(hostLabel.toHtmlEscaped()));
    }

    auto *typeLabel = new QLabel(tr("Key type:"), this);
    auto *typeValue = new QLabel(keyType, this);
    auto *fingerprintLabel = new QLabel(tr("Fingerprint:"), this);
    auto *fingerprintValue = new QLabel(fingerprint, this);
    fingerprintValue->setObjectName(QStringLiteral("fingerprint"));
    fingerprintValue->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprintValue->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    if (mode == Mode::Unknown) {
        QPushButton *trust = buttons->addButton(tr("&Trust and Connect"), QDialogButtonBox::AcceptRole);
        trust->setObjectName(QStringLiteral("trustButton"));
        buttons->addButton(QDialogButtonBox::Cancel)->setDefault(true); // the safe choice
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QGridLayout(this);
    layout->addWidget(icon, 0, 0, 3, 1);
    layout->addWidget(text, 0, 1, 1, 2);
    layout->addWidget(typeLabel, 1, 1);
    layout->addWidget(typeValue, 1, 2);
    layout->addWidget(fingerprintLabel, 2, 1);
    layout->addWidget(fingerprintValue, 2, 2);
    layout->addWidget(buttons, 3, 0, 1, 3);
    layout->setColumnStretch(2, 1);
    setMinimumWidth(520);
}

bool HostKeyDialog::askToTrust(
    QWidget *parent, const QString &hostLabel, const QString &keyType, const QString &fingerprint)
{
    HostKeyDialog dialog(Mode::Unknown, hostLabel, keyType, fingerprint, parent);
    return dialog.exec() == QDialog::Accepted;
}

void HostKeyDialog::showChanged(
    QWidget *parent, const QString &hostLabel, const QString &keyType, const QString &fingerprint)
{
    HostKeyDialog dialog(Mode::Changed, hostLabel, keyType, fingerprint, parent);
    dialog.exec();
}

} // namespace Mailwarden
