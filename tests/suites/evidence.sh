#!/usr/bin/env bash
# Every event of the gold run names its evidence: for each event, the
# source and target entries (FILE:LINE) exist and hold the actor's canonical
# name (or are generated CLDR names, cldr:LOCALE:REGION), and the verb entry
# exists and its trigger lemma is the word in the text (inflected, with a
# separated Hungarian preverb, or an irregular English form).
set -u
cd "$(dirname "$0")/../.."
export PATH="$PWD/${ENTENTE_BUILD:-build}:$PATH"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
entente eval --events "$tmp/ev.jsonl" tests/gold/en.gold tests/gold/hu.gold >/dev/null
n=$(wc -l <"$tmp/ev.jsonl")
[ "$n" -gt 100 ] || { echo "FAIL only $n events in the gold run"; exit 1; }
jq -r '[.article, .evidence.source_entry // "-", .source.name // "-", .evidence.target_entry // "-", .target.name // "-",
        .evidence.verb_entry, .event.text] | join("\u001f")' "$tmp/ev.jsonl" >"$tmp/ev.tsv"
fail=0 checked=0
line_of() { # FILE:LINE -> the line, or nothing
  local f=${1%:*} l=${1##*:}
  [ -f "$f" ] && sed -n "${l}p" "$f"
}
lower() { tr '[:upper:]ÁÉÍÓÖŐÚÜŰ' '[:lower:]áéíóöőúüű'; }
while IFS=$'\x1f' read -r art se sn te tn ve et; do
  for pair in "$se|$sn" "$te|$tn"; do
    e=${pair%%|*} name=${pair#*|}
    case "$e" in
      cldr:*:*) [[ "$e" =~ ^cldr:[a-z]{2,3}:[A-Z]{2}$ ]] || { echo "FAIL $art: bad CLDR evidence $e"; fail=1; } ;;
      *) l=$(line_of "$e")
         if [ -z "$l" ] || ! grep -qF -- "$name" <<<"$l"; then echo "FAIL $art: entry $e does not hold '$name'"; fail=1; fi ;;
    esac
  done
  l=$(line_of "$ve")
  if [ -z "$l" ]; then echo "FAIL $art: verb entry $ve does not exist"; fail=1; continue; fi
  case "$ve" in
    data/grammar.txt:*) grep -q ' report ' <<<"$l" || { echo "FAIL $art: $ve is not a reporting-verb line"; fail=1; } ;;
    *) lemma=$(awk '{print $4}' <<<"$l" | lower)
       text=$(lower <<<"$et" | tr -d ' ')
       ok=0
       # the lemma's first letters (Hungarian verbs alternate their stems' ends:
       # találkozik/találkozott), or the lemma without a preverb (meg is erősítették)
       stem=${lemma:0:$(( ${#lemma} > 5 ? ${#lemma} - 2 : ${#lemma} ))}
       [[ "$text" == *"$stem"* ]] && ok=1
       for pv in meg el ki be fel le alá át rá vissza össze szét hozzá ide oda; do
         [ $ok = 0 ] && [[ "$lemma" == "$pv"* ]] && [[ "$text" == *"${lemma#$pv}"* || "$text" == *"${stem#$pv}"* ]] && ok=1
       done
       # an irregular English form listed for the lemma
       [ $ok = 0 ] && grep -qE "^$lemma( |$).*( |^)$text( |$)" data/morph/en-verbs.txt 2>/dev/null && ok=1
       [ $ok = 0 ] && { echo "FAIL $art: '$et' is not a form of '$lemma' ($ve)"; fail=1; } ;;
  esac
  checked=$((checked + 1))
done <"$tmp/ev.tsv"
echo "evidence: $checked events checked"
exit $fail
