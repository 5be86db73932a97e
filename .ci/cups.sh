# shellcheck shell=bash
# A private CUPS server for the printing tests. Source it (`source .ci/cups.sh`):
#
# - installs cups, cups-client and cups-pdf where they are missing, without
#   letting the package start the system's print service;
# - starts its own cupsd on 127.0.0.1 (port KIOSK_CUPS_PORT, 8631 unless
#   taken), with its configuration, spool, logs and state in one folder
#   (KIOSK_CUPS_DIR, default /tmp/kiosk-ci-cups), never the system's;
# - adds a cups-pdf queue and a raw queue behind the test backend in
#   tests/printing/cups_backend.sh, which can report paper-out, jams, an
#   open cover and a printer gone offline;
# - exports CUPS_SERVER and the KIOSK_TEST_CUPS_* variables the tests read.
#
# Sourcing it again reuses the running server and puts both queues back to
# ready, so it is quick. `kiosk_cups_stop` ends the server it started.

_kiosk_cups_log() { echo "cups.sh: $*" >&2; }

_kiosk_cups_install() {
    if command -v cupsd >/dev/null 2>&1 && command -v lpadmin >/dev/null 2>&1 \
        && [ -x /usr/lib/cups/backend/cups-pdf ]; then
        return 0
    fi
    _kiosk_cups_log "installing cups, cups-client and cups-pdf"
    # Keep the package scripts from starting the system's cupsd.
    local policy=/usr/sbin/policy-rc.d made_policy=""
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && made_policy=1
    fi
    local status=0
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        cups cups-client cups-pdf >/dev/null || status=$?
    if [ -n "$made_policy" ]; then
        rm -f "$policy"
    fi
    return "$status"
}

_kiosk_cups_answers() { # true when the scheduler at $1 (host:port) answers within 3 s
    [ "$(timeout 3 lpstat -h "$1" -r 2>/dev/null)" = "scheduler is running" ]
}

kiosk_cups_pid() { # DIR: the pid of the server this script started there, if it still runs
    local pid
    pid=$(cat "$1/cupsd.pid" 2>/dev/null) || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "-c $1/etc/cupsd.conf" || return 1
    echo "$pid"
}

_kiosk_cups_free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

_kiosk_cups_write_config() { # dir port repo
    local dir=$1 port=$2 repo=$3
    mkdir -p "$dir"/{etc/ppd,etc/ssl,lib/backend,spool/tmp,cache,state,log,pdf,cups-pdf/etc,cups-pdf/spool,queues}
    chmod 755 "$dir" "$dir/etc" "$dir/lib" "$dir/lib/backend"
    chmod 1777 "$dir/spool/tmp" "$dir/pdf"
    cat >"$dir/etc/cups-files.conf" <<EOF
ServerRoot $dir/etc
ServerBin $dir/lib
DataDir /usr/share/cups
RequestRoot $dir/spool
TempDir $dir/spool/tmp
CacheDir $dir/cache
StateDir $dir/state
ErrorLog $dir/log/error_log
AccessLog $dir/log/access_log
PageLog $dir/log/page_log
SystemGroup root
User lp
Group lp
FileDevice No
EOF
    cat >"$dir/etc/cupsd.conf" <<EOF
LogLevel ${KIOSK_CUPS_LOG_LEVEL:-warn}
Listen 127.0.0.1:$port
Browsing No
WebInterface No
DefaultAuthType None
ErrorPolicy stop-printer
JobKillDelay 5
<Location />
  Order allow,deny
  Allow 127.0.0.1
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
EOF
    cp /etc/cups/raw.types /etc/cups/raw.convs "$dir/etc/" 2>/dev/null || true
    # The stock helpers and filters, with the backends the tests use.
    local part
    for part in cgi-bin daemon driver filter monitor notifier; do
        ln -sfn "/usr/lib/cups/$part" "$dir/lib/$part"
    done
    install -m 700 "$repo/tests/printing/cups_backend.sh" "$dir/lib/backend/kiosktest"
    # cups-pdf reads its settings from /etc/cups only: run it with a private
    # folder mounted there, so the system's cups-pdf.conf is never read or changed.
    cat >"$dir/cups-pdf/etc/cups-pdf.conf" <<EOF
Out $dir/pdf
AnonDirName $dir/pdf
Spool $dir/cups-pdf/spool
Label 2
Log $dir/log
LogType 1
Grp root
EOF
    cat >"$dir/lib/backend/cups-pdf" <<EOF
#!/bin/sh
exec unshare --mount sh -c 'mount --bind "\$0" /etc/cups && exec /usr/lib/cups/backend/cups-pdf "\$@"' "$dir/cups-pdf/etc" "\$@"
EOF
    chmod 700 "$dir/lib/backend/cups-pdf"
}

_kiosk_cups_start_server() { # dir port
    local dir=$1 port=$2 i
    (
        # Its own session: the server outlives this shell and no terminal signal reaches it.
        setsid cupsd -f -c "$dir/etc/cupsd.conf" -s "$dir/etc/cups-files.conf" \
            </dev/null >>"$dir/log/cupsd.out" 2>&1 &
        echo $! >"$dir/cupsd.pid"
    )
    for i in $(seq 1 50); do
        if _kiosk_cups_answers "127.0.0.1:$port"; then
            return 0
        fi
        if ! kill -0 "$(cat "$dir/cupsd.pid")" 2>/dev/null; then
            break
        fi
        sleep 0.2
    done
    _kiosk_cups_log "the private cupsd did not start; see $dir/log"
    tail -n 20 "$dir/log/cupsd.out" "$dir/log/error_log" >&2 2>/dev/null
    return 1
}

_kiosk_cups_queues() { # dir
    local dir=$1 raw_dir="$1/queues/kiosk-raw"
    mkdir -p "$raw_dir"
    rm -f "$raw_dir/fault"
    if ! lpstat -p kiosk-raw >/dev/null 2>&1; then
        lpadmin -p kiosk-raw -v "kiosktest:$raw_dir" -D "Kiosk test receipt printer" \
            -o printer-error-policy=stop-printer 2>/dev/null || return 1
    fi
    if ! lpstat -p kiosk-pdf >/dev/null 2>&1; then
        # CUPS 2.4 warns that PPD drivers are deprecated; they still work.
        lpadmin -p kiosk-pdf -v "cups-pdf:/" -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd \
            -D "Kiosk test PDF printer" 2> >(grep -v "drivers are deprecated" >&2) || return 1
    fi
    local queue
    for queue in kiosk-raw kiosk-pdf; do
        cancel -a -x "$queue" 2>/dev/null || true
        cupsenable "$queue" && cupsaccept "$queue" || return 1
    done
}

_kiosk_cups_main() {
    local repo dir port pid
    repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd) || return 1
    dir=${KIOSK_CUPS_DIR:-${TMPDIR:-/tmp}/kiosk-ci-cups}
    _kiosk_cups_install || { _kiosk_cups_log "could not install CUPS"; return 1; }
    mkdir -p "$dir/log"
    port=""
    if [ -f "$dir/port" ] && kiosk_cups_pid "$dir" >/dev/null && _kiosk_cups_answers "127.0.0.1:$(cat "$dir/port")"; then
        port=$(cat "$dir/port")
        # Reused: refresh the backends in case the test backend changed.
        install -m 700 "$repo/tests/printing/cups_backend.sh" "$dir/lib/backend/kiosktest"
    else
        pid=$(kiosk_cups_pid "$dir") && { kill "$pid" 2>/dev/null || true; }
        port=${KIOSK_CUPS_PORT:-8631}
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            port=$(_kiosk_cups_free_port) # something else has the port
        fi
        _kiosk_cups_write_config "$dir" "$port" "$repo" || return 1
        _kiosk_cups_start_server "$dir" "$port" || return 1
        echo "$port" >"$dir/port"
    fi
    export CUPS_SERVER="127.0.0.1:$port"
    _kiosk_cups_queues "$dir" || { _kiosk_cups_log "could not set up the test queues"; return 1; }
    export KIOSK_TEST_CUPS=1
    export KIOSK_TEST_CUPS_DIR="$dir"
    export KIOSK_TEST_CUPS_PDF_QUEUE=kiosk-pdf
    export KIOSK_TEST_CUPS_PDF_DIR="$dir/pdf"
    export KIOSK_TEST_CUPS_RAW_QUEUE=kiosk-raw
    export KIOSK_TEST_CUPS_RAW_DIR="$dir/queues/kiosk-raw"
    _kiosk_cups_log "private CUPS at $CUPS_SERVER (folder $dir)"
}

kiosk_cups_stop() {
    local dir=${KIOSK_TEST_CUPS_DIR:-${KIOSK_CUPS_DIR:-${TMPDIR:-/tmp}/kiosk-ci-cups}}
    local pid
    if pid=$(kiosk_cups_pid "$dir"); then
        kill "$pid"
    fi
    rm -f "$dir/cupsd.pid"
    unset CUPS_SERVER KIOSK_TEST_CUPS KIOSK_TEST_CUPS_DIR KIOSK_TEST_CUPS_PDF_QUEUE \
        KIOSK_TEST_CUPS_PDF_DIR KIOSK_TEST_CUPS_RAW_QUEUE KIOSK_TEST_CUPS_RAW_DIR
}

_kiosk_cups_main
_kiosk_cups_status=$?
unset -f _kiosk_cups_log _kiosk_cups_install _kiosk_cups_answers _kiosk_cups_free_port \
    _kiosk_cups_write_config _kiosk_cups_start_server _kiosk_cups_queues _kiosk_cups_main
# shellcheck disable=SC2317 # return when sourced, exit when run
return "$_kiosk_cups_status" 2>/dev/null || exit "$_kiosk_cups_status"
