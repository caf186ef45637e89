#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>

#include <QPalette>

namespace Mailwarden {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository *repository = [] {
        auto *r = new KSyntaxHighlighting::Repository;
        // Our definitions for MTA files (KSyntaxHighlighting has none and maps *.cf to TOML).
        r->addCustomSearchPath(QStringLiteral(":/mailwarden"));
        return r;
    }();
    return *repository;
}

KSyntaxHighlighting::Theme syntaxThemeFor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return syntaxRepository().defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace Mailwarden
