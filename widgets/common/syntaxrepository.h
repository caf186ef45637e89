#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

class QPalette;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Mailwarden {

/// The console's one KSyntaxHighlighting repository (loading its ~400
/// definitions takes tens of milliseconds, so it is made once, on first use),
/// with Mailwarden's own definitions from resources/syntax added.
KSyntaxHighlighting::Repository &syntaxRepository();

/// The repository's default theme for \a palette: dark for a dark window
/// colour, else light, so highlighting follows View ▸ Colour Scheme.
KSyntaxHighlighting::Theme syntaxThemeFor(const QPalette &palette);

} // namespace Mailwarden
