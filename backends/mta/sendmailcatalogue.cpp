#include "sendmailcatalogue.h"

#include <QSet>

namespace Mailwarden {

namespace {

using Group = CatalogueEntry::Group;

struct Known {
    const char *name;
    Group group;
    const char *format;
};

// The maps and classes sendmail's m4 FEATUREs declare, by their cf names.
constexpr Known knownMaps[] = {
    {"access", Group::AccessAndRelay, "sendmail-access"},
    {"virtuser", Group::Aliases, "sendmail-map"},
    {"mailertable", Group::Routing, "sendmail-map"},
    {"generics", Group::AddressRewriting, "sendmail-map"},
    {"domaintable", Group::AddressRewriting, "sendmail-map"},
    {"authinfo", Group::TlsAndSasl, "sendmail-map"},
    {"bitdomain", Group::AddressRewriting, "sendmail-map"},
    {"uudomain", Group::AddressRewriting, "sendmail-map"},
};

constexpr Known knownClasses[] = {
    {"w", Group::Routing, "sendmail-list"},
    {"R", Group::AccessAndRelay, "sendmail-list"},
    {"{R}", Group::AccessAndRelay, "sendmail-list"},
    {"{VirtHost}", Group::Aliases, "sendmail-list"},
    {"{G}", Group::AddressRewriting, "sendmail-list"},
    {"G", Group::AddressRewriting, "sendmail-list"},
    {"M", Group::AddressRewriting, "sendmail-list"},
    {"t", Group::Other, "sendmail-list"},
    {"{LDAPRoute}", Group::Routing, "sendmail-list"},
};

template<size_t N>
const Known *find(const Known (&table)[N], QByteArrayView name)
{
    for (const Known &k : table) {
        if (name == k.name)
            return &k;
    }
    return nullptr;
}

QList<QByteArrayView> words(QByteArrayView line)
{
    QList<QByteArrayView> out;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line.at(i) == ' ' || line.at(i) == '\t'))
            ++i;
        const qsizetype begin = i;
        while (i < line.size() && line.at(i) != ' ' && line.at(i) != '\t')
            ++i;
        if (i > begin)
            out.append(line.sliced(begin, i - begin));
    }
    return out;
}

class Builder
{
public:
    void add(const QString &path, const QString &type, const QString &user, Group group, const QString &format)
    {
        for (CatalogueEntry &e : m_entries) {
            if (e.path == path) {
                if (!e.usedBy.contains(user))
                    e.usedBy.append(user);
                return;
            }
        }
        CatalogueEntry e;
        e.path = path;
        e.mapType = type;
        e.formatType = format;
        e.usedBy = {user};
        e.group = group;
        m_entries.append(e);
    }
    QList<CatalogueEntry> m_entries;
};

} // namespace

QList<CatalogueEntry> SendmailCatalogue::fromCf(QByteArrayView sendmailCf)
{
    Builder b;
    for (const QByteArray &raw : sendmailCf.toByteArray().split('\n')) {
        const QByteArrayView line = QByteArrayView(raw).trimmed();
        if (line.startsWith('K')) {
            // Kname type [-flags …] [path]: a map; only file-backed ones are tables.
            const QList<QByteArrayView> w = words(line.sliced(1));
            if (w.size() < 3 || !w.last().startsWith('/'))
                continue;
            const QByteArrayView type = w.at(1);
            if (type != "hash" && type != "btree" && type != "dbm" && type != "cdb" && type != "text")
                continue;
            const Known *known = find(knownMaps, w.at(0));
            b.add(QString::fromUtf8(w.last()), QString::fromUtf8(type),
                QStringLiteral("K") + QString::fromUtf8(w.at(0)), known ? known->group : Group::Other,
                known ? QString::fromLatin1(known->format) : QString());
        } else if (line.startsWith('F')) {
            // Fc[-o] path [scanf format] or F{Name}…: a class read from a file.
            QByteArrayView rest = line.sliced(1);
            const qsizetype nameEnd = rest.startsWith('{') ? rest.indexOf('}') + 1 : 1;
            if (nameEnd <= 0 || nameEnd > rest.size())
                continue;
            const QByteArrayView name = rest.first(nameEnd);
            if (rest.sliced(nameEnd).trimmed().startsWith('|'))
                continue; // Fc|program: the class comes from a program's output
            const QList<QByteArrayView> w = words(rest.sliced(nameEnd));
            QByteArrayView path;
            for (const QByteArrayView &word : w) {
                const QByteArrayView candidate = word.startsWith("-o") ? word.sliced(2) : word;
                if (candidate.startsWith('/')) {
                    path = candidate;
                    break;
                }
            }
            if (path.isEmpty())
                continue; // a class without a file
            const Known *known = find(knownClasses, name);
            b.add(QString::fromUtf8(path), QString(), QStringLiteral("F") + QString::fromUtf8(name),
                known ? known->group : Group::Other, known ? QString::fromLatin1(known->format) : QString());
        } else if (line.startsWith("O AliasFile=")) {
            for (const QByteArray &item : line.sliced(12).toByteArray().split(',')) {
                QByteArrayView file = QByteArrayView(item).trimmed();
                QString type = QStringLiteral("hash");
                if (const qsizetype colon = file.indexOf(':'); colon > 0 && !file.startsWith('/')) {
                    type = QString::fromUtf8(file.first(colon));
                    file = file.sliced(colon + 1);
                }
                if (file.startsWith('/'))
                    b.add(QString::fromUtf8(file), type, QStringLiteral("AliasFile"), Group::Aliases,
                        QStringLiteral("aliases"));
            }
        }
    }
    return b.m_entries;
}

} // namespace Mailwarden
