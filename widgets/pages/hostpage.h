#pragma once

#include <QString>

#include <memory>

namespace Mailwarden {

class Host;
struct HostSurvey;

/// The host a work page shows: set by the main window whenever the selection
/// in the host list or the selected host's connection changes.
struct ActiveHost {
    enum class State {
        None, ///< no host selected
        Disconnected, ///< selected but not connected
        Surveying, ///< connected; MtaSurvey runs (off the GUI thread)
        Ready, ///< connected and surveyed: survey is set
        Failed, ///< the survey failed: error says why
    };

    State state = State::None;
    QString name; ///< the profile's name: the key of everything kept per host
    Host *host = nullptr; ///< set from Surveying on; owned by HostConnections
    std::shared_ptr<const struct HostSurvey> survey; ///< set when Ready
    QString error;
};

/// What a page shows instead of its content while \a host is not Ready, "" once
/// it is: \a none (no host selected) and \a disconnected are the page's own
/// words; reading the configuration and its failure are said alike everywhere.
QString waitingText(const ActiveHost &host, const QString &none, const QString &disconnected);

/// Where \a host's MTA is reached from this machine (its SSH profile's
/// address; loopback for the local host): the probes' target.
QString mtaAddress(const Host *host);

/// The seam between the main window and its work tabs. A page loads what it
/// shows asynchronously when it gets a Ready host, keeps its unapplied edits
/// per host (PendingEdits) and says in words what it is waiting for otherwise.
class HostPage
{
public:
    virtual ~HostPage() = default;
    virtual void setActiveHost(const ActiveHost &host) = 0;
    /// Records what the page holds but has not yet given to PendingEdits (the
    /// raw editor's typing since its last pause): called before Apply.
    virtual void commitEdits() { }
    /// Whether commitEdits() has something to record (Apply is possible then too).
    virtual bool hasUncommittedEdits() const { return false; }
};

} // namespace Mailwarden
