# The qmail host's part of build-root (sourced by it, after the packages and the
# lab users): notqmail from the lab's source tarball, built and installed the
# standard way (INSTALL.md: the qmail users and groups, `make setup check`), with
# the distribution's own conf-* values (/var/qmail, the usual users).
# shellcheck shell=bash
# shellcheck disable=SC2154 # dir (the root being built) and run_in_root come from build-root

qm_src=$LAB_SRC/notqmail-1.09.tar.gz
[ -f "$qm_src" ] || lab_die "no $qm_src (set MAILWARDEN_LAB_SRC to the folder that has it)"
# the tarball must be the one SHA256SUMS names; ../shared is read-only, so
# nothing is unpacked there
grep -E '^[0-9a-f]{64}  notqmail-1\.09\.tar\.gz$' "$LAB_SRC/SHA256SUMS" |
    (cd "$LAB_SRC" && sha256sum --check --strict --quiet -) ||
    lab_die "$qm_src does not match $LAB_SRC/SHA256SUMS"

# INSTALL.ids: the groups and users, before the build
run_in_root groupadd -r nofiles
run_in_root groupadd -r qmail
for qm_u in alias:nofiles:/var/qmail/alias qmaild:nofiles:/var/qmail qmaill:nofiles:/var/qmail \
    qmailp:nofiles:/var/qmail qmailq:qmail:/var/qmail qmailr:qmail:/var/qmail qmails:qmail:/var/qmail; do
    IFS=: read -r qm_name qm_group qm_home <<<"$qm_u"
    run_in_root useradd -r -g "$qm_group" -d "$qm_home" -M -s /usr/sbin/nologin "$qm_name"
done

# build in a scratch folder inside the root, removed afterwards
mkdir -p "$dir/usr/local/src"
tar -C "$dir/usr/local/src" -xzf "$qm_src"
qm_start=$SECONDS
run_in_root sh -euc 'cd /usr/local/src/notqmail-1.09 && make setup check'
echo "notqmail 1.09: make setup check took $((SECONDS - qm_start)) s"
rm -rf "$dir/usr/local/src/notqmail-1.09"
# Life with qmail: qmail's sendmail wrapper is the system's
ln -sf /var/qmail/bin/sendmail "$dir/usr/sbin/sendmail"
ln -sf /var/qmail/bin/sendmail "$dir/usr/lib/sendmail"
[ -x "$dir/var/qmail/bin/qmail-send" ] || lab_die "notqmail did not install qmail-send"
