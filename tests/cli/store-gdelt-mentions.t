$ export SOURCE_DATE_EPOCH=1760000000; entente ingest --db $T/a.db --no-builtin --actors tests/fixtures/dict/actors.txt --verbs tests/fixtures/dict/verbs.txt tests/fixtures/store/wire.jsonl 2>/dev/null; entente export --db $T/a.db --format gdelt --mentions | tee $T/m.tsv; awk -F'\t' '{print NF}' $T/m.tsv | sort -u
? 0
--- stdout
1	20250903000000	20251009085320	1	Baltic Wire	https://example.org/w1	1	0	11	23	1		126			
2	20250903000000	20251009085320	1	Baltic Wire	https://example.org/w1	1	11	0	23	1		126			
1	20250903000000	20251009085320	1	Baltic Wire	https://example.org/w1	2	38	49	61	1		126			
2	20250903000000	20251009085320	1	Baltic Wire	https://example.org/w1	2	49	38	61	1		126			
3	20250903000000	20251009085320	1	Baltic Wire	https://example.org/w1	3	91	103	97	1		126			
4	20250903000000	20251009085320	1	Baltic Wire	https://example.org/w1	3	103	91	97	1		126			
1	20250903000000	20251009085320	1	Danube Post	https://example.org/w2	1	0	11	23	1		126			
2	20250903000000	20251009085320	1	Danube Post	https://example.org/w2	1	11	0	23	1		126			
1	20250903000000	20251009085320	1	Danube Post	https://example.org/w2	2	38	49	61	1		126			
2	20250903000000	20251009085320	1	Danube Post	https://example.org/w2	2	49	38	61	1		126			
3	20250903000000	20251009085320	1	Danube Post	https://example.org/w2	3	91	103	97	1		126			
4	20250903000000	20251009085320	1	Danube Post	https://example.org/w2	3	103	91	97	1		126			
6	20250904000000	20251009085320	1	Baltic Wire	https://example.org/w3	3	54	92	66	1		99			
7	20250905000000	20251009085320	1	Pacific Herald	w5	1	0	12	6	1		30			
8	20250905000000	20251009085320	1	Pacific Herald	w5	1	12	0	6	1		30			
9	20250905000000	20251009085320	1	Pacific Herald	w6	1	0	16	7	1		37			
16
--- stderr
