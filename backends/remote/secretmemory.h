#pragma once

namespace Mailwarden {

/// Keeps secrets in this process from leaving it through the kernel: no core
/// dump (RLIMIT_CORE 0, so none is written on a crash) and not dumpable
/// (PR_SET_DUMPABLE 0: no core either, and another process of the same user
/// cannot ptrace it or read its memory). Called by everything that brings a
/// secret into memory (SecretVault::unlock, SecretStore, SshSession with a
/// password); it stays in force for the life of the process, since freed
/// memory may still hold what was there. Idempotent and thread-safe.
void protectProcessSecrets();

} // namespace Mailwarden
