#!/bin/sh
# A CUPS backend that behaves like a receipt printer the tests can break.
#
# Device URI: kiosktest:/absolute/folder. The folder's "fault" file says what
# the printer does with the next job (no file, or "none": it prints):
#
#   paper-out    no paper: media-empty-error and media-needed-error, queue stopped
#   jam          paper jam: media-jam-error, queue stopped
#   cover-open   the cover is open: cover-open-error, queue stopped
#   offline      the printer is off or unplugged: offline-report, queue stopped
#   paper-waits  no paper, and the job waits in the printer (the queue stays
#                enabled) until the fault file says something else
#   offline-waits  the printer is unplugged and the job waits for it; CUPS
#                keeps offline-report only while the backend runs
#   low          prints, and says its paper is running low (media-low-report)
#   busy         prints slowly: holds the job for a few seconds
#
# A printed job is kept as job-ID.data with its options in job-ID.options,
# so a test sees exactly what CUPS sent to the printer.

if [ "$#" -eq 0 ]; then
    echo 'direct kiosktest "Kiosk" "Kiosk test receipt printer"'
    exit 0
fi

folder="${DEVICE_URI#kiosktest:}"
fault="none"
if [ -f "$folder/fault" ]; then
    fault="$(cat "$folder/fault")"
fi

stopped() {
    echo "STATE: +$1" >&2
    echo "ERROR: $2" >&2
    exit 4 # CUPS_BACKEND_STOP: the queue stops until someone resumes it
}

case "$fault" in
    paper-out) stopped media-empty-error,media-needed-error "The printer is out of paper." ;;
    jam) stopped media-jam-error "Paper is jammed in the printer." ;;
    cover-open) stopped cover-open-error "The printer cover is open." ;;
    offline) stopped offline-report "The printer is not connected." ;;
esac

case "$fault" in
    paper-waits | offline-waits)
        if [ "$fault" = paper-waits ]; then
            echo "STATE: +media-empty-error,media-needed-warning" >&2
        else
            echo "STATE: +offline-report" >&2
        fi
        waiting="$fault"
        waited=0
        while [ "$(cat "$folder/fault" 2>/dev/null)" = "$waiting" ] && [ "$waited" -lt 300 ]; do
            sleep 0.1
            waited=$((waited + 1))
        done
        fault="$(cat "$folder/fault" 2>/dev/null || echo none)"
        ;;
esac

echo "STATE: -media-empty-error,media-needed-error,media-needed-warning,media-jam-error,cover-open-error,offline-report" >&2
if [ "$fault" = low ]; then
    echo "STATE: +media-low-report" >&2
else
    echo "STATE: -media-low-report" >&2
fi
if [ "$fault" = busy ]; then
    sleep 5
fi
# Written under other names first, so a test never reads half a job.
printf '%s\n' "$5" > "$folder/.job-$1.options"
if [ -n "$6" ]; then
    cat "$6" > "$folder/.job-$1.data"
else
    cat > "$folder/.job-$1.data"
fi
mv "$folder/.job-$1.options" "$folder/job-$1.options"
mv "$folder/.job-$1.data" "$folder/job-$1.data"
exit 0
