#pragma once

#include "hostlistmodel.h"
#include "remote/hostprofile.h"
#include "remote/sshsession.h"

#include <QObject>

#include <memory>

class QAction;
class QWidget;

namespace Mailwarden {

class HostConnections;
class HostListPanel;
class HostProfileStore;
class SecretStore;

/// The Host menu's work: add, edit and remove host profiles (HostDialog,
/// HostProfileStore, SecretStore) and connect or disconnect the selected host
/// (HostConnections), asking about unknown host keys and telling the user
/// what went wrong in words. Feeds the host list's model.
class HostActions final : public QObject
{
    Q_OBJECT
public:
    HostActions(HostListPanel *panel, QWidget *dialogParent, const SshOptions &options = {});
    ~HostActions() override;

    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }
    QAction *prepareAction() const { return m_prepare; }
    QAction *connectAction() const { return m_connect; }
    QAction *disconnectAction() const { return m_disconnect; }
    HostListModel *model() const { return m_model; }
    HostConnections *connections() const { return m_connections.get(); }

    /// Reads the profiles again from settings.
    void reload();
    std::optional<HostProfile> currentProfile() const;
    void select(const QString &name);

public Q_SLOTS:
    void addHost();
    void editHost();
    void removeHost();
    void prepareHost();
    void connectHost(const QString &name);
    void connectCurrent();
    void disconnectCurrent();

Q_SIGNALS:
    /// Something the status bar should say.
    void message(const QString &text);
    /// The selected host or its state changed: \a text describes both.
    void currentHostChanged(const QString &text);

private:
    void saveProfile(const HostProfile &profile, const QByteArray &secret, const QString &replacedName);
    void onStateChanged(const QString &name, Host::State state, const QString &message);
    void updateActions();
    void fail(const QString &name, const QString &text);

    HostListPanel *m_panel;
    QWidget *m_dialogParent;
    HostListModel *m_model;
    std::unique_ptr<HostProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<HostConnections> m_connections;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_prepare;
    QAction *m_connect;
    QAction *m_disconnect;
};

} // namespace Mailwarden
