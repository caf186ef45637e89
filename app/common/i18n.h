#pragma once

#include <QLocale>

class QCoreApplication;

namespace Mailwarden {

/// Installs Mailwarden's translation for \a locale (built into the program
/// from translations/*.ts) and Qt's own (qtbase) so standard buttons match.
/// Returns false when there is no Mailwarden translation for that language;
/// the UI then stays English.
bool installTranslators(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Mailwarden
