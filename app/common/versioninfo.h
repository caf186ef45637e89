#pragma once

#include "core/componentversions.h"

#include <QStringList>

namespace Mailwarden {

/// The version of Mailwarden itself ("0.1.0").
QString applicationVersion();

/// Every line of `mailwarden-cli --version` and of Help ▸ About: Mailwarden,
/// then Qt, QCA with its providers, libssh and QtKeychain, each as reported by
/// the running library, then \a more (the GUI adds its own libraries).
QStringList versionLines(const QList<Component> &more = {});

/// KSyntaxHighlighting's line, with the definitions it loads. Only the GUI
/// links the library (it pulls in Qt GUI, which would slow every CLI start).
Component syntaxHighlightingComponent();

} // namespace Mailwarden
