#!/bin/sh
# Set up a Debian 12 (or newer) PC as a locked-down kiosk, from a checkout of
# this repository or an unpacked release. Run as root:
#
#   sudo sh deploy/install-debian.sh            # the visitor kiosk (default)
#   sudo sh deploy/install-debian.sh board      # the now-ready board instead
#   sudo sh deploy/install-debian.sh staff      # a staff PC: the package and a menu entry
#
# It installs the system packages and cage, creates the user "kiosk", puts the
# package in its own virtual environment in /opt/dropin-kiosk/venv, installs
# the systemd units (the screen's service and a nightly backup), a
# kiosk-admin command that runs as the kiosk user, and an example settings
# file; it creates or upgrades the database and enables the services. Running
# it again from a newer copy updates the package: a running kiosk or board is
# stopped first and started again afterwards.
#
# DESTDIR=/some/folder copies the files there and only prints the commands it
# would run (used by the tests, and to look before doing it for real).
set -eu

ROLE=${1:-kiosk}
case "$ROLE" in
    kiosk) UNIT=dropin-kiosk.service ;;
    board) UNIT=dropin-board.service ;;
    staff) UNIT= ;;
    *) echo "usage: $0 [kiosk|board|staff]" >&2; exit 2 ;;
esac

SOURCE=$(cd "$(dirname "$0")/.." && pwd)
ROOT=${DESTDIR:-}
PREFIX=/opt/dropin-kiosk

run() {  # run a command, or only say it when DESTDIR is set
    if [ -n "$ROOT" ]; then echo "would run: $*"; else "$@"; fi
}

# Debian's cage will not start without Xwayland, even for a Wayland-only program.
PACKAGES="cage xwayland python3-venv libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 \
libwayland-client0 libwayland-cursor0 libwayland-egl1 libpulse0 fonts-dejavu-core cups-client util-linux"
run apt-get update
# shellcheck disable=SC2086
run env DEBIAN_FRONTEND=noninteractive apt-get install -y $PACKAGES

if ! id kiosk >/dev/null 2>&1; then
    run useradd --system --user-group --home-dir /var/lib/dropin-kiosk --no-create-home \
        --shell /usr/sbin/nologin --groups video,input,render,audio,lp kiosk
fi

mkdir -p "$ROOT$PREFIX/share" "$ROOT/etc/systemd/system" "$ROOT/etc/dropin-kiosk" "$ROOT/usr/share/applications" \
    "$ROOT/usr/local/bin"
# An update: stop the screen's program first, so it never runs half old, half new code.
RUNNING=
for unit in dropin-kiosk.service dropin-board.service; do
    if [ -z "$ROOT" ] && systemctl is-active --quiet "$unit" 2>/dev/null; then
        RUNNING="$RUNNING $unit"
        systemctl stop "$unit"
    fi
done
run python3 -m venv "$PREFIX/venv"
run "$PREFIX/venv/bin/pip" install --upgrade "$SOURCE"

for file in ${UNIT:+"$UNIT"} dropin-kiosk-backup.service dropin-kiosk-backup.timer; do
    install -m 0644 "$SOURCE/deploy/systemd/$file" "$ROOT/etc/systemd/system/$file"
done
cat > "$ROOT/usr/local/bin/kiosk-admin" <<WRAPPER
#!/bin/sh
# kiosk-admin for this PC's kiosk set-up, run as the kiosk user.
export KIOSK_DATA_DIR=/var/lib/dropin-kiosk KIOSK_CONFIG=/etc/dropin-kiosk/kiosk.toml
if [ "\$(id -u)" -eq 0 ]; then exec runuser -u kiosk -- env KIOSK_DATA_DIR="\$KIOSK_DATA_DIR" KIOSK_CONFIG="\$KIOSK_CONFIG" $PREFIX/venv/bin/kiosk-admin "\$@"; fi
exec $PREFIX/venv/bin/kiosk-admin "\$@"
WRAPPER
chmod 0755 "$ROOT/usr/local/bin/kiosk-admin"
install -m 0755 "$SOURCE/deploy/desktop/kiosk-in-session" "$ROOT$PREFIX/share/kiosk-in-session"
install -m 0644 "$SOURCE/deploy/desktop/dropin-kiosk-staff.desktop" "$ROOT/usr/share/applications/"
if [ ! -e "$ROOT/etc/dropin-kiosk/kiosk.toml" ]; then
    install -m 0640 "$SOURCE/deploy/kiosk.toml.example" "$ROOT/etc/dropin-kiosk/kiosk.toml"
    run chgrp kiosk /etc/dropin-kiosk/kiosk.toml
fi

run install -d -o kiosk -g kiosk -m 0750 /var/lib/dropin-kiosk
# Create the database, or upgrade it to this version's schema.
run /usr/local/bin/kiosk-admin init

run systemctl daemon-reload
run systemctl enable dropin-kiosk-backup.timer
if [ -n "$UNIT" ]; then
    run systemctl set-default graphical.target
    run systemctl enable "$UNIT"
fi
for unit in $RUNNING; do
    systemctl start "$unit"
done
echo "Installed. Edit /etc/dropin-kiosk/kiosk.toml, then check with: sudo kiosk-admin doctor"
[ -n "$UNIT" ] && echo "Then: sudo systemctl start $UNIT  (or reboot)"
exit 0
