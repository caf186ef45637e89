// Shared by the GUI tests that drive the lab hosts through the console.
#pragma once

#include "labhost.h"

#include "remote/hostprofilestore.h"
#include "remote/sshhost.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTest>

namespace Mailwarden::Testing {

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
