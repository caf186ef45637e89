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
    /// User: the admin account owns the file (a file it may only write through
    /// its group is refused: its owner could not be kept). Root: through
    /// `sudo -n` and the host's file helper (`stat`, `backup`, `install`).
    Host::Access access = Host::Access::User;
    /// SHA-256 (hex) of content when the caller has it already (hashing a
    /// large table costs ~100 ms per copy); empty: computed here.
    QByteArray contentSha256 = {};
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
/// timestamped backup beside the file (User: PATH.mwbak-YYYYmmddTHHMMSSZ; Root:
/// the helper's PATH.mwbak-YYYYmmddTHHMMSSZ-XXXXXXXX) → the new bytes to a temp
/// file in the same directory → the temp file's hash checked against the new
/// content (a cut upload never gets renamed) → owner, group and mode of the old
/// file → fsync → CAS checked once more → rename over the target → fsync of the
/// directory. Root: the helper (`mw-file install --sha256 NEW --expect OLD`,
/// content on stdin) does all of that on the host, the last CAS under a lock.
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
    // The test seam (tests/integration/safefilewriterseam.h): pause a few seconds
    // at a step ("cas", "backup", "upload", "verify", "fsync", "rename") so a
    // test can cut the connection there. Nothing in the product sets it.
    friend class SafeFileWriterTestSeam;
    static void setPauseAtStep(const QString &step);
    static QString pauseAtStep();

    static RemoteResult<SafeWriteResult> writeAsUser(
        Host &host, const SafeWriteRequest &request, const QString &pauseStep);
    static RemoteResult<SafeWriteResult> writeAsRoot(
        Host &host, const SafeWriteRequest &request, const QString &pauseStep);
};

} // namespace Mailwarden
