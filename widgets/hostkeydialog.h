#pragma once

#include <QDialog>

namespace Mailwarden {

/// Asks whether to trust a host's SSH key the first time Mailwarden meets it,
/// showing the SHA-256 fingerprint to compare with the one the host's admin
/// reads off the server (`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub`).
/// A changed key is never offered for trust: showChanged() only warns.
class HostKeyDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Unknown, Changed };

    HostKeyDialog(Mode mode, const QString &hostLabel, const QString &keyType, const QString &fingerprint,
        QWidget *parent = nullptr);

    /// true when the user chose to trust the key.
    static bool askToTrust(
        QWidget *parent, const QString &hostLabel, const QString &keyType, const QString &fingerprint);
    static void showChanged(
        QWidget *parent, const QString &hostLabel, const QString &keyType, const QString &fingerprint);
};

} // namespace Mailwarden
