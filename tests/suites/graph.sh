#!/usr/bin/env bash
# The alliance graph renders with Graphviz: `entente graph | dot -Tsvg` on the
# examples (and the reference article when present) gives an SVG with each
# defence obligation as a titled edge (PRK->RUS, RUS->PRK, PAK->SAU, SAU->PAK).
set -u
cd "$(dirname "$0")/../.."
export PATH="$PWD/${ENTENTE_BUILD:-build}:$PATH"
command -v dot >/dev/null || { echo "FAIL graph: Graphviz dot is missing (scripts/install-deps installs it)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
files=(examples)
[ -f ../shared/corpus/hu/2025-09-03-rus-prk.txt ] && files+=(../shared/corpus/hu/2025-09-03-rus-prk.txt)
entente ingest --db "$tmp/db" "${files[@]}" 2>/dev/null || { echo "FAIL graph: ingest failed"; exit 1; }
entente graph --db "$tmp/db" >"$tmp/g.dot" || { echo "FAIL graph: entente graph failed"; exit 1; }
dot -Tsvg "$tmp/g.dot" >"$tmp/g.svg" 2>"$tmp/err" || { echo "FAIL graph: dot rejected the graph:"; cat "$tmp/err"; exit 1; }
fail=0
for e in 'PRK&#45;&gt;RUS' 'RUS&#45;&gt;PRK' 'PAK&#45;&gt;SAU' 'SAU&#45;&gt;PAK'; do
  grep -q "<title>$e</title>" "$tmp/g.svg" || { echo "FAIL graph: no edge $e in the SVG"; fail=1; }
done
echo "graph: $(grep -c '<g id="edge' "$tmp/g.svg") edges, $(grep -c '<g id="node' "$tmp/g.svg") nodes rendered"
exit $fail
