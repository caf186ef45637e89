#include "parseerror.h"

namespace Mailwarden {

QString ParseError::toString() const
{
    return QStringLiteral("%1:%2:%3: error: %4").arg(file).arg(line).arg(column).arg(message);
}

QString Diagnostic::toString(const QString &file) const
{
    const QString severityText = severity == Severity::Warning ? QStringLiteral("warning") : QStringLiteral("note");
    return QStringLiteral("%1:%2:%3: %4: %5").arg(file).arg(line).arg(column).arg(severityText, message);
}

QDebug operator<<(QDebug debug, const ParseError &error)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "ParseError(" << error.toString() << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const Diagnostic &diagnostic)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Diagnostic(" << diagnostic.toString(QStringLiteral("-")) << ')';
    return debug;
}

} // namespace Mailwarden
