$ entente sentences tests/fixtures/bad-date.txt tests/fixtures/en-plain.txt
? 1
--- stdout
{"article":"e97758684f99c609","date":"2025-09-04","lang":"en","sentence":0,"start":0,"end":63,"text":"Russia and North Korea reaffirm their treaty, Interfax reports."}
{"article":"e97758684f99c609","date":"2025-09-04","lang":"en","sentence":1,"start":65,"end":158,"text":"Russian President Vladimir Putin met North Korean leader Kim Jong Un in Beijing on Wednesday."}
{"article":"e97758684f99c609","date":"2025-09-04","lang":"en","sentence":2,"start":159,"end":205,"text":"Mr. Putin called the U.S. sanctions \"illegal\"."}
{"article":"e97758684f99c609","date":"2025-09-04","lang":"en","sentence":3,"start":207,"end":255,"text":"The two leaders watched China's military parade."}
--- stderr
entente: tests/fixtures/bad-date.txt:1: bad date '2025-13-40' (no month 13)
