#pragma once

#include "formats/parseerror.h"
#include "formats/recorddocument.h"

#include <expected>
#include <optional>

namespace Mailwarden {

/// sendmail.mc: m4 input for sendmail's cf macros, edited as macro calls with
/// arguments (define, FEATURE, DAEMON_OPTIONS, MASQUERADE_AS, MAILER, ...).
///
/// The document keeps the file's bytes cut into records: a record is one line,
/// or several when a call or a quoted string spans line breaks. Lines that hold
/// only a dnl or '#' comment are comments, so "dnl FEATURE(x)" is no call. An
/// edit rewrites only the record of the call it touches; new calls copy the
/// file's quoting, separator and trailing "dnl" habits. Unterminated quotes or
/// calls are parse errors (m4 would swallow the rest of the file).
class SendmailMc
{
public:
    /// A top-level macro call.
    struct Call {
        QByteArray name;
        QList<QByteArray> args; ///< as m4 passes them: leading blanks and one level of quotes removed
        QList<QByteArray> rawArgs; ///< exactly as written
        int line = 0; ///< of the name, from 1
        friend bool operator==(const Call &, const Call &) = default;
    };

    static std::expected<SendmailMc, ParseError> parse(QByteArrayView bytes, const QString &fileName = {});

    QByteArray toBytes() const { return m_doc.toBytes(); }
    const RecordDocument &document() const { return m_doc; }

    /// Every top-level call in file order; with \a name, only those calls.
    QList<Call> calls(QByteArrayView name = {}) const;
    /// The call \a name whose first argument is \a firstArg ("FEATURE", "access_db").
    std::optional<Call> findCall(QByteArrayView name, QByteArrayView firstArg) const;

    bool hasFeature(QByteArrayView feature) const { return findCall("FEATURE", feature).has_value(); }
    /// Adds FEATURE(`feature', args...) after the last FEATURE (before MAILER); false when present,
    /// unless \a repeatable (features used once per argument: dnsbl, enhdnsbl).
    bool addFeature(QByteArrayView feature, const QList<QByteArray> &args = {}, bool repeatable = false);
    bool removeFeature(QByteArrayView feature) { return removeCall("FEATURE", feature); }

    /// The value of the last define(`name', value); nullopt when not defined.
    std::optional<QByteArray> define(QByteArrayView name) const;
    /// Changes the value of define(`name', ...) in place, or adds the define
    /// after the last one (before MAILER). False when \a value has unbalanced quotes.
    bool setDefine(QByteArrayView name, QByteArrayView value);
    bool removeDefine(QByteArrayView name) { return removeCall("define", name); }

    /// Adds NAME(args...) in the place its kind belongs (MAILER at the end); false
    /// when an argument has unbalanced quotes or (unless \a repeatable) a call
    /// with the same first argument exists.
    bool addCall(QByteArrayView name, const QList<QByteArray> &args, bool repeatable = false);
    /// Removes the first call \a name with first argument \a firstArg: its whole
    /// record when nothing else is on it, else only the call text. With
    /// \a secondArg, the first such call whose second argument is that.
    bool removeCall(
        QByteArrayView name, QByteArrayView firstArg, std::optional<QByteArrayView> secondArg = std::nullopt);

    /// Warnings: FEATURE or define after MAILER, duplicate define/FEATURE, changequote.
    QList<Diagnostic> check() const;

private:
    struct Found {
        qsizetype record = -1;
        qsizetype begin = 0, end = 0; ///< call span inside the record text
        QList<std::pair<qsizetype, qsizetype>> args;
    };
    std::optional<Found> locate(QByteArrayView name, QByteArrayView firstArg, bool last,
        std::optional<QByteArrayView> secondArg = std::nullopt) const;
    QByteArray format(QByteArrayView name, const QList<QByteArray> &args) const;
    qsizetype insertionPoint(QByteArrayView name) const;

    RecordDocument m_doc;
};

} // namespace Mailwarden
