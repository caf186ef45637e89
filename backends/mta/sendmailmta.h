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
    QFuture<RemoteResult<QList<MtaOption>>> options(Host &host) const override;
    RemoteResult<QList<FileChange>> derivedChanges(Host &host, const QList<FileChange> &changes) const override;
    QList<Command> rebuildCommands(const FileChange &change, const QString &fileHelper) const override;
    QList<Command> validateCommands() const override;
    QList<Command> reloadCommands() const override;
    QList<Command> verifyCommands() const override;

    /// A define's value as m4 uses it: without a leading `dnl` line and one level of quotes.
    static QByteArray defineValue(QByteArrayView raw);
};

} // namespace Mailwarden
