#include "tabledocument.h"

#include "core/tr.h"
#include "formats/aliasesfile.h"
#include "formats/logicallinesplitter.h"
#include "formats/rowposition.h"
#include "postfix/postfixregexptable.h"
#include "postfix/postfixtable.h"
#include "qmail/qmailtcprules.h"
#include "sendmail/sendmailaccess.h"
#include "sendmail/sendmailmap.h"

#include <variant>

namespace Mailwarden {

struct TableDocument::Data {
    CatalogueEntry table;
    QByteArray content;
    // Decoded on demand from these; regexp tables and qmail lists are short and
    // keep their rows decoded (small).
    std::variant<std::monostate, PostfixTable, SendmailMap, QmailTcpRules, AliasesFile> doc;
    const RecordDocument *records = nullptr;
    QList<MtaEdits::Row> decoded;
    RecordDocument lines; ///< decoded tables: one record per physical line, for comments
    QList<Diagnostic> diagnostics;
};

bool TableDocument::isTable(const QString &f)
{
    static const QStringList tables {QStringLiteral("postfix-table"), QStringLiteral("postfix-regexp"),
        QStringLiteral("sendmail-access"), QStringLiteral("sendmail-map"), QStringLiteral("qmail-tcprules"),
        QStringLiteral("qmail-control"), QStringLiteral("aliases")};
    return tables.contains(f);
}

std::expected<TableDocument, QString> TableDocument::parse(
    const CatalogueEntry &table, const QByteArray &content, bool withDiagnostics)
{
    const QString &f = table.formatType;
    if (!isTable(f) || table.readOnly)
        return std::unexpected(Tr::tr("%1 is not a table (%2)").arg(table.path, f.isEmpty() ? QStringLiteral("-") : f));
    auto data = std::make_shared<Data>();
    data->table = table;
    data->content = content;
    auto fail = [](const ParseError &e) { return std::unexpected(e.toString()); };
    TableDocument t;
    auto index = [&t](const RecordDocument &doc) {
        int line = 1;
        for (qsizetype i = 0; i < doc.size(); line += doc.record(i).lineCount, ++i) {
            if (doc.kind(i) == quint8(RecordKind::Content)) {
                t.m_records.append(i);
                t.m_lines.append(line);
            }
        }
    };
    if (f == QLatin1String("postfix-table")) {
        auto p = PostfixTable::parse(content, table.path,
            table.mapType == QLatin1String("cidr") ? PostfixTable::Kind::Cidr : PostfixTable::Kind::Generic);
        if (!p)
            return fail(p.error());
        data->doc = std::move(*p);
        data->records = &std::get<PostfixTable>(data->doc).table().document();
    } else if (f == QLatin1String("sendmail-access")) {
        auto p = SendmailAccess::parse(content, table.path);
        if (!p)
            return fail(p.error());
        data->doc = p->map();
        data->records = &std::get<SendmailMap>(data->doc).table().document();
    } else if (f == QLatin1String("sendmail-map")) {
        auto p = SendmailMap::parse(content, table.path);
        if (!p)
            return fail(p.error());
        data->doc = std::move(*p);
        data->records = &std::get<SendmailMap>(data->doc).table().document();
    } else if (f == QLatin1String("qmail-tcprules")) {
        auto p = QmailTcpRules::parse(content, table.path);
        if (!p)
            return fail(p.error());
        data->doc = std::move(*p);
        data->records = &std::get<QmailTcpRules>(data->doc).document();
    } else if (f == QLatin1String("aliases")) {
        auto p = AliasesFile::parse(content, table.path);
        if (!p)
            return fail(p.error());
        data->doc = std::move(*p);
        data->records = &std::get<AliasesFile>(data->doc).document();
    } else {
        auto rows = MtaEdits::rows(table, content);
        if (!rows)
            return std::unexpected(rows.error());
        data->decoded = *rows;
        data->lines = splitLogicalLines(content, {false, false, '#'});
        for (qsizetype i = 0; i < rows->size(); ++i) {
            t.m_records.append(i);
            t.m_lines.append(rows->at(i).line);
        }
    }
    if (data->records)
        index(*data->records);
    t.d = data;
    if (withDiagnostics)
        data->diagnostics = t.diagnose();
    return t;
}

QList<Diagnostic> TableDocument::diagnose() const
{
    if (!d)
        return {};
    if (const auto *t = std::get_if<PostfixTable>(&d->doc))
        return t->check();
    if (const auto *q = std::get_if<QmailTcpRules>(&d->doc))
        return q->check();
    if (const auto *a = std::get_if<AliasesFile>(&d->doc))
        return a->check();
    const QString &f = d->table.formatType;
    // A Sendmail map keeps no access-specific state: the access checks parse again.
    if (f == QLatin1String("sendmail-access")) {
        if (const auto p = SendmailAccess::parse(d->content, d->table.path))
            return p->check();
    } else if (const auto *m = std::get_if<SendmailMap>(&d->doc)) {
        return m->check();
    } else if (f == QLatin1String("postfix-regexp")) {
        if (const auto p = PostfixRegexpTable::parse(d->content, d->table.path))
            return p->check();
    }
    return {};
}

const CatalogueEntry &TableDocument::table() const
{
    static const CatalogueEntry none;
    return d ? d->table : none;
}

const QByteArray &TableDocument::content() const
{
    static const QByteArray none;
    return d ? d->content : none;
}

const QList<Diagnostic> &TableDocument::diagnostics() const
{
    static const QList<Diagnostic> none;
    return d ? d->diagnostics : none;
}

MtaEdits::Row TableDocument::row(qsizetype row) const
{
    const qsizetype i = m_records.at(row);
    MtaEdits::Row r;
    if (const auto *t = std::get_if<PostfixTable>(&d->doc)) {
        const KeyValueEntry e = t->table().entryAt(i);
        r = {e.key, e.value, 0};
    } else if (const auto *m = std::get_if<SendmailMap>(&d->doc)) {
        const KeyValueEntry e = m->table().entryAt(i);
        r = {e.key, e.value, 0};
    } else if (const auto *q = std::get_if<QmailTcpRules>(&d->doc)) {
        const QmailTcpRules::Rule rule = q->ruleAt(i);
        r = {rule.address, QmailTcpRules::formatInstructions(rule.instructions), 0};
    } else if (const auto *a = std::get_if<AliasesFile>(&d->doc)) {
        const AliasEntry e = a->entryAt(i);
        r = {e.name, e.recipients.join(", "), 0};
    } else {
        r = d->decoded.at(i);
    }
    r.line = m_lines.at(row);
    return r;
}

QByteArray TableDocument::comment(qsizetype row) const
{
    const RecordDocument &doc = d->records ? *d->records : d->lines;
    const qsizetype at = d->records ? m_records.at(row) : m_lines.at(row) - 1;
    if (at < 0 || at >= doc.size())
        return {};
    const qsizetype start = RowPosition::attachedStart(doc, at);
    return start < at ? MtaEdits::commentText(doc, start, at - 1) : QByteArray();
}

QByteArrayView TableDocument::text(qsizetype row) const
{
    if (d->records)
        return d->records->text(m_records.at(row));
    const MtaEdits::Row &r = d->decoded.at(m_records.at(row));
    return r.key; // regexp pattern or list value: what an admin filters by
}

qsizetype TableDocument::rowOfLine(int line) const
{
    const auto it = std::upper_bound(m_lines.begin(), m_lines.end(), line);
    if (it == m_lines.begin())
        return -1;
    const qsizetype row = (it - m_lines.begin()) - 1;
    // a continuation line belongs to its row; a comment after it does not
    if (d->records && line >= m_lines.at(row) + d->records->record(m_records.at(row)).lineCount)
        return -1;
    return row;
}

bool TableDocument::ordered() const
{
    if (!d)
        return false;
    const QString &f = d->table.formatType;
    return f == QLatin1String("postfix-regexp") || f == QLatin1String("qmail-tcprules")
        || d->table.mapType == QLatin1String("cidr");
}

} // namespace Mailwarden
