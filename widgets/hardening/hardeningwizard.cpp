#include "hardeningwizard.h"

#include "applypages.h"
#include "auditpages.h"
#include "common/reportfile.h"
#include "hardeningsession.h"

#include "mta/mta.h"
#include "mta/mtasurvey.h"
#include "remote/host.h"

#include <QLabel>
#include <QMessageBox>

namespace Mailwarden {

using namespace Hardening;

HardeningSession HardeningState::session() const
{
    HardeningSession s;
    s.host = name;
    s.role = options.role;
    s.source = options.source.isNull() ? QString() : options.source.toString();
    s.chosen = chosen;
    if (record.applied && !record.rolledBack) {
        s.stage = HardeningSession::Stage::Applied;
        s.record = record;
        s.applied = applied;
    }
    return s;
}

QString HardeningState::unavailable() const
{
    if (!host)
        return HardeningWizard::tr("The connection to %1 was closed: connect again and reopen the wizard.").arg(name);
    if (!survey || !survey->mta)
        return HardeningWizard::tr("The mail system of %1 is not known.").arg(name);
    return {};
}

HardeningWizard::HardeningWizard(const ActiveHost &host, QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("hardeningWizard"));
    setWindowTitle(tr("Harden %1").arg(host.name));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_state.name = host.name;
    m_state.host = host.host;
    m_state.survey = host.survey;
    m_state.options.address = mtaAddress(host.host);
    m_state.options.role = Role::Mx;

    setPage(TargetPageId, new TargetPage(m_state));
    setPage(AuditPageId, new AuditPage(m_state));
    setPage(FixesPageId, new FixesPage(m_state));
    setPage(PreviewPageId, new PreviewPage(m_state));
    setPage(ApplyPageId, new ApplyPage(m_state));
    setPage(ResultPageId, new ResultPage(m_state));

    QString error;
    const auto session = HardeningSession::load(host.name, &error);
    if (!error.isEmpty())
        QMessageBox::warning(parent, windowTitle(), error);
    if (session) {
        m_state.options.role = session->role;
        m_state.options.source.setAddress(session->source);
        m_state.keptChoice = session->chosen;
        if (session->stage == HardeningSession::Stage::Applied) {
            // applied, neither kept nor rolled back: the choice is still open
            m_state.record = session->record;
            m_state.applied = session->applied;
            m_state.before = session->record.before;
            m_state.chosen = session->record.fixes;
            m_resumed = true;
            setStartId(ResultPageId);
        }
    }
    resize(980, 700);
}

HardeningWizard::~HardeningWizard() = default;

bool HardeningWizard::saveReport(const QString &path, QString *error) const
{
    const QString html = m_state.record.toHtml();
    const QByteArray bytes = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
        ? ReportFile::pdfFromHtml(html, tr("Hardening of %1").arg(m_state.name))
        : html.toUtf8();
    return ReportFile::write(path, bytes, error);
}

void HardeningWizard::saveSession()
{
    QString error;
    if (!m_state.session().save(&error))
        QMessageBox::warning(this, windowTitle(), tr("The wizard cannot be resumed later: %1").arg(error));
}

void HardeningWizard::done(int result)
{
    // Finish keeps the change: nothing is left to resume. Closing before it
    // keeps the session (chosen fixes, or an apply still to keep or roll back).
    if (result == QDialog::Accepted)
        HardeningSession::remove(m_state.name);
    QWizard::done(result);
}

} // namespace Mailwarden
