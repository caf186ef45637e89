#pragma once

#include <QString>

namespace Mailwarden {

/// \a seconds from now in words, rounded as people say it: "in 7 min",
/// "in 2 h 5 min", "in 3 d 4 h", "now", "12 min ago".
QString relativeTime(qint64 seconds);
/// The length \a seconds in the same words without direction: "2 h 5 min".
QString durationText(qint64 seconds);

} // namespace Mailwarden
