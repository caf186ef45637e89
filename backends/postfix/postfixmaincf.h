#pragma once

#include "formats/parseerror.h"
#include "formats/recorddocument.h"

#include <QList>

#include <expected>
#include <optional>

namespace Mailwarden {

/// One `name = value` setting of main.cf, decoded.
struct PostfixParameter {
    QByteArray name;
    QByteArray value; ///< logical value: continuation lines joined by one space, comments dropped
    QList<QByteArray> references; ///< names used as $name, ${name}, ${name?x}, ${name:x}, $(name)
    int line = 0; ///< first physical line, from 1
    friend bool operator==(const PostfixParameter &, const PostfixParameter &) = default;
};

/// Postfix main.cf, lossless: parameters, continuation lines (leading whitespace,
/// also after an empty first line and with indented comment lines inside),
/// comments and `{ ... }` grouping. Values stay text; `$name` references are
/// listed, not expanded. parse + toBytes() is byte-identical; edits replace only
/// the lines of the parameter they touch.
///
/// What postconf refuses is a parse error: a line that is not `name = value`
/// ("missing '=' after attribute name"), unbalanced `{`/`}` and text glued after `}`.
class PostfixMainCf
{
public:
    enum Kind : quint8 { Parameter = 16 };

    static std::expected<PostfixMainCf, ParseError> parse(const QByteArray &bytes, const QString &fileName);
    QByteArray toBytes() const { return m_doc.toBytes(); }
    const RecordDocument &document() const { return m_doc; }

    /// Every setting in file order, duplicates included.
    QList<PostfixParameter> parameters() const;
    /// The effective (last) setting of \a name.
    std::optional<PostfixParameter> parameter(QByteArrayView name) const;
    std::optional<QByteArray> value(QByteArrayView name) const;

    /// Changes the last setting of \a name in place (keeping its "name = " bytes),
    /// or appends `name = value` in the file's style.
    void setParameter(QByteArrayView name, QByteArrayView value);
    /// Removes every setting of \a name; false when there was none.
    bool removeParameter(QByteArrayView name);

    /// Unknown parameter names, duplicates, continuation lines without a parameter.
    QList<Diagnostic> check() const;

    /// Splits a list value on commas and/or whitespace, keeping `{ ... }` groups whole.
    static QList<QByteArray> splitList(QByteArrayView value);
    /// Names referenced by \a value ($name, ${name}, ${name?x}, ${name:x}, $(name)).
    static QList<QByteArray> references(QByteArrayView value);
    /// Whether \a name is a parameter postconf knows (built-in list or a per-transport family).
    static bool isKnownParameter(QByteArrayView name);

private:
    struct Split {
        qsizetype nameEnd = 0;
        qsizetype valueBegin = -1; ///< -1: not a setting
    };
    static Split split(QByteArrayView text);
    PostfixParameter parameterAt(qsizetype index) const;
    std::optional<qsizetype> lastIndexOf(QByteArrayView name) const;

    RecordDocument m_doc;
};

} // namespace Mailwarden
