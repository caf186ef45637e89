#pragma once

#include "catalogue.h"

#include <QByteArrayView>

namespace Mailwarden {

/// The files a qmail host uses, from the listing of QmailCatalogue::probeScript():
/// the control files that exist in /var/qmail/control, users/assign, the
/// alias/.qmail-* files, and the tcprules source of every tcpserver that runs
/// with -x (its .cdb without the suffix: Life with qmail's convention).
class QmailCatalogue final
{
public:
    static QList<CatalogueEntry> fromListing(QByteArrayView listing);
    /// Fixed POSIX sh, no user data; runs as the admin account.
    static QByteArray probeScript();
};

} // namespace Mailwarden
