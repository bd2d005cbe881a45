$ export SOURCE_DATE_EPOCH=1760000000; entente ingest --db $T/a.db --no-builtin --actors tests/fixtures/dict/actors.txt --verbs tests/fixtures/dict/verbs.txt tests/fixtures/store/wire.jsonl 2>/dev/null; printf '111  en  -  condemn +\n' > $T/more.txt; entente recode --db $T/a.db --no-builtin --actors tests/fixtures/dict/actors.txt --verbs tests/fixtures/dict/verbs.txt --verbs $T/more.txt; entente recode --db $T/a.db --no-builtin --actors tests/fixtures/dict/actors.txt --verbs tests/fixtures/dict/verbs.txt --verbs $T/more.txt
? 0
--- stdout
--- stderr
entente: recode: 5 articles re-coded, 17 mentions, 0 failed
entente: recode: 0 articles re-coded, 0 mentions, 0 failed
