#!/usr/bin/env bash
# Kill `entente ingest` with SIGKILL at random points while it stores a
# generated corpus of 20 000 articles, re-run it each time, and check that
# the database ends identical (articles, events, mentions, counts) to the
# one a clean run gives. SOURCE_DATE_EPOCH fixes the stored times.
set -eu
B=${ENTENTE_BUILD:-build}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export SOURCE_DATE_EPOCH=1760000000
"$B/bench/gen_corpus" --articles 20000 --seed 11 > "$T/corpus.jsonl"
entente ingest --db "$T/clean.db" "$T/corpus.jsonl" 2>"$T/clean.err"
sqlite3 "$T/clean.db" .dump > "$T/clean.sql"
kills=0
RANDOM=4242
for round in 1 2 3 4 5; do
  entente ingest --db "$T/crash.db" "$T/corpus.jsonl" 2>/dev/null &
  pid=$!
  # a random point: 0.05 .. 2.0 s into the run
  sleep "$(printf '0.%03d' $((RANDOM % 1000)))"
  [ $((RANDOM % 2)) -eq 0 ] && sleep 1
  if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); fi
  wait "$pid" 2>/dev/null || true
  stored=$(sqlite3 "$T/crash.db" 'SELECT count(*) FROM articles' 2>/dev/null || echo 0)
  echo "round $round: killed; $stored articles committed so far"
done
entente ingest --db "$T/crash.db" "$T/corpus.jsonl" 2>/dev/null
sqlite3 "$T/crash.db" .dump > "$T/crash.sql"
echo "kills: $kills; articles: $(sqlite3 "$T/crash.db" 'SELECT count(*) FROM articles'), events: $(sqlite3 "$T/crash.db" 'SELECT count(*) FROM events'), mentions: $(sqlite3 "$T/crash.db" 'SELECT count(*) FROM mentions')"
if cmp -s "$T/clean.sql" "$T/crash.sql"; then
  echo "identical to a clean run"
else
  echo "FAIL: the database after the crashes differs from a clean run"
  diff "$T/clean.sql" "$T/crash.sql" | cut -c1-200 | head -10
  exit 1
fi
[ "$kills" -ge 3 ]
