#pragma once

#include "remote/remoteerror.h"

#include <QByteArray>
#include <QString>

namespace Mailwarden {

class Host;

/// A file as an edit starts from: its bytes, or absent (the root-file helper's
/// word, so the change creates it and expects it still absent).
struct LoadedFile {
    QByteArray bytes;
    bool absent = false;
};

/// Reading the files an MTA uses, the same way for the console and the CLI.
class MtaFiles final
{
public:
    /// \a path as the admin, through the root-file helper where the admin may
    /// not read it (sasl_passwd), or absent when the helper says so. Blocks on
    /// \a host: call it off the GUI thread.
    static RemoteResult<LoadedFile> load(Host &host, const QString &path);
};

} // namespace Mailwarden
