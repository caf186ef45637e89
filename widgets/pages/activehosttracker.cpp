#include "activehosttracker.h"

#include "hostactions.h"
#include "hostlistmodel.h"

#include "mta/mtasurvey.h"
#include "remote/hostconnections.h"

namespace Mailwarden {

ActiveHostTracker::ActiveHostTracker(HostActions *actions, QObject *parent) : QObject(parent), m_actions(actions)
{
    connect(actions, &HostActions::currentHostChanged, this, &ActiveHostTracker::update);
    connect(actions->connections(), &HostConnections::stateChanged, this, &ActiveHostTracker::readyHostsChanged);
}

QList<ActiveHost> ActiveHostTracker::readyHosts() const
{
    QList<ActiveHost> hosts;
    for (const auto &[name, cached] : m_cache) {
        Host *host = m_actions->connections()->existing(name);
        if (!cached.survey || host != cached.host || host->state() != Host::State::Connected)
            continue;
        ActiveHost ready;
        ready.state = ActiveHost::State::Ready;
        ready.name = name;
        ready.host = host;
        ready.survey = cached.survey;
        hosts << ready;
    }
    return hosts;
}

void ActiveHostTracker::update()
{
    const auto profile = m_actions->currentProfile();
    ActiveHost next;
    if (!profile) {
        publish(next);
        return;
    }
    next.name = profile->name;
    const auto status = m_actions->model()->status(profile->name);
    Host *host = m_actions->connections()->existing(profile->name);
    if (status != HostListModel::Status::Connected || !host) {
        next.state = ActiveHost::State::Disconnected;
        // A new connection may reach a changed host: survey it again then.
        m_cache.erase(profile->name);
        publish(next);
        return;
    }
    next.host = host;
    Cached &cached = m_cache[profile->name];
    if (cached.host != host) { // a new Host object: the profile was edited
        cached = Cached {};
        cached.host = host;
    }
    if (cached.survey) {
        next.state = ActiveHost::State::Ready;
        next.survey = cached.survey;
    } else if (!cached.error.isEmpty() && !cached.running) {
        next.state = ActiveHost::State::Failed;
        next.error = cached.error;
    } else {
        next.state = ActiveHost::State::Surveying;
        if (!cached.running)
            startSurvey(profile->name, host);
    }
    publish(next);
}

void ActiveHostTracker::startSurvey(const QString &name, Host *host)
{
    Cached &cached = m_cache[name];
    cached.running = true;
    cached.error.clear();
    cached.generation = ++m_generation;
    const auto profile = m_actions->currentProfile();
    const MtaKind hint = profile ? profile->mtaHint : MtaKind::Unknown;
    MtaSurvey::survey(*host, hint)
        .then(this, [this, name, host, generation = cached.generation](const RemoteResult<HostSurvey> &result) {
            const auto it = m_cache.find(name);
            if (it == m_cache.end() || it->second.generation != generation || it->second.host != host)
                return; // disconnected, edited or resurveyed meanwhile
            it->second.running = false;
            if (result)
                it->second.survey = std::make_shared<const HostSurvey>(*result);
            else
                it->second.error = result.error().toString();
            update();
            Q_EMIT readyHostsChanged();
        });
}

void ActiveHostTracker::resurvey()
{
    if (m_current.state != ActiveHost::State::Ready && m_current.state != ActiveHost::State::Failed)
        return;
    m_cache.erase(m_current.name);
    update();
}

void ActiveHostTracker::publish(ActiveHost host)
{
    const bool same = host.state == m_current.state && host.name == m_current.name && host.host == m_current.host
        && host.survey == m_current.survey && host.error == m_current.error;
    if (same)
        return;
    m_current = std::move(host);
    Q_EMIT activeHostChanged(m_current);
}

} // namespace Mailwarden
