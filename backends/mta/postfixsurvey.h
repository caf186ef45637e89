#pragma once

#include "catalogue.h"
#include "mtaoption.h"

#include <optional>
#include <QByteArray>
#include <QHash>
#include <QList>

namespace Mailwarden {

/// Postfix's part of MtaSurvey: catalogue and options from the two postconf
/// runs an admin would type (`postconf -d`, `postconf -n`) plus master.cf, in
/// the same round trip as detection. The full parameter list (what plain
/// `postconf` prints) is the defaults with main.cf's settings over them, and
/// master.cf's `-o` overrides (what `postconf -P` prints) come from our own
/// master.cf parser, so no further postconf process runs.
class PostfixSurvey final
{
public:
    /// POSIX sh fragment; prints the postfix.config/postfix.version facts for
    /// MtaEvidence, then its sections. Runs as the admin, no user data.
    static QByteArray script();

    struct Result {
        QList<CatalogueEntry> catalogue;
        QList<MtaOption> options;
        /// Catalogue paths the host's realpath did not cover (none usually):
        /// the caller resolves these links in a second round trip.
        bool linksUnresolved = false;
    };
    /// Reads script()'s sections out of the whole survey output; nullopt when
    /// they are missing (no postconf on the host). \a err is the run's stderr
    /// (postconf's warnings about deprecated parameters).
    static std::optional<Result> parse(QByteArrayView out, QByteArrayView err);

    /// `postconf`'s output from `postconf -d` and `postconf -n` (and -n's
    /// warnings): every parameter sorted by name, main.cf's value where it sets
    /// one, main.cf's own names unless postconf calls them unused. Equal to
    /// plain postconf's output on the lab's Postfix 3.10 but for process_id.
    static QByteArray mergePostconf(QByteArrayView defaults, QByteArrayView set, QByteArrayView warnings = {});
    /// `postconf -P`'s lines ("service/type/parameter = value") of master.cf's
    /// active services; empty when master.cf does not parse.
    static QByteArray masterOverrides(const QByteArray &masterCf);
};

} // namespace Mailwarden
