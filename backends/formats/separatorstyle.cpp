#include "separatorstyle.h"

#include "logicallinesplitter.h"

#include <QHash>

namespace Mailwarden {

SeparatorStyle::SeparatorStyle(QByteArray fallback) : m_fallback(std::move(fallback)) { }

int SeparatorStyle::width(QByteArrayView text, int column)
{
    for (char c : text)
        column = c == '\t' ? (column / 8 + 1) * 8 : column + 1;
    return column;
}

void SeparatorStyle::addSample(QByteArrayView key, QByteArrayView separator)
{
    // A CR, form feed or other control byte between key and value is an accident
    // of that one line; copied into new entries it would glue key and value.
    for (char c : separator) {
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t')
            return;
    }
    const int keyWidth = width(key);
    m_samples.append(Sample {separator.toByteArray(), keyWidth, width(separator, keyWidth)});
}

QByteArray SeparatorStyle::separatorFor(QByteArrayView key) const
{
    if (m_samples.isEmpty())
        return m_fallback;

    QHash<int, int> columns;
    QHash<QByteArray, int> separators;
    for (const Sample &s : m_samples) {
        ++columns[s.column];
        ++separators[s.separator];
    }
    int column = 0, columnCount = 0;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (it.value() > columnCount || (it.value() == columnCount && it.key() < column)) {
            column = it.key();
            columnCount = it.value();
        }
    }
    QByteArray common;
    int commonCount = 0;
    for (auto it = separators.cbegin(); it != separators.cend(); ++it) {
        if (it.value() > commonCount || (it.value() == commonCount && it.key() < common)) {
            common = it.key();
            commonCount = it.value();
        }
    }

    // Values aligned in a column (two or more entries, a majority, not just one fixed separator).
    const bool aligned = columnCount >= 2 && columnCount * 2 >= int(m_samples.size()) && commonCount < columnCount;
    if (!aligned)
        return common;

    QByteArray separator;
    for (const Sample &s : m_samples) {
        if (s.column == column) {
            separator = s.separator;
            break;
        }
    }
    qsizetype lead = 0;
    while (lead < separator.size() && Bytes::isBlank(separator.at(lead)))
        ++lead;
    const QByteArray core = separator.mid(lead);
    if (core.contains('\t') && core.trimmed().size() > 0)
        return common;
    const int keyWidth = width(key);
    const int coreStart = column - int(core.size());
    const bool tabs = separator.first(lead).contains('\t');
    QByteArray padding;
    int at = keyWidth;
    if (tabs) {
        while ((at / 8 + 1) * 8 <= coreStart) {
            padding += '\t';
            at = (at / 8 + 1) * 8;
        }
    }
    while (at < coreStart) {
        padding += ' ';
        ++at;
    }
    if (padding.isEmpty() && lead > 0) // key longer than the column: keep at least one blank
        padding = tabs ? QByteArrayLiteral("\t") : QByteArrayLiteral(" ");
    return QByteArray(padding + core);
}

} // namespace Mailwarden
