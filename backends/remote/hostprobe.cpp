#include "hostprobe.h"

#include "core/tr.h"

#include <QtConcurrentRun>

namespace Mailwarden {

namespace {

// Prints "MTA|VERSION|HOSTNAME". Postfix first: qmail and Postfix hosts often
// carry a sendmail wrapper too.
const QByteArray kDetectScript = R"SH(PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
if command -v postconf >/dev/null 2>&1; then
    printf 'postfix|%s' "$(postconf -h mail_version 2>/dev/null)"
elif [ -d /var/qmail/control ]; then
    printf 'qmail|'
elif [ -e /etc/mail/sendmail.cf ] || [ -e /etc/mail/sendmail.mc ]; then
    printf 'sendmail|%s' "$(sed -n 's/^DZ//p' /etc/mail/sendmail.cf 2>/dev/null | head -n1)"
else
    printf 'unknown|'
fi
printf '|%s\n' "$(hostname -f 2>/dev/null || hostname)"
)SH";

} // namespace

QFuture<RemoteResult<HostProbeResult>> HostProbe::probe(Host &host, bool checkSudo)
{
    return QtConcurrent::run([&host, checkSudo]() -> RemoteResult<HostProbeResult> {
        if (auto connected = host.connectToHost().result(); !connected)
            return std::unexpected(connected.error());
        const auto detected = host.run(Command {{"sh", "-c", kDetectScript}, false, {}, {}}).result();
        if (!detected)
            return std::unexpected(detected.error());
        const QList<QByteArray> fields = detected->out.trimmed().split('|');
        HostProbeResult result;
        result.mta = mtaKindFromName(QString::fromUtf8(fields.value(0))).value_or(MtaKind::Unknown);
        result.mtaVersion = QString::fromUtf8(fields.value(1));
        result.hostName = QString::fromUtf8(fields.value(2));
        if (checkSudo) {
            const auto sudo = host.run(Command {{"sudo", "-n", "-l"}, false, {}, {}}).result();
            if (sudo && sudo->exitCode == 0) {
                result.sudoWorks = true;
            } else {
                result.sudoMessage = sudo
                    ? Tr::tr("sudo -n does not work for this account: %1").arg(QString::fromUtf8(sudo->err.trimmed()))
                    : sudo.error().message;
            }
        }
        return result;
    });
}

} // namespace Mailwarden
