// mailwarden-cli table list HOST [--json]
// mailwarden-cli table show HOST TABLE [--json]
// mailwarden-cli table add HOST TABLE KEY [VALUE] [--before KEY | --after KEY | --first | --last] [--dry-run]
// mailwarden-cli table set HOST TABLE KEY [VALUE] [--dry-run]
// mailwarden-cli table remove HOST TABLE KEY [--dry-run]
// mailwarden-cli table move HOST TABLE KEY --before KEY | --after KEY | --first | --last [--dry-run]
// mailwarden-cli table comment HOST TABLE KEY [TEXT] [--dry-run]   (no TEXT: removes the comment)
// Every change goes through MtaEdits (the lossless formats) into one ChangeSet
// transaction; a table named by the configuration but missing on the host is
// created (expected absent), a qmail control table such as badmailfrom too.
#include "clicommand.h"
#include "hostmta.h"

#include "mta/mta.h"
#include "mta/mtaedits.h"
#include "mta/qmailcatalogue.h"
#include "remote/host.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Mailwarden::Cli {

namespace {

int tableUsage(QTextStream &err)
{
    err << QCoreApplication::translate("cli",
        "Usage: mailwarden-cli table list HOST [--json] | show HOST TABLE [--json] | add|set HOST TABLE KEY [VALUE] "
        "| remove HOST TABLE KEY | move HOST TABLE KEY --before KEY|--after KEY|--first|--last | comment HOST TABLE "
        "KEY [TEXT]; add takes the same "
        "position (default --last); changes take [--dry-run [--json]] [--accept-fingerprint FP] [--known-hosts FILE]")
        << '\n';
    return UsageError;
}

// The position options of add and move; nullopt (after the usage text) when
// more than one is given or one lacks its key.
std::optional<std::optional<RowPosition>> takePosition(QStringList &args, QTextStream &err)
{
    std::optional<RowPosition> position;
    int given = 0;
    if (const auto before = takeOption(args, QStringLiteral("--before"))) {
        position = RowPosition {RowPosition::Where::Before, before->toUtf8()};
        ++given;
    }
    if (const auto after = takeOption(args, QStringLiteral("--after"))) {
        position = RowPosition {RowPosition::Where::After, after->toUtf8()};
        ++given;
    }
    if (takeFlag(args, QStringLiteral("--first"))) {
        position = RowPosition {RowPosition::Where::First, {}};
        ++given;
    }
    if (takeFlag(args, QStringLiteral("--last"))) {
        position = RowPosition {RowPosition::Where::Last, {}};
        ++given;
    }
    const bool dangling = args.contains(QStringLiteral("--before")) || args.contains(QStringLiteral("--after"));
    if (given > 1 || dangling) {
        tableUsage(err);
        return std::nullopt;
    }
    return position;
}

QString kindOf(const CatalogueEntry &e)
{
    if (e.readOnly)
        return QCoreApplication::translate("cli", "read-only");
    if (e.formatType.isEmpty())
        return QCoreApplication::translate("cli", "not editable");
    return QCoreApplication::translate("cli", "editable");
}

int listTables(HostMta &target, bool json, QTextStream &out)
{
    QJsonArray list;
    for (const CatalogueEntry &e : target.catalogue) {
        // As the admin only: a file only root may read (sasl_passwd) shows no count.
        std::optional<QByteArray> bytes;
        if (!e.readOnly) {
            if (const auto read = target.host->readFile(e.path).result())
                bytes = *read;
        }
        std::optional<qsizetype> count;
        if (bytes) {
            if (const auto rows = MtaEdits::rows(e, *bytes))
                count = rows->size();
        }
        if (json) {
            QJsonObject o {{QStringLiteral("path"), e.path}, {QStringLiteral("mapType"), e.mapType},
                {QStringLiteral("format"), e.formatType}, {QStringLiteral("group"), catalogueGroupName(e.group)},
                {QStringLiteral("usedBy"), QJsonArray::fromStringList(e.usedBy)},
                {QStringLiteral("readOnly"), e.readOnly},
                {QStringLiteral("editable"), !e.readOnly && !e.formatType.isEmpty()},
                {QStringLiteral("entries"), count ? QJsonValue(qint64(*count)) : QJsonValue()}};
            list.append(o);
            continue;
        }
        const QString file = e.mapType.isEmpty() ? e.path : e.mapType + QLatin1Char(':') + e.path;
        out << file.leftJustified(44) << ' ' << catalogueGroupName(e.group).leftJustified(22) << ' '
            << kindOf(e).leftJustified(12) << ' '
            << (count ? QCoreApplication::translate("cli", "%n entries", nullptr, int(*count)) : QStringLiteral("-"))
            << '\n';
    }
    if (json)
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    return Success;
}

// The catalogue entry TABLE, or on qmail a control table that does not exist yet.
std::optional<CatalogueEntry> findTable(const HostMta &target, const QString &table, QTextStream &err)
{
    if (target.mta->kind() == MtaKind::Qmail) {
        const QString name = table.startsWith(QLatin1String("/var/qmail/control/")) ? table.mid(19) : table;
        if (QmailCatalogue::isControlTable(name.toUtf8())) {
            for (const CatalogueEntry &e : target.catalogue) {
                if (e.path == QLatin1String("/var/qmail/control/") + name)
                    return e;
            }
            return QmailCatalogue::controlFile(name.toUtf8());
        }
    }
    return target.find(table, err);
}

int showTable(const CatalogueEntry &entry, const HostMta::Loaded &file, bool json, QTextStream &out)
{
    if (!json) {
        out << QString::fromUtf8(file.bytes);
        return Success;
    }
    QJsonObject o {{QStringLiteral("path"), entry.path}, {QStringLiteral("format"), entry.formatType},
        {QStringLiteral("exists"), !file.absent}};
    if (const auto rows = MtaEdits::rows(entry, file.bytes)) {
        QJsonArray list;
        for (const MtaEdits::Row &r : *rows)
            list.append(QJsonObject {{QStringLiteral("key"), QString::fromUtf8(r.key)},
                {QStringLiteral("value"), QString::fromUtf8(r.value)}, {QStringLiteral("line"), r.line}});
        o.insert(QStringLiteral("entries"), list);
    } else {
        o.insert(QStringLiteral("content"), QString::fromUtf8(file.bytes));
    }
    out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    return Success;
}

int table(QStringList args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return tableUsage(err);
    const QString verb = args.takeFirst();
    static const QStringList verbs {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("add"),
        QStringLiteral("set"), QStringLiteral("remove"), QStringLiteral("move"), QStringLiteral("comment")};
    if (!verbs.contains(verb))
        return tableUsage(err);
    const bool dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const auto position = takePosition(args, err);
    if (!position)
        return UsageError;
    const bool move = verb == QLatin1String("move");
    if ((position->has_value() && verb != QLatin1String("add") && !move) || (move && !position->has_value()))
        return tableUsage(err);
    if (args.isEmpty())
        return tableUsage(err);
    int exitCode = Failure;
    auto target = openHostMta(args, err, &exitCode);
    if (!target)
        return exitCode;
    if (verb == QLatin1String("list"))
        return args.isEmpty() ? listTables(*target, json, out) : tableUsage(err);
    // add/set: KEY VALUE, or KEY alone for a qmail control list
    const bool takesValue
        = verb == QLatin1String("add") || verb == QLatin1String("set") || verb == QLatin1String("comment");
    const qsizetype minArgs = verb == QLatin1String("show") ? 1 : 2;
    const qsizetype maxArgs = takesValue ? 3 : minArgs;
    if (args.size() < minArgs || args.size() > maxArgs)
        return tableUsage(err);
    const auto entry = findTable(*target, args.at(0), err);
    if (!entry)
        return Failure;
    const auto file = target->load(entry->path, err);
    if (!file)
        return Failure;
    if (verb == QLatin1String("show"))
        return showTable(*entry, *file, json, out);

    const QByteArray key = args.at(1).toUtf8();
    const QByteArray value = args.value(2).toUtf8();
    if (takesValue && verb != QLatin1String("comment") && args.size() == 2
        && entry->formatType != QLatin1String("qmail-control"))
        return tableUsage(err);
    std::expected<FileChange, QString> change = std::unexpected(QString());
    QString description;
    if (verb == QLatin1String("set")) {
        change = MtaEdits::setTableEntry(*entry, file->bytes, key, value);
        description = QCoreApplication::translate("cli", "%1: %2 → %3").arg(entry->path, args.at(1), args.value(2));
    } else if (verb == QLatin1String("add")) {
        change = MtaEdits::addTableEntry(*entry, file->bytes, key, value, position->value_or(RowPosition {}));
        description = QCoreApplication::translate("cli", "%1: add %2").arg(entry->path, args.at(1));
    } else if (verb == QLatin1String("remove")) {
        change = MtaEdits::removeTableEntry(*entry, file->bytes, key);
        description = QCoreApplication::translate("cli", "%1: remove %2").arg(entry->path, args.at(1));
    } else if (verb == QLatin1String("comment")) {
        const auto rows = MtaEdits::rows(*entry, file->bytes);
        const auto row = !rows
            ? rows->cend()
            : std::find_if(rows->cbegin(), rows->cend(), [&key](const MtaEdits::Row &r) { return r.key == key; });
        if (!rows)
            change = std::unexpected(rows.error());
        else if (row == rows->cend())
            change = std::unexpected(
                QCoreApplication::translate("cli", "%1 has no entry %2").arg(entry->path, args.at(1)));
        else
            change = MtaEdits::setRowComment(*entry, file->bytes, row->line, value);
        description = QCoreApplication::translate("cli", "%1: comment %2").arg(entry->path, args.at(1));
    } else {
        change = MtaEdits::moveTableEntry(*entry, file->bytes, key, **position);
        description = QCoreApplication::translate("cli", "%1: move %2").arg(entry->path, args.at(1));
    }
    if (!change) {
        err << change.error() << '\n';
        return Failure;
    }
    change->absentBefore = file->absent;
    ChangeSet changes(target->mta->kind(), description);
    changes.addFile(*change);
    return applyChanges(*target, changes, dryRun, out, err, json);
}

} // namespace

Command tableCommand()
{
    return {QStringLiteral("table"),
        QCoreApplication::translate("cli",
            "List, show or edit the tables of the catalogue: table list|show|add|set|remove|move|comment HOST [TABLE "
            "[KEY "
            "[VALUE]]]."),
        [](const QStringList &args, QTextStream &out, QTextStream &err) { return table(args, out, err); }};
}

} // namespace Mailwarden::Cli
