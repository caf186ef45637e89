// Shared by the GUI tests: screenshots and answering modal dialogs.
#pragma once

#include <QApplication>
#include <QDir>
#include <QLayout>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace Mailwarden::Testing {

/// Saves \a widget as build/screenshots/NAME (looked at by people, kept by CI).
inline void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(MW_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    // text set just now (labels, the status bar) must be laid out before the grab
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (widget->layout())
        widget->layout()->activate();
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

/// Runs \a handle on the next modal dialog named \a objectName once it is up
/// (exec() blocks the test, so the handler runs from the event loop).
inline void whenModal(const QString &objectName, std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, [timer, objectName, handle] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != objectName || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        handle(modal);
    });
    timer->start();
}

} // namespace Mailwarden::Testing
