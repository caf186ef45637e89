#!/usr/bin/env bash
# check-tls.sh HOST: STARTTLS on the smtp port shows the lab's certificate;
# on qmail (notqmail's qmail-smtpd has no STARTTLS) EHLO does not offer it.
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/check-lib.sh"
h=$1
need_host "$h"
need_tool openssl
port=$(lab_host_port "$h" smtp)
if [ "$h" = qmail ]; then
    out=$(openssl s_client -starttls smtp -connect "$LAB_ADDR:$port" -name client.lab.test </dev/null 2>&1 || true)
    expect_match "$out" "Didn't find STARTTLS in server response" "no STARTTLS in qmail-smtpd's EHLO"
    ok "STARTTLS not offered on $h (qmail-smtpd has none)"
    exit 0
fi
out=$(openssl s_client -starttls smtp -connect "$LAB_ADDR:$port" -name client.lab.test </dev/null 2>&1 | openssl x509 -noout -subject -fingerprint -sha256 2>&1) ||
    fail "no certificate over STARTTLS on $LAB_ADDR:$port"
expect_match "$out" "CN *= *$(lab_fqdn "$h")" "certificate subject"
want=$(openssl x509 -noout -fingerprint -sha256 -in "$LAB_KEYS/$h/tls.crt")
expect_match "$out" "^${want//:/:}\$" "certificate fingerprint"
ok "STARTTLS on $h: $(head -n 1 <<<"$out"), $want"
