#!/usr/bin/env bash
# Every sentence's "text" equals the canonical text's bytes start..end, where
# the canonical text of a plain article is the file after `date YYYY-MM-DD `,
# with trailing white space trimmed. Checked on the reference article and the
# project's examples.
set -u
cd "$(dirname "$0")/../.."
export PATH="$PWD/${ENTENTE_BUILD:-build}:$PATH"
fail=0 n=0
files=(examples/*.txt)
[ -f ../shared/corpus/hu/2025-09-03-rus-prk.txt ] && files+=(../shared/corpus/hu/2025-09-03-rus-prk.txt)
tmp=$(mktemp -d)
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  # canonical text: drop leading blanks and `date YYYY-MM-DD `, trim the end
  sed -z 's/^[[:space:]]*date [0-9-]\{10\}[ \t]*//; s/[[:space:]]*$//' "$f" >"$tmp/canon"
  entente sentences "$f" | jq -r '"\(.start) \(.end)"' >"$tmp/spans"
  i=0
  while read -r s e; do
    entente sentences "$f" | jq -j "select(.sentence == $i) | .text" >"$tmp/want"
    tail -c +$((s + 1)) "$tmp/canon" | head -c $((e - s)) >"$tmp/got"
    if ! cmp -s "$tmp/want" "$tmp/got"; then echo "FAIL $f sentence $i: bytes $s..$e differ"; fail=1; fi
    i=$((i + 1)); n=$((n + 1))
  done <"$tmp/spans"
done
rm -rf "$tmp"
[ $n -gt 0 ] || { echo "FAIL no sentences checked"; exit 1; }
echo "offsets: $n sentences checked"
exit $fail
