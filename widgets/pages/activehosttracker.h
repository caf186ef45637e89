#pragma once

#include "hostpage.h"

#include <QObject>

#include <map>

namespace Mailwarden {

class HostActions;

/// Follows the host list's selection and the selected host's connection and
/// tells the work pages (activeHostChanged) which host they show. A connected
/// host is surveyed once (MtaSurvey: detection, catalogue, options; on the
/// host's worker, never on the GUI thread) and the survey kept until
/// resurvey() or a new connection; an answer for a host that is no longer
/// selected only goes to the cache.
class ActiveHostTracker final : public QObject
{
    Q_OBJECT
public:
    explicit ActiveHostTracker(HostActions *actions, QObject *parent = nullptr);

    const ActiveHost &current() const { return m_current; }
    /// Every host that is connected and was surveyed (Ready), in name order:
    /// the selected one and those selected before, for views across hosts.
    QList<ActiveHost> readyHosts() const;

public Q_SLOTS:
    /// Surveys the selected host again (after an apply changed its configuration).
    void resurvey();

Q_SIGNALS:
    void activeHostChanged(const Mailwarden::ActiveHost &host);
    /// readyHosts() may have changed (a survey ended, a host connected or went).
    void readyHostsChanged();

private:
    void update();
    void publish(ActiveHost host);
    void startSurvey(const QString &name, Host *host);

    HostActions *m_actions;
    ActiveHost m_current;
    struct Cached {
        Host *host = nullptr;
        std::shared_ptr<const HostSurvey> survey;
        QString error;
        quint64 generation = 0;
        bool running = false;
    };
    std::map<QString, Cached> m_cache;
    quint64 m_generation = 0;
};

} // namespace Mailwarden
