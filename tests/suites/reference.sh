#!/usr/bin/env bash
# The reference article (Hungarian) and the project's English rendering of it
# (tests/fixtures/ref-en.txt) must be coded as an expert would:
#  - the headline (sentence 0): RUS->PRK and PRK->RUS, root 05 or 03,
#    reported by Interfax;
#  - the Kim-Putin meeting in Beijing: PRK<->RUS root 04 with location CHN;
#  - the artillery supplies: PRK->RUS root 07 reported by Chatham House;
#  - every other factual event: PRK->RUS 01x, RUS<->PRK 03x/06x/057/04x;
#  - nobody else (CHN, USA, HUN, Interfax, Chatham House) as source or target,
#    and no factual 16x ("would break off ties" is hypothetical).
set -u
cd "$(dirname "$0")/../.."
export PATH="$PWD/${ENTENTE_BUILD:-build}:$PATH"
files=(tests/fixtures/ref-en.txt)
[ -f ../shared/corpus/hu/2025-09-03-rus-prk.txt ] && files+=(../shared/corpus/hu/2025-09-03-rus-prk.txt)
fail=0
for f in "${files[@]}"; do
  ev=$(entente code "$f") || { echo "FAIL $f: entente code failed"; fail=1; continue; }
  fact=$(jq -c 'select(.negated == false and .mood == null) | {s: .sentence, src: .source.country, tgt: .target.country, code: .event.code, root: .event.root, rep: (.reported_by.text // ""), loc: (.location.code // "")}' <<<"$ev")
  check() { # description, jq filter that must select at least one event
    if [ -z "$(jq -c "select($2)" <<<"$fact")" ]; then echo "FAIL $f: $1"; fail=1; fi
  }
  check "headline RUS->PRK 03/05 reported by Interfax" '.s == 0 and .src == "RUS" and .tgt == "PRK" and (.root == "05" or .root == "03") and .rep == "Interfax"'
  check "headline PRK->RUS 03/05 reported by Interfax" '.s == 0 and .src == "PRK" and .tgt == "RUS" and (.root == "05" or .root == "03") and .rep == "Interfax"'
  check "meeting PRK->RUS 04 in CHN" '.src == "PRK" and .tgt == "RUS" and .root == "04" and .loc == "CHN"'
  check "meeting RUS->PRK 04 in CHN" '.src == "RUS" and .tgt == "PRK" and .root == "04" and .loc == "CHN"'
  check "artillery PRK->RUS 07 reported by Chatham House" '.src == "PRK" and .tgt == "RUS" and .root == "07" and (.rep | test("Chatham House"))'
  bad=$(jq -c 'select(
      (.s == 0 and (.root == "05" or .root == "03")) or
      (.root == "04" or .code == "057") and ((.src == "RUS" and .tgt == "PRK") or (.src == "PRK" and .tgt == "RUS")) or
      (.root == "03" or .root == "06") and ((.src == "RUS" and .tgt == "PRK") or (.src == "PRK" and .tgt == "RUS")) or
      (.root == "01" and .src == "PRK" and .tgt == "RUS") or
      (.root == "07" and .src == "PRK" and .tgt == "RUS" and (.rep | test("Chatham House")))
      | not)' <<<"$fact")
  if [ -n "$bad" ]; then echo "FAIL $f: events outside what the article says:"; echo "$bad"; fail=1; fi
  others=$(jq -c 'select([.source.country, .target.country, .source.code, .target.code] | any(. == "CHN" or . == "USA" or . == "HUN" or (. // "" | test("Interfax|Chatham"))))' <<<"$ev")
  if [ -n "$others" ]; then echo "FAIL $f: an event with CHN, USA, HUN or a reporter as an actor:"; echo "$others" | jq -c '[.sentence, .source.code, .event.code, .target.code]'; fail=1; fi
  n=$(jq -s length <<<"$fact")
  echo "reference: $f: $n factual events checked"
done
exit $fail
