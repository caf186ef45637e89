#pragma once

#include "catalogue.h"
#include "mtadetection.h"
#include "mtaoption.h"
#include "remote/remoteerror.h"

#include <QFuture>

#include <string>

namespace Mailwarden {

class Host;
class Mta;

/// What the console and the CLI need before they show or edit anything: the
/// host's MTA, its catalogue and its options.
struct HostSurvey {
    MtaDetection detection;
    const Mta *mta = nullptr; ///< the profile's MTA when set, else the detected one
    QList<CatalogueEntry> catalogue;
    QList<MtaOption> options;
    int roundTrips = 0; ///< commands it took (1 for Postfix, the common case)

    /// The value of option \a name ("maillog_file"); empty when not there.
    QByteArray optionValue(const char *name) const;
    /// The MTA's kind; Postfix when none was found (the statistics' default).
    MtaKind mtaKind() const;
    /// Postfix's syslog_name, the program prefix of its log lines ("postfix").
    std::string postfixSyslogName() const;
};

/// Detection, catalogue and options in as few round trips as possible. For
/// Postfix one: the detection probe and PostfixSurvey's postconf runs go out as
/// one fixed script (Postfix's part runs wherever postconf exists and is used
/// only when the host turns out to be Postfix). Sendmail and qmail add their
/// Mta's catalogue() and options() calls.
class MtaSurvey final
{
public:
    /// \a profileKind: the profile's MTA (MtaKind::Unknown: detect). An
    /// undetectable MTA is an error carrying detection's warnings.
    static QFuture<RemoteResult<HostSurvey>> survey(Host &host, MtaKind profileKind = MtaKind::Unknown);
    /// The one script the first round trip runs (fixed, no user data, no sudo).
    static QByteArray script();
};

} // namespace Mailwarden
