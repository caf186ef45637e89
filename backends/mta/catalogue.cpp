#include "catalogue.h"

#include "core/tr.h"

namespace Mailwarden {

bool CatalogueEntry::isIndexed() const
{
    static const QStringList indexed {QStringLiteral("hash"), QStringLiteral("btree"), QStringLiteral("lmdb"),
        QStringLiteral("cdb"), QStringLiteral("dbm"), QStringLiteral("sdbm")};
    return indexed.contains(mapType);
}

QDebug operator<<(QDebug debug, const CatalogueEntry &entry)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "CatalogueEntry(" << entry.mapType << ':' << entry.path;
    if (!entry.configuredPath.isEmpty())
        debug << " (as " << entry.configuredPath << ')';
    debug << ", format " << entry.formatType << ", used by " << entry.usedBy << ", group " << int(entry.group)
          << (entry.readOnly ? ", read-only" : "") << ')';
    return debug;
}

QString catalogueGroupName(CatalogueEntry::Group group)
{
    switch (group) {
    case CatalogueEntry::Group::MainConfig:
        return Tr::tr("Main configuration");
    case CatalogueEntry::Group::AccessAndRelay:
        return Tr::tr("Access and relay");
    case CatalogueEntry::Group::Aliases:
        return Tr::tr("Aliases");
    case CatalogueEntry::Group::Routing:
        return Tr::tr("Routing");
    case CatalogueEntry::Group::AddressRewriting:
        return Tr::tr("Address rewriting");
    case CatalogueEntry::Group::HeaderBodyChecks:
        return Tr::tr("Header and body checks");
    case CatalogueEntry::Group::TlsAndSasl:
        return Tr::tr("TLS and SASL");
    case CatalogueEntry::Group::ControlFiles:
        return Tr::tr("Control files");
    case CatalogueEntry::Group::Other:
        break;
    }
    return Tr::tr("Other");
}

} // namespace Mailwarden
