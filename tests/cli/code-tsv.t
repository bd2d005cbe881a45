$ entente code --format tsv --no-builtin --actors tests/fixtures/dict/actors.txt --verbs tests/fixtures/dict/verbs.txt tests/fixtures/store/wire.jsonl 2>/dev/null
? 1
--- stdout
w1	2025-09-03	0	RUS	PRK	057	05	1	8.0			
w1	2025-09-03	0	PRK	RUS	057	05	1	8.0			
w1	2025-09-03	1	RUS	PRK	057	05	1	8.0			
w1	2025-09-03	1	PRK	RUS	057	05	1	8.0			
w1	2025-09-03	2	RUSGOV	PRKGOV	040	04	1	1.0			
w1	2025-09-03	2	PRKGOV	RUSGOV	040	04	1	1.0			
w2	2025-09-03	0	RUS	PRK	057	05	1	8.0			
w2	2025-09-03	0	PRK	RUS	057	05	1	8.0			
w2	2025-09-03	1	RUS	PRK	057	05	1	8.0			
w2	2025-09-03	1	PRK	RUS	057	05	1	8.0			
w2	2025-09-03	2	RUSGOV	PRKGOV	040	04	1	1.0			
w2	2025-09-03	2	PRKGOV	RUSGOV	040	04	1	1.0			
w3	2025-09-04	1	RUSMIL	UKR	190	19	4	-10.0	negated		
w3	2025-09-04	2	PRK	RUS	072	07	2	8.3			
w5	2025-09-05	0	RUSGOV	PRKGOV	040	04	1	1.0			
w5	2025-09-05	0	PRKGOV	RUSGOV	040	04	1	1.0			
w6	2025-09-05	0	RUS	UKR	190	19	4	-10.0			
--- stderr
