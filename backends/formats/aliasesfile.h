#pragma once

#include "parseerror.h"
#include "recorddocument.h"

#include <QList>

#include <expected>
#include <optional>

namespace Mailwarden {

/// One alias of an aliases(5) file, decoded.
struct AliasEntry {
    QByteArray name; ///< unquoted
    QList<QByteArray> recipients; ///< as written, quotes kept ("|cmd with, comma")
    int line = 0; ///< first physical line, from 1
    friend bool operator==(const AliasEntry &, const AliasEntry &) = default;
};

/// A Postfix or Sendmail aliases(5) file: `name: a, b`, continuation lines
/// (leading whitespace), comments, quoted names, `:include:`, `|program`,
/// `/file`, `"|cmd with, comma"`. Lossless: parse + toBytes() is byte-identical,
/// edits replace only the alias's own lines.
class AliasesFile
{
public:
    enum class RecipientType { Local, Address, Program, File, Include };

    /// Fails on a line without "name:" and on an unbalanced quote, with file:line:col.
    static std::expected<AliasesFile, ParseError> parse(const QByteArray &bytes, const QString &fileName);
    QByteArray toBytes() const { return m_doc.toBytes(); }
    const RecordDocument &document() const { return m_doc; }

    QList<AliasEntry> aliases() const;
    /// The alias decoded from record \a index of document() (line not set).
    AliasEntry entryAt(qsizetype index) const;
    std::optional<AliasEntry> find(QByteArrayView name) const;

    /// Appends `name: a, b` in the file's separator style; false when \a name exists.
    bool addAlias(QByteArrayView name, const QList<QByteArray> &recipients);
    /// Rewrites the recipient list of \a name, keeping the "name:" bytes and separator.
    bool setRecipients(QByteArrayView name, const QList<QByteArray> &recipients);
    bool addRecipient(QByteArrayView name, QByteArrayView recipient);
    bool removeRecipient(QByteArrayView name, QByteArrayView recipient);
    bool removeAlias(QByteArrayView name);

    /// Duplicate names, empty lists, bad addresses, relative :include: paths.
    QList<Diagnostic> check() const;

    static RecipientType recipientType(QByteArrayView recipient);
    /// Splits a recipient list on commas outside quotes; the offset of an
    /// unbalanced quote on failure.
    static std::expected<QList<QByteArray>, qsizetype> splitRecipients(QByteArrayView list);

private:
    struct Split {
        QByteArray name;
        qsizetype colon = -1; ///< offset of ':' in the record text
        qsizetype errorAt = 0;
        QString error;
    };
    static Split splitName(QByteArrayView text);
    std::optional<qsizetype> indexOf(QByteArrayView name) const;
    QByteArray encodeName(QByteArrayView name) const;

    RecordDocument m_doc;
};

} // namespace Mailwarden
