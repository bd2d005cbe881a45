#!/usr/bin/env bash
# The dyad chart renders in a real browser: headless Chromium takes a
# screenshot of the SVG that `entente dyad --svg` writes, and the screenshot
# has a drawn chart (many pixels other than the white background).
set -eu
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
command -v chromium >/dev/null || { echo "FAIL chromium is not installed (scripts/install-deps --heavy)"; exit 1; }
export SOURCE_DATE_EPOCH=1760000000
D="--no-builtin --actors tests/fixtures/dict/actors.txt --verbs tests/fixtures/dict/verbs.txt"
entente ingest --db "$T/a.db" $D tests/fixtures/store/wire.jsonl 2>/dev/null || true   # the fixture has a bad line on purpose
entente dyad RUS PRK --db "$T/a.db" --by day --svg "$T/chart.svg" >/dev/null
timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$T/profile" \
  --window-size=900,520 --screenshot="$T/shot.png" "file://$T/chart.svg" >/dev/null 2>&1 || true
[ -s "$T/shot.png" ] || { echo "FAIL no screenshot"; exit 1; }
# pixels that are not (near) white
drawn=$(convert "$T/shot.png" -fuzz 3% -transparent white -alpha extract -format "%[fx:int(mean*w*h)]" info: 2>/dev/null || echo 0)
total=$(convert "$T/shot.png" -format "%[fx:w*h]" info:)
echo "screenshot: $total pixels, $drawn drawn"
mkdir -p build/screenshots && cp "$T/shot.png" build/screenshots/dyad-chart.png
[ "$drawn" -gt 5000 ]
