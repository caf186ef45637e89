#pragma once

#include "recorddocument.h"

#include <QByteArray>

#include <functional>
#include <optional>

namespace Mailwarden {

/// Where a row goes in a table whose order matters (access tables, cidr,
/// regexp and pcre maps, tcp.smtp: the first match wins): before or after the
/// row with \a anchor as its key, or first or last among the rows.
struct RowPosition {
    enum class Where { Before, After, First, Last };
    Where where = Where::Last;
    QByteArray anchor; ///< the other row's key (Before, After)

    /// The record index a row goes before in \a doc; \a indexOf finds a key's
    /// record, \a isRow tells rows from comments and blanks. A row takes the
    /// comment lines right above it along (attachedStart): "before K" means
    /// before K's comments, "first" before the first row's. nullopt when the
    /// anchor is not there.
    std::optional<qsizetype> insertionIndex(const RecordDocument &doc,
        const std::function<std::optional<qsizetype>(QByteArrayView)> &indexOf,
        const std::function<bool(qsizetype)> &isRow) const;

    /// The first record of the row at \a index with the comment lines directly
    /// above it (no blank line between): they describe it and move with it.
    static qsizetype attachedStart(const RecordDocument &doc, qsizetype index);

    /// Moves the row at \a index, with its comments, to this position; false
    /// when the anchor is missing or is the row itself.
    bool moveRow(RecordDocument &doc, qsizetype index,
        const std::function<std::optional<qsizetype>(QByteArrayView)> &indexOf,
        const std::function<bool(qsizetype)> &isRow) const;
};

} // namespace Mailwarden
