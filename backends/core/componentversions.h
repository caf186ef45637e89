#pragma once

#include <QList>
#include <QString>

namespace Mailwarden {

/// One library the program depends on, as found at run time.
struct Component {
    QString name; ///< "Qt", "QCA", "libssh", ...
    QString version; ///< the version the running library reports
    QString detail; ///< e.g. QCA's providers; empty where there is nothing to add
};

/// The libraries of the backends (Qt, QCA and its providers, libssh, QtKeychain),
/// each asked for its version at run time: a line here proves the library links
/// and initialises. Needs a QCoreApplication (QCA scans plugins from it).
QList<Component> backendComponents();

/// The QCA providers that loaded, e.g. {"qca-ossl", "qca-softstore"}.
QStringList qcaProviders();

/// "Name version (detail)" lines for --version and the About dialog.
QStringList componentLines(const QList<Component> &components);

} // namespace Mailwarden
