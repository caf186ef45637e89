#include "exposureprobe.h"

#include "core/tr.h"
#include "exposurechecks.h"

#include <QRandomGenerator>

namespace Mailwarden::Probes {

void ExposureProbe::run()
{
    m_failedCheckId = QStringLiteral("smtp.connection");
    openConnection(Greet::None, [this] {
        addWith(Exposure::banner(m_greeting), 0);
        const qsizetype from = mark();
        send("MAIL FROM:<>", [=, this](const SmtpOutcome &mail) {
            if (!mail) {
                addWith(errorCheck(QStringLiteral("smtp.helo"), Tr::tr("HELO required"), mail.error()), from);
                return done();
            }
            addWith(Exposure::heloRequired(*mail), from);
            // The server may now hold a transaction, or count an error; start clean either way.
            send("RSET", [this](const SmtpOutcome &) {
                send("EHLO " + m_settings.heloName, [this](const SmtpOutcome &ehlo) {
                    if (ehlo && ehlo->isPositive())
                        m_caps = EhloCapabilities::fromReply(*ehlo);
                    if (!ehlo || !ehlo->isPositive()) {
                        // Some servers hang up on MAIL before HELO: greet on a fresh connection.
                        return openConnection(Greet::Ehlo, [this] { afterEhlo(); });
                    }
                    afterEhlo();
                });
            });
        });
    });
}

void ExposureProbe::afterEhlo()
{
    addWith(Exposure::etrnTurn(m_caps), mark());
    addWith(Exposure::size(m_caps), mark());
    vrfy();
}

void ExposureProbe::vrfy()
{
    const qsizetype from = mark();
    // A name no server has: compared with postmaster's answer it shows enumeration.
    const QByteArray nobody = "mw-nobody-" + QByteArray::number(QRandomGenerator::global()->generate() % 1000000);
    send("VRFY postmaster", [=, this](const SmtpOutcome &known) {
        if (!known) {
            addWith(errorCheck(QStringLiteral("smtp.vrfy"), Tr::tr("VRFY"), known.error()), from);
            return done();
        }
        send("VRFY " + nobody, [=, this](const SmtpOutcome &unknown) {
            if (!unknown) {
                addWith(errorCheck(QStringLiteral("smtp.vrfy"), Tr::tr("VRFY"), unknown.error()), from);
                return done();
            }
            addWith(Exposure::vrfy(*known, *unknown), from);
            expn();
        });
    });
}

void ExposureProbe::expn()
{
    const qsizetype from = mark();
    send("EXPN postmaster", [=, this](const SmtpOutcome &reply) {
        if (!reply) {
            addWith(errorCheck(QStringLiteral("smtp.expn"), Tr::tr("EXPN"), reply.error()), from);
            return done();
        }
        addWith(Exposure::expn(*reply), from);
        quitAndFinish();
    });
}

void ExposureProbe::addWith(CheckResult check, qsizetype from)
{
    if (check.transcript.isEmpty())
        check.transcript = transcriptSince(from);
    add(std::move(check));
}

} // namespace Mailwarden::Probes
