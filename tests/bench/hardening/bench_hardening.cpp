// bench_hardening: the full audit of each lab host as `mailwarden-cli audit`
// runs it (one SSH connection: the survey, one round trip of host facts, the
// forward for the inside relay probe; the relay, SMTP and TLS probes and the
// port connects from here), best of RUNS, with its SSH round trips and the
// slowest step. Goal: ≤ 10 s per host. Probes come from 127.0.0.3, which no lab
// MTA trusts.
#include "hardening/auditrunner.h"
#include "labhost.h"
#include "remote/sshhost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <cstdio>

using namespace Mailwarden;
using namespace Mailwarden::Hardening;
using namespace Mailwarden::Testing;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 3;
    QTemporaryDir scratch;
    std::printf("%-10s %10s %10s %12s %9s\n", "host", "best s", "worst s", "round trips", "failed");
    for (const char *name : {"postfix", "sendmail", "qmail"}) {
        const auto lab = labHost(QString::fromLatin1(name), scratch);
        if (!lab) {
            std::fprintf(stderr, "the lab is not up: %s\n", qPrintable(labProblem()));
            return 2;
        }
        double best = 1e9, worst = 0;
        int roundTrips = 0, failed = 0;
        for (int i = 0; i < runs; ++i) {
            SshHost host(lab->profile, lab->credentials(), lab->options()); // a new connection each run
            AuditOptions options;
            options.role = Role::Mx;
            options.address = lab->profile.address;
            options.source = QHostAddress(QStringLiteral("127.0.0.3"));
            AuditRunner runner(host, lab->profile.mtaHint, options);
            QEventLoop loop;
            QObject::connect(&runner, &AuditRunner::finished, &loop, &QEventLoop::quit);
            QElapsedTimer timer;
            timer.start();
            runner.start();
            loop.exec();
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            if (!runner.error().isEmpty()) {
                std::fprintf(stderr, "%s: %s\n", name, qPrintable(runner.error()));
                return 1;
            }
            best = std::min(best, seconds);
            worst = std::max(worst, seconds);
            roundTrips = runner.report().roundTrips;
            failed = runner.report().failures();
        }
        std::printf("%-10s %10.2f %10.2f %12d %9d\n", name, best, worst, roundTrips, failed);
    }
    return 0;
}
