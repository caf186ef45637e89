#pragma once

#include <QDebug>
#include <QString>

namespace Mailwarden {

/// Why a file could not be parsed. Lines and columns count from 1; column is
/// in bytes of the line (what an editor shows for ASCII config files).
struct ParseError {
    QString file;
    int line = 0;
    int column = 0;
    QString message; ///< translated, one sentence without a final full stop

    /// "FILE:LINE:COL: error: MESSAGE", the format compilers and editors jump to.
    QString toString() const;
    friend bool operator==(const ParseError &, const ParseError &) = default;
};

/// A semantic finding attached to a line of a document that parsed fine
/// (bad address, unknown parameter, duplicate key, ...). Never blocks writing.
struct Diagnostic {
    enum class Severity { Warning, Note };
    int line = 0;
    int column = 0;
    Severity severity = Severity::Warning;
    QString message;

    /// "FILE:LINE:COL: warning: MESSAGE"
    QString toString(const QString &file) const;
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

QDebug operator<<(QDebug debug, const ParseError &error);
QDebug operator<<(QDebug debug, const Diagnostic &diagnostic);

} // namespace Mailwarden
