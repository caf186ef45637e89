#include "hostdialog.h"

#include "core/displaytext.h"
#include "hostform.h"
#include "hostkeydialog.h"
#include "remote/secretstore.h"
#include "remote/sshhost.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Mailwarden {

HostDialog::HostDialog(
    const HostProfile &profile, bool isNew, SecretStore *secrets, const SshOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_form(new HostForm(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_secrets(secrets)
    , m_options(options)
{
    setObjectName(QStringLiteral("hostDialog"));
    setWindowTitle(isNew ? tr("Add Host") : tr("Edit Host %1").arg(profile.name));
    m_form->setProfile(profile, isNew);

    m_progress->setObjectName(QStringLiteral("testProgress"));
    m_progress->setRange(0, 0); // busy: connecting has no measurable progress
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText); // host names, versions and errors come from the host
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testButton"));
    connect(m_test, &QPushButton::clicked, this, &HostDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &HostForm::changed, this, &HostDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
    updateButtons();
}

HostDialog::~HostDialog()
{
    // The probe holds a reference to the test host: end it before the host goes.
    if (m_testHost && m_probe.isRunning()) {
        m_testHost->disconnectFromHost();
        m_probe.waitForFinished();
    }
    m_form->clearSecret();
}

HostProfile HostDialog::profile() const
{
    return m_form->profile();
}

QByteArray HostDialog::secret() const
{
    return m_form->secret();
}

QString HostDialog::testResult() const
{
    return m_result->text();
}

bool HostDialog::isTesting() const
{
    return m_probe.isRunning();
}

void HostDialog::updateButtons()
{
    const QString problem = m_form->problem();
    m_problem->setText(problem);
    m_save->setEnabled(problem.isEmpty());
    m_test->setEnabled(problem.isEmpty() && !isTesting());
}

void HostDialog::testConnection()
{
    if (isTesting() || !m_form->problem().isEmpty())
        return;
    const HostProfile profile = m_form->profile();
    SshCredentials credentials;
    QByteArray secret = m_form->secret();
    if (secret.isEmpty() && profile.hasSecret && m_secrets) {
        const auto stored = m_secrets->read(profile.secretId());
        if (stored && stored->has_value())
            secret = **stored;
    }
    (profile.auth == HostProfile::Auth::PublicKey ? credentials.keyPassphrase : credentials.password) = secret;
    secret.fill('\0');

    m_testHost = std::make_unique<SshHost>(profile, credentials, m_options);
    if (!m_trustedFingerprint.isEmpty())
        m_testHost->trustHostKey(m_trustedFingerprint);
    m_result->clear();
    m_progress->show();
    m_progress->setToolTip(tr("Connecting to %1…").arg(profile.target()));
    m_probe = HostProbe::probe(*m_testHost, profile.useSudo);
    m_probe.then(this, [this](const RemoteResult<HostProbeResult> &result) { finishTest(result); });
    updateButtons();
}

void HostDialog::finishTest(const RemoteResult<HostProbeResult> &result)
{
    m_progress->hide();
    updateButtons();
    const HostProfile profile = m_form->profile();
    if (!result) {
        const RemoteError &error = result.error();
        if (error.kind == RemoteError::Kind::HostKeyUnknown) {
            showResult(false, tr("The host's key is not trusted yet."));
            if (HostKeyDialog::askToTrust(this, profile.target(), error.keyType, error.fingerprint)) {
                m_trustedFingerprint = error.fingerprint;
                testConnection();
                return;
            }
        } else if (error.kind == RemoteError::Kind::HostKeyChanged) {
            showResult(false, error.message);
            HostKeyDialog::showChanged(this, profile.target(), error.keyType, error.fingerprint);
        } else {
            showResult(false, error.message);
        }
        Q_EMIT testFinished(false);
        return;
    }
    QStringList lines;
    lines << tr("Connected to %1.").arg(result->hostName.isEmpty() ? profile.address : result->hostName);
    if (result->mta == MtaKind::Unknown)
        lines << tr("No Postfix, Sendmail or qmail found.");
    else
        lines << tr("MTA: %1 %2").arg(mtaKindName(result->mta), result->mtaVersion).trimmed();
    if (profile.useSudo)
        lines << (result->sudoWorks ? tr("sudo -n works.") : result->sudoMessage);
    showResult(true, lines.join(QLatin1Char('\n')));
    Q_EMIT testFinished(true);
}

void HostDialog::showResult(bool ok, const QString &text)
{
    m_result->setText(displayText(text));
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText, ok ? QColor(0x2e, 0x8b, 0x3a) : QColor(0xc0, 0x28, 0x28));
    m_result->setPalette(palette);
}

} // namespace Mailwarden
