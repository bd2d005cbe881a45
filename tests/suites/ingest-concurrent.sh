#!/usr/bin/env bash
# Issue 15, case 10: ingests creating one new database at the same time all
# succeed ("database is locked" in about one round of three before: switching
# a new database to WAL, and a status query that kept its read transaction
# open into the batch's BEGIN IMMEDIATE, failed at once instead of waiting).
# 15 rounds of three ingests started together on a fresh database, with
# small dictionaries so that they reach the database at the same moment.
set -u
cd "$(dirname "$0")/../.."
export PATH="$PWD/${ENTENTE_BUILD:-build}:$PATH"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
printf '{"date":"2025-01-0%d","text":"Russia attacked Ukraine %d."}\n' 1 1 2 2 3 3 >"$T/a.jsonl"
D="--no-builtin --actors tests/fixtures/dict/actors.txt --verbs tests/fixtures/dict/verbs.txt"
fail=0
for round in $(seq 1 15); do
  rm -f "$T"/c.db*
  pids=()
  for k in 1 2 3; do
    entente ingest -j 1 $D --db "$T/c.db" "$T/a.jsonl" 2>"$T/err$k" &
    pids+=($!)
  done
  for k in 1 2 3; do
    wait "${pids[$((k - 1))]}" || { echo "FAIL ingest-concurrent: round $round, ingest $k: exit $?: $(grep -v 'articles read' "$T/err$k")"; fail=1; }
  done
  n=$(sqlite3 "$T/c.db" 'SELECT count(*) FROM articles')
  [ "$n" = 3 ] || { echo "FAIL ingest-concurrent: round $round: $n articles stored, expected 3"; fail=1; }
done
[ $fail = 0 ] && echo "ingest-concurrent: 15 rounds of 3 ingests creating one database: ok"
exit $fail
