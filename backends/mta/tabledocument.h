#pragma once

#include "catalogue.h"
#include "formats/parseerror.h"
#include "mtaedits.h"

#include <QList>

#include <expected>
#include <memory>

namespace Mailwarden {

/// A table of the catalogue parsed once for browsing: rows are decoded from the
/// format's records when asked for (a million-line table costs the parsed
/// document plus 12 bytes a row, not a copy of every key and value), with the
/// format's own diagnostics. A pure value, cheap to copy: parse it off the GUI
/// thread and hand it to the view.
class TableDocument final
{
public:
    TableDocument() = default;
    /// \a content of \a table; an error for a file that is no editable table.
    /// Without \a withDiagnostics the format's checks are left for diagnose()
    /// (on a million-row table they take ten times as long as the parse).
    static std::expected<TableDocument, QString> parse(
        const CatalogueEntry &table, const QByteArray &content, bool withDiagnostics = true);
    /// The format's checks of this document (what diagnostics() holds after a full parse).
    QList<Diagnostic> diagnose() const;
    /// Whether the Tables tab edits \a formatType row by row.
    static bool isTable(const QString &formatType);

    const CatalogueEntry &table() const;
    const QByteArray &content() const;
    qsizetype rowCount() const { return m_records.size(); }
    /// Row \a row decoded: key, value (the action, the recipients, the rule) and line.
    MtaEdits::Row row(qsizetype row) const;
    /// The row's text as written (continuation lines included), for filtering.
    QByteArrayView text(qsizetype row) const;
    int line(qsizetype row) const { return m_lines.at(row); }
    /// The comment lines right above the row (they move with it), '#' dropped,
    /// one line each; what MtaEdits::setRowComment() takes back.
    QByteArray comment(qsizetype row) const;
    /// The row that holds \a line, or -1 (a comment line, a blank).
    qsizetype rowOfLine(int line) const;
    /// The format's warnings (duplicate keys, unknown actions, bad addresses, …).
    const QList<Diagnostic> &diagnostics() const;
    /// First match wins (regexp/pcre, cidr, access, tcp.smtp): the order of rows matters.
    bool ordered() const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
    QList<qsizetype> m_records; ///< record index of each row
    QList<int> m_lines; ///< first line of each row
};

} // namespace Mailwarden
