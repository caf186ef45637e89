#include "mtaevidence.h"

#include <QList>

namespace Mailwarden {

QByteArray MtaEvidence::probeScript()
{
    // Each fact on its own line, so a missing tool costs one fact, not the probe.
    // Daemons are recognised by their own process titles: Postfix's master runs
    // from its daemon directory, Sendmail retitles itself "sendmail: ...", qmail's
    // queue manager is qmail-send.
    // The probe's own processes (this shell, the login shell that started it)
    // carry this text in their command lines: the marker skips them.
    return QByteArrayLiteral(R"SH(PATH=/usr/sbin:/usr/bin:/sbin:/bin:/var/qmail/bin
for p in /proc/[0-9]*; do
    c=$(tr '\0' ' ' <"$p/cmdline" 2>/dev/null) || continue
    case $c in '' | *mw-mta-probe*) continue ;; esac
    n=$(cat "$p/comm" 2>/dev/null)
    case $c in
    */postfix/sbin/master* | */postfix/master* | */libexec/postfix/master*) echo running=postfix ;;
    'sendmail: '* | 'sm-mta: '*) echo running=sendmail ;;
    esac
    [ "$n" = qmail-send ] && echo running=qmail
done
# with hidepid, init (pid 1) is hidden from other users like every daemon
[ -n "$(tr '\0' ' ' </proc/1/cmdline 2>/dev/null)" ] && echo processes=visible
if command -v postconf >/dev/null 2>&1; then
    d=$(postconf -h config_directory 2>/dev/null)
    [ -n "$d" ] && [ -f "$d/main.cf" ] && echo "postfix.config=$d/main.cf"
    echo "postfix.version=$(postconf -h mail_version 2>/dev/null)"
fi
if [ -f /etc/mail/sendmail.cf ]; then
    echo sendmail.config=/etc/mail/sendmail.cf
    echo "sendmail.version=$(sed -n 's/^DZ//p' /etc/mail/sendmail.cf 2>/dev/null | head -n 1)"
fi
for f in /var/qmail/control/me /var/qmail/bin/qmail-send; do
    [ -e "$f" ] && echo "qmail.config=$f" && break
done
echo "hostname=$(hostname -f 2>/dev/null || hostname)"
)SH");
}

MtaEvidence MtaEvidence::parse(QByteArrayView probeOutput)
{
    MtaEvidence e;
    for (const QByteArray &line : probeOutput.toByteArray().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.first(eq);
        const QString value = QString::fromUtf8(line.sliced(eq + 1)).trimmed();
        Side *side = key.startsWith("postfix.") ? &e.postfix
            : key.startsWith("sendmail.")       ? &e.sendmail
            : key.startsWith("qmail.")          ? &e.qmail
                                                : nullptr;
        if (key == "running") {
            Side *running = value == QLatin1String("postfix") ? &e.postfix
                : value == QLatin1String("sendmail")          ? &e.sendmail
                : value == QLatin1String("qmail")             ? &e.qmail
                                                              : nullptr;
            if (running)
                running->running = true;
        } else if (key == "processes") {
            e.processesVisible = value == QLatin1String("visible");
        } else if (key == "hostname") {
            e.hostName = value;
        } else if (side && key.endsWith(".config") && !value.isEmpty()) {
            side->configured = true;
            side->configPath = value;
        } else if (side && key.endsWith(".version")) {
            side->version = value;
        }
    }
    return e;
}

} // namespace Mailwarden
