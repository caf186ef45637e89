#include "transcript.h"

#include <QStringList>

namespace Mailwarden::Probes {

QStringList transcriptLines(const Transcript &transcript)
{
    QStringList lines;
    lines.reserve(transcript.size());
    for (const TranscriptLine &line : transcript) {
        const char *prefix = line.kind == TranscriptLine::Kind::Sent ? "C: "
            : line.kind == TranscriptLine::Kind::Received            ? "S: "
                                                                     : "*  ";
        lines << QLatin1String(prefix) + QString::fromUtf8(line.text);
    }
    return lines;
}

QString transcriptText(const Transcript &transcript)
{
    const QStringList lines = transcriptLines(transcript);
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Mailwarden::Probes
