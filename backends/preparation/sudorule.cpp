#include "sudorule.h"

#include "core/tr.h"

#include <QRegularExpression>

namespace Mailwarden {

bool SudoRule::allows(const QByteArrayList &argv) const
{
    if (argv.isEmpty() || argv.first() != program)
        return false;
    const QByteArrayList rest = argv.mid(1);
    switch (args) {
    case Args::Any:
        return true;
    case Args::None:
        return rest.isEmpty();
    case Args::Exact:
        return rest.join(' ') == pattern;
    case Args::Regex: {
        // sudo matches the arguments joined by single spaces against a POSIX
        // extended expression; ours use only what ERE and PCRE read alike.
        const QRegularExpression re(QString::fromUtf8(pattern));
        return !rest.isEmpty() && re.match(QString::fromUtf8(rest.join(' '))).hasMatch();
    }
    }
    return false;
}

QByteArray SudoRule::command() const
{
    switch (args) {
    case Args::Any:
        return program;
    case Args::None:
        return program + " \"\"";
    case Args::Exact:
    case Args::Regex:
        break;
    }
    return program + ' ' + pattern;
}

QByteArray SudoRule::line() const
{
    return user + " ALL = (root) NOPASSWD: " + command();
}

std::expected<QList<SudoRule>, QString> SudoRule::parse(const QByteArray &text)
{
    static const QRegularExpression form(
        QStringLiteral("^([a-z_][a-z0-9_-]*) ALL = \\(root\\) NOPASSWD: (/[A-Za-z0-9_./-]+)(?: (.+))?$"));
    QList<SudoRule> rules;
    // A comment block explains the rules below it, up to a blank line or the next block.
    QStringList comment;
    bool afterRule = false;
    int number = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw);
        if (line.trimmed().isEmpty()) {
            comment.clear();
            continue;
        }
        if (line.startsWith(QLatin1Char('#'))) {
            if (std::exchange(afterRule, false))
                comment.clear();
            comment.append(line.mid(1).trimmed());
            continue;
        }
        const QRegularExpressionMatch m = form.match(line);
        if (!m.hasMatch())
            return std::unexpected(Tr::tr("line %1 is not a rule Mailwarden writes: %2").arg(number).arg(line));
        SudoRule rule;
        rule.user = m.captured(1).toUtf8();
        rule.program = m.captured(2).toUtf8();
        rule.comment = comment.join(QLatin1Char(' '));
        afterRule = true;
        const QString args = m.captured(3);
        if (args.isEmpty()) {
            rule.args = Args::Any;
        } else if (args == QLatin1String("\"\"")) {
            rule.args = Args::None;
        } else if (args.startsWith(QLatin1Char('^')) && args.endsWith(QLatin1Char('$'))) {
            if (args.contains(QLatin1Char('#')) || !QRegularExpression(args).isValid())
                return std::unexpected(Tr::tr("line %1: not a usable regular expression: %2").arg(number).arg(args));
            rule.args = Args::Regex;
            rule.pattern = args.toUtf8();
        } else {
            // sudo reads * ? [ ] as wildcards (matching spaces and slashes) and
            // \ , : = as escapes: an exact rule must have none of them.
            static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./ -]+$"));
            if (!plain.match(args).hasMatch())
                return std::unexpected(
                    Tr::tr("line %1: arguments with wildcards or escapes: %2").arg(number).arg(args));
            rule.args = Args::Exact;
            rule.pattern = args.toUtf8();
        }
        rules.append(rule);
    }
    return rules;
}

} // namespace Mailwarden
