#pragma once

#include "remote/command.h"

namespace Mailwarden {

/// A fixed POSIX sh program run with the admin's login environment plus the
/// directories where MTA tools live (/usr/sbin is not on a user's PATH on
/// Debian). \a script must not contain user data; \a args reach it as "$@".
Command mtaShell(const QByteArray &script, const QByteArrayList &args = {});

} // namespace Mailwarden
