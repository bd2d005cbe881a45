$ entente sentences tests/fixtures/bad-lines.jsonl
? 1
--- stdout
{"article":"88100ef3c670056a","date":"2025-01-01","lang":"en","sentence":0,"start":0,"end":8,"text":"fine one"}
{"article":"34b8cd2a96a72522","date":"2025-01-01","lang":"en","sentence":0,"start":0,"end":8,"text":"fine two"}
--- stderr
entente: tests/fixtures/bad-lines.jsonl:2: invalid JSON at column 35: premature end of input near '"broken'
entente: tests/fixtures/bad-lines.jsonl:3: missing field "text"
entente: tests/fixtures/bad-lines.jsonl:4: bad date 'yesterday' (expected YYYY-MM-DD)
entente: tests/fixtures/bad-lines.jsonl:5: missing field "date"
entente: tests/fixtures/bad-lines.jsonl:6: expected a JSON object
