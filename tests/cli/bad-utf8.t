$ entente sentences tests/fixtures/bad-utf8.txt
? 0
--- stdout
{"article":"25b38c4bfe4f0928","date":"2025-01-01","lang":"en","sentence":0,"start":0,"end":15,"text":"Bad �( bytes."}
{"article":"25b38c4bfe4f0928","date":"2025-01-01","lang":"en","sentence":1,"start":17,"end":79,"text":"Overlong ��, surrogate ���, stray �, truncated �"}
--- stderr
entente: tests/fixtures/bad-utf8.txt:1: warning: invalid UTF-8 replaced by U+FFFD (8 sequences)
