#pragma once

#include <QString>

class QApplication;

namespace Mailwarden {

/// The console's colours: the desktop's own palette by default (a dark Plasma
/// or GNOME session gives a dark console), or a forced light or dark scheme.
enum class ColorScheme { System, Light, Dark };

/// Applies \a scheme to the whole application. System restores the palette the
/// platform theme supplied at start-up.
void applyColorScheme(QApplication &app, ColorScheme scheme);

QString colorSchemeKey(ColorScheme scheme);
ColorScheme colorSchemeFromKey(const QString &key);

} // namespace Mailwarden
