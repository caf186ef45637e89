#pragma once

#include "formats/parseerror.h"
#include "formats/recorddocument.h"

#include <expected>

namespace Mailwarden {

/// A sendmail class file (F{w}/etc/mail/local-host-names, relay-domains,
/// trusted-users): every whitespace-separated word of a non-comment line is a
/// member of the class. Lossless; members compare case-insensitively, as
/// sendmail's classes do.
class SendmailList
{
public:
    /// What the members are, guessed from the file name; drives check() only.
    enum class Kind { Hosts, Users };

    struct Item {
        QByteArray word;
        int line = 0; ///< from 1
        int column = 0; ///< from 1, in bytes
        friend bool operator==(const Item &, const Item &) = default;
    };

    /// Never fails (sendmail reads any text), but keeps the parsers' shape.
    static std::expected<SendmailList, ParseError> parse(QByteArrayView bytes, const QString &fileName = {});

    QByteArray toBytes() const { return m_doc.toBytes(); }
    const RecordDocument &document() const { return m_doc; }
    Kind kind() const { return m_kind; }
    void setKind(Kind kind) { m_kind = kind; }

    QList<Item> items() const;
    bool contains(QByteArrayView word) const;

    /// Appends \a word on a line of its own after the last member; false when it
    /// is present already or is not one word.
    bool add(QByteArrayView word);
    /// Removes \a word: its whole line when alone on it, else the word and one
    /// adjacent blank run. False when absent.
    bool remove(QByteArrayView word);

    /// Duplicates; for Hosts, words that are neither domain nor IP address (prefix).
    QList<Diagnostic> check() const;

private:
    RecordDocument m_doc;
    Kind m_kind = Kind::Hosts;
};

} // namespace Mailwarden
