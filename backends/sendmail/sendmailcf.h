#pragma once

#include "formats/parseerror.h"
#include "formats/recorddocument.h"

#include <expected>
#include <optional>

namespace Mailwarden {

/// sendmail.cf, the generated configuration. Option lines ("O Name=Value",
/// long form) are decoded; PrivacyOptions is edited as a set of flags; every
/// other line (rules, macros, classes, mailers, continuation lines) is kept
/// verbatim. A line starting with an unknown command letter, or a continuation
/// line with nothing before it, is a parse error as it is for sendmail.
class SendmailCf
{
public:
    struct Option {
        QByteArray name; ///< as written
        QByteArray value; ///< after '=' and its blanks, continuation lines included
        int line = 0;
        friend bool operator==(const Option &, const Option &) = default;
    };

    static std::expected<SendmailCf, ParseError> parse(QByteArrayView bytes, const QString &fileName = {});

    QByteArray toBytes() const { return m_doc.toBytes(); }
    const RecordDocument &document() const { return m_doc; }

    /// Every long-form option line, in file order.
    QList<Option> options() const;
    /// The value sendmail uses: that of the last line setting \a name (case-insensitive).
    std::optional<QByteArray> option(QByteArrayView name) const;
    /// Changes the value of the last \a name line in place, or adds "O name=value"
    /// after the last option line. False when \a value spans lines.
    bool setOption(QByteArrayView name, QByteArrayView value);
    /// Removes every line that sets \a name; false when there is none.
    bool removeOption(QByteArrayView name);

    /// The PrivacyOptions flags, lowercased, in written order.
    QList<QByteArray> privacyFlags() const;
    /// Adds or removes one PrivacyOptions flag; the other flags and the file's
    /// separator (",", ", ", " ") stay. Returns false when nothing had to change.
    bool setPrivacyFlag(QByteArrayView flag, bool on);

    /// Warnings: unknown privacy flags, options set twice, option lines without '='.
    QList<Diagnostic> check() const;

private:
    struct OptionSpan {
        qsizetype record = -1;
        qsizetype nameBegin = 0, nameEnd = 0, valueBegin = 0, valueEnd = 0;
    };
    static std::optional<OptionSpan> optionSpan(QByteArrayView text);
    std::optional<OptionSpan> lastOption(QByteArrayView name) const;

    RecordDocument m_doc;
};

} // namespace Mailwarden
