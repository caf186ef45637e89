#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <expected>

namespace Mailwarden::Queue {

/// One file of a queue as the root-file helper prints it (`mw-file
/// queue-list sendmail|qmail`): a header line "KIND ID LENGTH MTIME EXTRA…",
/// then LENGTH bytes of the file and a newline.
struct QueueDumpFrame {
    QByteArray kind; ///< "qf", "hf", "Qf", "dir", "interval"; "info", "local", "remote", "bounce", "todo"
    QByteArray id;
    QByteArray data;
    qint64 mtime = 0;
    QList<qint64> extra; ///< the numbers after MTIME, in order
};

/// Splits the helper's output into frames. Fails, with the byte offset, on a
/// header that is not "KIND ID LENGTH MTIME [NUMBER…]" or a frame cut short.
std::expected<QList<QueueDumpFrame>, QString> parseQueueDump(QByteArrayView dump);

} // namespace Mailwarden::Queue
