#pragma once

#include <QDialog>

namespace Mailwarden {

/// Help ▸ About: what Mailwarden is, and the version of every library it runs
/// with (Qt, QCA and its providers, libssh, KSyntaxHighlighting, QtKeychain).
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    /// \a componentLines come from the caller so the CLI's --version and this
    /// dialog show the same lines.
    explicit AboutDialog(const QStringList &componentLines, QWidget *parent = nullptr);
};

} // namespace Mailwarden
