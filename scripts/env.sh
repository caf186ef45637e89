# Shared by scripts/setup and scripts/in-env (sourced, not run).
#
# The build environment is Debian 13 (trixie): it has the Qt 6 builds of QCA and
# KSyntaxHighlighting. On a machine that has (or can install) them natively we use
# the machine itself; on an older one (Debian 12) we build a trixie root with
# debootstrap, cache it outside the tree and enter it with unshare + chroot.

MW_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MW_PACKAGES_FILE="$MW_TOP/scripts/build-root-packages.txt"
MW_CACHE=${MAILWARDEN_CACHE:-/var/cache/mailwarden}
MW_MIRROR=${MAILWARDEN_MIRROR:-http://deb.debian.org/debian}

mw_packages() { grep -v -e '^#' -e '^[[:space:]]*$' "$MW_PACKAGES_FILE"; }

mw_log() { printf '[mailwarden] %s\n' "$*" >&2; }

# The root's name carries a hash of the package list and of this file, so a
# changed list gives a new root instead of a stale one.
mw_root_dir() {
    local key
    key=$(cat "$MW_PACKAGES_FILE" "${BASH_SOURCE[0]}" | sha256sum | cut -c1-12)
    printf '%s/build-root-trixie-%s\n' "$MW_CACHE" "$key"
}

# native: the host has every package (or is trixie or newer and can install them).
mw_mode() {
    if [ -n "${MAILWARDEN_ENV:-}" ]; then
        printf '%s\n' "$MAILWARDEN_ENV"
        return
    fi
    local missing
    missing=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' $(mw_packages) 2>/dev/null |
        grep -vc '^ii ' || true)
    if [ "$(dpkg-query -W $(mw_packages) 2>/dev/null | wc -l)" -eq "$(mw_packages | wc -l)" ] &&
        [ "$missing" = 0 ]; then
        echo native
        return
    fi
    local major
    major=$(cut -d. -f1 /etc/debian_version 2>/dev/null)
    case "$major" in
    '' | *[!0-9]*) echo root ;; # testing/sid say "trixie/sid": use a root to be sure
    *) if [ "$major" -ge 13 ]; then echo native; else echo root; fi ;;
    esac
}
