$ entente sentences tests/fixtures/truncated.jsonl.gz
? 1
--- stdout
{"article":"t1","date":"2025-01-01","lang":"en","sentence":0,"start":0,"end":51,"text":"Article 1: XF4Mc6gIenHywgXBhK4V4cK8vXun0Q5Q8AZsZue."}
{"article":"t2","date":"2025-01-01","lang":"en","sentence":0,"start":0,"end":50,"text":"Article 2: g21IrPKup6qKvUzQbOfXTjgzU6smGUXOHjIB9g."}
{"article":"t3","date":"2025-01-01","lang":"en","sentence":0,"start":0,"end":52,"text":"Article 3: iV1XzWSF0gy9Y75G5XuboH9LbsazWoFE2F9B1rlg."}
{"article":"t4","date":"2025-01-01","lang":"en","sentence":0,"start":0,"end":52,"text":"Article 4: 8j9Y920JqPq5HZNunJj8NSe8HmaKkVBdju2RUxeQ."}
{"article":"t5","date":"2025-01-01","lang":"en","sentence":0,"start":0,"end":51,"text":"Article 5: 9KJvpaBcUCh1KqKhb6tME0Dp1oPfZBGZP7H2t1z."}
{"article":"t6","date":"2025-01-01","lang":"en","sentence":0,"start":0,"end":50,"text":"Article 6: zFCtlDWWF7YooaN6sAFVY33G71KP2btqsTq4XD."}
{"article":"t7","date":"2025-01-01","lang":"en","sentence":0,"start":0,"end":50,"text":"Article 7: wvFmVhzT1y2MQrB17C5RKa7KzTcfNme7A9o70e."}
{"article":"t8","date":"2025-01-01","lang":"en","sentence":0,"start":0,"end":51,"text":"Article 8: UAtVSLNKkpXtLF4BkcSVjeCK5dc71GlQPNh1vyp."}
--- stderr
entente: tests/fixtures/truncated.jsonl.gz:9: read error: truncated gzip stream; the rest of the file is skipped
