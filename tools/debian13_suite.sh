#!/usr/bin/env bash
# The whole suite (`make test`) in a Debian 13 chroot: QGIS 3.40 from trixie, or with
# BACKPORTS=1 the newer QGIS of trixie-backports (3.44), on any Debian machine with debootstrap.
#
# The chroots are kept in CHROOTS (outside the checkout), built once: a base system made with
# debootstrap from MIRROR, copied for each QGIS; `make setup` inside installs QGIS the first time.
# Each run copies the checkout (its tracked and untracked, not ignored, files) into the chroot;
# the chroot's venv lives outside that copy, so pip installs only when the requirements change.
# The host's extra CA certificates and pip settings are copied in, so that pip inside reaches
# the same package indexes as outside.
set -euo pipefail

CHROOTS=${CHROOTS:-/var/cache/asm-pace-chroot}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
BACKPORTS=${BACKPORTS:-}
CHECKOUT=$(cd "$(dirname "$0")/.." && pwd)

if [ "$(id -u)" != 0 ]; then
  # debootstrap, mount and chroot need root; the pip settings of the caller are found below.
  exec sudo --preserve-env CALLER_HOME="$HOME" "$0" "$@"
fi
CALLER_HOME=${CALLER_HOME:-$HOME}

base=$CHROOTS/debian13-base
if [ -n "$BACKPORTS" ]; then
  root=$CHROOTS/debian13-backports
else
  root=$CHROOTS/debian13
fi
# Downloaded packages, shared by the base and both chroots' apt.
debs=$CHROOTS/debs
mkdir -p "$debs"

if [ ! -d "$base" ]; then
  command -v debootstrap >/dev/null || apt-get install -y -q debootstrap
  rm -rf "$base.tmp"
  debootstrap --variant=minbase --include=ca-certificates,make --cache-dir="$debs" \
    trixie "$base.tmp" "$MIRROR"
  mv "$base.tmp" "$base"  # only a complete base is ever used
fi

if [ ! -d "$root" ]; then
  rm -rf "$root.tmp"
  cp -a "$base" "$root.tmp"
  suites="trixie trixie-updates"
  if [ -n "$BACKPORTS" ]; then
    suites="$suites trixie-backports"
    # What `apt-get install -t trixie-backports` does, for `make setup`'s own apt-get.
    printf 'Package: *\nPin: release n=trixie-backports\nPin-Priority: 990\n' \
      >"$root.tmp/etc/apt/preferences.d/backports"
  fi
  cat >"$root.tmp/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $MIRROR
Suites: $suites
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  # A throw-away system: dpkg need not sync every file (installs take minutes less).
  echo force-unsafe-io >"$root.tmp/etc/dpkg/dpkg.cfg.d/unsafe-io"
  # Packages' services (PostgreSQL) are not started inside the chroot.
  printf '#!/bin/sh\nexit 101\n' >"$root.tmp/usr/sbin/policy-rc.d"
  chmod +x "$root.tmp/usr/sbin/policy-rc.d"
  mv "$root.tmp" "$root"
fi

mounts=()
cleanup() {
  local index
  for ((index = ${#mounts[@]} - 1; index >= 0; index--)); do
    umount -R "${mounts[index]}" || umount -lR "${mounts[index]}" || true
  done
}
trap cleanup EXIT
bind() {  # bind SOURCE TARGET-INSIDE [ro]
  mkdir -p "$root$2"
  mount --rbind "$1" "$root$2"
  mounts+=("$root$2")
  if [ "${3:-}" = ro ]; then
    mount -o remount,bind,ro "$root$2"
  fi
}
mount -t proc proc "$root/proc" && mounts+=("$root/proc")
bind /sys /sys
bind /dev /dev
bind "$debs" /var/cache/apt/archives
cp /etc/resolv.conf "$root/etc/resolv.conf"

# The host's extra CA certificates, added to the chroot's bundle by update-ca-certificates.
if [ -d /usr/local/share/ca-certificates ]; then
  rm -rf "$root/usr/local/share/ca-certificates"
  cp -a /usr/local/share/ca-certificates "$root/usr/local/share/"
fi
chroot "$root" update-ca-certificates >/dev/null

# pip settings: the global and user files, the PIP_* variables (passed in below), and the local
# directories and files they name (wheel folders, file:// indexes, constraints), read-only.
mkdir -p "$root/root/.config"
for settings in /etc/pip.conf /etc/xdg/pip "$CALLER_HOME/.config/pip" "$CALLER_HOME/.pip"; do
  if [ -e "$settings" ]; then
    inside=${settings/#$CALLER_HOME//root}
    rm -rf "$root$inside"
    mkdir -p "$(dirname "$root$inside")"
    cp -a "$settings" "$root$inside"
  fi
done
pip_env=()
while IFS='=' read -r name value; do
  pip_env+=("$name=$value")
done < <(env | grep '^PIP_' || true)
named=$(cat /etc/pip.conf /etc/xdg/pip/*.conf "$CALLER_HOME"/.config/pip/*.conf 2>/dev/null || true)
# A file:// index's pages link to files beside it (../../files/): its parent folder is bound.
for path in $( (printf '%s\n' "$named" "${pip_env[@]}") | grep -oE '(file://)?/[^ ",]+' \
  | sed -E 's|^file://(.*)/simple/?$|\1|; s|^file://||' | sort -u); do
  case $path in /etc/* | /root/* | "$CALLER_HOME"/*) continue ;; esac  # copied above
  if [ -d "$path" ]; then
    bind "$path" "$path" ro
  fi
done

# The checkout, fresh each run; the venv of the previous run is kept (venv refuses a link).
copy=$root/root/asm-pace
if [ -d "$copy/.venv" ]; then
  mv "$copy/.venv" "$root/root/asm-pace-venv"
fi
rm -rf "$copy"
mkdir -p "$copy"
git -C "$CHECKOUT" ls-files -z --cached --others --exclude-standard \
  | tar -C "$CHECKOUT" --null --files-from=- --ignore-failed-read -cf - 2>/dev/null \
  | tar -C "$copy" -xf -
if [ -d "$root/root/asm-pace-venv" ]; then
  mv "$root/root/asm-pace-venv" "$copy/.venv"
fi

# The real data (never copied into the repository) beside the copy, as beside the checkout:
# the tests read ../shared/data and would otherwise skip.
if [ -d "$CHECKOUT/../shared" ]; then
  bind "$(cd "$CHECKOUT/../shared" && pwd -P)" /root/shared ro
fi

run() {
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "${pip_env[@]}" "$@"
}
run make -C /root/asm-pace setup
echo "Debian $(cat "$root/etc/debian_version"), QGIS $(run /usr/bin/python3 -c \
  'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)')"
start=$SECONDS
status=0
run make -C /root/asm-pace test || status=$?
echo "make test in $root: exit status $status after $((SECONDS - start)) s"
exit $status
