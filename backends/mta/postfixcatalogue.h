#pragma once

#include "catalogue.h"

#include <QByteArrayView>

namespace Mailwarden {

/// The tables a Postfix host uses, from its own `postconf` (every parameter,
/// unexpanded) and `postconf -P` (master.cf -o overrides): each literal
/// file-backed map (`hash:/etc/postfix/x`, `proxy:` stripped), each database
/// map's query file (read-only) and each "/file" of a list parameter. A table
/// reached only through `$name` is listed under the parameter that names it
/// literally, so derived defaults (`$transport_maps`) add no noise. Postfix's
/// own caches (proxy_*_maps, *_cache_database, address_verify_map) are not
/// tables an admin edits and are left out. Entries come in the order of first
/// use; one entry per file, with every user in usedBy.
class PostfixCatalogue final
{
public:
    static QList<CatalogueEntry> fromPostconf(QByteArrayView postconf, QByteArrayView postconfP = {});
};

} // namespace Mailwarden
