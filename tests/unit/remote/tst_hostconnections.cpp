// HostConnections keeps a forgotten host's object alive: the console's pages
// read in the background through a raw Host pointer, and editing or removing
// the profile meanwhile must not free the host under that read (ASan in CI
// sees a use after free here if it does).
#include "remote/hostconnections.h"
#include "remote/secretstore.h"

#include <QSignalSpy>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailwarden;

class TestHostConnections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forgetWhileABackgroundReadRuns()
    {
        QTemporaryDir dir;
        SecretStore secrets([](bool) { return std::optional<QByteArray>(); }, dir.filePath(QStringLiteral("vault")));
        HostConnections connections(secrets, SshOptions {});
        HostProfile profile;
        profile.name = QStringLiteral("here");
        profile.kind = HostProfile::Kind::Local;
        const auto made = connections.host(profile);
        QVERIFY(made);
        Host *old = *made;
        QCOMPARE(connections.existing(profile.name), old);

        QSignalSpy states(&connections, &HostConnections::stateChanged);
        QFuture<QByteArray> read = QtConcurrent::run([old] {
            const auto r = old->run(Command {{"sh", "-c", "sleep 0.3; echo done"}, false, {}, {}}).result();
            return r ? r->out : QByteArray("error: ") + r.error().toString().toUtf8();
        });
        QTest::qWait(100); // the command is running
        connections.forget(profile.name);
        QCOMPARE(connections.existing(profile.name), nullptr);
        QVERIFY(!states.isEmpty());
        QCOMPARE(states.last().at(1).value<Host::State>(), Host::State::Disconnected);
        // the read ends (with its output or an error), in an object still alive
        const QByteArray out = read.result();
        QVERIFY2(out == "done\n" || out.startsWith("error: "), out.constData());

        const auto fresh = connections.host(profile);
        QVERIFY(fresh);
        QVERIFY(*fresh != old);
        QCOMPARE(connections.existing(profile.name), *fresh);
    }
};

QTEST_GUILESS_MAIN(TestHostConnections)
#include "tst_hostconnections.moc"
