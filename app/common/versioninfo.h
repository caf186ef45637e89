#pragma once

#include <QStringList>

namespace Mailwarden {

/// The version of Mailwarden itself ("0.1.0").
QString applicationVersion();

/// Every line of `mailwarden-cli --version` and of Help ▸ About: Mailwarden,
/// then Qt, QCA with its providers, libssh, QtKeychain and KSyntaxHighlighting,
/// each as reported by the running library.
QStringList versionLines();

} // namespace Mailwarden
