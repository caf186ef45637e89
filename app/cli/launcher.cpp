// mailwarden-cli, the launcher: `stats` on local files runs here; every other
// command is handed, arguments unchanged, to the full CLI
// (libexec/mailwarden/mailwarden-cli-full, main.cpp). The split is for start-up:
// the full CLI links libssh, QCA, the keychain, Qt SQL and Qt Network, whose
// ~50 shared libraries cost ~30 ms to load before main(), a seventh of a
// 1M-line statistics run; this program needs QtCore alone.
#include "i18n.h"
#include "localstats.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <unistd.h>

using namespace Mailwarden;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("stats")) {
        args.removeFirst();
        const auto parsed = Cli::parseStatsArgs(args);
        if (parsed && parsed->readsLocalFiles()) {
            installTranslators(app);
            QTextStream out(stdout);
            QTextStream err(stderr);
            return Cli::runLocalStats(*parsed, out, err);
        }
    }
    const QByteArray full
        = QFile::encodeName(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(MW_CLI_FULL)));
    argv[0] = const_cast<char *>(full.constData());
    ::execv(full.constData(), argv);
    const int error = errno;
    installTranslators(app);
    QTextStream(stderr) << QCoreApplication::translate("cli", "mailwarden-cli: cannot run %1: %2")
                               .arg(QFile::decodeName(full), QString::fromLocal8Bit(std::strerror(error)))
                        << '\n';
    return 127;
}
