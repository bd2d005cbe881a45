# Issue 15, case 5: a fixed damaged database (tests/fixtures/store/corrupt.db,
# made by tests/fixtures/store/make-corrupt-db: the root page of every table
# and index but schema_version overwritten). Every command that reads the
# database exits non-zero with one message naming it; ingest and recode
# stop at the first error. tests/suites/serve-corrupt.sh: every GET endpoint
# answers 500 with a JSON error. (The CSV export writes its header row
# before the first query fails.)
$ cp tests/fixtures/store/corrupt.db $T/c.db && cd $T && for c in "summary" "summary --json" "dyad RUS PRK" "dyad RUS PRK --json" "dyad RUS PRK --svg x.svg" "export --format gdelt" "export --format gdelt --mentions" "export --format plover" "export --format jsonl" "export --format csv" "treaties" "treaties --json" "treaties --party RUS" "obligations --attacked RUS" "obligations --attacked RUS --json" "graph" "graph --format json" "framing RUS PRK" "framing RUS PRK --json" "recode"; do entente $c --db c.db >out; echo "$c: exit $?, $(wc -c <out) bytes"; done; entente ingest --db c.db $OLDPWD/tests/fixtures/ref-en.txt; echo "ingest: exit $?"
? 0
--- stdout
summary: exit 1, 0 bytes
summary --json: exit 1, 0 bytes
dyad RUS PRK: exit 1, 0 bytes
dyad RUS PRK --json: exit 1, 0 bytes
dyad RUS PRK --svg x.svg: exit 1, 0 bytes
export --format gdelt: exit 1, 0 bytes
export --format gdelt --mentions: exit 1, 0 bytes
export --format plover: exit 1, 0 bytes
export --format jsonl: exit 1, 0 bytes
export --format csv: exit 1, 148 bytes
treaties: exit 1, 0 bytes
treaties --json: exit 1, 0 bytes
treaties --party RUS: exit 1, 0 bytes
obligations --attacked RUS: exit 1, 0 bytes
obligations --attacked RUS --json: exit 1, 0 bytes
graph: exit 1, 0 bytes
graph --format json: exit 1, 0 bytes
framing RUS PRK: exit 1, 0 bytes
framing RUS PRK --json: exit 1, 0 bytes
recode: exit 1, 0 bytes
ingest: exit 1
--- stderr
entente: c.db: database: database disk image is malformed
entente: c.db: database: database disk image is malformed
entente: c.db: database: database disk image is malformed
entente: c.db: database: database disk image is malformed
entente: c.db: database: database disk image is malformed
entente: c.db: database: database disk image is malformed
entente: c.db: database: database disk image is malformed
entente: c.db: database: database disk image is malformed
entente: c.db: database: database disk image is malformed
entente: c.db: database: database disk image is malformed
entente: c.db: database: database disk image is malformed
entente: c.db: database: database disk image is malformed
entente: c.db: database: database disk image is malformed
entente: c.db: database: database disk image is malformed
entente: c.db: database: database disk image is malformed
entente: c.db: database: database disk image is malformed
entente: c.db: database: database disk image is malformed
entente: c.db: database: database disk image is malformed
entente: c.db: database: database disk image is malformed
entente: c.db: database: database disk image is malformed
entente: recode: 0 articles re-coded, 0 mentions, 0 failed
entente: c.db: database: database disk image is malformed
entente: ingest: 1 articles read, 0 stored (0 as copies from another outlet), 0 already stored, 1 skipped with errors; 0 mentions coded
