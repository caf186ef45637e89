#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Mailwarden::Probes {

/// One line of an SMTP conversation as it happened.
struct TranscriptLine {
    enum class Kind {
        Sent, ///< a command we sent
        Received, ///< a line the server sent
        Note, ///< what happened on the connection (connected, TLS, timeout, closed)
    };
    Kind kind = Kind::Note;
    QByteArray text;
    qint64 msecs = 0; ///< since the connection was started

    friend bool operator==(const TranscriptLine &, const TranscriptLine &) = default;
};

using Transcript = QList<TranscriptLine>;

/// "C: EHLO x" / "S: 250 ok" / "*  connected" lines, as swaks shows them.
QString transcriptText(const Transcript &transcript);
/// The same as a list of strings, for JSON.
QStringList transcriptLines(const Transcript &transcript);

} // namespace Mailwarden::Probes
