#include "sshkeepalive.h"

#include <QtGlobal>

#include <libssh/server.h> // ssh_send_keepalive: declared there, works for clients too

namespace Mailwarden {

SshKeepAlive::SshKeepAlive(std::chrono::milliseconds interval, int countMax)
    : m_interval(interval), m_countMax(qMax(1, countMax))
{
}

void SshKeepAlive::attach(ssh_session session)
{
    m_session = session;
    m_socketCounter = {};
    m_packetCounter = {};
    m_packetsSeen = 0;
    m_unanswered = 0;
    m_due = Clock::now() + m_interval;
    ssh_set_counters(m_session, &m_socketCounter, &m_packetCounter);
}

void SshKeepAlive::detach()
{
    if (m_session)
        ssh_set_counters(m_session, nullptr, nullptr);
    m_session = nullptr;
}

bool SshKeepAlive::check(Clock::time_point now)
{
    if (!m_session || m_interval.count() <= 0)
        return true;
    if (m_packetCounter.in_packets != m_packetsSeen) {
        m_packetsSeen = m_packetCounter.in_packets;
        m_unanswered = 0;
        m_due = now + m_interval;
        return true;
    }
    if (now < m_due)
        return true;
    if (m_unanswered >= m_countMax)
        return false;
    send();
    ++m_unanswered;
    m_due = now + m_interval;
    return true;
}

qint64 SshKeepAlive::msUntilDue(Clock::time_point now) const
{
    if (!m_session || m_interval.count() <= 0)
        return 60000;
    return qMax<qint64>(0, std::chrono::duration_cast<std::chrono::milliseconds>(m_due - now).count());
}

void SshKeepAlive::send()
{
    // Without blocking: ssh_send_keepalive would otherwise wait (up to the
    // session timeout) for the answer on the worker's only thread. libssh
    // keeps one global request in flight: while one is unanswered, a call
    // sends nothing; after an answer, the first call only collects it, so a
    // second one sends. The packet counter tells which happened.
    ssh_set_blocking(m_session, 0);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const uint64_t sent = m_packetCounter.out_packets;
        ssh_send_keepalive(m_session);
        if (m_packetCounter.out_packets != sent)
            break;
    }
    ssh_set_blocking(m_session, 1);
}

} // namespace Mailwarden
