#include "componentversions.h"

#include <libssh/libssh.h>
#include <qt6keychain/keychain.h>
#include <QtCrypto>

namespace Mailwarden {

namespace {
// QCA needs one Initializer alive while providers are queried; keep it for the
// process lifetime so later users (vault, certificate inspection) share it.
QCA::Initializer &qcaInitializer()
{
    static QCA::Initializer init;
    return init;
}
} // namespace

QStringList qcaProviders()
{
    qcaInitializer();
    QStringList names;
    const QCA::ProviderList providers = QCA::providers();
    for (const QCA::Provider *p : providers)
        names << p->name();
    names.sort();
    return names;
}

QList<Component> backendComponents()
{
    QList<Component> list;
    list.append({QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
        QStringLiteral("built with %1").arg(QStringLiteral(QT_VERSION_STR))});

    qcaInitializer();
    // Plugins report version 0 when they do not set one; the name is what matters.
    QStringList providers;
    const QCA::ProviderList loaded = QCA::providers();
    for (const QCA::Provider *p : loaded) {
        const int v = p->version();
        providers << (v == 0 ? p->name()
                             : QStringLiteral("%1 %2.%3.%4")
                                   .arg(p->name())
                                   .arg((v >> 16) & 0xff)
                                   .arg((v >> 8) & 0xff)
                                   .arg(v & 0xff));
    }
    providers.sort();
    list.append({QStringLiteral("QCA"), QString::fromLatin1(::qcaVersionStr()),
        QStringLiteral("providers: %1")
            .arg(providers.isEmpty() ? QStringLiteral("none") : providers.join(QStringLiteral(", ")))});

    ssh_init();
    list.append({QStringLiteral("libssh"), QString::fromLatin1(ssh_version(0)), QString()});

    // QtKeychain has no run-time version call; isAvailable() proves it links and
    // tells whether an OS keyring is running (else secrets go to the QCA vault).
    list.append({QStringLiteral("QtKeychain"), QStringLiteral(MW_QTKEYCHAIN_VERSION),
        QKeychain::isAvailable() ? QStringLiteral("OS keyring available") : QStringLiteral("no OS keyring running")});
    return list;
}

QStringList componentLines(const QList<Component> &components)
{
    QStringList lines;
    for (const Component &c : components) {
        lines << (c.detail.isEmpty() ? QStringLiteral("%1 %2").arg(c.name, c.version)
                                     : QStringLiteral("%1 %2 (%3)").arg(c.name, c.version, c.detail));
    }
    return lines;
}

} // namespace Mailwarden
