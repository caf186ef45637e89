#pragma once

#include <QCoreApplication>

namespace Mailwarden {

/// Translation context for code that is not a QObject (see STYLE.md, point 8).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Mailwarden)
};

} // namespace Mailwarden
