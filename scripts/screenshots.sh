#!/usr/bin/env bash
# Screenshots of the real LayerLab window on a virtual screen with a window manager.
#
# usage: scripts/screenshots.sh WIDTHxHEIGHT OUTDIR [SCALE] [TABS] [quiz]
#   SCALE  projector scale (1, 1.5 or 2; default 1)
#   TABS   how many view tabs to capture after training (default 8: all; 1: Training only)
#   quiz   also open the quiz (Ctrl+T) and save OUTDIR/<size>-<scale>x-quiz.png
#
# Starts Xvfb at the given size with openbox, opens the window with a fresh
# settings folder (so the first-start size is what is tested), trains the
# lesson's run to the end at the fastest pace (Space), then presses Ctrl+1 … Ctrl+N
# and saves the whole screen for each view as OUTDIR/<size>-<scale>x-<n>.png.
# The window's frame geometry (title bar included) is written to
# OUTDIR/<size>-<scale>x-geometry.txt beside the screen size.
#
# LAYERLAB_ARGS adds options to main.py (e.g. LAYERLAB_ARGS="--language de").
#
# Needs: Xvfb, openbox, xdotool, xwininfo, ImageMagick's import.
set -eu
geom=${1:?usage: screenshots.sh WIDTHxHEIGHT OUTDIR [SCALE] [TABS]}
out=${2:?usage: screenshots.sh WIDTHxHEIGHT OUTDIR [SCALE] [TABS]}
scale=${3:-1}
tabs=${4:-8}
quiz=${5:-}
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
name="$geom-${scale}x"
cfg=$(mktemp -d)
mkdir -p "$cfg/LayerLab"
cat >"$cfg/LayerLab/LayerLab.ini" <<EOF
[display]
projector_scale=$scale

[training]
pace=7
EOF

display=""
for n in $(seq 300 399); do  # a free display number
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
        display=":$n"
        break
    fi
done
[ -n "$display" ] || { echo "no free X display" >&2; exit 1; }

pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$cfg"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 "${geom}x24" -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=$display
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
openbox >/dev/null 2>&1 &
pids+=($!)
sleep 0.5

cd "$here"
# shellcheck disable=SC2086  # LAYERLAB_ARGS: extra options, e.g. "--language de"
XDG_CONFIG_HOME=$cfg QT_QPA_PLATFORM=xcb .venv/bin/python main.py ${LAYERLAB_ARGS:-} \
    >"$out/$name-app.log" 2>&1 &
app=$!
pids=("$app" "${pids[@]}")

wid=$(timeout 30 xdotool search --sync --onlyvisible --name LayerLab | head -1)
sleep 2  # the features install after the first paint; the first run is set up
xdotool windowactivate --sync "$wid" >/dev/null 2>&1 || true
{
    echo "screen $geom scale $scale"
    xwininfo -id "$wid" -frame | grep -E "Absolute|Width|Height|-geometry"
    xdotool getwindowgeometry "$wid"
} >"$out/$name-geometry.txt" 2>&1
import -window root "$out/$name-0.png"  # as it opens
xdotool key --window "$wid" space
sleep 8  # 20 epochs at the fastest pace
for n in $(seq 1 "$tabs"); do
    xdotool key --window "$wid" "ctrl+$n"
    sleep 2
    import -window root "$out/$name-$n.png"
done
if [ "$quiz" = quiz ]; then
    xdotool key --window "$wid" ctrl+t
    sleep 2
    import -window root "$out/$name-quiz.png"
fi
echo "$out/$name-*.png"
