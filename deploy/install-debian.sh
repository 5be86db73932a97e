#!/bin/sh
# Set up a Debian 12 (or newer) PC as a locked-down kiosk, from a checkout of
# this repository or an unpacked release. Run as root:
#
#   sudo sh deploy/install-debian.sh            # the visitor kiosk (default)
#   sudo sh deploy/install-debian.sh board      # the now-ready board instead
#
# It installs the system packages and cage, creates the user "kiosk", puts the
# package in its own virtual environment in /opt/dropin-kiosk/venv, installs
# the systemd unit and an example settings file, creates or upgrades the
# database and enables the service. Running it again upgrades the package in
# place (see the README: "Updating").
#
# DESTDIR=/some/folder copies the files there and only prints the commands it
# would run (used by the tests, and to look before doing it for real).
set -eu

ROLE=${1:-kiosk}
case "$ROLE" in
    kiosk) UNIT=dropin-kiosk.service ;;
    board) UNIT=dropin-board.service ;;
    *) echo "usage: $0 [kiosk|board]" >&2; exit 2 ;;
esac

SOURCE=$(cd "$(dirname "$0")/.." && pwd)
ROOT=${DESTDIR:-}
PREFIX=/opt/dropin-kiosk

run() {  # run a command, or only say it when DESTDIR is set
    if [ -n "$ROOT" ]; then echo "would run: $*"; else "$@"; fi
}

PACKAGES="cage python3-venv libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 \
libwayland-client0 libwayland-cursor0 libwayland-egl1 libpulse0 fonts-dejavu-core cups-client util-linux"
run apt-get update
# shellcheck disable=SC2086
run env DEBIAN_FRONTEND=noninteractive apt-get install -y $PACKAGES

if ! id kiosk >/dev/null 2>&1; then
    run useradd --system --user-group --home-dir /var/lib/dropin-kiosk --no-create-home \
        --shell /usr/sbin/nologin --groups video,input,render,audio,lp kiosk
fi

mkdir -p "$ROOT$PREFIX/share" "$ROOT/etc/systemd/system" "$ROOT/etc/dropin-kiosk" "$ROOT/usr/share/applications"
run python3 -m venv "$PREFIX/venv"
run "$PREFIX/venv/bin/pip" install --upgrade "$SOURCE"

install -m 0644 "$SOURCE/deploy/systemd/$UNIT" "$ROOT/etc/systemd/system/$UNIT"
install -m 0755 "$SOURCE/deploy/desktop/kiosk-in-session" "$ROOT$PREFIX/share/kiosk-in-session"
install -m 0644 "$SOURCE/deploy/desktop/dropin-kiosk-staff.desktop" "$ROOT/usr/share/applications/"
if [ ! -e "$ROOT/etc/dropin-kiosk/kiosk.toml" ]; then
    install -m 0640 "$SOURCE/deploy/kiosk.toml.example" "$ROOT/etc/dropin-kiosk/kiosk.toml"
    run chgrp kiosk /etc/dropin-kiosk/kiosk.toml
fi

run install -d -o kiosk -g kiosk -m 0750 /var/lib/dropin-kiosk
# Create the database, or upgrade it to this version's schema.
run runuser -u kiosk -- env KIOSK_DATA_DIR=/var/lib/dropin-kiosk KIOSK_CONFIG=/etc/dropin-kiosk/kiosk.toml \
    "$PREFIX/venv/bin/kiosk-admin" init

run systemctl daemon-reload
run systemctl set-default graphical.target
run systemctl enable "$UNIT"
echo "Installed. Edit /etc/dropin-kiosk/kiosk.toml, check with: sudo -u kiosk env KIOSK_DATA_DIR=/var/lib/dropin-kiosk KIOSK_CONFIG=/etc/dropin-kiosk/kiosk.toml $PREFIX/venv/bin/kiosk-admin doctor"
echo "Then: sudo systemctl start $UNIT  (or reboot)"
