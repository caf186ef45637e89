#pragma once

#include "formats/parseerror.h"
#include "formats/recorddocument.h"
#include "formats/rowposition.h"

#include <QList>

#include <expected>

namespace Mailwarden {

/// One line of a regexp:/pcre: table, decoded.
struct PostfixRegexpRule {
    enum class Type { Rule, If, Endif };
    Type type = Type::Rule;
    bool negated = false; ///< "!/pattern/"
    QByteArray pattern; ///< between the delimiters, as written (escapes kept)
    QByteArray flags; ///< i, m, x (regexp); i, m, s, x, A, E, U, X (pcre)
    QByteArray action; ///< logical text after the pattern; empty for if/endif
    int line = 0;
    qsizetype index = 0; ///< record index in document()
    friend bool operator==(const PostfixRegexpRule &, const PostfixRegexpRule &) = default;
};

/// A Postfix regexp: or pcre: table (header_checks, body_checks, ...), lossless:
/// `/pattern/flags action`, `!/pattern/`, `if /pattern/` ... `endif`, any
/// delimiter, continuation lines, comments. A `#` inside a pattern is part of the
/// pattern, not a comment. Errors: a pattern without closing delimiter, an
/// unknown flag, a line that does not start with a pattern.
class PostfixRegexpTable
{
public:
    enum Kind : quint8 { Rule = 16, If = 17, Endif = 18 };

    static std::expected<PostfixRegexpTable, ParseError> parse(const QByteArray &bytes, const QString &fileName);
    QByteArray toBytes() const { return m_doc.toBytes(); }
    const RecordDocument &document() const { return m_doc; }

    /// Rules, ifs and endifs in file order.
    QList<PostfixRegexpRule> rules() const;

    /// Appends `/pattern/flags action` (a '/' in \a pattern is escaped) in the file's style.
    void appendRule(QByteArrayView pattern, QByteArrayView flags, QByteArrayView action);
    /// Replaces the action of rules()[\a rule], keeping pattern and separator bytes.
    bool setAction(qsizetype rule, QByteArrayView action);
    bool removeRule(qsizetype rule);

    // Rules by their key: the pattern with its delimiters and flags exactly as
    // written ("/^Subject: win/i", "!/x/"), which is what an admin sees.
    /// The key of a rule line's text ("" for if, endif and orphan lines).
    static QByteArray keyOf(QByteArrayView text);
    /// The record index of the first rule line with \a key.
    std::optional<qsizetype> findRule(QByteArrayView key) const;
    /// Inserts "KEY action" at \a position (the first match wins); false when
    /// \a key has a rule, does not parse as one pattern, or the anchor is missing.
    bool insertRule(QByteArrayView key, QByteArrayView action, const RowPosition &position);
    /// Moves the rule line of \a key with the comments right above it.
    bool moveRule(QByteArrayView key, const RowPosition &position);

    /// Missing actions, unbalanced if/endif, orphan continuation lines.
    QList<Diagnostic> check() const;

private:
    struct Split {
        PostfixRegexpRule rule;
        qsizetype patternEnd = 0; ///< end of the last pattern + flags
        qsizetype actionBegin = 0;
        qsizetype errorAt = -1;
        QString error;
    };
    static Split split(QByteArrayView text);

    RecordDocument m_doc;
};

} // namespace Mailwarden
