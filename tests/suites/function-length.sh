#!/usr/bin/env bash
# No function in src/coder/ or src/treaty/ is longer than 150 lines (issue 13:
# stages a newcomer can read). A function is counted from the first line of its
# definition (at column 0, the project's style) to its closing "}" at column 0.
# Prints the longest and every function over the limit.
set -u
cd "$(dirname "$0")/../.."
max=150
out=$(awk '
  FNR == 1 { inf = 0; cand = 0 }
  # a definition starts at a line at column 0 that names a function
  # ("static int roles(ent_coder *c, ...") and may go on over several lines
  # up to the "{" that ends a line; a ";" first makes it a declaration
  !inf && /^[A-Za-z_][^;=]*\(/ { cand = FNR; name = $0; sub(/\(.*/, "", name); n = split(name, w, /[ *]+/); name = w[n] }
  !inf && cand && /;[ \t]*$/ { cand = 0 }
  !inf && cand && /\{[ \t]*$/ { inf = 1; start = cand; cand = 0; next }
  inf && /^\}/ { print FNR - start + 1, FILENAME ":" start, name; inf = 0 }
' src/coder/*.c src/treaty/*.c | sort -rn)
long=$(awk -v max=$max '$1 > max' <<<"$out")
echo "function-length: longest $(head -1 <<<"$out" | awk '{print $3 " (" $2 ") " $1 " lines"}'); limit $max"
if [ -n "$long" ]; then
  echo "FAIL function-length: over $max lines:"
  sed 's/^/  /' <<<"$long"
  exit 1
fi
