# a database made before the treaty tables (schema 1) still reads; the treaty
# queries say how to add the tables, and recode --all adds and fills them
$ cd $T && printf "date 2025-09-03 Russia and North Korea signed a mutual defence treaty on Monday.\n" > a.txt && entente ingest --db old.db a.txt 2>/dev/null && sqlite3 old.db "DROP TABLE treaty_facts; DROP TABLE treaty_parties; DROP TABLE treaties; DROP TABLE framing; UPDATE schema_version SET version = 1;" && entente treaties --db old.db; echo "rc $?"; entente summary --db old.db | head -1; entente recode --all --db old.db && entente treaties --db old.db
? 0
--- stdout
rc 1
1 articles from 1 outlets; 2 events (2 factual mentions, 0 negated or non-factual) from 2025-09-01 to 2025-09-01
treaty 1  PRK+RUS  mutual defence (mutual defence treaty)
  signed       2025-09-01 [CAMEO 057]
               2025-09-03 d08aca58f14555ee s0: Russia and North Korea signed a mutual defence treaty on Monday.
  source       2025-09-03 d08aca58f14555ee
--- stderr
entente: old.db: this database has no treaty tables (made by an older entente): `entente recode --all --db PATH` adds them
entente: recode: 1 articles re-coded, 2 mentions, 0 failed
