#include "queuedump.h"

#include "core/tr.h"

namespace Mailwarden::Queue {

namespace {

bool parseNumber(QByteArrayView word, qint64 *value)
{
    bool ok = false;
    *value = word.toLongLong(&ok);
    return ok;
}

} // namespace

std::expected<QList<QueueDumpFrame>, QString> parseQueueDump(QByteArrayView dump)
{
    QList<QueueDumpFrame> frames;
    qsizetype pos = 0;
    while (pos < dump.size()) {
        const qsizetype end = dump.indexOf('\n', pos);
        if (end < 0)
            return std::unexpected(Tr::tr("queue listing, byte %1: the header line has no end").arg(pos));
        QList<QByteArrayView> words;
        for (qsizetype start = pos; start <= end;) {
            qsizetype space = dump.indexOf(' ', start);
            if (space < 0 || space > end)
                space = end;
            words.append(dump.sliced(start, space - start));
            start = space + 1;
        }
        QueueDumpFrame frame;
        qint64 length = -1;
        if (words.size() < 4 || words[0].isEmpty() || words[1].isEmpty() || !parseNumber(words[2], &length)
            || length < 0 || !parseNumber(words[3], &frame.mtime))
            return std::unexpected(Tr::tr("queue listing, byte %1: not a header \"KIND ID LENGTH MTIME\"").arg(pos));
        for (qsizetype i = 4; i < words.size(); ++i) {
            qint64 value = 0;
            if (!parseNumber(words[i], &value))
                return std::unexpected(Tr::tr("queue listing, byte %1: \"%2\" is not a number")
                        .arg(pos)
                        .arg(QString::fromUtf8(words[i].left(40))));
            frame.extra.append(value);
        }
        frame.kind = words[0].toByteArray();
        frame.id = words[1].toByteArray();
        const qsizetype dataStart = end + 1;
        if (length > dump.size() - dataStart || dump.size() - dataStart - length < 1
            || dump[dataStart + length] != '\n')
            return std::unexpected(Tr::tr("queue listing, byte %1: the file %2 is cut short")
                    .arg(pos)
                    .arg(QString::fromUtf8(frame.kind + frame.id)));
        frame.data = dump.sliced(dataStart, length).toByteArray();
        frames.append(std::move(frame));
        pos = dataStart + length + 1;
    }
    return frames;
}

} // namespace Mailwarden::Queue
