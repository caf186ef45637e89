#pragma once

namespace Mailwarden {

/// Whether the loopback TCP connection accepted as \a acceptedFd was made by
/// this process: the client's end (local address = our peer, remote address =
/// our local one, found in /proc/net/tcp) is one of this process's own
/// descriptors (/proc/self/fd). A port forward listens on 127.0.0.1, where
/// every local user can connect; only our own connections may use the tunnel.
/// False when the client cannot be found (it closed already, or the system
/// has no /proc): refusing is the safe answer. Linux only; any thread.
bool isOwnLoopbackConnection(int acceptedFd);

} // namespace Mailwarden
