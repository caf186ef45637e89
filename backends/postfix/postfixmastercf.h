#pragma once

#include "formats/parseerror.h"
#include "formats/recorddocument.h"

#include <QList>

#include <expected>
#include <optional>

namespace Mailwarden {

/// One master.cf service, decoded. Fields hold the text as written ("-", "n", "100?").
struct PostfixService {
    QByteArray name, type, privateField, unprivileged, chroot, wakeup, maxproc, command;
    QList<QByteArray> arguments; ///< after the command, raw tokens ("{ a b }" whole)
    QList<std::pair<QByteArray, QByteArray>> options; ///< -o name=value, -oname=value, -o { name = value }
    bool enabled = true; ///< false: a commented-out service ("#smtps inet ...")
    int line = 0;
    friend bool operator==(const PostfixService &, const PostfixService &) = default;
};

/// Postfix master.cf, lossless: services of 8 fields plus arguments, `-o` overrides
/// in all three spellings, `{ ... }` grouped arguments, continuation lines and
/// commented-out services (recognised, and switchable on and off).
///
/// Errors, as postconf reports them: an invalid type, private, unprivileged,
/// chroot, wakeup or process-limit field, missing fields, unbalanced `{`, text
/// after `}`. Documentation excerpts that elide fields with "..." and templates
/// with placeholders (PH_NAME) are kept and only warned about, as are
/// `service/type/parameter=value` lines (postconf -P input files).
class PostfixMasterCf
{
public:
    enum Kind : quint8 {
        Service = 16,
        CommentedService = 17,
        CommentedContinuation = 18,
        ElidedService = 19,
        ParameterOverride = 20
    };
    enum class Field { Name, Type, Private, Unprivileged, Chroot, Wakeup, MaxProc, Command };

    static std::expected<PostfixMasterCf, ParseError> parse(const QByteArray &bytes, const QString &fileName);
    QByteArray toBytes() const { return m_doc.toBytes(); }
    const RecordDocument &document() const { return m_doc; }

    /// Active and commented-out services in file order.
    QList<PostfixService> services() const;
    std::optional<PostfixService> service(QByteArrayView name, QByteArrayView type) const;

    /// Sets `-o option=value`: in place when present, else on a new continuation line.
    bool setOption(QByteArrayView name, QByteArrayView type, QByteArrayView option, QByteArrayView value);
    bool removeOption(QByteArrayView name, QByteArrayView type, QByteArrayView option);
    /// Replaces one of the 8 fields, keeping the column alignment where it can.
    bool setField(QByteArrayView name, QByteArrayView type, Field field, QByteArrayView value);
    /// Comments a service out ("#" before each of its lines) or back in.
    bool setEnabled(QByteArrayView name, QByteArrayView type, bool enabled);
    /// Appends a service, its fields aligned like the file's last service line.
    void addService(const PostfixService &service);
    bool removeService(QByteArrayView name, QByteArrayView type);

    /// Elided lines, duplicate services, options without '='.
    QList<Diagnostic> check() const;

    struct Token {
        qsizetype begin = 0, end = 0;
    };
    struct TokenError {
        qsizetype offset = 0;
        QString message;
    };
    /// Splits a logical line into fields; `{ ... }` is one token. Comment lines inside are skipped.
    static std::expected<QList<Token>, TokenError> tokenize(QByteArrayView text);

private:
    PostfixService serviceAt(qsizetype index) const;
    std::optional<qsizetype> indexOf(QByteArrayView name, QByteArrayView type) const;
    QByteArray serviceText(qsizetype index) const; ///< commented-out services without their '#'

    RecordDocument m_doc;
};

} // namespace Mailwarden
