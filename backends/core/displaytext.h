#pragma once

#include <QString>
#include <QStringView>

namespace Mailwarden {

/// How displayText() treats line breaks.
enum class LineBreaks {
    Keep, ///< '\n' stays (multi-line reports); '\r' goes
    Join, ///< '\n' and '\r' become a space (one-line labels)
};

/// \a text from a server or host (banners, replies, certificate strings, log
/// lines) made safe for a terminal or a label: ANSI escape sequences (CSI,
/// OSC, two-byte ESC), other C0 and C1 controls, DEL and the bidi overrides
/// are removed; '\t' stays. JSON output takes the text as it is, not this.
QString displayText(QStringView text, LineBreaks lineBreaks = LineBreaks::Keep);

} // namespace Mailwarden
