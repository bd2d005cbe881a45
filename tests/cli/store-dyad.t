$ export SOURCE_DATE_EPOCH=1760000000; entente ingest --db $T/a.db --no-builtin --actors tests/fixtures/dict/actors.txt --verbs tests/fixtures/dict/verbs.txt tests/fixtures/store/wire.jsonl 2>/dev/null; entente dyad RUS PRK --db $T/a.db; entente dyad RUS PRK --db $T/a.db --by day --json; entente summary --db $T/a.db
? 0
--- stdout
RUS and PRK by week (quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict)
period     direction        events   q1   q2   q3   q4 goldstein  top event codes
2025-W36   RUS -> PRK            3    3    0    0    0     +3.33  040 Consult, not specified below (2); 057 Sign formal agreement (1)
2025-W36   PRK -> RUS            4    3    1    0    0     +4.58  040 Consult, not specified below (2); 057 Sign formal agreement (1); 072 Provide military aid (1)
{"a":"RUS","b":"PRK","by":"day","rows":[{"period":"2025-09-03","source":"RUS","target":"PRK","events":2,"mentions":6,"quad":[2,0,0,0],"goldstein":4.50,"top":[{"code":"040","count":1,"name":"Consult, not specified below"},{"code":"057","count":1,"name":"Sign formal agreement"}]},{"period":"2025-09-03","source":"PRK","target":"RUS","events":2,"mentions":6,"quad":[2,0,0,0],"goldstein":4.50,"top":[{"code":"040","count":1,"name":"Consult, not specified below"},{"code":"057","count":1,"name":"Sign formal agreement"}]},{"period":"2025-09-04","source":"PRK","target":"RUS","events":1,"mentions":1,"quad":[0,1,0,0],"goldstein":8.30,"top":[{"code":"072","count":1,"name":"Provide military aid"}]},{"period":"2025-09-05","source":"RUS","target":"PRK","events":1,"mentions":1,"quad":[1,0,0,0],"goldstein":1.00,"top":[{"code":"040","count":1,"name":"Consult, not specified below"}]},{"period":"2025-09-05","source":"PRK","target":"RUS","events":1,"mentions":1,"quad":[1,0,0,0],"goldstein":1.00,"top":[{"code":"040","count":1,"name":"Consult, not specified below"}]}]}
5 articles from 3 outlets; 8 events (16 factual mentions, 1 negated or non-factual) from 2025-09-03 to 2025-09-05

most active dyads:
  PRK       - RUS           7 events    15 mentions  mean Goldstein  +4.04  7 cooperative, 0 conflictual
  RUS       - UKR           1 events     1 mentions  mean Goldstein -10.00  0 cooperative, 1 conflictual

most frequent events:
  040  Consult, not specified below                      4 events     6 mentions
  057  Sign formal agreement                             2 events     8 mentions
  072  Provide military aid                              1 events     1 mentions
  190  Use conventional military force, not specifie     1 events     1 mentions
--- stderr
