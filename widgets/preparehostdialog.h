#pragma once

#include "preparation/hoststate.h"
#include "preparation/preparationplan.h"
#include "remote/hostprofile.h"
#include "remote/remoteerror.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QPushButton;

namespace Mailwarden {

class Host;
class PrepareHostWidget;
class PreparationRunner;

/// Host ▸ Prepare Host…: looks at the host (its MTA, sudo, what is installed)
/// off the GUI thread, shows the plan (PrepareHostWidget) and, once the admin
/// agreed, runs it (PreparationRunner on its own thread) with a step list and
/// the result in words. Nothing is installed before "Prepare Host" is pressed.
class PrepareHostDialog final : public QDialog
{
    Q_OBJECT
public:
    /// \a host must outlive the dialog (HostConnections keeps it).
    PrepareHostDialog(const HostProfile &profile, Host &host, QWidget *parent = nullptr);
    ~PrepareHostDialog() override;

    /// For tests: the plan once shown (planReady), the run's outcome once finished.
    const std::optional<PreparationPlan> &plan() const { return m_plan; }
    PrepareHostWidget *widget() const { return m_widget; }
    QPushButton *prepareButton() const { return m_prepare; }

public Q_SLOTS:
    /// Installs the plan; only when the widget says the admin agreed.
    void prepare();

Q_SIGNALS:
    void planReady(bool ok);
    void prepared(bool ok);

private:
    struct Survey {
        PreparationPlan plan;
        HostState state;
    };
    void load();
    void showSurvey();
    void updateButtons();

    HostProfile m_profile;
    Host &m_host;
    PrepareHostWidget *m_widget;
    QPushButton *m_prepare;
    QPushButton *m_close;
    QFutureWatcher<std::expected<Survey, QString>> m_survey;
    std::optional<PreparationPlan> m_plan;
    std::unique_ptr<PreparationRunner> m_runner;
};

} // namespace Mailwarden
