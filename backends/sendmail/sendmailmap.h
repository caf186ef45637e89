#pragma once

#include "formats/keyvaluetable.h"

#include <functional>

namespace Mailwarden {

/// A sendmail makemap source: virtusertable, mailertable, genericstable,
/// domaintable, authinfo (and access, see SendmailAccess). One "key value" per
/// line, '#' comments, no continuation lines; keys are case-insensitive as makemap
/// folds them. Lossless: toBytes() of an unedited document is the parsed input.
///
/// Parse errors are what makemap itself rejects (a line starting with a blank,
/// a key without value); duplicates and syntax of keys and values are warnings.
class SendmailMap
{
public:
    /// Which table the file is, guessed from its name; drives check() only.
    enum class Kind { Generic, Virtusertable, Mailertable, Genericstable, Domaintable, Authinfo, Access };

    SendmailMap() = default;

    static std::expected<SendmailMap, ParseError> parse(QByteArrayView bytes, const QString &fileName = {});
    /// Kind from a file name such as "/etc/mail/mailertable"; Generic when unknown.
    static Kind kindForFileName(const QString &fileName);

    QByteArray toBytes() const { return m_table.toBytes(); }
    const KeyValueTable &table() const { return m_table; }
    Kind kind() const { return m_kind; }
    void setKind(Kind kind) { m_kind = kind; }

    /// All entries in file order; value is the rest of the line after the separator.
    QList<KeyValueEntry> entries() const { return m_table.entries(); }
    std::optional<KeyValueEntry> find(QByteArrayView key) const { return m_table.find(key); }

    /// Appends "key<sep>value" after the last entry in the file's own column style.
    /// False when the key exists or either text would break the line format.
    bool addEntry(QByteArrayView key, QByteArrayView value);
    /// addEntry at \a position (access: the first match wins).
    bool insertEntry(QByteArrayView key, QByteArrayView value, const RowPosition &position);
    bool moveEntry(QByteArrayView key, const RowPosition &position) { return m_table.moveEntry(key, position); }
    /// Replaces the value of \a key in place (key and separator bytes kept).
    bool setValue(QByteArrayView key, QByteArrayView value);
    /// Removes the line of \a key; comments around it stay.
    bool removeEntry(QByteArrayView key) { return m_table.removeEntry(key); }

    /// Warnings: duplicate keys, and per Kind the syntax of keys and values.
    QList<Diagnostic> check() const;

    /// True when \a key can be written as a makemap key (non-empty, no blanks, no '#' start).
    static bool isValidKey(QByteArrayView key);
    /// True when \a value fits on one line and is not empty.
    static bool isValidValue(QByteArrayView value);

private:
    QList<Diagnostic> checkEntry(const KeyValueEntry &entry) const;
    bool editVerified(QByteArrayView key, QByteArrayView value, const std::function<bool()> &edit);

    KeyValueTable m_table;
    Kind m_kind = Kind::Generic;
};

} // namespace Mailwarden
