#!/usr/bin/env bash
# Every SQL statement lives in src/store/ (issue 14): no SQL text (SELECT,
# INSERT, sqlite3_, PQexec) and no #include of <sqlite3.h> or <libpq-fe.h>
# in any other C or C++ source or header of the repository (library, CLI,
# fuzzers, benchmarks, unit tests, examples); ent_store_db(), which handed
# out the raw connection, is gone. The same scan must find SQL in
# src/store/ itself, or it proves nothing.
set -u
cd "$(dirname "$0")/../.."
fail=0
sources() { find src cli fuzz bench tests examples \( -name '*.c' -o -name '*.h' -o -name '*.cc' \) -type f 2>/dev/null | sort; }
sql='SELECT|INSERT|sqlite3_|PQexec'
inc='#[[:space:]]*include[[:space:]]*[<"](sqlite3|libpq-fe)\.h[>"]'
outside=$(sources | grep -v '^src/store/')
hits=$(echo "$outside" | xargs grep -nE "$sql|$inc" 2>/dev/null)
if [ -n "$hits" ]; then
  echo "FAIL sql-confined: SQL outside src/store/:"
  echo "$hits" | head -20
  fail=1
fi
uses=$(sources | xargs grep -n 'ent_store_db' 2>/dev/null)
[ -z "$uses" ] || { echo "FAIL sql-confined: ent_store_db is still there:"; echo "$uses" | head; fail=1; }
inside=$(sources | grep '^src/store/' | xargs grep -cE "$sql" 2>/dev/null | awk -F: '{n += $2} END {print n + 0}')
[ "$inside" -gt 50 ] || { echo "FAIL sql-confined: the scan finds only $inside SQL lines in src/store/"; fail=1; }
[ "$fail" = 0 ] && echo "sql-confined: $(echo "$outside" | wc -l) sources outside src/store/ without SQL; $inside SQL lines inside"
exit $fail
