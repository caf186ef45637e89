#include "hostactions.h"

#include "hostdialog.h"
#include "hostkeydialog.h"
#include "hostlistpanel.h"
#include "masterpassworddialog.h"
#include "preparehostdialog.h"
#include "remote/hostconnections.h"
#include "remote/hostprofilestore.h"
#include "remote/secretstore.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTreeView>

namespace Mailwarden {

HostActions::HostActions(HostListPanel *panel, QWidget *dialogParent, const SshOptions &options)
    : QObject(panel)
    , m_panel(panel)
    , m_dialogParent(dialogParent)
    , m_model(new HostListModel(this))
    , m_store(std::make_unique<HostProfileStore>())
    , m_add(new QAction(tr("&Add Host…"), this))
    , m_edit(new QAction(tr("&Edit Host…"), this))
    , m_remove(new QAction(tr("&Remove Host"), this))
    , m_prepare(new QAction(tr("&Prepare Host…"), this))
    , m_connect(new QAction(tr("&Connect"), this))
    , m_disconnect(new QAction(tr("&Disconnect"), this))
{
    // Automation (tests, demo scripts) may hand the master password over in
    // the environment; people get the dialog.
    m_secrets = std::make_unique<SecretStore>([this](bool creating) -> std::optional<QByteArray> {
        if (qEnvironmentVariableIsSet("MAILWARDEN_MASTER_PASSWORD"))
            return qgetenv("MAILWARDEN_MASTER_PASSWORD");
        return MasterPasswordDialog::ask(m_dialogParent, creating);
    });
    m_connections = std::make_unique<HostConnections>(*m_secrets, options);
    connect(m_connections.get(), &HostConnections::stateChanged, this, &HostActions::onStateChanged);

    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_add, &QAction::triggered, this, &HostActions::addHost);
    connect(m_edit, &QAction::triggered, this, &HostActions::editHost);
    connect(m_remove, &QAction::triggered, this, &HostActions::removeHost);
    connect(m_prepare, &QAction::triggered, this, &HostActions::prepareHost);
    m_prepare->setToolTip(
        tr("Install Mailwarden's root-file helper and its sudo rules on the host, after showing them"));
    connect(m_connect, &QAction::triggered, this, &HostActions::connectCurrent);
    connect(m_disconnect, &QAction::triggered, this, &HostActions::disconnectCurrent);

    m_panel->setModel(m_model);
    QTreeView *view = m_panel->view();
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    view->addActions({m_connect, m_disconnect, m_edit, m_remove, separator, m_prepare});
    connect(view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const auto profile = m_model->profile(index))
            connectHost(profile->name);
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &HostActions::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HostActions::updateActions);
    reload();
}

HostActions::~HostActions() = default;

void HostActions::reload()
{
    const auto current = currentProfile();
    m_model->setProfiles(m_store->profiles());
    m_panel->view()->expandAll();
    if (current)
        select(current->name);
    updateActions();
}

std::optional<HostProfile> HostActions::currentProfile() const
{
    return m_model->profile(m_panel->view()->currentIndex());
}

void HostActions::select(const QString &name)
{
    const QModelIndex index = m_model->indexOf(name);
    if (index.isValid())
        m_panel->view()->setCurrentIndex(index);
}

void HostActions::addHost()
{
    HostProfile blank;
    blank.user = qEnvironmentVariable("USER");
    HostDialog dialog(blank, true, m_secrets.get(), m_connections->options(), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_store->find(dialog.profile().name)) {
        QMessageBox::warning(m_dialogParent, tr("Add Host"),
            tr("A host named “%1” exists already. Choose another name.").arg(dialog.profile().name));
        return;
    }
    saveProfile(dialog.profile(), dialog.secret(), {});
}

void HostActions::editHost()
{
    const auto current = currentProfile();
    if (!current)
        return;
    HostDialog dialog(*current, false, m_secrets.get(), m_connections->options(), m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        saveProfile(dialog.profile(), dialog.secret(), current->name);
}

void HostActions::saveProfile(const HostProfile &profile, const QByteArray &secret, const QString &replacedName)
{
    HostProfile saved = profile;
    if (!secret.isEmpty()) {
        if (const auto written = m_secrets->write(saved.secretId(), secret); !written) {
            QMessageBox::warning(m_dialogParent, tr("Save Host"),
                tr("The password could not be stored, so the host was not saved.\n%1").arg(written.error().message));
            return;
        }
        saved.hasSecret = true;
    }
    if (!replacedName.isEmpty())
        m_connections->forget(replacedName); // reconnect with the new settings
    m_store->save(saved);
    reload();
    select(saved.name);
    Q_EMIT message(tr("Host %1 saved.").arg(saved.name));
}

void HostActions::removeHost()
{
    const auto current = currentProfile();
    if (!current)
        return;
    const auto answer = QMessageBox::question(m_dialogParent, tr("Remove Host"),
        tr("Remove %1 (%2) from the host list? Nothing on the host changes.").arg(current->name, current->target()));
    if (answer != QMessageBox::Yes)
        return;
    m_connections->forget(current->name);
    if (current->hasSecret)
        (void)m_secrets->remove(current->secretId()); // a leftover secret is harmless but untidy
    m_store->remove(current->name);
    reload();
    Q_EMIT message(tr("Host %1 removed.").arg(current->name));
}

void HostActions::prepareHost()
{
    const auto current = currentProfile();
    if (!current)
        return;
    const auto host = m_connections->host(*current);
    if (!host) {
        fail(current->name, host.error().message);
        return;
    }
    PrepareHostDialog dialog(*current, **host, m_dialogParent);
    dialog.exec();
}

void HostActions::connectCurrent()
{
    if (const auto current = currentProfile())
        connectHost(current->name);
}

void HostActions::connectHost(const QString &name)
{
    const auto profile = m_store->find(name);
    if (!profile)
        return;
    m_model->setStatus(name, HostListModel::Status::Connecting);
    Q_EMIT message(tr("Connecting to %1…").arg(name));
    m_connections->connectHost(*profile).then(this, [this, profile = *profile](const RemoteResult<Done> &result) {
        if (result) {
            m_model->setStatus(profile.name, HostListModel::Status::Connected);
            Q_EMIT message(tr("Connected to %1.").arg(profile.name));
            return;
        }
        const RemoteError &error = result.error();
        switch (error.kind) {
        case RemoteError::Kind::HostKeyUnknown:
            m_model->setStatus(profile.name, HostListModel::Status::KeyUnknown, error.message);
            if (HostKeyDialog::askToTrust(m_dialogParent, profile.target(), error.keyType, error.fingerprint)) {
                m_connections->trustHostKey(profile.name, error.fingerprint);
                connectHost(profile.name);
            } else {
                Q_EMIT message(tr("Not connected to %1: its host key was not trusted.").arg(profile.name));
            }
            return;
        case RemoteError::Kind::HostKeyChanged:
            fail(profile.name, error.message);
            HostKeyDialog::showChanged(m_dialogParent, profile.target(), error.keyType, error.fingerprint);
            return;
        case RemoteError::Kind::Cancelled:
            m_model->setStatus(profile.name, HostListModel::Status::Disconnected);
            return;
        default:
            fail(profile.name, error.message);
            return;
        }
    });
}

void HostActions::fail(const QString &name, const QString &text)
{
    m_model->setStatus(name, HostListModel::Status::Failed, text);
    Q_EMIT message(tr("%1: %2").arg(name, text));
}

void HostActions::disconnectCurrent()
{
    if (const auto current = currentProfile())
        m_connections->disconnectHost(current->name);
}

void HostActions::onStateChanged(const QString &name, Host::State state, const QString &message)
{
    // An unknown key is a failed connect too; keep showing why until trusted.
    if (state == Host::State::Failed && m_model->status(name) == HostListModel::Status::KeyUnknown)
        return;
    m_model->setStatus(name, HostListModel::statusFor(state), message);
}

void HostActions::updateActions()
{
    const auto current = currentProfile();
    const auto status = current ? m_model->status(current->name) : HostListModel::Status::Disconnected;
    m_edit->setEnabled(current.has_value());
    m_remove->setEnabled(current.has_value());
    m_prepare->setEnabled(current && current->kind == HostProfile::Kind::Ssh);
    m_connect->setEnabled(
        current && status != HostListModel::Status::Connected && status != HostListModel::Status::Connecting);
    m_disconnect->setEnabled(current && status == HostListModel::Status::Connected);
    if (!current) {
        Q_EMIT currentHostChanged(tr("No host selected"));
        return;
    }
    const QModelIndex index = m_model->indexOf(current->name);
    Q_EMIT currentHostChanged(
        m_model->data(index, Qt::ToolTipRole).toString().replace(QLatin1Char('\n'), QStringLiteral(" — ")));
}

} // namespace Mailwarden
