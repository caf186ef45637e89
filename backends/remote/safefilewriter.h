#pragma once

#include "host.h"

#include <optional>

namespace Mailwarden {

/// What SafeFileWriter should put where, and what it expects to replace.
struct SafeWriteRequest {
    QString path; ///< absolute path on the host
    QByteArray content; ///< the new bytes
    /// SHA-256 (hex) of the file as it was loaded; std::nullopt: the file must
    /// not exist yet. Anything else on the host means someone else changed it.
    std::optional<QByteArray> expectedSha256;
    /// User: the admin account owns the file. Root: through `sudo -n` and the
    /// host's file helper (`backup`, `read`, `install`).
    Host::Access access = Host::Access::User;
    /// Fault-injection hook for tests: pause a few seconds when this step
    /// ("cas", "backup", "upload", "verify", "fsync", "rename") is reached, so
    /// a test can cut the connection there. Empty in real use.
    QString pauseAtStep;
};

struct SafeWriteResult {
    QString backupPath; ///< the timestamped copy of the old file; empty for a new file
    QByteArray sha256; ///< hash of what is now on the host
};

/// Writes one file on a host so that it is never half-written: the primitive
/// the config transaction (ChangeSet) builds on. DESIGN.md, "Never lose a config".
///
/// Steps, in order: compare-and-swap (the file's SHA-256 must still be the one
/// read at load time, else Kind::FileChanged and nothing is touched) → a
/// timestamped backup beside the file (PATH.mwbak-YYYYmmddTHHMMSSZ) → the new
/// bytes to a temp file in the same directory (Root: the helper makes that
/// temp file) → the temp file's hash checked against the new content (a cut
/// upload never gets renamed) → owner, group and mode of the old file → fsync
/// → CAS checked once more → rename over the target → fsync of the directory.
///
/// Invariant: whatever happens (connection cut at any step, sudo refused,
/// disk full), the path holds exactly the old or exactly the new content, and
/// once the backup step ran, the backup holds the old content.
///
/// The Host must outlive the returned future. The work runs on the global
/// thread pool and waits there on the host's own worker: never on the GUI thread.
class SafeFileWriter final
{
public:
    static QFuture<RemoteResult<SafeWriteResult>> write(Host &host, SafeWriteRequest request);
    /// Lowercase hex SHA-256, as `sha256sum` prints it.
    static QByteArray sha256Hex(QByteArrayView bytes);

private:
    static RemoteResult<SafeWriteResult> writeAsUser(Host &host, const SafeWriteRequest &request);
    static RemoteResult<SafeWriteResult> writeAsRoot(Host &host, const SafeWriteRequest &request);
};

} // namespace Mailwarden
