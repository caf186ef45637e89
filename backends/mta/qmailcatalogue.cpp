#include "qmailcatalogue.h"

#include <algorithm>
#include <QRegularExpression>

namespace Mailwarden {

namespace {

using Group = CatalogueEntry::Group;

struct Control {
    const char *name;
    Group group;
    const char *format;
};

// Control files by what an admin uses them for; the rest are one-value files.
constexpr Control controls[] = {
    {"rcpthosts", Group::AccessAndRelay, "qmail-control"},
    {"morercpthosts", Group::AccessAndRelay, "qmail-control"},
    {"badmailfrom", Group::AccessAndRelay, "qmail-control"},
    {"badrcptto", Group::AccessAndRelay, "qmail-control"},
    {"locals", Group::Routing, "qmail-control"},
    {"virtualdomains", Group::Routing, "qmail-virtualdomains"},
    {"smtproutes", Group::Routing, "qmail-smtproutes"},
    {"percenthack", Group::AddressRewriting, "qmail-control"},
};

// What Mailwarden itself keeps beside the files it changes: backups
// (NAME.mwbak-YYYYmmddTHHMMSSZ…) and the host's journal (control/mailwarden-journal).
bool isMailwardenFile(QByteArrayView name)
{
    static const QRegularExpression backup(QStringLiteral("\\.mwbak-[0-9]{8}T[0-9]{6}Z"));
    return name == "mailwarden-journal" || backup.match(QString::fromUtf8(name)).hasMatch();
}

} // namespace

bool QmailCatalogue::isControlTable(QByteArrayView name)
{
    return std::any_of(std::begin(controls), std::end(controls), [name](const Control &c) { return name == c.name; });
}

CatalogueEntry QmailCatalogue::controlFile(QByteArrayView name)
{
    return fromListing(QByteArray("control " + name.toByteArray())).value(0);
}

QByteArray QmailCatalogue::probeScript()
{
    return QByteArrayLiteral(R"SH(for f in /var/qmail/control/*; do
    [ -f "$f" ] && echo "control ${f##*/}"
done
[ -f /var/qmail/users/assign ] && echo assign
for f in /var/qmail/alias/.qmail-*; do
    [ -f "$f" ] && echo "alias ${f##*/}"
done
for p in /proc/[0-9]*; do
    [ "$(cat "$p/comm" 2>/dev/null)" = tcpserver ] || continue
    tr '\0' '\n' <"$p/cmdline" 2>/dev/null | sed -n '/^-x$/{n;s/^/tcprules /;p;}'
done
)SH");
}

QList<CatalogueEntry> QmailCatalogue::fromListing(QByteArrayView listing)
{
    QList<CatalogueEntry> out;
    auto add = [&](const QString &path, const QString &type, const QString &user, Group group, const QString &format) {
        for (const CatalogueEntry &e : out) {
            if (e.path == path)
                return;
        }
        CatalogueEntry e;
        e.path = path;
        e.mapType = type;
        e.formatType = format;
        e.usedBy = {user};
        e.group = group;
        out.append(e);
    };
    for (const QByteArray &raw : listing.toByteArray().split('\n')) {
        const QByteArrayView line = QByteArrayView(raw).trimmed();
        const qsizetype space = line.indexOf(' ');
        const QByteArrayView verb = space < 0 ? line : line.first(space);
        const QByteArrayView arg = space < 0 ? QByteArrayView() : line.sliced(space + 1);
        // names come from a directory listing: no '/' may sneak in
        if (arg.contains('/') && verb != "tcprules")
            continue;
        if (isMailwardenFile(arg))
            continue;
        if (verb == "control" && !arg.isEmpty() && !arg.startsWith('.')) {
            const Control *known = nullptr;
            for (const Control &c : controls) {
                if (arg == c.name)
                    known = &c;
            }
            add(QStringLiteral("/var/qmail/control/") + QString::fromUtf8(arg), QString(),
                QStringLiteral("qmail-send/qmail-smtpd"), known ? known->group : Group::ControlFiles,
                QString::fromLatin1(known ? known->format : "qmail-control"));
        } else if (verb == "assign") {
            add(QStringLiteral("/var/qmail/users/assign"), QStringLiteral("cdb"), QStringLiteral("qmail-lspawn"),
                Group::Aliases, QStringLiteral("qmail-assign"));
        } else if (verb == "alias" && arg.startsWith(".qmail-")) {
            add(QStringLiteral("/var/qmail/alias/") + QString::fromUtf8(arg), QString(), QStringLiteral("qmail-local"),
                Group::Aliases, QStringLiteral("qmail-dotqmail"));
        } else if (verb == "tcprules" && arg.startsWith('/') && arg.endsWith(".cdb") && !arg.contains("/../")) {
            add(QString::fromUtf8(arg.chopped(4)), QStringLiteral("cdb"), QStringLiteral("tcpserver -x"),
                Group::AccessAndRelay, QStringLiteral("qmail-tcprules"));
        }
    }
    return out;
}

} // namespace Mailwarden
