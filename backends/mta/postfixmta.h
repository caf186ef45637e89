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
    QFuture<RemoteResult<QList<MtaOption>>> options(Host &host) const override;
    QList<Command> rebuildCommands(const FileChange &change, const QString &fileHelper) const override;
    QList<Command> validateCommands() const override;
    QList<Command> reloadCommands() const override;
    QList<Command> verifyCommands() const override;
};

} // namespace Mailwarden
