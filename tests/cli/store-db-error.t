# Every step of every query is checked (issue 14): a database whose events
# table is damaged gives a message naming the database and exit status 1,
# not an empty answer with status 0 (GET /api/summary: a 500 with a JSON
# error, tests/suites/serve.sh).
$ cd $T && entente ingest --db d.db $OLDPWD/examples 2>/dev/null && p=$(sqlite3 d.db "SELECT rootpage FROM sqlite_master WHERE name = 'events'") && s=$(sqlite3 d.db "PRAGMA page_size") && printf "\377%.0s" $(seq 64) | dd of=d.db bs=1 seek=$(( (p - 1) * s + 8 )) conv=notrunc 2>/dev/null; for c in "summary" "summary --json" "dyad RUS PRK" "dyad RUS PRK --json" "export --format gdelt" "export --format plover"; do entente $c --db d.db; echo "$c: exit $?"; done
? 0
--- stdout
summary: exit 1
summary --json: exit 1
dyad RUS PRK: exit 1
dyad RUS PRK --json: exit 1
export --format gdelt: exit 1
export --format plover: exit 1
--- stderr
entente: d.db: database: database disk image is malformed
entente: d.db: database: database disk image is malformed
entente: d.db: database: database disk image is malformed
entente: d.db: database: database disk image is malformed
entente: d.db: database: database disk image is malformed
entente: d.db: database: database disk image is malformed
