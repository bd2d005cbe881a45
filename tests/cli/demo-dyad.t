% requires ../shared/corpus/hu/2025-09-03-rus-prk.txt
$ export SOURCE_DATE_EPOCH=1760000000; entente ingest --db $T/d.db examples ../shared/corpus/hu/2025-09-03-rus-prk.txt 2>/dev/null; entente dyad RUS PRK --db $T/d.db; entente dyad RUS PRK --db $T/d.db --by month --json | jq -c '.rows[] | [.period, .source, .events, .quad]'
? 0
--- stdout
RUS and PRK by week (quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict)
period     direction        events   q1   q2   q3   q4 goldstein  top event codes
2024-W25   RUS -> PRK            3    3    0    0    0     +6.67  057 Sign formal agreement (2); 030 Express intent to cooperate, not specified below (1)
2024-W25   PRK -> RUS            3    3    0    0    0     +6.67  057 Sign formal agreement (2); 030 Express intent to cooperate, not specified below (1)
2025-W22   RUS -> PRK            1    1    0    0    0     +8.00  057 Sign formal agreement (1)
2025-W22   PRK -> RUS            1    1    0    0    0     +8.00  057 Sign formal agreement (1)
2025-W36   RUS -> PRK           13   13    0    0    0     +3.12  036 Express intent to meet or negotiate (3); 030 Express intent to cooperate, not specified below (2); 040 Consult, not specified below (2)
2025-W36   PRK -> RUS           12    9    3    0    0     +3.67  010 Make statement, not specified below (2); 030 Express intent to cooperate, not specified below (2); 040 Consult, not specified below (2)
["2024-06","RUS",3,[3,0,0,0]]
["2024-06","PRK",3,[3,0,0,0]]
["2025-06","RUS",1,[1,0,0,0]]
["2025-06","PRK",1,[1,0,0,0]]
["2025-09","RUS",13,[13,0,0,0]]
["2025-09","PRK",12,[9,3,0,0]]
--- stderr
