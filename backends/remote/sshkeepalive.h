#pragma once

#include <QtGlobal>

#include <libssh/libssh.h>

#include <chrono>

namespace Mailwarden {

/// What ssh's ServerAliveInterval and ServerAliveCountMax do, for one libssh
/// session on the worker's thread: after \a interval without a packet from
/// the server, send OpenSSH's "keepalive@openssh.com" global request with
/// want-reply set (RFC 4254 §4: the server must answer, with success or, as
/// OpenSSH does, failure); \a countMax intervals in a row without any packet
/// back and the connection is dead, even though TCP still looks fine (a
/// frozen or wedged server, a peer that vanished behind a NAT).
///
/// Answers are seen through libssh's packet counters (ssh_set_counters), so
/// any packet proves the server alive, as in OpenSSH.
class SshKeepAlive final
{
public:
    using Clock = std::chrono::steady_clock;

    SshKeepAlive(std::chrono::milliseconds interval, int countMax);

    /// Starts watching \a session (a fresh connection: nothing unanswered).
    void attach(ssh_session session);
    void detach();

    /// After each poll: sends a keepalive when one is due. False when the
    /// server left countMax of them unanswered: the connection is dead.
    bool check(Clock::time_point now);
    /// Milliseconds until check() has something to do (0 when due).
    qint64 msUntilDue(Clock::time_point now) const;
    int unanswered() const { return m_unanswered; }

private:
    void send();

    std::chrono::milliseconds m_interval;
    int m_countMax;
    ssh_session m_session = nullptr;
    ssh_counter_struct m_socketCounter {};
    ssh_counter_struct m_packetCounter {};
    uint64_t m_packetsSeen = 0;
    Clock::time_point m_due;
    int m_unanswered = 0;
};

} // namespace Mailwarden
