#pragma once

#include "catalogue.h"
#include "filechange.h"

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

    /// A key/value table of the catalogue (postfix-table, sendmail-access,
    /// sendmail-map, aliases: the value is the recipient list): sets \a key to \a value, adding the entry when absent.
    static std::expected<FileChange, QString> setTableEntry(
        const CatalogueEntry &table, const QByteArray &content, const QByteArray &key, const QByteArray &value);
    static std::expected<FileChange, QString> removeTableEntry(
        const CatalogueEntry &table, const QByteArray &content, const QByteArray &key);

    /// Why \a text cannot be a key or value in a config file (control characters,
    /// more than 64 KiB), or an empty string when it can.
    static QString refusal(const QByteArray &text, bool allowBlanks);
};

} // namespace Mailwarden
