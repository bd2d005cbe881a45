#!/usr/bin/env bash
# The dashboard in a real browser: `entente serve` on a database of
# examples/ plus one hostile article (markup and a javascript: URL in its
# fields), driven by playwright-core in headless Chromium
# (tests/heavy/dashboard/dashboard.js): every page renders what the JSON API
# says, the dyad chart loads, the code form codes, stored markup stays text,
# and the console stays clean. Screenshots go to build/screenshots/.
set -eu
cd "$(dirname "$0")/../.."
T=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$T"' EXIT
command -v chromium >/dev/null || { echo "FAIL chromium is not installed (scripts/install-deps --heavy)"; exit 1; }
command -v npm >/dev/null || { echo "FAIL npm is not installed (scripts/install-deps --heavy)"; exit 1; }
# playwright-core (no browser download: it drives the system's Chromium), in a
# gitignored node_modules beside the driver
( cd tests/heavy/dashboard && { [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --loglevel=error; } )
export SOURCE_DATE_EPOCH=1760000000
entente ingest --db "$T/d.db" examples 2>/dev/null
# the reference article too, when ../shared is there
[ -f ../shared/corpus/hu/2025-09-03-rus-prk.txt ] && entente ingest --db "$T/d.db" ../shared/corpus/hu/2025-09-03-rus-prk.txt 2>/dev/null
hostile='{"id":"x<b>1</b>","date":"2025-09-20","lang":"en","source":"<b>Evil</b> Outlet","url":"javascript:window.__xss=3",'
hostile+='"title":"<img src=x onerror=\"window.__xss=1\"> Russia attacked Ukraine",'
hostile+='"text":"<script>window.__xss=2</script> Russian forces attacked Ukraine on Friday, <i>officials</i> said."}'
printf '%s\n' "$hostile" >"$T/hostile.jsonl"
entente ingest --db "$T/d.db" "$T/hostile.jsonl" 2>/dev/null
entente serve --db "$T/d.db" --port 0 --port-file "$T/port" --quiet 2>"$T/err" &
pid=$!
for _ in $(seq 1 300); do [ -s "$T/port" ] && break; sleep 0.1; done
[ -s "$T/port" ] || { echo "FAIL the server did not start: $(cat "$T/err")"; exit 1; }
mkdir -p build/screenshots
timeout 300 node tests/heavy/dashboard/dashboard.js "http://127.0.0.1:$(cat "$T/port")" "$PWD/build/screenshots" 'x<b>1</b>'
