#pragma once

#include "remote/hostprobe.h"
#include "remote/hostprofile.h"
#include "remote/sshsession.h"

#include <QDialog>
#include <QFuture>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Mailwarden {

class HostForm;
class SecretStore;
class SshHost;

/// Add or edit a host: the profile's fields (HostForm) and "Test Connection",
/// which logs in with what is typed, asks about an unknown host key
/// (HostKeyDialog), and shows the MTA it found and whether `sudo -n` works.
/// The caller saves profile() and secret() when the dialog is accepted.
class HostDialog final : public QDialog
{
    Q_OBJECT
public:
    /// \a secrets gives the stored password when editing a host whose password
    /// field was left empty; \a options the known_hosts file and time-outs.
    HostDialog(const HostProfile &profile, bool isNew, SecretStore *secrets, const SshOptions &options,
        QWidget *parent = nullptr);
    ~HostDialog() override;

    HostProfile profile() const;
    QByteArray secret() const;
    /// For tests and screenshots: the result line of the last connection test.
    QString testResult() const;
    bool isTesting() const;

public Q_SLOTS:
    void testConnection();

Q_SIGNALS:
    void testFinished(bool ok);

private:
    void updateButtons();
    void finishTest(const RemoteResult<HostProbeResult> &result);
    void showResult(bool ok, const QString &text);

    HostForm *m_form;
    QPushButton *m_test;
    QPushButton *m_save;
    QProgressBar *m_progress;
    QLabel *m_result;
    QLabel *m_problem;
    SecretStore *m_secrets;
    SshOptions m_options;
    std::unique_ptr<SshHost> m_testHost;
    QFuture<RemoteResult<HostProbeResult>> m_probe;
    QString m_trustedFingerprint;
};

} // namespace Mailwarden
