#pragma once

#include "formats/parseerror.h"
#include "formats/recorddocument.h"
#include "formats/rowposition.h"

#include <expected>
#include <optional>

namespace Mailwarden {

/// tcprules(1) source (tcp.smtp, qmqp.tcp): "address:instructions" lines,
/// '#' comments. The address is an IP or prefix ("127.", ranges "1.2.3.37-53",
/// "10.2-3."), "=host", "=.domain", "info@ip" or empty (default rule);
/// instructions are allow, deny and VAR=<q>value<q> separated by commas, where
/// <q> is any character (usually '"') that ends the value where it recurs.
/// What tcprules itself refuses ("unable to parse this line") is a parse error:
/// instructions that do not begin with exactly allow or deny, a variable without
/// "=", a value without its closing quote character, text after it, a trailing
/// ',', a rule line ending in CRLF. A line without ':' is one tcprules skips: it
/// is kept and check() warns.
class QmailTcpRules
{
public:
    enum Kind : quint8 { Skipped = 16 }; ///< a line without ':' (tcprules ignores it)

    struct Instruction {
        QByteArray name; ///< "allow", "deny" or the variable name
        QByteArray value; ///< variable value without its quotes
        char quote = 0; ///< 0 for allow/deny
        friend bool operator==(const Instruction &, const Instruction &) = default;
    };
    struct Rule {
        QByteArray address;
        QList<Instruction> instructions;
        int line = 0;
        friend bool operator==(const Rule &, const Rule &) = default;
    };

    static std::expected<QmailTcpRules, ParseError> parse(QByteArrayView bytes, const QString &fileName = {});
    /// Decodes "allow,VAR="x"" (the part after ':', trailing blanks ignored as
    /// tcprules does) with tcprules' own grammar; the error column counts from 1 in \a text.
    static std::expected<QList<Instruction>, std::pair<int, QString>> parseInstructions(QByteArrayView text);
    /// Writes instructions back, each variable with its own quote character.
    static QByteArray formatInstructions(const QList<Instruction> &instructions);

    QByteArray toBytes() const { return m_doc.toBytes(); }
    const RecordDocument &document() const { return m_doc; }

    QList<Rule> rules() const;
    /// The rule decoded from record \a index of document() (line not set).
    Rule ruleAt(qsizetype index) const;
    std::optional<Rule> find(QByteArrayView address) const;

    /// Adds "address:instructions" before the default ":..." rule; false when the
    /// address has a rule or \a instructions do not parse.
    bool addRule(QByteArrayView address, QByteArrayView instructions);
    /// Adds the rule at \a position (tcpserver uses the first rule that matches);
    /// false as addRule, or when the position's anchor has no rule.
    bool addRule(QByteArrayView address, QByteArrayView instructions, const RowPosition &position);
    /// Moves the rule of \a address, with the comment lines right above it.
    bool moveRule(QByteArrayView address, const RowPosition &position);
    /// Replaces everything after "address:" on its line.
    bool setInstructions(QByteArrayView address, QByteArrayView instructions);
    /// Sets VAR for \a address, keeping the other instructions and the old quote when it fits.
    bool setVariable(QByteArrayView address, QByteArrayView name, QByteArrayView value);
    bool removeVariable(QByteArrayView address, QByteArrayView name);
    bool removeRule(QByteArrayView address);

    /// Warnings: addresses that are no IP/prefix/range/host, variables without a
    /// name, duplicate addresses (tcpserver uses the first), lines tcprules skips.
    QList<Diagnostic> check() const;

private:
    std::optional<qsizetype> indexOf(QByteArrayView address) const;

    RecordDocument m_doc;
};

} // namespace Mailwarden
