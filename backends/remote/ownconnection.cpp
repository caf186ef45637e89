#include "ownconnection.h"

#include <QByteArray>
#include <QFile>

#include <filesystem>

#include <netinet/in.h>
#include <sys/socket.h>

namespace Mailwarden {

namespace {

// An IPv4 endpoint as /proc/net/tcp prints it: the address's four bytes as
// one hex number in memory order, then the port, both upper case.
QByteArray procEndpoint(const sockaddr_in &address)
{
    return QByteArray::number(quint32(address.sin_addr.s_addr), 16).toUpper().rightJustified(8, '0') + ':'
        + QByteArray::number(ntohs(address.sin_port), 16).toUpper().rightJustified(4, '0');
}

// The socket inode of the connection from \a local to \a remote, or empty.
QByteArray socketInode(const QByteArray &local, const QByteArray &remote)
{
    QFile table(QStringLiteral("/proc/net/tcp"));
    if (!table.open(QIODevice::ReadOnly))
        return {};
    table.readLine(); // the column names
    for (QByteArray line = table.readLine(); !line.isEmpty(); line = table.readLine()) {
        // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ...
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 9 && fields.at(1) == local && fields.at(2) == remote)
            return fields.at(9);
    }
    return {};
}

} // namespace

bool isOwnLoopbackConnection(int acceptedFd)
{
    sockaddr_in ours {}, peer {};
    socklen_t oursLength = sizeof ours, peerLength = sizeof peer;
    if (::getsockname(acceptedFd, reinterpret_cast<sockaddr *>(&ours), &oursLength) != 0
        || ::getpeername(acceptedFd, reinterpret_cast<sockaddr *>(&peer), &peerLength) != 0
        || ours.sin_family != AF_INET || peer.sin_family != AF_INET)
        return false;
    // The client's socket: its local end is our peer, its remote end is us.
    const QByteArray inode = socketInode(procEndpoint(peer), procEndpoint(ours));
    if (inode.isEmpty() || inode == "0")
        return false;
    const std::string wanted = "socket:[" + inode.toStdString() + ']';
    std::error_code error;
    for (const auto &entry : std::filesystem::directory_iterator("/proc/self/fd", error)) {
        std::error_code linkError;
        if (std::filesystem::read_symlink(entry.path(), linkError).native() == wanted)
            return true;
    }
    return false;
}

} // namespace Mailwarden
