#!/usr/bin/env bash
# `entente serve` over HTTP, with curl:
#  - every GET endpoint answers what the command line answers, byte for byte
#    (summary, dyad, dyad chart, the five exports), and POST /api/code codes
#    a request body exactly as `entente code` codes the same file;
#  - events, articles and actors are consistent with each other (paging,
#    filters, mentions, spans inside their excerpt);
#  - hostile requests get a 4xx and never the process: path traversal,
#    SQL in arguments, NUL bytes and broken UTF-8, out-of-range numbers,
#    100 KB URLs and headers, 1 MiB + 1 bodies (with and without a length),
#    wrong methods, garbage request lines, slow clients holding connections;
#  - 400 requests from 32 clients at once all succeed with the same answers;
#  - an ingest running beside the server is visible within seconds (cached
#    answers are served while one fresh answer is computed);
#  - SIGTERM stops it with status 0 (under SANITIZE=1: no leak, no error).
set -u
cd "$(dirname "$0")/../.."
export PATH="$PWD/${ENTENTE_BUILD:-build}:$PATH"
T=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$T"' EXIT
export SOURCE_DATE_EPOCH=1760000000
fail=0
no() { echo "FAIL serve: $*"; fail=1; }

entente ingest --db "$T/d.db" examples 2>/dev/null || { no "ingest failed"; exit 1; }
cp "$T/d.db" "$T/before.db"
entente serve --db "$T/d.db" --port 0 --port-file "$T/port" --threads 4 --quiet 2>"$T/err" &
pid=$!
for _ in $(seq 1 300); do [ -s "$T/port" ] && break; sleep 0.1; done
[ -s "$T/port" ] || { no "the server did not start: $(cat "$T/err")"; exit 1; }
U="http://127.0.0.1:$(cat "$T/port")"
DB="--db $T/d.db"

# status METHOD PATH [curl options...]: prints the HTTP status; the body is in $T/body
status() {
  local m=$1 p=$2; shift 2
  if [ "$m" = HEAD ]; then set -- -I "$@"; else set -- -X "$m" "$@"; fi
  curl -s --path-as-is -o "$T/body" -w '%{http_code}' --max-time 20 "$@" "$U$p"
}
expect() { # STATUS METHOD PATH [curl options...]
  local want=$1; shift
  local got; got=$(status "$@")
  [ "$got" = "$want" ] || no "$1 $2: status $got, expected $want ($(head -c 200 "$T/body"))"
  if [ "$want" -ge 400 ] && [ "$1" != HEAD ] && [ "$got" = "$want" ] && ! jq -e '.error | strings' "$T/body" >/dev/null 2>&1; then
    no "$1 $2: a $got without a JSON error: $(head -c 200 "$T/body")"
  fi
}
same() { # PATH CLI-COMMAND...: the body of GET PATH is byte-identical to the command's stdout
  local p=$1; shift
  curl -s --max-time 20 "$U$p" >"$T/a"
  "$@" >"$T/b" 2>/dev/null
  cmp -s "$T/a" "$T/b" || no "GET $p differs from '$*': $(diff "$T/a" "$T/b" | head -4)"
}

# ---- the same answers as the command line ----
expect 200 GET /api/health
schema=$(sqlite3 "$T/d.db" 'SELECT max(version) FROM schema_version')
jq -e --argjson v "$schema" '.ok == true and .articles > 5 and .events > 10 and .schema == $v' "$T/body" >/dev/null || no "health: $(cat "$T/body")"
same /api/summary entente summary $DB --json
same "/api/summary?top=3" entente summary $DB --json --top 3
for by in day week month; do
  same "/api/dyad?a=RUS&b=PRK&by=$by" entente dyad RUS PRK $DB --by "$by" --json
done
same "/api/dyad?a=RUS&b=UKR" entente dyad RUS UKR $DB --json
same "/api/dyad?a=RUSGOV&b=PRKGOV&negated=1" entente dyad RUSGOV PRKGOV $DB --json --include-negated
same "/api/dyad?a=USA&b=ZZZ" entente dyad USA ZZZ $DB --json
entente dyad RUS PRK $DB --by day --svg "$T/chart.svg" >/dev/null
curl -s "$U/api/dyad.svg?a=RUS&b=PRK&by=day" >"$T/chart-http.svg"
cmp -s "$T/chart.svg" "$T/chart-http.svg" || no "dyad.svg differs from entente dyad --svg"
for f in gdelt plover jsonl csv; do
  same "/api/export?format=$f" entente export $DB --format "$f"
done
same "/api/export?format=mentions" entente export $DB --format gdelt --mentions
same "/api/export?format=jsonl&from=2025-09-01&to=2025-09-05&negated=1" entente export $DB --format jsonl --from 2025-09-01 --to 2025-09-05 --include-negated
# treaties: the answers of `entente treaties`, `obligations`, `graph`, `framing`
same /api/treaties entente treaties $DB --json
same "/api/treaties?party=RUS" entente treaties --party RUS $DB --json
same "/api/obligations?attacked=RUS" entente obligations --attacked RUS $DB --json
same /api/graph entente graph --format json $DB
same "/api/framing?a=RUS&b=PRK" entente framing RUS PRK $DB --json
[ "$(curl -s "$U/api/treaties" | jq length)" -gt 0 ] || no "examples/ gave no treaty (the treaty comparisons prove nothing)"
[ "$(curl -s "$U/api/obligations?attacked=RUS" | jq length)" -gt 0 ] || no "no obligation towards RUS"
ctype=$(curl -s -o /dev/null -w '%{content_type}' "$U/api/export?format=gdelt")
[ "$ctype" = "text/tab-separated-values; charset=utf-8" ] || no "gdelt export content type '$ctype'"

# POST /api/code: the events of `entente code` on the same bytes
for f in examples/wire.jsonl examples/2025-09-03-putin-kim-beijing.txt examples/2025-08-22-druzsba-szijjarto.txt; do
  expect 200 POST /api/code -H 'Content-Type: application/x-ndjson' --data-binary "@$f"
  jq -c '.events[]' "$T/body" >"$T/a"
  entente code -j 1 "$f" 2>/dev/null | jq -c . >"$T/b"
  cmp -s "$T/a" "$T/b" || no "POST /api/code $f differs from entente code: $(diff "$T/a" "$T/b" | head -4)"
  [ -s "$T/b" ] || no "entente code found no event in $f (the comparison proves nothing)"
done
expect 200 POST "/api/code?lang=en&date=2024-01-15&format=jsonl" -H 'Content-Type: application/x-ndjson' --data-binary @examples/wire.jsonl
jq -c '.events[]' "$T/body" >"$T/a"
entente code -j 1 --lang en --date 2024-01-15 --input-format jsonl examples/wire.jsonl 2>/dev/null | jq -c . >"$T/b"
cmp -s "$T/a" "$T/b" || no "POST /api/code?lang&date differs from entente code --lang --date"
expect 200 POST "/api/code?explain=1" -H 'Content-Type: application/x-ndjson' --data-binary '{"date":"2025-09-03","text":"Russia and North Korea reaffirmed their agreement, Interfax reported."}'
jq -e '(.explanation | test("trigger \"reaffirmed\"")) and (.events | length) == 2 and .articles == 1' "$T/body" >/dev/null ||
  no "explain=1: $(head -c 300 "$T/body")"
# one bad line among good ones: the good ones are coded, the bad one is a diagnostic with its line
expect 200 POST /api/code -H 'Content-Type: application/x-ndjson' --data-binary $'{"date":"2025-09-03","text":"Russia attacked Ukraine."}\nnot json\n{"text":"no date"}\n'
jq -e '.articles == 1 and .skipped == 2 and ([.diagnostics[].line] == [2, 3])' "$T/body" >/dev/null || no "partly bad body: $(cat "$T/body")"

# ---- events, articles, actors agree with each other ----
total=$(curl -s "$U/api/events?limit=1" | jq .total)
[ "$total" = "$(entente summary $DB --json | jq .events)" ] || no "events total $total is not the summary's"
curl -s "$U/api/events?limit=1000" | jq -c '.events[].id' >"$T/all"
: >"$T/paged"
for off in $(seq 0 7 $((total - 1))); do curl -s "$U/api/events?limit=7&offset=$off" | jq -c '.events[].id' >>"$T/paged"; done
cmp -s "$T/all" "$T/paged" || no "pages of 7 events are not the one page of 1000"
[ "$(wc -l <"$T/all")" = "$total" ] || no "the page of 1000 has $(wc -l <"$T/all") events, total says $total"
n=$(curl -s "$U/api/events?actor=RUS&limit=1000" | jq '[.events[] | select((.source.code | startswith("RUS")) or (.target.code | startswith("RUS")) | not)] | length')
[ "$n" = 0 ] || no "actor=RUS returned $n events without RUS"
n=$(curl -s "$U/api/events?a=RUS&b=PRK&limit=1000" | jq '.events | length')
m=$(entente dyad RUS PRK $DB --by day --json | jq '[.rows[].events] | add')
[ "$n" = "$m" ] || no "events a=RUS b=PRK: $n, entente dyad counts $m"
n=$(curl -s "$U/api/events?code=04&quad=1&from=2025-09-01&to=2025-09-30&limit=1000" |
    jq '[.events[] | select(.event.root != "04" or .event.quad_class != 1 or .date < "2025-09-01" or .date > "2025-09-30")] | length')
[ "$n" = 0 ] || no "code/quad/from/to filters let $n other events through"
id=$(curl -s "$U/api/events?a=RUS&b=PRK&limit=1" | jq '.events[0].id')
expect 200 GET "/api/events/$id"
jq -e '.mentions | length > 0' "$T/body" >/dev/null || no "event $id has no mentions"
# every span's words stand in its excerpt where its offsets say
n=$(jq '.mentions | length' "$T/body")
for i in $(seq 0 $((n - 1))); do
  for k in source target trigger; do
    read -r s a b < <(jq -r --arg k "$k" ".mentions[$i] | [.excerpt.start, .[\$k].start, .[\$k].end] | @tsv" "$T/body")
    words=$(jq -j --arg k "$k" ".mentions[$i][\$k].text" "$T/body")
    got=$(jq -j ".mentions[$i].excerpt.text" "$T/body" | tail -c +$((a - s + 1)) | head -c $((b - a)))
    [ "$got" = "$words" ] || no "event $id mention $i: the $k '$words' is not at bytes $a-$b of the excerpt ('$got')"
  done
done
aid=$(jq -r '.mentions[0].article' "$T/body")
expect 200 GET "/api/articles/$aid"
jq -e --argjson id "$id" '.text | length > 0' "$T/body" >/dev/null || no "article $aid has no text"
jq -e --argjson id "$id" '[.mentions[].event] | index($id) != null' "$T/body" >/dev/null || no "article $aid does not list event $id"
n=$(curl -s "$U/api/articles?limit=1000" | jq '.articles | length')
[ "$n" = "$(sqlite3 "$T/d.db" 'SELECT count(*) FROM articles')" ] || no "articles lists $n"
n=$(curl -s "$U/api/articles?outlet=Danube%20Post&limit=1000" | jq '[.articles[] | select(.outlet != "Danube Post")] | length')
[ "$n" = 0 ] || no "outlet filter let $n other articles through"
expect 200 GET "/api/actors?limit=3"
jq -e '.actors | length == 3 and .[0].events >= .[1].events' "$T/body" >/dev/null || no "actors: $(cat "$T/body")"
expect 404 GET /api/events/999999
expect 404 GET /api/articles/no-such-article

# ---- the API of the issue: /api/dyads/A/B, source/target/root/q/cursor, actors?q= ----
for by in day week month; do
  [ "$(curl -s "$U/api/dyads/RUS/PRK?by=$by")" = "$(curl -s "$U/api/dyad?a=RUS&b=PRK&by=$by")" ] ||
    no "/api/dyads/RUS/PRK?by=$by differs from /api/dyad?a=RUS&b=PRK"
done
expect 400 GET /api/dyads/RUS
expect 400 GET /api/dyads/rus/PRK
expect 400 GET "/api/dyads/RUS/PRK?by=year"
# cursor pages: newest first, stable, together the one page of 1000
: >"$T/cur"
c=
for _ in $(seq 1 1000); do
  curl -s "$U/api/events?limit=5${c:+&cursor=$c}" >"$T/pg"
  jq -c '.events[].id' "$T/pg" >>"$T/cur"
  c=$(jq -r '.next_cursor // empty' "$T/pg")
  [ -n "$c" ] || break
done
cmp -s "$T/all" "$T/cur" || no "cursor pages of 5 are not the one page of 1000"
curl -s "$U/api/events?source=PRK&target=RUS&root=04&limit=1000" >"$T/pg"
n=$(jq '[.events[] | select((.source.code | startswith("PRK") | not) or (.target.code | startswith("RUS") | not) or .event.root != "04")] | length' "$T/pg")
m=$(jq '.events | length' "$T/pg")
[ "$n" = 0 ] && [ "$m" -gt 0 ] || no "source=PRK target=RUS root=04: $m events, $n of them other"
n=$(curl -s "$U/api/events?q=Phenjan&limit=1000" | jq '.total')
[ "$n" -gt 0 ] && [ "$n" -lt "$total" ] || no "q=Phenjan matched $n of $total events"
expect 200 GET "/api/events?q=%27%3B%20DROP%20TABLE%20events%3B--"
expect 400 GET "/api/events?source=RUS%27%20OR%201%3D1"
expect 200 GET "/api/events?q=%27%20OR%201%3D1%20--"
jq -e '.total == 0' "$T/body" >/dev/null || no "q with SQL matched events: $(head -c 200 "$T/body")"
[ "$(curl -s "$U/api/events?limit=1" | jq .total)" = "$total" ] || no "the events changed after SQL in parameters"
expect 400 GET "/api/events?cursor=2025-09-03"
expect 400 GET "/api/events?cursor=2025-09-03~1&offset=5"
expect 400 GET "/api/events?root=21"
expect 400 GET "/api/events?target=rus"
expect 200 GET "/api/actors?q=Oroszorsz"
jq -e '.actors[0].code == "RUS" and (.actors[0].as_written | test("^Oroszorsz"))' "$T/body" >/dev/null || no "actors?q=Oroszorsz: $(cat "$T/body")"
# case folding beyond ASCII (ICU): "ÉSZAK-KOREA" finds what the articles wrote as "Észak-Korea"
expect 200 GET "/api/actors?q=%C3%89SZAK-KORE"
jq -e '.actors[0].code == "PRK" and (.actors[0].as_written | test("^[Éé]szak-kore"))' "$T/body" >/dev/null || no "actors?q=ÉSZAK-KORE: $(cat "$T/body")"
n=$(curl -s "$U/api/events?q=%C3%A9SZAK-KOREA&limit=1" | jq .total)
[ "$n" -gt 0 ] || no "events?q=éSZAK-KOREA matched nothing"
expect 200 GET "/api/actors?q=Russia"
jq -e '.actors[0].code == "RUS"' "$T/body" >/dev/null || no "actors?q=Russia: $(cat "$T/body")"
# 10 000 query parameters: refused, and the server still answers
qs=$(seq 1 10000 | sed 's/^/p&=1/' | paste -sd '&')
got=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 "$U/api/events?$qs")
[ "$got" = 414 ] || [ "$got" = 400 ] || no "10 000 query parameters: status $got, expected 414 or 400"
expect 200 GET /api/health

# ---- hostile requests ----
for p in "/../../etc/passwd" "/%2e%2e/%2e%2e/etc/passwd" "/..%2f..%2fetc%2fpasswd" "/.git/config" "/x/../../Makefile" \
         "//etc/passwd" "/web/../../../../etc/shadow" "/.%2e/.%2e/etc/passwd" "/api/../Makefile" "/%2fetc%2fpasswd"; do
  expect 404 GET "$p"
  grep -q 'root:' "$T/body" && no "GET $p leaked a system file"
done
for p in "/index.html%00.txt" "/%00" "/api/articles/%00" "/api/events/1%00" "/api/%ff%fe"; do
  expect 400 GET "$p"
done
for p in "/api/events?actor=RUS'%20OR%201=1--" "/api/events?actor=rus" "/api/events?actor=RU" "/api/events?code=19;DROP" \
         "/api/events?code=1" "/api/events?quad=5" "/api/events?quad=0" "/api/events?limit=-1" "/api/events?limit=0" \
         "/api/events?limit=1001" "/api/events?limit=99999999999999999999" "/api/events?limit=1e3" "/api/events?offset=-5" \
         "/api/events?from=2025-02-30" "/api/events?to=yesterday" "/api/events?negated=yes" "/api/events?a=RUS" \
         "/api/events?actor=%00RUS" "/api/events?actor=RUS%00" "/api/events?actor=%ff%fe" "/api/events?%ff=1" \
         "/api/dyad?a=RUS" "/api/dyad?a=RUS&b=PRK&by=year" "/api/dyad?a=RUS&b=<script>" "/api/dyad.svg?a=RUS&b=PRK%22%3E" \
         "/api/summary?top=0" "/api/summary?top=100000" "/api/export" "/api/export?format=../../etc/passwd" \
         "/api/export?format=gdelt&from=0000-00-00" "/api/articles?outlet=$(head -c 300 /dev/zero | tr '\0' x)" \
         "/api/actors?limit=x" "/api/obligations" "/api/obligations?attacked=rus" "/api/treaties?party=R%27U" \
         "/api/framing?a=RUS"; do
  expect 400 GET "$p"
done
for p in /api/nothing /api /api/events/abc /api/events/0 /api/events/-1 /api/events/99999999999999999999 \
         "/api/articles/$(head -c 2000 /dev/zero | tr '\0' a)"; do
  expect 404 GET "$p"
done
# the database is unchanged by all of that
n=$(sqlite3 "$T/d.db" 'SELECT count(*) FROM events')
[ "$n" = "$(sqlite3 "$T/before.db" 'SELECT count(*) FROM events')" ] || no "the events table changed"
# 500 arguments, the same one twice: fine; 5000: refused or dropped by the HTTP layer, the server stays up
expect 200 GET "/api/events?limit=5&$(seq -s '&' -f 'x%g=1' 1 500)"
got=$(status GET "/api/events?limit=5&$(seq -s '&' -f 'x%g=1' 1 5000)" --max-time 2)
[ "$got" = 200 ] && no "5000 query arguments were accepted"
expect 200 GET "/api/events?limit=5&limit=6"
# methods
for m in PUT DELETE PATCH OPTIONS TRACE; do expect 405 "$m" /api/summary; done
expect 405 GET /api/code
expect 405 POST /api/summary --data-binary x
allow=$(curl -s -X DELETE -D - -o /dev/null "$U/api/events" | tr -d '\r' | sed -n 's/^Allow: //Ip')
[ "$allow" = "GET, HEAD" ] || no "405 Allow header '$allow'"
expect 200 HEAD /api/summary
# oversized URL and headers: refused by the HTTP layer, the server stays up
long=$(head -c 100000 /dev/zero | tr '\0' a)
got=$(curl -s -o /dev/null -w '%{http_code}' "$U/api/events?x=$long")
[ "$got" = 414 ] || no "100 KB URL: status $got, expected 414"
got=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Big: $long" "$U/api/health")
[ "$got" = 431 ] || no "100 KB header: status $got, expected 431"
# bodies
head -c $((1048576 + 1)) /dev/zero | tr '\0' a >"$T/big"
expect 413 POST /api/code -H 'Content-Type: application/x-ndjson' --data-binary "@$T/big"
expect 413 POST /api/code -H 'Transfer-Encoding: chunked' -H 'Content-Type: application/x-ndjson' --data-binary "@$T/big"
got=$( (yes '{"date":"2025-01-01","text":"Russia attacked Ukraine."}' | head -c 200000000) |
       curl -s -o /dev/null -w '%{http_code}' --max-time 30 -H 'Transfer-Encoding: chunked' -H 'Content-Type: application/x-ndjson' --data-binary @- "$U/api/code")
[ "$got" = 200 ] && no "a 200 MB chunked body was accepted"
rss=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$pid/status")
[ "$rss" -lt 400 ] || no "peak RSS $rss MB after the big bodies"
expect 400 POST /api/code -H 'Content-Type: application/x-ndjson'
expect 400 POST /api/code -H 'Content-Type: application/x-ndjson' --data-binary 'no date line here'
expect 400 POST /api/code -H 'Content-Type: application/x-ndjson' --data-binary $'\x00\x01\x02binary'
{ printf '{"date":"2025-01-01","text":"x","d":'; head -c 100000 /dev/zero | tr '\0' '['; head -c 100000 /dev/zero | tr '\0' ']'; printf '}'; } >"$T/deep.json"
expect 400 POST /api/code -H 'Content-Type: application/x-ndjson' --data-binary "@$T/deep.json"
expect 400 POST "/api/code?lang=../../etc" -H 'Content-Type: application/x-ndjson' --data-binary @examples/wire.jsonl
expect 400 POST "/api/code?date=2025-13-01" -H 'Content-Type: application/x-ndjson' --data-binary @examples/wire.jsonl
expect 400 POST "/api/code?format=xml" -H 'Content-Type: application/x-ndjson' --data-binary @examples/wire.jsonl
expect 400 POST "/api/code?explain=maybe" -H 'Content-Type: application/x-ndjson' --data-binary @examples/wire.jsonl
printf 'date 2025-09-03 Russia \xff\xfe attacked\n\nRussian forces attacked Ukraine \xc3 on Tuesday.\n' >"$T/bad-utf8.txt"
expect 200 POST /api/code -H 'Content-Type: application/x-ndjson' --data-binary "@$T/bad-utf8.txt"
jq -e '.diagnostics | length > 0' "$T/body" >/dev/null || no "broken UTF-8 in a body gave no warning"
# garbage and slow clients
for req in 'GARBAGE\r\n\r\n' 'GET\r\n\r\n' 'GET / HTTP/9.9\r\n\r\n' '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03' \
           'POST /api/code HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n' \
           'POST /api/code HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n' \
           'POST /api/code HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n'; do
  (exec 3<>"/dev/tcp/127.0.0.1/$(cat "$T/port")" && printf "$req" >&3 && timeout 1 cat <&3 >/dev/null) 2>/dev/null
done
slow=()
for i in $(seq 1 40); do
  (exec 3<>"/dev/tcp/127.0.0.1/$(cat "$T/port")"; printf 'GET /api/health HTTP/1.1\r\nHost: x\r\n' >&3; sleep 8) 2>/dev/null &
  slow+=($!)
done
sleep 0.5
t0=$(date +%s%N)
expect 200 GET /api/health
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$ms" -lt 2000 ] || no "40 slow clients held the server: /api/health took $ms ms"
kill "${slow[@]}" 2>/dev/null
wait "${slow[@]}" 2>/dev/null

# ---- many clients at once ----
curl -s "$U/api/dyad?a=RUS&b=PRK" >"$T/one"
seq 1 400 | xargs -P 32 -I{} sh -c 'curl -s --max-time 20 "$1/api/dyad?a=RUS&b=PRK" | cmp -s - "$2" || echo bad' _ "$U" "$T/one" >"$T/par"
[ -s "$T/par" ] && no "$(wc -l <"$T/par") of 400 parallel answers differed"
curl -s -H 'Content-Type: application/x-ndjson' --data-binary @examples/wire.jsonl "$U/api/code" >"$T/one"
seq 1 16 | xargs -P 4 -I{} sh -c 'curl -s --max-time 60 -H Content-Type:application/x-ndjson --data-binary @examples/wire.jsonl "$1/api/code" | cmp -s - "$2" || echo bad' _ "$U" "$T/one" >"$T/par"
[ -s "$T/par" ] && no "$(wc -l <"$T/par") of 16 parallel POST /api/code answers differed"

# ---- an ingest beside the server ----
# stale-while-revalidate: the first answers after a commit may be the cached
# ones (a 200 at once, never a wait), a fresh one follows within seconds
before=$(curl -s "$U/api/health" | jq .articles)
curl -s "$U/api/summary" >/dev/null
entente ingest --db "$T/d.db" tests/fixtures/ref-en.txt 2>/dev/null
first=$(curl -s -o /dev/null -w '%{http_code}' "$U/api/summary")
[ "$first" = 200 ] || no "the first summary after an ingest: status $first"
after=$before
for _ in $(seq 1 100); do
  after=$(curl -s "$U/api/health" | jq .articles)
  [ "$after" -gt "$before" ] && break
  sleep 0.1
done
[ "$after" -gt "$before" ] || no "an article ingested while serving is not visible after 10 s ($before -> $after)"
entente summary $DB --json >"$T/b" 2>/dev/null
for _ in $(seq 1 100); do
  curl -s "$U/api/summary" >"$T/a"
  cmp -s "$T/a" "$T/b" && break
  sleep 0.1
done
cmp -s "$T/a" "$T/b" || no "GET /api/summary is still the one from before the ingest after 10 s"

# ---- CORS: none unless --cors ORIGIN ----
curl -s -D "$T/h" -o /dev/null -H 'Origin: https://evil.example' "$U/api/health"
grep -qi '^access-control' "$T/h" && no "CORS headers without --cors: $(grep -i '^access-control' "$T/h")"
expect 405 OPTIONS /api/health -H 'Origin: https://evil.example'
entente serve --db "$T/d.db" --port 0 --port-file "$T/port2" --no-code --quiet --cors https://analyst.example 2>"$T/err2" &
pid2=$!
for _ in $(seq 1 300); do [ -s "$T/port2" ] && break; sleep 0.1; done
U2="http://127.0.0.1:$(cat "$T/port2")"
curl -s -D "$T/h" -o /dev/null "$U2/api/health"
grep -qi '^access-control-allow-origin: https://analyst.example' "$T/h" || no "--cors: no Access-Control-Allow-Origin: $(cat "$T/h")"
got=$(curl -s -o /dev/null -w '%{http_code}' -X OPTIONS -H 'Origin: https://analyst.example' \
      -H 'Access-Control-Request-Method: POST' "$U2/api/code")
[ "$got" = 204 ] || no "--cors: preflight status $got, expected 204"
kill -TERM "$pid2"; wait "$pid2"

# ---- a database error is a 500 with a JSON error (every step checked) ----
entente ingest --db "$T/bad.db" tests/fixtures/store/wire.jsonl 2>/dev/null
rp=$(sqlite3 "$T/bad.db" "SELECT rootpage FROM sqlite_master WHERE name = 'events'")
ps=$(sqlite3 "$T/bad.db" "PRAGMA page_size")
printf '\377%.0s' $(seq 64) | dd of="$T/bad.db" bs=1 seek=$(( (rp - 1) * ps + 8 )) conv=notrunc 2>/dev/null
entente serve --db "$T/bad.db" --port 0 --port-file "$T/port3" --no-code --quiet 2>"$T/err3" &
pid3=$!
for _ in $(seq 1 300); do [ -s "$T/port3" ] && break; sleep 0.1; done
got=$(curl -s -o "$T/body" -w '%{http_code}' "http://127.0.0.1:$(cat "$T/port3")/api/summary")
[ "$got" = 500 ] || no "damaged database: GET /api/summary status $got, expected 500"
jq -e '.error | test("malformed")' "$T/body" >/dev/null 2>&1 || no "damaged database: no JSON error: $(head -c 200 "$T/body")"
kill -TERM "$pid3"; wait "$pid3"

# ---- still up; stops cleanly ----
expect 200 GET /api/health
kill -TERM "$pid"
for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then no "still running 10 s after SIGTERM"; kill -9 "$pid"; fi
wait "$pid"; rc=$?
pid=
[ "$rc" = 0 ] || no "exit status $rc after SIGTERM: $(tail -5 "$T/err")"
grep -q 'entente: stopped' "$T/err" || no "no 'stopped' line: $(tail -3 "$T/err")"
grep -qiE 'sanitizer|runtime error|leak' "$T/err" && no "sanitizer report: $(grep -iE -m3 'sanitizer|runtime error|leak' "$T/err")"
[ "$fail" = 0 ] && echo "serve: every endpoint, $total events, hostile requests, 400 parallel requests, SIGTERM: ok"
exit $fail
