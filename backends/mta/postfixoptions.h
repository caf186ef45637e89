#pragma once

#include "mtaoption.h"

#include <QByteArrayView>
#include <QList>

namespace Mailwarden {

/// The options of a Postfix host from its own postconf: every parameter this
/// Postfix version knows (`postconf -d`, so no other is offered), the ones
/// main.cf sets (`postconf -n`) and postconf's warnings about them (deprecated
/// parameters). The type is inferred from the name and the default value.
class PostfixOptions final
{
public:
    static QList<MtaOption> fromPostconf(
        QByteArrayView defaults, QByteArrayView explicitSettings, QByteArrayView warnings, const QString &mainCf);
    static MtaOption::Type typeOf(QByteArrayView name, QByteArrayView defaultValue);
    /// Our one-sentence explanation of \a name (translated); "" when we have none.
    static QString explanation(QByteArrayView name);
};

} // namespace Mailwarden
