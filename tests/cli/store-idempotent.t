$ export SOURCE_DATE_EPOCH=1760000000; entente ingest --db $T/a.db --no-builtin --actors tests/fixtures/dict/actors.txt --verbs tests/fixtures/dict/verbs.txt tests/fixtures/store/wire.jsonl 2>/dev/null; sqlite3 $T/a.db .dump > $T/1.sql; entente ingest --db $T/a.db --no-builtin --actors tests/fixtures/dict/actors.txt --verbs tests/fixtures/dict/verbs.txt tests/fixtures/store/wire.jsonl; sqlite3 $T/a.db .dump > $T/2.sql; cmp $T/1.sql $T/2.sql && echo identical
? 0
--- stdout
identical
--- stderr
entente: tests/fixtures/store/wire.jsonl:4: bad date '2025-09-31' (2025-09 has 30 days)
entente: tests/fixtures/store/wire.jsonl:6: warning: invalid UTF-8 replaced by U+FFFD (2 sequences)
entente: ingest: 5 articles read, 0 stored (0 as copies from another outlet), 5 already stored, 1 skipped with errors; 0 mentions coded
