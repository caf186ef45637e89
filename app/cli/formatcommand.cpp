// mailwarden-cli format types | check --type T FILE... | roundtrip --type T FILE
#include "clicommand.h"

#include "formats/formathandler.h"

#include <QCoreApplication>
#include <QFile>

namespace Mailwarden::Cli {

namespace {

// Takes "--type T" (or "--type=T") out of \a args; empty when absent.
QString takeType(QStringList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--type") && i + 1 < args.size()) {
            const QString type = args[i + 1];
            args.remove(i, 2);
            return type;
        }
        if (args[i].startsWith(QLatin1String("--type=")))
            return args.takeAt(i).mid(7);
    }
    return {};
}

std::expected<QByteArray, QString> readInput(const QString &path)
{
    QFile file(path);
    const bool ok = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!ok)
        return std::unexpected(QCoreApplication::translate("cli", "%1: cannot read: %2").arg(path, file.errorString()));
    return file.readAll();
}

int check(const FormatHandler &handler, const QStringList &files, QTextStream &out, QTextStream &err)
{
    int status = Success;
    for (const QString &path : files) {
        const auto bytes = readInput(path);
        if (!bytes) {
            err << bytes.error() << '\n';
            status = Failure;
            continue;
        }
        const auto result = handler.check(*bytes, path);
        if (!result) {
            out << result.error().toString() << '\n';
            status = Failure;
            continue;
        }
        for (const Diagnostic &d : *result)
            out << d.toString(path) << '\n';
    }
    return status;
}

int roundTrip(const FormatHandler &handler, const QString &path, QTextStream &out, QTextStream &err)
{
    const auto bytes = readInput(path);
    if (!bytes) {
        err << bytes.error() << '\n';
        return Failure;
    }
    const auto written = handler.roundTrip(*bytes, path);
    if (!written) {
        err << written.error().toString() << '\n';
        return Failure;
    }
    out.flush();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(*written) != written->size())
        return Failure;
    return Success;
}

int run(QStringList args, QTextStream &out, QTextStream &err)
{
    const QString usage = QCoreApplication::translate(
        "cli", "usage: mailwarden-cli format types | check --type TYPE FILE... | roundtrip --type TYPE FILE");
    if (args.isEmpty()) {
        err << usage << '\n';
        return UsageError;
    }
    const QString verb = args.takeFirst();
    if (verb == QLatin1String("types")) {
        for (const FormatHandler &h : formatHandlers())
            out << h.type.leftJustified(24) << ' ' << h.description << '\n';
        return Success;
    }
    const QString type = takeType(args);
    const FormatHandler *handler = findFormatHandler(type);
    if (type.isEmpty() || !handler) {
        err << (type.isEmpty()
                ? QCoreApplication::translate("cli", "format: --type is required")
                : QCoreApplication::translate("cli", "format: unknown type '%1' (see 'format types')").arg(type))
            << '\n';
        return UsageError;
    }
    if (verb == QLatin1String("check") && !args.isEmpty())
        return check(*handler, args, out, err);
    if (verb == QLatin1String("roundtrip") && args.size() == 1)
        return roundTrip(*handler, args.first(), out, err);
    err << usage << '\n';
    return UsageError;
}

} // namespace

Command formatCommand()
{
    return {QStringLiteral("format"),
        QCoreApplication::translate("cli", "Check config and table files, or round-trip them through the parsers."),
        [](const QStringList &args, QTextStream &out, QTextStream &err) { return run(args, out, err); }};
}

} // namespace Mailwarden::Cli
