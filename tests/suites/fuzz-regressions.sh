#!/usr/bin/env bash
# Every input that once crashed a fuzz target (tests/fuzz-regressions/
# TARGET-*.bin, the libFuzzer bytes: first byte = the target's selector)
# runs again through the same parser via the CLI, under whatever build runs
# the tests (ASan+UBSan in `make check SANITIZE=1`): no crash, no signal.
set -u
cd "$(dirname "$0")/../.."
export PATH="$PWD/${ENTENTE_BUILD:-build}:$PATH"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0 n=0
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
    *) continue ;;
  esac
  "${cmd[@]}" >/dev/null 2>"$T/err"
  rc=$?
  # a sanitizer report exits with status 1, like a skipped article: read stderr
  if [ $rc -ge 128 ] || grep -q "Sanitizer\|runtime error" "$T/err"; then echo "FAIL $f: ${cmd[*]} died (status $rc)"; fail=1; fi
done
echo "fuzz regressions: $n inputs replayed"
exit $fail
