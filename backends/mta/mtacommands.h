#pragma once

#include "catalogue.h"
#include "remote/command.h"
#include "remote/remoteerror.h"

#include <QFuture>

namespace Mailwarden {

class Host;

/// A fixed POSIX sh program run with the admin's login environment plus the
/// directories where MTA tools live (/usr/sbin is not on a user's PATH on
/// Debian). \a script must not contain user data; \a args reach it as "$@".
Command mtaShell(const QByteArray &script, const QByteArrayList &args = {});

} // namespace Mailwarden

namespace Mailwarden {

/// Follows symbolic links in the catalogue's paths on \a host (Debian's
/// /etc/mail/aliases is a link to /etc/aliases): path becomes the file itself,
/// configuredPath keeps the name the configuration uses. The root-file helper
/// refuses links, so edits must go to the real file.
QFuture<RemoteResult<QList<CatalogueEntry>>> resolveLinks(
    Host &host, QFuture<RemoteResult<QList<CatalogueEntry>>> entries);

} // namespace Mailwarden
