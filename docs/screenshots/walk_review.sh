#!/bin/bash
# Walks the review, peer-benchmark and portfolio screens of the real application under Xvfb
# and openbox, driven by xdotool, and saves screenshots of the whole screen:
#
#   docs/screenshots/walk_review.sh               # 1366x768 and 1024x600, English and French
#
# The data comes from prepare_review_data.py (two installations: a head office and a site).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/docs/screenshots"
PYTHON="$ROOT/.venv/bin/python"
WORK=$(mktemp -d /tmp/jalon-review-shots-XXXXXX)
export JALON_KEY_PASSPHRASE="screenshots only"
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
"$PYTHON" "$OUT/prepare_review_data.py" "$WORK/data" >/dev/null
AUDIT=$(cat "$WORK/data/audit")
DISPLAY_NUMBER=${DISPLAY_NUMBER:-94}
export DISPLAY=:$DISPLAY_NUMBER
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

start_screen() {  # WxH
    cleanup; PIDS=()
    Xvfb "$DISPLAY" -screen 0 "$1x24" -nolisten tcp >"$WORK/xvfb.log" 2>&1 & PIDS+=($!)
    for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
    openbox >"$WORK/openbox.log" 2>&1 & PIDS+=($!)
    sleep 1
}

launch() {  # installation language -> the window id
    local data="$WORK/data/$1"
    printf '[ui]\nlanguage=%s\n' "$2" >"$data/settings.ini"
    "$PYTHON" -m app --data-dir "$data" open "$AUDIT" >"$WORK/app.log" 2>&1 & APP=$!
    WINDOW=$(xdotool search --sync --name "Jalon" | head -1)
    sleep 3  # the first paint of the workspace
    xdotool windowactivate --sync "$WINDOW" >/dev/null 2>&1 || true
}

quit_app() { kill "$APP"; wait "$APP" 2>/dev/null || true; }

shot() { sleep 1; import -window root "$OUT/$1.png"; echo "wrote $OUT/$1.png"; }

go_to() { xdotool key ctrl+g; sleep 0.7; xdotool type --delay 40 "$1"; xdotool key Return; }

review_tab() { xdotool key ctrl+1 ctrl+Tab ctrl+Tab ctrl+Tab ctrl+Tab; }

for size in 1366x768 1024x600; do
    start_screen "$size"
    small=$([ "$size" = 1024x600 ] && echo "small-" || echo "")
    for language in en fr; do
        suffix=$([ "$language" = fr ] && echo "_fr" || echo "")
        if [ -z "$small" ]; then  # the netbook size: the site's screens only
            launch office "$language"
            go_to 1.1.1.1; shot "review-question$suffix"
            review_tab; shot "review-office$suffix"
            xdotool key alt+f; sleep 0.5; xdotool key l; shot "portfolio$suffix"
            quit_app
        fi
        launch field "$language"
        go_to 0.4; shot "${small}review-field-form$suffix"
        if [ -z "$small" ]; then review_tab; shot "review-field$suffix"; fi
        xdotool key ctrl+2; shot "${small}dashboard-peers$suffix"
        quit_app
    done
done
