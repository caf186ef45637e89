#pragma once

#include "mta.h"

namespace Mailwarden {

/// Postfix's Mta.
class PostfixMta final : public Mta
{
    Q_OBJECT
public:
    using Mta::Mta;
    MtaKind kind() const override { return MtaKind::Postfix; }
    QFuture<RemoteResult<QList<CatalogueEntry>>> catalogue(Host &host) const override;
};

} // namespace Mailwarden
