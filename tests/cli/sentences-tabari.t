$ entente sentences --input-format tabari tests/fixtures/records.tabari
? 0
--- stdout
{"article":"REC-1","date":"2025-09-03","lang":"en","sentence":0,"start":0,"end":52,"text":"Russia and North Korea signed\na treaty in Pyongyang."}
{"article":"REC-2","date":"2025-09-04","lang":"en","sentence":0,"start":0,"end":25,"text":"Moscow thanked Pyongyang."}
--- stderr
