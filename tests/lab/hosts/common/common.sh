# Shared by every lab host's init (sourced). Runs inside the host's root.
# shellcheck shell=bash

log() { printf '%s %s init: %s\n' "$(date -u +%H:%M:%S)" "$LAB_HOST" "$*" >&2; }

# The config paths the package installed, from the snapshot taken when the root
# was built; everything the lab adds comes on top in host_provision.
restore_pristine() {
    local p
    while IFS= read -r p; do
        case "$p" in '' | '#'*) continue ;; esac
        rm -rf "/${p:?}"
    done <"$LIB/config-paths"
    tar -C / -xf /var/lib/mw-lab/pristine.tar
}

setup_system() {
    local short=${LAB_FQDN%%.*}
    printf '%s\n' "$short" >/etc/hostname
    printf '%s\n' "$LAB_FQDN" >/etc/mailname
    cat >/etc/hosts <<HOSTS
127.0.0.1	localhost
127.0.1.1	$LAB_FQDN $short
::1		localhost ip6-localhost ip6-loopback
HOSTS
    # the admin: key and password login, member of adm (reads /var/log/mail.log)
    usermod -a -G adm "$LAB_USER"
    install -d -m 0700 -o "$LAB_USER" -g "$LAB_USER" "/home/$LAB_USER/.ssh"
    install -m 0600 -o "$LAB_USER" -g "$LAB_USER" "$LIB/authorized_keys" "/home/$LAB_USER/.ssh/authorized_keys"
    printf '%s:%s\n' "$LAB_USER" "$(cat "$LIB/password")" | chpasswd
    # sshd: stable host keys from the lab's cache, loopback only
    install -m 0600 "$LIB/ssh_host_ed25519_key" "$LIB/ssh_host_rsa_key" /etc/ssh/
    install -m 0644 "$LIB/ssh_host_ed25519_key.pub" "$LIB/ssh_host_rsa_key.pub" /etc/ssh/
    cat >/etc/ssh/sshd_config.d/mailwarden-lab.conf <<SSHD
# Mailwarden lab host $LAB_FQDN (written by tests/lab at every start)
Port $LAB_SSH_PORT
ListenAddress $LAB_ADDR
HostKey /etc/ssh/ssh_host_ed25519_key
HostKey /etc/ssh/ssh_host_rsa_key
PermitRootLogin no
AllowUsers $LAB_USER
PubkeyAuthentication yes
PasswordAuthentication yes
KbdInteractiveAuthentication yes
UsePAM yes
X11Forwarding no
AllowTcpForwarding yes
PrintMotd no
SSHD
    # the root-file helper, its list and the admin's sudo rules: the product's
    # own files (resources/host), as `mailwarden-cli hosts prepare` installs them
    install_product_rules
    # for the helper's race tests: an allowed directory the admin owns (like
    # /var/qmail/alias for alias), and a root file outside every allowed path
    rm -rf /etc/mailwarden-race
    install -d -m 0755 -o "$LAB_USER" -g "$LAB_USER" /etc/mailwarden-race
    printf 'victim\n' >/etc/mailwarden-victim
    chown root:root /etc/mailwarden-victim
    chmod 0644 /etc/mailwarden-victim
    # a file the admin may write through its group only (root:adm 0660)
    printf 'group\n' >/etc/mailwarden-race/group.cf
    chown root:adm /etc/mailwarden-race/group.cf
    chmod 0660 /etc/mailwarden-race/group.cf
    # an allowed directory the admin cannot even enter
    rm -rf /etc/mailwarden-secret
    install -d -m 0700 /etc/mailwarden-secret
    printf 'secret\n' >/etc/mailwarden-secret/secret.cf
    setup_account
    # TLS certificate of the MTA (self-signed, stable, kept in the lab's cache)
    install -d -m 0755 /etc/ssl/mailwarden
    install -m 0644 "$LIB/tls.crt" /etc/ssl/mailwarden/lab.crt
    install -m 0640 -g adm "$LIB/tls.key" /etc/ssl/mailwarden/lab.key
    mail_log_readable
}

# What a prepared host has (docs/hosts.md, "Preparing a host"): the helper,
# /etc/mailwarden/file-paths and /etc/sudoers.d/mailwarden-USER, byte for byte
# what the product's plan holds for this MTA and the admin; then what only the
# lab's own checks use (the host's sudoers-lab, common/file-paths-lab).
install_product_rules() {
    install -m 0755 "$LIB/mw-file" /usr/local/sbin/mw-file
    install -d -m 0755 /etc/mailwarden
    install -m 0644 "$LIB/product-file-paths" /etc/mailwarden/file-paths
    install -m 0644 "$LIB/file-paths-lab" /etc/mailwarden-lab-file-paths
    sed -e "s/@USER@/$LAB_USER/g" -e 's|@HELPER@|/usr/local/sbin/mw-file|g' \
        "$LIB/product-sudoers" >"$LIB/sudoers-product"
    visudo -cq -f "$LIB/sudoers-product"
    visudo -cq -f "$LIB/sudoers-lab"
    rm -f /etc/sudoers.d/mailwarden # the lab's single file before the product had its own
    install -m 0440 "$LIB/sudoers-product" "/etc/sudoers.d/mailwarden-$LAB_USER"
    install -m 0440 "$LIB/sudoers-lab" /etc/sudoers.d/mailwarden-lab
}

# mwsetup: an admin with full sudo that asks for its password (what
# `hosts prepare` needs once); key and password login like the admin. Its
# sudoers.d file sorts before mailwarden-mwsetup, so rules a test prepares for
# it come later and win (sudo uses the last match).
setup_account() {
    id mwsetup >/dev/null 2>&1 ||
        useradd --create-home --shell /bin/bash --comment 'prepares hosts, full sudo with password' mwsetup
    install -d -m 0700 -o mwsetup -g mwsetup /home/mwsetup/.ssh
    install -m 0600 -o mwsetup -g mwsetup "$LIB/authorized_keys" /home/mwsetup/.ssh/authorized_keys
    printf 'mwsetup:%s\n' "$(cat "$LIB/setup-password")" | chpasswd
    printf 'mwsetup ALL = (ALL:ALL) ALL\n' >"$LIB/sudoers-setup"
    visudo -cq -f "$LIB/sudoers-setup"
    install -m 0440 "$LIB/sudoers-setup" /etc/sudoers.d/lab-mwsetup
    printf 'AllowUsers mwsetup\n' >/etc/ssh/sshd_config.d/mailwarden-lab-setup.conf
    # what a test prepared for it and could not clean up (the root persists)
    rm -f /etc/sudoers.d/mailwarden-mwsetup /usr/local/sbin/mw-file-mwsetup
}

# The mail log: syslog-style, readable by adm like on any Debian host.
mail_log_readable() {
    touch /var/log/mail.log
    chown root:adm /var/log/mail.log
    chmod 0640 /var/log/mail.log
}

# What logrotate does with `create 0640 root adm`: the log moves to .1 and a new
# one takes its place; each host's host_rotate_log makes its logger reopen it.
rotate_mail_log() {
    mv -f /var/log/mail.log /var/log/mail.log.1
    mail_log_readable
}

host_rotate_log() { echo "this host's logger cannot be told to reopen its log" >&2; return 2; }

start_sshd() {
    mkdir -p /run/sshd
    chmod 0755 /run/sshd
    /usr/sbin/sshd -t
    /usr/sbin/sshd
}

stop_sshd() {
    [ -f /run/sshd.pid ] && kill "$(cat /run/sshd.pid)" 2>/dev/null
    return 0
}

# wait_for SECONDS CMD...: poll CMD until it succeeds
wait_for() {
    local n=$(($1 * 10))
    shift
    while ! "$@" >/dev/null 2>&1; do
        n=$((n - 1))
        [ "$n" -gt 0 ] || return 1
        sleep 0.1
    done
}

# install_table SRC DEST [MODE]: a generated table into place
install_table() {
    install -m "${3:-0644}" "$1" "$2"
}

# The known state: every file host_provision wrote (the host's KNOWN_PATHS),
# saved once at start; `lab reset` puts exactly that back, which takes a
# fraction of a second instead of provisioning (and `postfix check`) again.
save_known() {
    tar -C / -cf /var/lib/mw-lab/known.tar.new "${KNOWN_PATHS[@]#/}"
    mv /var/lib/mw-lab/known.tar.new /var/lib/mw-lab/known.tar
}

# Puts the saved state back by renames, never by delete-then-extract: a
# running MTA must not find its main.cf missing (Postfix then throttles its
# services for a minute).
restore_known() {
    local p stage=/var/lib/mw-lab/restore
    [ -f /var/lib/mw-lab/known.tar ] || { log "no known state saved"; return 1; }
    rm -rf "$stage"
    mkdir -p "$stage"
    tar -C "$stage" -xpf /var/lib/mw-lab/known.tar
    for p in "${KNOWN_PATHS[@]}"; do
        if [ ! -e "$stage$p" ] && [ ! -L "$stage$p" ]; then
            rm -rf "${p:?}"
        elif [ -d "$stage$p" ] && [ -d "$p" ] && [ ! -L "$p" ]; then
            mv "$p" "$p.mw-old"
            mv "$stage$p" "$p"
            rm -rf "$p.mw-old"
        else
            rm -rf "${p:?}.mw-old"
            [ ! -d "$p" ] || mv "$p" "$p.mw-old"
            mv -f "$stage$p" "$p"
            rm -rf "$p.mw-old"
        fi
    done
    rm -rf "$stage"
}
