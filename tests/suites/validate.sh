#!/usr/bin/env bash
# The peer coders' own suites, when ../shared/peers exists (skipped
# otherwise), with the issue's floors as the pass condition; prints scores:
#   TABARI Validate.project (records up to FINAL-01)   >= 99 % exact (99.1 % now)
#   PETRARCH PETR.UnitTest.records.xml from raw text    >= 40 % exact
#   TABARI's own events on the 76 GigaWord sentences    >= 90 % reproduced
set -u
cd "$(dirname "$0")/../.."
export PATH="$PWD/${ENTENTE_BUILD:-build}:$PATH"
P=../shared/peers
[ -d "$P/tabari" ] || { echo "validate: no $P (skipped)"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
suite() { # label floor suite
  local out rc
  out=$(entente validate --quiet --floor "$2" "$3" 2>"$tmp/err"); rc=$?
  echo "validate: $1: $out"
  if [ $rc -ne 0 ]; then echo "FAIL $1 below $2 % (exit $rc)"; cat "$tmp/err"; failed=1; fi
}
suite "TABARI Validate.project" 99 "$P/tabari/validation/Validate.project"
suite "PETRARCH PETR.UnitTest.records.xml" 40 "$P/petrarch2/text/PETR.UnitTest.records.xml"

C=$P/tabari/cameo-tabari S=$P/tabari/samples
entente code -j 1 --no-builtin --input-format tabari --format tabari --actors "$C/CountryInfo.120116.actors" \
  --actors "$C/Internatnl.120521.actors" --agents "$C/PSU.120522.agents" --verbs "$C/CAMEO.091003.master.verbs" \
  --options "$C/CAMEO.09b5.options" "$S/gigaword76.text" >"$tmp/g76" 2>"$tmp/err"
pct=$(awk -F'\t' '
  FNR == NR { id = substr($6, 1, 12); sub(/\*+$/, "", id); want[id "|" $2 "|" $3 "|" $4]++; n++; next }
  { got[substr($6, 1, 12) "|" $2 "|" $3 "|" $4]++; m++ }
  END { for (k in want) f += (got[k] < want[k] ? got[k] : want[k])
        printf "%.1f %d %d %d", 100 * f / n, f, n, m - f }' "$S/gigaword76.events" "$tmp/g76")
read -r p f n x <<<"$pct"
echo "validate: gigaword76: TABARI's events reproduced $f of $n ($p %), extra $x"
awk -v p="$p" 'BEGIN { exit !(p >= 90) }' || { echo "FAIL gigaword76 below 90 %"; failed=1; }
exit $failed
