#!/usr/bin/env bash
# The treaty cases (tests/treaties/en.txt, hu.txt; format in tests/treaties/README.md):
# each case is a small dated article; `entente treaties --facts` must print exactly
# the expected fact lines (compared as sorted sets). Prints one MISS block per case
# that differs and a score per language; the suite fails when a language's share of
# exact cases falls below its floor (the cases were written before the extractor and
# are never edited to match it: raise the floors as the extractor improves).
set -u
cd "$(dirname "$0")/../.."
export PATH="$PWD/${ENTENTE_BUILD:-build}:$PATH"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
# heldout-*: cases written later by someone who saw neither the extractor nor
# the first cases; they measure generalisation and are never tuned on one by one.
# real-*: cases from real news pages (issue 13), written before the fixes; each is
# also ingested, and the stored facts `entente treaties --db` shows with their
# sentence (an evidence line under the fact) are counted against a floor of their own.
declare -A floor=([en]=100 [hu]=100 [heldout-en]=86 [heldout-hu]=73 [real-en]=100)
declare -A stored_floor=([real-en]=71)
for set in en hu heldout-en heldout-hu real-en; do
  lang=${set#heldout-}
  lang=${lang#real-}
  file=tests/treaties/$set.txt
  [ -f "$file" ] || continue
  # split the file into cases: $tmp/$lang.N.{name,txt,exp}
  awk -v dir="$tmp" -v lang="$set" '
    /^=== / { n++; name = substr($0, 5); print name > (dir "/" lang "." n ".name"); state = "head"; next }
    state == "head" && /^#/ { next }
    state == "head" && /^@ / { date = $2; state = "text"; first = 1; next }
    state == "text" && /^---$/ { state = "exp"; printf "" > (dir "/" lang "." n ".exp"); next }
    state == "text" { f = dir "/" lang "." n ".txt"
                      if (first) { print "date " date " " $0 > f; print "" > f; first = 0 } else print $0 > f; next }
    state == "exp" && /^#/ { next }
    state == "exp" && NF { print $0 > (dir "/" lang "." n ".exp") }
  ' "$file"
  total=0 pass=0
  for t in "$tmp/$set".*.txt; do
    [ -f "$t" ] || continue
    base=${t%.txt}
    total=$((total + 1))
    entente treaties --facts --lang "$lang" "$t" 2>"$base.err" | sort >"$base.got"
    sort "$base.exp" >"$base.want"
    if [[ $set == real-* ]]; then
      rm -f "$tmp/st.db"*
      entente ingest -j 1 --lang "$lang" --db "$tmp/st.db" "$t" >/dev/null 2>&1
      entente treaties --db "$tmp/st.db" 2>/dev/null | awk -v name="$(cat "$base.name")" '
        function close_fact() { if (fact != "") { n++; if (!shown) print "  no sentence: " name ": " fact > "/dev/stderr"; else ok++ } fact = "" }
        /^  (signed|ratified|reaffirmed|suspended|withdrawn|expired|extended|obligation|duration|article) / { close_fact(); fact = $0; shown = 0; next }
        fact != "" && /^      +[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] .* s[0-9]+: / { shown = 1; next }
        { close_fact() }
        END { close_fact(); print ok + 0, n + 0 }' >>"$tmp/$set.stored" 2>>"$tmp/$set.unshown"
    fi
    if cmp -s "$base.got" "$base.want" && [ ! -s "$base.err" ]; then
      pass=$((pass + 1))
    else
      echo "MISS $file: $(cat "$base.name")"
      diff "$base.want" "$base.got" | grep '^[<>]' | sed 's/^</  expected:/; s/^>/  got:     /'
      [ -s "$base.err" ] && sed 's/^/  stderr: /' "$base.err"
    fi
  done
  pct=$((total ? pass * 100 / total : 0))
  echo "treaties: $set $pass of $total cases exact ($pct %, floor ${floor[$set]} %)"
  if [ "$pct" -lt "${floor[$set]}" ]; then echo "FAIL treaties: $set below its floor"; fail=1; fi
  if [ -f "$tmp/$set.stored" ]; then
    read -r shown facts < <(awk '{ a += $1; b += $2 } END { print a + 0, b + 0 }' "$tmp/$set.stored")
    spct=$((facts ? shown * 100 / facts : 100))
    [ -s "$tmp/$set.unshown" ] && cat "$tmp/$set.unshown"
    echo "treaties: $set stored facts shown with their sentence: $shown of $facts ($spct %, floor ${stored_floor[$set]} %)"
    if [ "$spct" -lt "${stored_floor[$set]}" ]; then echo "FAIL treaties: $set stored facts below their floor"; fail=1; fi
  fi
done
exit $fail
