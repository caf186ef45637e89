#pragma once

#include "catalogue.h"

#include <QByteArrayView>

namespace Mailwarden {

/// The tables a Sendmail host uses, read from the sendmail.cf that runs (not
/// the .mc, which may not have been rebuilt): its `K` map declarations with a
/// file (access, virtuser, mailertable, generics, domaintable, authinfo, …),
/// its `F` class files (local-host-names, relay-domains, virtual-domains, …)
/// and AliasFile.
class SendmailCatalogue final
{
public:
    static QList<CatalogueEntry> fromCf(QByteArrayView sendmailCf);
};

} // namespace Mailwarden
