#include "mtacommands.h"

#include "remote/host.h"

namespace Mailwarden {

Command mtaShell(const QByteArray &script, const QByteArrayList &args)
{
    Command command;
    command.argv = {"sh", "-c",
        QByteArrayLiteral("PATH=/usr/sbin:/usr/local/sbin:/usr/bin:/bin:/sbin:/var/qmail/bin:$PATH\n") + script, "sh"};
    command.argv += args;
    command.timeout = std::chrono::minutes(1);
    command.maxOutputBytes = 64 << 20;
    return command;
}

} // namespace Mailwarden

namespace Mailwarden {

QFuture<RemoteResult<QList<CatalogueEntry>>> resolveLinks(
    Host &host, QFuture<RemoteResult<QList<CatalogueEntry>>> entries)
{
    using Result = RemoteResult<QList<CatalogueEntry>>;
    return entries
        .then([&host](const Result &list) -> QFuture<Result> {
            if (!list || list->isEmpty())
                return QtFuture::makeReadyValueFuture(list);
            QByteArrayList paths;
            for (const CatalogueEntry &e : *list)
                paths.append(e.path.toUtf8());
            // one line per path, empty where it cannot be resolved; paths arrive as "$@"
            const QByteArray script
                = "for p in \"$@\"; do r=$(readlink -f -- \"$p\") || r=; printf '%s\\n' \"$r\"; done";
            return host.run(mtaShell(script, paths)).then([list](const RemoteResult<CommandResult> &run) -> Result {
                if (!run)
                    return std::unexpected(run.error());
                QList<CatalogueEntry> out = *list;
                const QList<QByteArray> lines = run->out.split('\n');
                for (qsizetype i = 0; i < out.size() && i < lines.size(); ++i) {
                    const QString real = QString::fromUtf8(lines.at(i));
                    if (real.startsWith(QLatin1Char('/')) && real != out[i].path) {
                        out[i].configuredPath = out[i].path;
                        out[i].path = real;
                    }
                }
                return out;
            });
        })
        .unwrap();
}

} // namespace Mailwarden
