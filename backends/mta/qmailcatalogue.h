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
    /// The entry of the control file \a name as fromListing() gives it once it
    /// exists, for creating it (option set smtpgreeting, table add badmailfrom).
    static CatalogueEntry controlFile(QByteArrayView name);
    /// Whether \a name is a control file that is a table (rcpthosts, badmailfrom, …).
    static bool isControlTable(QByteArrayView name);
    /// Fixed POSIX sh, no user data; runs as the admin account.
    static QByteArray probeScript();
};

} // namespace Mailwarden
