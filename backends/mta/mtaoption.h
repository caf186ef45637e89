#pragma once

#include <QByteArray>
#include <QDebug>
#include <QString>

namespace Mailwarden {

/// One setting of a host's MTA as the option forms and the Privacy tab show
/// it: its effective value, where that comes from, its default and its type.
struct MtaOption {
    enum class Type { Bool, Number, Size, Time, List, Restrictions, Tables, Text };
    enum class Source { Default, MainConfig, Service };

    QByteArray name;
    QByteArray value; ///< effective value (the default when not set)
    QByteArray defaultValue; ///< the MTA's own default ("" when it has none)
    Source source = Source::Default;
    QString where; ///< file (and service) that sets it; "" for defaults
    Type type = Type::Text;
    bool deprecated = false;
    QString warning; ///< the MTA's own words about it (postconf's deprecation warning)
    QString explanation; ///< one sentence of ours, translated; "" when we have none
    QString documentation; ///< where the host's documentation says more ("postconf(5)")

    friend bool operator==(const MtaOption &, const MtaOption &) = default;
};

QDebug operator<<(QDebug debug, const MtaOption &option);

} // namespace Mailwarden
