#include "clirunner.h"

#include "labhost.h"

#include <QProcess>
#include <QTest>

namespace Mailwarden::Testing {

CliRunner::CliRunner() = default;

CliRunner::Result CliRunner::run(const QStringList &args, const QByteArray &input, const QString &editor) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("MAILWARDEN_SECRETS"), QStringLiteral("vault"));
    env.insert(QStringLiteral("MAILWARDEN_MASTER_PASSWORD"), QStringLiteral("correct horse battery"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("VISUAL"));
    env.insert(QStringLiteral("EDITOR"), editor.isEmpty() ? QStringLiteral("false") : editor);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MW_BINARY_DIR "/bin/mailwarden-cli"), args);
    p.write(input);
    p.closeWriteChannel();
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 120000)) {
        p.kill();
        p.waitForFinished(5000);
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError()};
}

CliRunner::Result CliRunner::addHost(const QString &name, const LabHost &lab, quint16 port) const
{
    return run({QStringLiteral("hosts"), QStringLiteral("add"), name, QStringLiteral("--address"), lab.profile.address,
        QStringLiteral("--port"), QString::number(port ? port : lab.profile.port), QStringLiteral("--user"),
        lab.profile.user, QStringLiteral("--auth"), QStringLiteral("key"), QStringLiteral("--key"),
        lab.profile.keyFile});
}

} // namespace Mailwarden::Testing
