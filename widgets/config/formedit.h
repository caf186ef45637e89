#pragma once

#include "mta/filechange.h"

#include <QString>

#include <expected>
#include <functional>

namespace Mailwarden {

/// What a Config tab form asks for: the change of the open file (\a path, its
/// content now with pending edits) that does what the form's control says, or
/// why not. The page records it as one undoable edit.
using FormEdit = std::function<std::expected<FileChange, QString>(const QString &path, const QByteArray &content)>;

} // namespace Mailwarden
