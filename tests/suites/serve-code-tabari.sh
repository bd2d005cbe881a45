#!/usr/bin/env bash
# Regression (issue 14): POST /api/code with TABARI dictionaries codes with
# TABARI's rules, as `entente code` with the same dictionaries does (it
# called the built-in coder, which has no dictionaries in that mode, and
# coded nothing). The answer's events are byte for byte the JSON lines of
# `entente code`, and there are some.
set -u
cd "$(dirname "$0")/../.."
export PATH="$PWD/${ENTENTE_BUILD:-build}:$PATH"
T=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$T"' EXIT
fail=0
no() { echo "FAIL serve-code-tabari: $*"; fail=1; }
printf 'ARNOR_ [ARN]\nGONDOR_ [GON]\n+MINAS_TIRITH_\nOSGILIATH [OSG]\nBOROMIR_ [GON <990101] [OSG]\n' >"$T/a.actors"
printf 'PRESIDENT_ [~GOVPRS]\nSOLDIER [~MIL]\n' >"$T/a.agents"
printf 'ACCUSE [112]\n- * + OF TREASON [1121]\nMEET [031:031]\nVISIT_ [042:043]\n{VISITED_ VISITING_}\n' >"$T/a.verbs"
printf '990101 R1\nThe president of Arnor accused Gondor of treason on Monday in the capital.\n\n990103 R3\nBoromir visited Arnor on Monday and was greeted by the president there.\n' >"$T/t.txt"
D=(--no-builtin --actors "$T/a.actors" --agents "$T/a.agents" --verbs "$T/a.verbs")
entente ingest --db "$T/d.db" "${D[@]}" --input-format tabari "$T/t.txt" 2>/dev/null || { no "ingest failed"; exit 1; }
entente serve --db "$T/d.db" "${D[@]}" --port 0 --port-file "$T/port" --quiet 2>"$T/err" &
pid=$!
for _ in $(seq 1 300); do [ -s "$T/port" ] && break; sleep 0.1; done
[ -s "$T/port" ] || { no "the server did not start: $(cat "$T/err")"; exit 1; }
U="http://127.0.0.1:$(cat "$T/port")"
got=$(curl -s -o "$T/body" -w '%{http_code}' -H 'Content-Type: application/octet-stream' --data-binary "@$T/t.txt" "$U/api/code?format=tabari")
[ "$got" = 200 ] || no "POST /api/code: status $got: $(head -c 300 "$T/body")"
jq -c '.events[]' "$T/body" >"$T/a"
entente code -j 1 "${D[@]}" --input-format tabari "$T/t.txt" 2>/dev/null | jq -c . >"$T/b"
[ "$(wc -l <"$T/b")" = 3 ] || no "entente code found $(wc -l <"$T/b") events, expected 3"
cmp -s "$T/a" "$T/b" || no "POST /api/code differs from entente code: $(diff "$T/a" "$T/b" | head -6)"
jq -e '.articles == 2 and .skipped == 0' "$T/body" >/dev/null || no "articles/skipped: $(head -c 200 "$T/body")"
kill -TERM "$pid"; wait "$pid"; pid=
grep -qiE 'sanitizer|runtime error|leak' "$T/err" && no "sanitizer report: $(grep -iE -m3 'sanitizer|runtime error|leak' "$T/err")"
[ "$fail" = 0 ] && echo "serve-code-tabari: POST /api/code with TABARI dictionaries = entente code: ok"
exit $fail
