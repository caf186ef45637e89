#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>

namespace Mailwarden {

/// The one function that turns data into POSIX shell words. Everything that
/// becomes part of a command line run by a remote shell (sshd hands the exec
/// request to the user's login shell as `$SHELL -c LINE`) passes through here;
/// nothing else in the code base builds shell text from data.
///
/// Rules: an argument made only of `A-Za-z0-9_@%+:,./-` (not empty, not
/// starting with `%`) stays as it is; anything else, `=` included (a first
/// word `A=b` would be an assignment), is wrapped in single quotes, and each single quote
/// inside becomes `'\''`. Inside single quotes a POSIX shell gives every byte
/// (1-255, newlines included) its literal meaning, so `$(...)`, backslashes,
/// globs and UTF-8 or non-UTF-8 bytes arrive unchanged. A NUL byte cannot be
/// part of an argument on any Unix: callers must reject it (Host::run does).
QByteArray shellQuote(QByteArrayView argument);

/// The words of \a argv, each quoted by shellQuote(), separated by one space.
QByteArray shellJoin(const QByteArrayList &argv);

} // namespace Mailwarden
