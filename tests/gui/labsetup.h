// Shared by the GUI tests that drive the lab hosts through the console.
#pragma once

#include "i18n.h"
#include "labhost.h"

#include "remote/hostprofilestore.h"
#include "remote/sshhost.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>

namespace Mailwarden::Testing {

/// How every tab test starts: Qt's test mode for settings and paths, the
/// German translation when LANG says so (the NAME-de twin), and empty settings
/// of its own under \a name. Returns the screenshots' suffix: "-de" or "".
inline QString startTabTest(const QString &name)
{
    QStandardPaths::setTestModeEnabled(true);
    const QString suffix = installTranslators(*QCoreApplication::instance()) ? QStringLiteral("-de") : QString();
    QApplication::setOrganizationName(QStringLiteral("MailwardenTest"));
    QApplication::setApplicationName(name + suffix);
    QSettings().clear();
    return suffix;
}

/// Lets the console reach the lab hosts \a labs ("postfix", …) as an admin's
/// would, without a question: the lab's host keys in the console's own
/// known_hosts (one file holds every lab host), a saved profile "lab-NAME" for
/// each. Call from initTestCase after the lab was found up; QVERIFY it.
inline bool useLabHosts(const QTemporaryDir &scratch, const QStringList &labs)
{
    for (const QString &lab : labs) {
        const auto host = labHost(lab, scratch);
        if (!host) {
            qWarning("lab host %s: %s", qPrintable(lab), qPrintable(labProblem()));
            return false;
        }
        if (lab == labs.first()) {
            const QString knownHosts = SshOptions::defaultKnownHostsFile();
            QDir().mkpath(QFileInfo(knownHosts).path());
            QFile::remove(knownHosts);
            if (!QFile::copy(host->labKnownHostsFile, knownHosts))
                return false;
        }
        HostProfile profile = host->profile;
        profile.name = QStringLiteral("lab-") + lab;
        HostProfileStore().save(profile);
    }
    return true;
}

} // namespace Mailwarden::Testing
