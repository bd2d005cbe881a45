$ entente sentences tests/fixtures/dir
? 0
--- stdout
{"article":"d-1","date":"2025-01-02","lang":"en","sentence":0,"start":0,"end":17,"text":"From a JSON line."}
{"article":"e97758684f99c609","date":"2025-09-04","lang":"en","sentence":0,"start":0,"end":63,"text":"Russia and North Korea reaffirm their treaty, Interfax reports."}
{"article":"e97758684f99c609","date":"2025-09-04","lang":"en","sentence":1,"start":65,"end":158,"text":"Russian President Vladimir Putin met North Korean leader Kim Jong Un in Beijing on Wednesday."}
{"article":"e97758684f99c609","date":"2025-09-04","lang":"en","sentence":2,"start":159,"end":205,"text":"Mr. Putin called the U.S. sanctions \"illegal\"."}
{"article":"e97758684f99c609","date":"2025-09-04","lang":"en","sentence":3,"start":207,"end":255,"text":"The two leaders watched China's military parade."}
{"article":"c13aa7d32d552cff","date":"2025-01-03","lang":"en","sentence":0,"start":0,"end":12,"text":"Nested file."}
{"article":"c13aa7d32d552cff","date":"2025-01-03","lang":"en","sentence":1,"start":14,"end":35,"text":"It is in a subfolder."}
{"article":"dc644e1c5b183743","date":"2025-01-04","lang":"en","sentence":0,"start":0,"end":11,"text":"Compressed."}
{"article":"dc644e1c5b183743","date":"2025-01-04","lang":"en","sentence":1,"start":13,"end":31,"text":"Read through zlib."}
--- stderr
