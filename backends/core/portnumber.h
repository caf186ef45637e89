#pragma once

#include <QStringView>

#include <optional>

namespace Mailwarden {

/// A TCP port from text (a command-line option, a settings file): decimal
/// digits only, 1 to 65535. Anything else is nullopt, never a port that
/// wrapped around (65558 is not 22).
std::optional<quint16> parsePortNumber(QStringView text);

/// The same for a number that was stored as one (QSettings, JSON).
std::optional<quint16> portNumberFrom(qint64 value);

} // namespace Mailwarden
