#pragma once

#include "mta.h"

namespace Mailwarden {

/// Qmail's Mta.
class QmailMta final : public Mta
{
    Q_OBJECT
public:
    using Mta::Mta;
    MtaKind kind() const override { return MtaKind::Qmail; }
    QFuture<RemoteResult<QList<CatalogueEntry>>> catalogue(Host &host) const override;
};

} // namespace Mailwarden
