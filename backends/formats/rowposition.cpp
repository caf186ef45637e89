#include "rowposition.h"

namespace Mailwarden {

qsizetype RowPosition::attachedStart(const RecordDocument &doc, qsizetype index)
{
    qsizetype start = index;
    while (start > 0 && doc.kind(start - 1) == quint8(RecordKind::Comment))
        --start;
    return start;
}

std::optional<qsizetype> RowPosition::insertionIndex(const RecordDocument &doc,
    const std::function<std::optional<qsizetype>(QByteArrayView)> &indexOf,
    const std::function<bool(qsizetype)> &isRow) const
{
    switch (where) {
    case Where::Before:
    case Where::After: {
        const auto at = indexOf(anchor);
        if (!at)
            return std::nullopt;
        return where == Where::Before ? attachedStart(doc, *at) : *at + 1;
    }
    case Where::First:
        for (qsizetype i = 0; i < doc.size(); ++i) {
            if (isRow(i))
                return attachedStart(doc, i);
        }
        return doc.size();
    case Where::Last:
        for (qsizetype i = doc.size() - 1; i >= 0; --i) {
            if (isRow(i))
                return i + 1;
        }
        return doc.size();
    }
    return std::nullopt;
}

bool RowPosition::moveRow(RecordDocument &doc, qsizetype index,
    const std::function<std::optional<qsizetype>(QByteArrayView)> &indexOf,
    const std::function<bool(qsizetype)> &isRow) const
{
    if ((where == Where::Before || where == Where::After) && indexOf(anchor) == index)
        return false;
    const auto to = insertionIndex(doc, indexOf, isRow);
    if (!to)
        return false;
    const qsizetype from = attachedStart(doc, index);
    const qsizetype count = index - from + 1;
    if (*to > from && *to < from + count) // already there ("first" of the first row)
        return true;
    doc.move(from, count, *to);
    return true;
}

} // namespace Mailwarden
