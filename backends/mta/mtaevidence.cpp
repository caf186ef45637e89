#include "mtaevidence.h"

#include <QList>

namespace Mailwarden {

QByteArray MtaEvidence::probeScript(PostfixFacts postfixFacts)
{
    // Each fact on its own line, so a missing tool costs one fact, not the probe.
    // Daemons are recognised by their own process titles: Postfix's master runs
    // from its daemon directory, Sendmail retitles itself "sendmail: ...", qmail's
    // queue manager is qmail-send. One grep over all of /proc (not a program per
    // process, nor one per MTA: every fork counts in the survey's round trip);
    // the [x] in each pattern keeps the grep, and this script's own command
    // lines, from matching themselves.
    static const QByteArray processes = QByteArrayLiteral(R"SH(PATH=/usr/sbin:/usr/bin:/sbin:/bin:/var/qmail/bin
seen=$(grep -ahos -e '/[p]ostfix/sbin/master' -e '/[p]ostfix/master' -e '/libexec/[p]ostfix/master' \
    -e '^[s]endmail: ' -e '^[s]m-mta: ' -e '^[q]mail-send$' /proc/[0-9]*/cmdline /proc/[0-9]*/comm)
case $seen in *postfix*) echo running=postfix ;; esac
case $seen in *endmail:* | *m-mta:*) echo running=sendmail ;; esac
case $seen in *qmail-send*) echo running=qmail ;; esac
# with hidepid, init (pid 1) is hidden from other users like every daemon
x=
{ IFS= read -r x || :; } 2>/dev/null </proc/1/cmdline
[ -n "$x" ] && echo processes=visible
)SH");
    static const QByteArray postfix = QByteArrayLiteral(R"SH(if command -v postconf >/dev/null 2>&1; then
    postconf -h config_directory mail_version 2>/dev/null | {
        read -r d
        read -r v
        [ -n "$d" ] && [ -f "$d/main.cf" ] && echo "postfix.config=$d/main.cf"
        echo "postfix.version=$v"
    }
fi
)SH");
    static const QByteArray rest = QByteArrayLiteral(R"SH(if [ -f /etc/mail/sendmail.cf ]; then
    echo sendmail.config=/etc/mail/sendmail.cf
    echo "sendmail.version=$(sed -n 's/^DZ//p' /etc/mail/sendmail.cf 2>/dev/null | head -n 1)"
fi
for f in /var/qmail/control/me /var/qmail/bin/qmail-send; do
    [ -e "$f" ] && echo "qmail.config=$f" && break
done
# the kernel's node name, read without a program (hostname -f may ask DNS)
h=
read -r h 2>/dev/null </proc/sys/kernel/hostname
echo "hostname=$h"
)SH");
    return processes + (postfixFacts == PostfixFacts::Probe ? postfix : QByteArray()) + rest;
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
