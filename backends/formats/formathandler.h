#pragma once

#include "parseerror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <expected>
#include <functional>

namespace Mailwarden {

/// A file format by its type name ("postfix-main", "sendmail-access", ...), with
/// its typed parser erased so the CLI and the corpus tests can treat every
/// format alike. The typed documents stay the API for real editing.
struct FormatHandler {
    QString type; ///< the name used by `mailwarden-cli format --type`
    QString description; ///< one line, e.g. "Postfix main.cf"

    /// write(parse(bytes)): must equal \a bytes for every input parse accepts.
    std::function<std::expected<QByteArray, ParseError>(QByteArrayView bytes, const QString &fileName)> roundTrip;

    /// parse, then the semantic checks (warnings on lines).
    std::function<std::expected<QList<Diagnostic>, ParseError>(QByteArrayView bytes, const QString &fileName)> check;
};

/// Every format, sorted by type name. Each backend contributes its own list:
QList<FormatHandler> formatHandlers();
/// nullptr when \a type is unknown.
const FormatHandler *findFormatHandler(const QString &type);

// Contributions, one per folder (backends/formats, postfix, sendmail, qmail).
QList<FormatHandler> sharedFormatHandlers();
QList<FormatHandler> postfixFormatHandlers();
QList<FormatHandler> sendmailFormatHandlers();
QList<FormatHandler> qmailFormatHandlers();

} // namespace Mailwarden
