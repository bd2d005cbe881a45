#!/usr/bin/env bash
# `entente serve` under attack (issue 15), each case against its own server:
#  1. coding requests have their own bounded pool: with two slow POST
#     /api/code bodies coding or waiting, a third is a 503 with Retry-After,
#     and /api/health, / and a computed answer still come at once (worker
#     threads used to wait for the one coder);
#  2. no POST a foreign page can send without a CORS preflight: text/plain,
#     form data, multipart and no content type are a 415; a Host header that
#     is not localhost, an IP address or an --allow-host name is a 403 (DNS
#     rebinding);
#  3. Slowloris: connections from one client address are capped
#     (--client-conns) and request headers have a deadline
#     (--header-timeout), so slow sockets from 127.0.0.2 neither fill the
#     server nor hold a connection past the deadline;
#  5. a damaged database (tests/fixtures/store/corrupt.db): every GET
#     endpoint is a 500 with a JSON error;
#  11. the web folder: resolved with realpath (a link to it works), no
#     symbolic link inside it is followed (a linked directory served
#     /etcdir/passwd), a FIFO is a 404 at once and does not delay SIGTERM.
set -u
cd "$(dirname "$0")/../.."
B=${ENTENTE_BUILD:-build}
export PATH="$PWD/$B:$PATH"
SLOW=$PWD/$B/tests/tools/slowclients
T=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$T"' EXIT
export SOURCE_DATE_EPOCH=1760000000
fail=0
no() { echo "FAIL serve-guard: $*"; fail=1; }
[ -x "$SLOW" ] || { no "no $SLOW (make $B/tests/tools/slowclients)"; exit 1; }

start() { # NAME ARGS...: starts a server, sets U (its URL) and P (its pid)
  local name=$1; shift
  entente serve --port 0 --port-file "$T/$name.port" --quiet "$@" 2>"$T/$name.err" &
  P=$!
  pids+=("$P")
  for _ in $(seq 1 300); do [ -s "$T/$name.port" ] && break; sleep 0.1; done
  [ -s "$T/$name.port" ] || { no "$name: the server did not start: $(cat "$T/$name.err")"; exit 1; }
  U="http://127.0.0.1:$(cat "$T/$name.port")"
}
stop() { # PID NAME: SIGTERM, status 0 within 10 s
  local t0=$(date +%s%N)
  kill -TERM "$1"
  wait "$1"; local rc=$?
  local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  [ "$rc" = 0 ] || no "$2: exit status $rc after SIGTERM"
  [ "$ms" -lt 10000 ] || no "$2: SIGTERM took $ms ms"
  grep -qiE 'sanitizer|runtime error' "$T/$2.err" && no "$2: sanitizer report: $(grep -iE -m3 'sanitizer|runtime error' "$T/$2.err")"
}
ms() { # URL [curl options]: prints "STATUS MILLISECONDS"
  curl -s -o "$T/body" -w '%{http_code} %{time_total}' --max-time 30 "$@" | awk '{ printf "%s %d\n", $1, $2 * 1000 }'
}
CT=(-H 'Content-Type: application/x-ndjson')

entente ingest --db "$T/d.db" examples 2>/dev/null || { no "ingest failed"; exit 1; }

# ---- 1. the coding pool ----
start code --db "$T/d.db" --threads 2 --coders 1 --code-queue 1
{ printf 'date 2025-09-03 Russia\n\n'; yes Russia | head -c 262144 | tr '\n' ' '; echo; } >"$T/slow.txt"
for i in 1 2; do
  curl -s -o "$T/slow$i" -w '%{http_code}' --max-time 120 -H 'Content-Type: application/octet-stream' \
    --data-binary "@$T/slow.txt" "$U/api/code" >"$T/slow$i.status" &
  slowpids+=($!)
  sleep 0.3
done
read -r st t < <(ms "$U/api/code" -D "$T/h" "${CT[@]}" --data-binary @examples/wire.jsonl)
[ "$st" = 503 ] || no "a third coding request with a coder busy and the queue full: status $st, expected 503"
grep -qi '^retry-after: [0-9]' "$T/h" || no "the 503 has no Retry-After: $(tr -d '\r' <"$T/h" | head -5)"
[ "$t" -lt 1000 ] || no "the 503 took $t ms"
for p in /api/health / /app.js /api/summary "/api/events?limit=5" "/api/dyad?a=RUS&b=PRK"; do
  read -r st t < <(ms "$U$p")
  [ "$st" = 200 ] && [ "$t" -lt 1000 ] || no "GET $p while the coder is busy: status $st in $t ms"
done
wait "${slowpids[@]}"
for i in 1 2; do
  [ "$(cat "$T/slow$i.status")" = 200 ] || no "slow coding request $i: status $(cat "$T/slow$i.status")"
done
read -r st t < <(ms "$U/api/code" "${CT[@]}" --data-binary @examples/wire.jsonl)
[ "$st" = 200 ] || no "coding after the slow requests: status $st"
stop "$P" code

# ---- 2. content types and Host ----
start guard --db "$T/d.db" --no-code --allow-host entente.example
start guard2 --db "$T/d.db" --allow-host entente.example
for ct in "text/plain" "text/plain; charset=utf-8" "TEXT/Plain ;charset=x" "application/x-www-form-urlencoded" \
          "multipart/form-data; boundary=x" ""; do
  read -r st t < <(ms "$U/api/code" -H "Content-Type: $ct" --data-binary @examples/wire.jsonl)
  [ "$st" = 415 ] || no "POST /api/code with Content-Type '$ct': status $st, expected 415"
done
read -r st t < <(ms "$U/api/code" --data-binary @examples/wire.jsonl)   # curl's default: form-urlencoded
[ "$st" = 415 ] || no "POST /api/code as curl sends it by default: status $st, expected 415"
read -r st t < <(ms "$U/api/code" -F "f=@examples/wire.jsonl")
[ "$st" = 415 ] || no "POST /api/code as a multipart form: status $st, expected 415"
for ct in application/json application/x-ndjson application/octet-stream; do
  read -r st t < <(ms "$U/api/code" -H "Content-Type: $ct" --data-binary @examples/wire.jsonl)
  [ "$st" = 200 ] || no "POST /api/code with Content-Type $ct: status $st, expected 200"
done
for h in evil.example "evil.example:80" "127.0.0.1.evil.example" "localhost.evil.example" "entente.example.evil"; do
  read -r st t < <(ms "$U/api/health" -H "Host: $h")
  [ "$st" = 403 ] || no "Host: $h: status $st, expected 403"
  jq -e '.error | strings' "$T/body" >/dev/null 2>&1 || no "Host: $h: no JSON error"
  read -r st t < <(ms "$U/" -H "Host: $h")
  [ "$st" = 403 ] || no "GET / with Host: $h: status $st, expected 403"
done
for h in localhost "localhost:8080" LOCALHOST. app.localhost 127.0.0.1 "127.0.0.1:9" "[::1]:8080" "10.1.2.3" \
         entente.example "Entente.Example:443"; do
  read -r st t < <(ms "$U/api/health" -H "Host: $h")
  [ "$st" = 200 ] || no "Host: $h: status $st, expected 200"
done
read -r st t < <(ms "$U/api/health" -H "Host: evil.example" -X OPTIONS)
[ "$st" = 403 ] || no "OPTIONS with Host: evil.example: status $st"
stop "$P" guard2
stop "${pids[-2]}" guard

# ---- 3. slow clients: a cap per client, a deadline for the headers ----
start slow --db "$T/d.db" --no-code --client-conns 20 --header-timeout 2
"$SLOW" 127.0.0.1 "$(cat "$T/slow.port")" 127.0.0.2 200 6 500 >"$T/slowloris" &
sl=$!
sleep 1
for i in $(seq 1 20); do
  read -r st t < <(ms "$U/api/health")
  [ "$st" = 200 ] && [ "$t" -lt 1000 ] || { no "GET /api/health from 127.0.0.1 beside 200 slow sockets from 127.0.0.2: status $st in $t ms"; break; }
  sleep 0.2
done
wait "$sl"
eval "$(tr ' ' '\n' <"$T/slowloris" | grep -E '^[a-z]+=[0-9]+$')"
[ "${open:-999}" -le 20 ] || no "127.0.0.2 held $open connections at the end, the cap is 20 ($(cat "$T/slowloris"))"
[ "${longest:-99999}" -lt 4500 ] || no "a slow socket stayed open $longest ms, the header deadline is 2 s ($(cat "$T/slowloris"))"
[ "${quick:-0}" -gt 100 ] || no "the server refused only ${quick:-0} connections over the cap ($(cat "$T/slowloris"))"
stop "$P" slow

# ---- 5. a damaged database: 500 with a JSON error everywhere ----
cp tests/fixtures/store/corrupt.db "$T/c.db"
start corrupt --db "$T/c.db" --no-code
for p in /api/health /api/summary "/api/summary?top=3" "/api/dyad?a=RUS&b=PRK" "/api/dyads/RUS/PRK?by=month" \
         "/api/dyad.svg?a=RUS&b=PRK" /api/actors "/api/actors?q=Russia" /api/events "/api/events?actor=RUS&limit=5" \
         "/api/events?q=Phenjan" /api/events/1 /api/events/999 /api/articles "/api/articles?outlet=x" /api/articles/x \
         "/api/export?format=gdelt" "/api/export?format=mentions" "/api/export?format=plover" "/api/export?format=jsonl" \
         "/api/export?format=csv" /api/treaties "/api/treaties?party=RUS" "/api/obligations?attacked=RUS" /api/graph \
         "/api/framing?a=RUS&b=PRK"; do
  read -r st t < <(ms "$U$p")
  [ "$st" = 500 ] || no "damaged database: GET $p: status $st, expected 500 ($(head -c 120 "$T/body"))"
  jq -e '.error | test("malformed")' "$T/body" >/dev/null 2>&1 || no "damaged database: GET $p: no JSON error: $(head -c 120 "$T/body")"
done
stop "$P" corrupt

# ---- 11. the web folder ----
mkdir -p "$T/web/sub" "$T/elsewhere"
cp web/index.html web/app.js web/style.css "$T/web/"
echo 'real' >"$T/web/sub/real.js"
echo 'secret' >"$T/elsewhere/secret.txt"
ln -s /etc "$T/web/etcdir"
ln -s "$T/elsewhere" "$T/web/other"
ln -s app.js "$T/web/link.js"
ln -s ../elsewhere/secret.txt "$T/web/sub/leak.txt"
mkfifo "$T/web/fifo.js"
ln -s "$T/web" "$T/weblink"
start web --db "$T/d.db" --no-code --web "$T/weblink"
for p in / /app.js /sub/real.js; do
  read -r st t < <(ms "$U$p")
  [ "$st" = 200 ] || no "web: GET $p: status $st, expected 200"
done
for p in /etcdir/passwd /other/secret.txt /link.js /sub/leak.txt /fifo.js /etcdir /sub; do
  read -r st t < <(ms "$U$p")
  [ "$st" = 404 ] && [ "$t" -lt 1000 ] || no "web: GET $p: status $st in $t ms, expected a 404 at once"
  grep -q 'root:\|secret' "$T/body" && no "web: GET $p served what is outside the folder"
done
stop "$P" web

[ "$fail" = 0 ] && echo "serve-guard: coding pool and 503, content types, Host, slow clients, damaged database, web folder: ok"
exit $fail
