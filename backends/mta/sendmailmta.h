#pragma once

#include "mta.h"

namespace Mailwarden {

/// Sendmail's Mta.
class SendmailMta final : public Mta
{
    Q_OBJECT
public:
    using Mta::Mta;
    MtaKind kind() const override { return MtaKind::Sendmail; }
    QFuture<RemoteResult<QList<CatalogueEntry>>> catalogue(Host &host) const override;
    RemoteResult<QList<FileChange>> derivedChanges(Host &host, const QList<FileChange> &changes) const override;
    QList<Command> rebuildCommands(const FileChange &change) const override;
    QList<Command> validateCommands() const override;
    QList<Command> reloadCommands() const override;
    QList<Command> verifyCommands() const override;
};

} // namespace Mailwarden
