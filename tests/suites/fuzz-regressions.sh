#!/usr/bin/env bash
# Every input that once crashed a fuzz target (tests/fuzz-regressions/
# TARGET-*.bin, the libFuzzer bytes: first byte = the target's selector)
# runs again through the same parser via the CLI, under whatever build runs
# the tests (ASan+UBSan in `make check SANITIZE=1`): no crash, no signal.
set -u
cd "$(dirname "$0")/../.."
export PATH="$PWD/${ENTENTE_BUILD:-build}:$PATH"
T=$(mktemp -d)
spid=
trap '[ -n "$spid" ] && kill "$spid" 2>/dev/null; rm -rf "$T"' EXIT
fail=0 n=0
# serve-*: one server on examples/, started for the first of them (sets u;
# not in a command substitution, which would wait for the server's end)
serve_start() {
  if [ -z "$spid" ]; then
    entente ingest --db "$T/s.db" examples 2>/dev/null
    entente serve --db "$T/s.db" --port 0 --port-file "$T/port" --no-web --quiet >/dev/null 2>"$T/serve.err" &
    spid=$!
    for _ in $(seq 1 300); do [ -s "$T/port" ] && break; sleep 0.1; done
  fi
  u="http://127.0.0.1:$(cat "$T/port")"
}
for f in tests/fuzz-regressions/*.bin; do
  [ -f "$f" ] || continue
  n=$((n + 1))
  sel=$(head -c1 "$f" | od -An -tu1 | tr -d ' ')
  tail -c +2 "$f" > "$T/body"
  case $(basename "$f") in
    dict-*)
      case $((sel % 4)) in
        0) cp "$T/body" "$T/d.txt";    cmd=(entente dict check "$T/d.txt") ;;
        1) cp "$T/body" "$T/d.actors"; cmd=(entente dict check "$T/d.actors") ;;
        2) cp "$T/body" "$T/d.agents"; cmd=(entente dict check "$T/d.agents") ;;
        3) cp "$T/body" "$T/v.txt";    cmd=(entente code --verbs "$T/v.txt" tests/fixtures/en-plain.txt) ;;
      esac ;;
    ingest-*)
      fmts=(auto plain jsonl tabari)
      cp "$T/body" "$T/in.txt"; cmd=(entente sentences --input-format "${fmts[$((sel % 4))]}" "$T/in.txt") ;;
    code-*)
      { printf 'date 2025-09-03 '; cat "$T/body"; } > "$T/a.txt"
      cmd=(entente code --lang "$([ $((sel % 2)) = 1 ] && echo hu || echo en)" "$T/a.txt")
      # fuzz_code runs the treaty extractor on the same article
      entente treaties --facts --lang "$([ $((sel % 2)) = 1 ] && echo hu || echo en)" "$T/a.txt" >/dev/null 2>"$T/err"
      rc=$?
      if [ $rc -ge 128 ] || grep -q "Sanitizer\|runtime error" "$T/err"; then echo "FAIL $f: entente treaties died (status $rc)"; fail=1; fi ;;
    serve-*)
      # fuzz_serve: even = a GET URI, odd = a POST /api/code body with
      # format, lang, date, explain from the byte; the answer must be JSON
      serve_start
      if [ $((sel % 2)) = 0 ]; then
        uri=$(tr -d '\000' <"$T/body" | head -c 60000 | head -1)
        curl -s --path-as-is -g -o "$T/ans" --max-time 60 "$u$uri"
      else
        fm=("" plain jsonl tabari) lg=("" en hu de) q=
        [ -n "${fm[$(((sel >> 1) & 3))]}" ] && q="$q&format=${fm[$(((sel >> 1) & 3))]}"
        [ -n "${lg[$(((sel >> 3) & 3))]}" ] && q="$q&lang=${lg[$(((sel >> 3) & 3))]}"
        [ $((sel & 32)) != 0 ] && q="$q&date=2025-09-03"
        [ $((sel & 64)) != 0 ] && q="$q&explain=1"
        curl -s -o "$T/ans" --max-time 60 -H 'Content-Type: application/octet-stream' --data-binary "@$T/body" "$u/api/code?${q#&}"
      fi
      # jq reads broken UTF-8 as U+FFFD: iconv says whether it is UTF-8
      jq -e . "$T/ans" >/dev/null 2>&1 && iconv -f UTF-8 -t UTF-8 "$T/ans" >/dev/null 2>&1 ||
        { echo "FAIL $f: the answer is not JSON in UTF-8: $(head -c 200 "$T/ans")"; fail=1; }
      continue ;;
    *) continue ;;
  esac
  "${cmd[@]}" >/dev/null 2>"$T/err"
  rc=$?
  # a sanitizer report exits with status 1, like a skipped article: read stderr
  if [ $rc -ge 128 ] || grep -q "Sanitizer\|runtime error" "$T/err"; then echo "FAIL $f: ${cmd[*]} died (status $rc)"; fail=1; fi
done
if [ -n "$spid" ]; then
  kill -TERM "$spid"; wait "$spid"
  grep -q "Sanitizer\|runtime error" "$T/serve.err" && { echo "FAIL the server of the serve-* inputs: $(grep -m2 'Sanitizer\|runtime error' "$T/serve.err")"; fail=1; }
  spid=
fi
echo "fuzz regressions: $n inputs replayed"
exit $fail
