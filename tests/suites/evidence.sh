#!/usr/bin/env bash
# Every event of the gold run names its evidence: for each event, the
# source and target entries (FILE:LINE) exist and hold the actor's canonical
# name (or are generated CLDR names, cldr:LOCALE:REGION), and the verb entry
# exists and its trigger lemma is the word in the text (inflected, with a
# separated Hungarian preverb, or an irregular English form); an event read
# from a word class names its line of data/grammar.txt.
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
    # a word class: the reporting verbs (a speaker's statement), or the class line that holds
    # the event's word ("must": a demand, "relations": a comment on relations; reports.c)
    data/grammar.txt:*) w=$(lower <<<"$et")
       grep -q ' report ' <<<"$l" || grep -qw -- "$w" <<<"${l#* * }" || { echo "FAIL $art: $ve is neither a reporting-verb line nor holds '$et'"; fail=1; } ;;
    *) lemma=$(awk '{print $4}' <<<"$l" | lower)
       ok=0
       # a word of the text is a form of the lemma: it shares the lemma's
       # beginning (sign/signed, találkozik/találkozott, share/sharing, use/using),
       # or the lemma without its preverb (meg is erősítették), or it is an
       # irregular English form listed with the lemma (met, sent, held)
       for w in $(lower <<<"$et"); do
         [ $ok = 1 ] && break
         need=$(( ${#lemma} - 3 )); [ $need -lt 3 ] && need=3; [ $need -gt ${#lemma} ] && need=${#lemma}
         [[ "$w" == "${lemma:0:$need}"* ]] && ok=1
         [[ "$lemma" == *e && "$w" == "${lemma%e}"* ]] && ok=1
         for pv in meg el ki be fel le alá át rá vissza össze szét hozzá ide oda; do
           rest=${lemma#$pv}
           [ "$rest" != "$lemma" ] && [ ${#rest} -ge 2 ] && [[ "$w" == "${rest:0:$(( ${#rest} > 4 ? ${#rest} - 2 : ${#rest} ))}"* ]] && ok=1
         done
         [ $ok = 0 ] && entente dict lemma "$w" | tr ' ' '\n' | sed 1d | grep -qxF -- "$lemma" && ok=1
         awk -v l="$lemma" -v w="$w" '$1 == l { for (i = 2; i <= NF; i++) if ($i == w) f = 1 } END { exit !f }' data/morph/en-verbs.txt && ok=1
       done
       [ $ok = 0 ] && { echo "FAIL $art: '$et' is not a form of '$lemma' ($ve)"; fail=1; } ;;
  esac
  checked=$((checked + 1))
done <"$tmp/ev.tsv"
echo "evidence: $checked events checked"
exit $fail
