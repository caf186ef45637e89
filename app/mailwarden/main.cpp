// mailwarden: the GUI console.
#include "hostactions.h"
#include "i18n.h"
#include "mainwindow.h"
#include "versioninfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMetaEnum>
#include <QScreen>
#include <QTimer>

using namespace Mailwarden;

namespace {

// Grabs what is really on the X screen (not a widget render) so a screenshot
// shows what a user would see.
bool saveScreenshot(QWidget *window, const QString &path)
{
    // The window's area of the screen: dialogs open over it, so they are in the shot.
    const QRect area = window->frameGeometry();
    QPixmap shot = window->screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
    if (shot.isNull())
        shot = window->grab();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return shot.save(path, "PNG");
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Mailwarden"));
    QApplication::setApplicationName(QStringLiteral("mailwarden"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mailwarden"));
    QApplication::setApplicationVersion(applicationVersion());
    QApplication::setDesktopFileName(QStringLiteral("org.mailwarden.Mailwarden"));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Console for administrators of sendmail, Postfix and qmail hosts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate(
            "main", "Save a PNG screenshot of the screen to <file> once the window is up, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        QApplication::translate(
            "main", "Open on <page> (Tables, Config, Privacy, Queue, Statistics, Tests or History)."),
        QStringLiteral("page"));
    const QCommandLineOption aboutOption(
        QStringLiteral("about"), QApplication::translate("main", "Open the About dialog at start."));
    const QCommandLineOption schemeOption(QStringLiteral("color-scheme"),
        QApplication::translate("main", "Use the <scheme> colours: system, light or dark."), QStringLiteral("scheme"));
    const QCommandLineOption connectOption(QStringLiteral("connect"),
        QApplication::translate("main", "Select the host <name> and connect to it."), QStringLiteral("name"));
    parser.addOptions({screenshotOption, pageOption, aboutOption, schemeOption, connectOption});
    parser.process(app);

    MainWindow window(versionLines({syntaxHighlightingComponent()}));
    window.restoreWindowState();
    if (parser.isSet(pageOption)) {
        const auto pages = QMetaEnum::fromType<MainWindow::Page>();
        bool ok = false;
        const int page = pages.keyToValue(parser.value(pageOption).toLatin1().constData(), &ok);
        if (!ok) {
            qCritical(
                "%s", qPrintable(QApplication::translate("main", "Unknown page: %1").arg(parser.value(pageOption))));
            return 2;
        }
        window.showPage(static_cast<MainWindow::Page>(page));
    }
    if (parser.isSet(schemeOption))
        window.setColorScheme(colorSchemeFromKey(parser.value(schemeOption)));
    window.show();
    if (parser.isSet(connectOption)) {
        window.hostActions()->select(parser.value(connectOption));
        window.hostActions()->connectHost(parser.value(connectOption));
    }
    if (parser.isSet(aboutOption))
        QTimer::singleShot(0, &window, &MainWindow::showAbout);

    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        // Give the window (and a dialog) time to map and paint under Xvfb.
        // Connecting takes a moment more; 4 s covers the loopback lab.
        QTimer::singleShot(parser.isSet(connectOption) ? 4000 : 1500, &app, [&window, path] {
            const bool ok = saveScreenshot(&window, path);
            qInfo("%s: %s", ok ? "screenshot saved" : "screenshot FAILED", qPrintable(path));
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}
