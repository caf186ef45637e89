#include "preparehostdialog.h"

#include "mta/mtadetector.h"
#include "preparation/preparationrunner.h"
#include "preparehostwidget.h"
#include "remote/host.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QtConcurrent>
#include <QVBoxLayout>

namespace Mailwarden {

PrepareHostDialog::PrepareHostDialog(const HostProfile &profile, Host &host, QWidget *parent)
    : QDialog(parent), m_profile(profile), m_host(host), m_widget(new PrepareHostWidget(this))
{
    setObjectName(QStringLiteral("prepareHostDialog"));
    setWindowTitle(tr("Prepare %1 for Mailwarden").arg(profile.name));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_prepare = buttons->addButton(tr("&Prepare Host"), QDialogButtonBox::ActionRole);
    m_prepare->setObjectName(QStringLiteral("prepareButton"));
    connect(m_prepare, &QPushButton::clicked, this, &PrepareHostDialog::prepare);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_widget, &PrepareHostWidget::readyChanged, this, &PrepareHostDialog::updateButtons);
    connect(&m_survey, &QFutureWatcherBase::finished, this, &PrepareHostDialog::showSurvey);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_widget, 1);
    layout->addWidget(buttons);
    resize(1000, 820);
    load();
    updateButtons();
}

PrepareHostDialog::~PrepareHostDialog()
{
    m_survey.waitForFinished();
    if (m_runner)
        m_runner->wait();
}

void PrepareHostDialog::load()
{
    if (!m_runner)
        m_widget->showLoading(tr("Looking at %1: its MTA, its sudo and what is installed…").arg(m_profile.name));
    // Blocking calls on a pool thread: the host answers on its own worker.
    m_survey.setFuture(QtConcurrent::run([profile = m_profile, host = &m_host]() -> std::expected<Survey, QString> {
        MtaKind kind = profile.mtaHint;
        if (kind == MtaKind::Unknown) {
            const auto detection = MtaDetector::detect(*host).result();
            if (!detection)
                return std::unexpected(detection.error().toString());
            kind = detection->kind;
            if (kind == MtaKind::Unknown)
                return std::unexpected(detection->warnings.join(QLatin1Char('\n')));
        }
        const auto version = HostState::querySudoVersion(*host);
        if (!version)
            return std::unexpected(version.error().toString());
        auto plan = PreparationPlan::make(kind, profile.user, profile.fileHelper, *version);
        if (!plan)
            return std::unexpected(plan.error());
        const auto state = HostState::inspect(*host, *plan);
        if (!state)
            return std::unexpected(state.error().toString());
        return Survey {*plan, *state};
    }));
}

void PrepareHostDialog::showSurvey()
{
    const auto survey = m_survey.result();
    if (!survey) {
        m_widget->showError(tr("Cannot prepare %1: %2").arg(m_profile.name, survey.error()));
        Q_EMIT planReady(false);
        return;
    }
    if (m_runner) { // after a run: only what is on the host now
        m_widget->showFiles(survey->plan, survey->state);
        return;
    }
    m_plan = survey->plan;
    m_widget->showPlan(m_profile, survey->plan, survey->state);
    updateButtons();
    Q_EMIT planReady(true);
}

void PrepareHostDialog::updateButtons()
{
    const bool running = m_runner && m_runner->outcome() == PreparationRunner::Outcome::Running;
    m_prepare->setEnabled(m_plan && !running && m_widget->readyToRun());
    m_close->setEnabled(!running);
}

void PrepareHostDialog::prepare()
{
    if (!m_plan || !m_widget->readyToRun())
        return;
    PreparationRunner::Options options;
    options.sudoPassword = m_widget->takePassword();
    options.replaceDifferent = m_widget->replaceDifferent();
    m_runner = std::make_unique<PreparationRunner>(m_host, *m_plan, options);
    options.sudoPassword.fill('\0');
    connect(m_runner.get(), &PreparationRunner::stepStarted, m_widget, &PrepareHostWidget::stepStarted);
    connect(m_runner.get(), &PreparationRunner::stepFinished, m_widget, &PrepareHostWidget::stepFinished);
    connect(m_runner.get(), &PreparationRunner::finished, this, [this](PreparationRunner::Outcome outcome) {
        const bool ok = outcome == PreparationRunner::Outcome::Prepared;
        m_widget->setRunning(false);
        m_widget->showResult(ok, m_runner->summary(), m_runner->report().toText());
        updateButtons();
        load(); // the files' rows say what is there now
        Q_EMIT prepared(ok);
    });
    m_widget->setRunning(true);
    m_runner->start();
    updateButtons();
}

} // namespace Mailwarden
