#pragma once

#include "catalogue.h"
#include "filechange.h"
#include "formats/rowposition.h"

#include <expected>

namespace Mailwarden {

/// Turns one admin edit into the new content of one file, through the file's
/// lossless format, so only the touched lines change. Values come from people
/// and from scripts: anything that could smuggle a second line or a NUL into a
/// config file is refused here, before a ChangeSet exists.
class MtaEdits final
{
public:
    /// main.cf: sets (or adds) \a name = \a value.
    static std::expected<FileChange, QString> setPostfixParameter(
        const QString &path, const QByteArray &mainCf, const QByteArray &name, const QByteArray &value);
    /// main.cf: removes every setting of \a name (back to Postfix's default).
    static std::expected<FileChange, QString> unsetPostfixParameter(
        const QString &path, const QByteArray &mainCf, const QByteArray &name);

    /// sendmail.mc: sets define(`name', `value') (m4 regenerates sendmail.cf in the
    /// transaction). The value is quoted for m4 and may not contain m4 quotes,
    /// parentheses, '#', '$' or the name of an m4 builtin: m4 expands a define's
    /// value where sendmail's cf macros use it, so such a value could run a command.
    static std::expected<FileChange, QString> setSendmailDefine(
        const QString &path, const QByteArray &mc, const QByteArray &name, const QByteArray &value);

    static std::expected<FileChange, QString> unsetSendmailDefine(
        const QString &path, const QByteArray &mc, const QByteArray &name);

    /// sendmail.mc: adds NAME(`arg', …) where its kind belongs (FEATURE,
    /// DAEMON_OPTIONS, CLIENT_OPTIONS, MASQUERADE_AS, MASQUERADE_DOMAIN,
    /// EXPOSED_USER, LOCAL_DOMAIN, MAILER only), each argument held to what a
    /// define's value may contain (m4Refusal).
    static std::expected<FileChange, QString> addSendmailCall(
        const QString &path, const QByteArray &mc, const QByteArray &name, const QList<QByteArray> &args);
    /// Removes the first NAME(`firstArg'[, `secondArg'…]) call of sendmail.mc.
    static std::expected<FileChange, QString> removeSendmailCall(const QString &path, const QByteArray &mc,
        const QByteArray &name, const QByteArray &firstArg, const std::optional<QByteArray> &secondArg = std::nullopt);
    /// Why \a value cannot be an argument or define value in sendmail.mc (m4
    /// quotes, parentheses, '#', '$', an m4 builtin's name, control
    /// characters), or "" when it can.
    static QString m4Refusal(const QByteArray &value);

    /// A key/value table of the catalogue (postfix-table, sendmail-access,
    /// sendmail-map, qmail-tcprules, whose values are the rule's instructions;
    /// aliases, whose value is the recipient list; a qmail-control list takes
    /// the value as its key and no value): sets \a key to \a value, adding the
    /// entry when absent.
    static std::expected<FileChange, QString> setTableEntry(
        const CatalogueEntry &table, const QByteArray &content, const QByteArray &key, const QByteArray &value);
    static std::expected<FileChange, QString> removeTableEntry(
        const CatalogueEntry &table, const QByteArray &content, const QByteArray &key);
    /// Adds \a key at \a position (order matters where the first match wins:
    /// access tables, cidr maps, tcp.smtp); refused when \a key exists (that is
    /// setTableEntry's job) or the position's anchor does not.
    static std::expected<FileChange, QString> addTableEntry(const CatalogueEntry &table, const QByteArray &content,
        const QByteArray &key, const QByteArray &value, const RowPosition &position);
    /// Moves \a key's row with the comment lines right above it; every other
    /// line stays byte-identical.
    static std::expected<FileChange, QString> moveTableEntry(
        const CatalogueEntry &table, const QByteArray &content, const QByteArray &key, const RowPosition &position);

    /// The comment lines right above the row that starts at \a line (the ones
    /// that move with it; a blank line ends them) become \a comment, one
    /// "# " line per line of it; an empty \a comment removes them. Every other
    /// line stays byte-identical.
    static std::expected<FileChange, QString> setRowComment(
        const CatalogueEntry &table, const QByteArray &content, int line, const QByteArray &comment);
    /// The text of the comment lines \a first..\a last of \a doc ('#' and one
    /// blank after it dropped), one line each: what setRowComment() writes back.
    static QByteArray commentText(const RecordDocument &doc, qsizetype first, qsizetype last);

    /// A qmail one-value control file (smtpgreeting, databytes, me, …): its
    /// first line becomes \a value (whole numbers only for the numeric ones).
    static std::expected<FileChange, QString> setQmailControl(
        const CatalogueEntry &file, const QByteArray &content, const QByteArray &value);
    /// The change that removes \a file (qmail: back to its default), expecting \a content.
    static FileChange removeFile(const CatalogueEntry &file, const QByteArray &content);

    /// One row of a table as `table show --json` gives it.
    struct Row {
        QByteArray key; ///< the key, the tcprules address, the regexp "/pattern/flags", a list's value
        QByteArray value; ///< the value, the rule's instructions, the action; "" in lists
        int line = 0;
    };
    /// The rows of a table in file order; an error for files that are no table.
    static std::expected<QList<Row>, QString> rows(const CatalogueEntry &table, const QByteArray &content);

    /// Why \a text cannot be a key or value in a config file (control characters,
    /// more than 64 KiB), or an empty string when it can.
    static QString refusal(const QByteArray &text, bool allowBlanks);
};

} // namespace Mailwarden
