#!/bin/sh
# The follow-up cycle walked with the keyboard only, in the real application under Xvfb and
# openbox, driven by xdotool: the audit list narrowed to one institution, the institution's
# page (a misspelt record merged into it, the timeline), a follow-up audit started with
# Ctrl+Shift+N, carried Organization Information, a figure flagged, a previous answer kept
# with Ctrl+K. Screenshots go to docs/screenshots/.
#
#   docs/screenshots/follow_up_walk.sh 1366x768 en          # follow-up-*.png, institution*.png
#   docs/screenshots/follow_up_walk.sh 1366x768 fr _fr
#   docs/screenshots/follow_up_walk.sh 1024x600 en "" small-
set -eu
SIZE=${1:-1366x768}
LANGUAGE=${2:-en}
SUFFIX=${3:-}
PREFIX=${4:-}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
DATA=$(mktemp -d)
SCREEN=:${DISPLAY_NUMBER:-97}

"$PYTHON" "$HERE/follow_up_walk_data.py" "$DATA"
Xvfb "$SCREEN" -screen 0 "${SIZE}x24" -nolisten tcp &
XVFB=$!
export DISPLAY="$SCREEN"
sleep 1
openbox &
WM=$!
# The merge button's access key follows the language (&Merge, &Fusionner, &Fusionar).
case "$LANGUAGE" in
    fr) LOCALE=fr_FR.UTF-8 MERGE=alt+f ;;
    es) LOCALE=es_ES.UTF-8 MERGE=alt+f ;;
    *) LOCALE=en_US.UTF-8 MERGE=alt+m ;;
esac
JALON_DATA_DIR="$DATA" JALON_USER="Aïssatou Diallo" LANG="$LOCALE" LANGUAGE="$LANGUAGE" \
    "$PYTHON" -m app &
APP=$!
trap 'kill $APP $WM $XVFB 2>/dev/null; rm -rf "$DATA"' EXIT
xdotool search --sync --onlyvisible --class Jalon >/dev/null
sleep 3

shot() { sleep 1.5; import -window root "$HERE/$PREFIX$1$SUFFIX.png"; echo "wrote $PREFIX$1$SUFFIX.png"; }
key() { xdotool key --delay 120 "$@"; sleep 1; }

# The audit list, narrowed to the caisse (Alt+I: the institution filter).
key alt+i Down Tab
shot home-institution
# Its page (Ctrl+Shift+I); Alt+M merges the misspelt "CP de Thiès" record into it.
key ctrl+shift+i
shot institution
key "$MERGE"
xdotool type --delay 80 "CP de"
key Return
shot institution-merged
key Escape
# A follow-up audit of the 2025 audit (Ctrl+Shift+N, Enter): it opens on Organization
# Information, each carried field with last year's value under it; Ctrl+K confirms one.
key ctrl+shift+n
shot follow-up-dialog
key Return
sleep 3
key ctrl+k
shot follow-up-organization
# A figure far from last year's: flagged under the field, with a note to confirm it.
key ctrl+g
xdotool type --delay 80 "0.5"
key Return ctrl+a
xdotool type --delay 80 "420"
key Tab
shot follow-up-figure
key shift+Tab
xdotool type --delay 60 "Two branches of the Ndiaffate caisse joined in 2025"
key Return
# A question: last year's answer, comment and evidence beside it, kept with Ctrl+K.
key ctrl+g
xdotool type --delay 80 "1.1.1.1"
key Return
shot follow-up-question
key ctrl+k
shot follow-up-kept
