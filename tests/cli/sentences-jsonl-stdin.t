$ entente sentences --input-format jsonl < tests/fixtures/two.jsonl
? 0
--- stdout
{"article":"hu-1","date":"2025-09-05","lang":"hu","sentence":0,"start":0,"end":18,"text":"Szöul tiltakozott"}
{"article":"hu-1","date":"2025-09-05","lang":"hu","sentence":1,"start":20,"end":65,"text":"Dél-Korea elítélte a fegyverszállítást."}
{"article":"hu-1","date":"2025-09-05","lang":"hu","sentence":2,"start":67,"end":94,"text":"A 3. pont szerint ez tilos."}
{"article":"705a99114db35426","date":"2025-09-06","lang":"en","sentence":0,"start":0,"end":14,"text":"No title here."}
{"article":"705a99114db35426","date":"2025-09-06","lang":"en","sentence":1,"start":15,"end":31,"text":"Second sentence."}
--- stderr
