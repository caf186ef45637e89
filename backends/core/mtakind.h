#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace Mailwarden {

/// Which MTA a host runs or a log was written by. Unknown: not detected (yet),
/// or none of the three. The names of mtaKindName() are stable: saved host
/// profiles and the JSON reports store them.
enum class MtaKind : std::uint8_t { Postfix, Sendmail, Qmail, Unknown };

/// "postfix", "sendmail", "qmail" or "unknown".
QString mtaKindName(MtaKind kind);
/// As people write it: "Postfix", "Sendmail", "qmail" (the name otherwise).
QString mtaKindTitle(MtaKind kind);

/// The kind that mtaKindName() spells \a name; nullopt for anything else.
std::optional<MtaKind> mtaKindFromName(QStringView name);

} // namespace Mailwarden
