// Shared by the GUI tests: screenshots, answering modal dialogs, applying.
#pragma once

#include "changes/applydialog.h"
#include "hostactions.h"
#include "mainwindow.h"
#include "pages/activehosttracker.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

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
/// (exec() blocks the test, so the handler runs from the event loop). The
/// watch ends with the returned timer: keep it until the dialog has been
/// handled, and no handler outlives the locals it captured (a watch left
/// running after a dialog that never came wrote into a dead stack frame).
[[nodiscard]] inline std::unique_ptr<QTimer> whenModal(const QString &objectName, std::function<void(QWidget *)> handle)
{
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(50);
    QTimer *watch = timer.get();
    QObject::connect(watch, &QTimer::timeout, [watch, objectName, handle] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != objectName || !modal->isVisible())
            return;
        watch->stop();
        handle(modal);
    });
    timer->start();
    return timer;
}

/// Triggers \a applyAction (Edit ▸ Apply Changes…, History's Roll Back, which
/// opens the dialog later) and presses Apply in the ApplyDialog it opens, when
/// the dialog lets it: the outcome (Refused when Apply was disabled, Cancelled
/// when no dialog came within a minute).
/// \a shotName gives the screenshot's file name for "preview" and "result"
/// ("" for none); \a status gets the dialog's status line before Apply.
/// \a trigger opens the dialog (a button's click()).
inline ChangeSetRunner::Outcome applyInDialog(const std::function<void()> &trigger,
    const std::function<QString(const QString &stage)> &shotName = {}, QString *status = nullptr)
{
    ChangeSetRunner::Outcome outcome = ChangeSetRunner::Outcome::Cancelled;
    bool handled = false;
    const auto shoot = [&](QWidget *dialog, const QString &stage) {
        if (const QString name = shotName ? shotName(stage) : QString(); !name.isEmpty())
            saveShot(dialog, name);
    };
    const auto watch = whenModal(QStringLiteral("ApplyDialog"), [&](QWidget *widget) {
        handled = true;
        auto *dialog = qobject_cast<ApplyDialog *>(widget);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        shoot(dialog, QStringLiteral("preview"));
        QPushButton *applyButton = nullptr;
        for (QAbstractButton *b : buttons->buttons()) {
            if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                applyButton = qobject_cast<QPushButton *>(b);
        }
        if (status)
            *status = dialog->findChildren<QLabel *>().first()->text();
        if (!applyButton || !applyButton->isEnabled()) {
            outcome = ChangeSetRunner::Outcome::Refused;
            buttons->button(QDialogButtonBox::Cancel)->click();
            return;
        }
        applyButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->outcome() != ChangeSetRunner::Outcome::Running, 120000);
        outcome = dialog->outcome();
        shoot(dialog, QStringLiteral("result"));
        buttons->button(QDialogButtonBox::Close)->click();
    });
    trigger(); // returns when the dialog closed, or before it opens
    (void)QTest::qWaitFor([&] { return handled; }, 60000); // not handled: Cancelled
    return outcome;
}

inline ChangeSetRunner::Outcome applyInDialog(
    QAction *applyAction, const std::function<QString(const QString &stage)> &shotName = {}, QString *status = nullptr)
{
    return applyInDialog([applyAction] { applyAction->trigger(); }, shotName, status);
}

/// Selects host profile \a profile in \a window and connects it as an admin
/// does (Host ▸ Connect), then waits until its configuration is read. False
/// when it is not within a minute, with what the console said on the way in
/// the test log: the caller stops there instead of using a page that never
/// loaded.
inline bool connectTo(MainWindow &window, const QString &profile)
{
    QStringList said;
    const auto listening = QObject::connect(
        window.hostActions(), &HostActions::message, [&said](const QString &text) { said.append(text); });
    window.hostActions()->reload();
    window.hostActions()->select(profile);
    window.hostActions()->connectAction()->trigger();
    const bool ready
        = QTest::qWaitFor([&] { return window.activeHost()->current().state == ActiveHost::State::Ready; }, 60000);
    QObject::disconnect(listening);
    if (!ready)
        qWarning("%s is not ready (state %d, connect action %s): %s", qPrintable(profile),
            int(window.activeHost()->current().state),
            window.hostActions()->connectAction()->isEnabled() ? "enabled" : "disabled",
            qPrintable(said.join(QLatin1String(" | ")) + QLatin1String(" | ") + window.activeHost()->current().error));
    return ready;
}

} // namespace Mailwarden::Testing
