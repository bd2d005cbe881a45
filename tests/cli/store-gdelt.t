$ export SOURCE_DATE_EPOCH=1760000000; for n in 1 2; do entente ingest --db $T/$n.db --no-builtin --actors tests/fixtures/dict/actors.txt --verbs tests/fixtures/dict/verbs.txt tests/fixtures/store/wire.jsonl 2>/dev/null; entente export --db $T/$n.db --format gdelt > $T/$n.tsv; done; cmp $T/1.tsv $T/2.tsv && echo byte-identical; awk -F'\t' '{print NF}' $T/1.tsv | sort -u; cat $T/1.tsv
? 0
--- stdout
byte-identical
61
1	20250903	202509	2025	2025.6740	RUS	RUSSIA	RUS								PRK	NORTH KOREA	PRK								1	057	057	05	1	8.0	4	2	2																										20251009085320	https://example.org/w1
2	20250903	202509	2025	2025.6740	PRK	NORTH KOREA	PRK								RUS	RUSSIA	RUS								1	057	057	05	1	8.0	4	2	2																										20251009085320	https://example.org/w1
3	20250903	202509	2025	2025.6740	RUSGOV	RUSSIA	RUS					GOV			PRKGOV	NORTH KOREA	PRK					GOV			0	040	040	04	1	1.0	2	2	2																										20251009085320	https://example.org/w1
4	20250903	202509	2025	2025.6740	PRKGOV	NORTH KOREA	PRK					GOV			RUSGOV	RUSSIA	RUS					GOV			0	040	040	04	1	1.0	2	2	2																										20251009085320	https://example.org/w1
6	20250904	202509	2025	2025.6767	PRK	NORTH KOREA	PRK								RUS	RUSSIA	RUS								0	072	072	07	2	8.3	1	1	1																										20251009085320	https://example.org/w3
7	20250905	202509	2025	2025.6795	RUSGOV	RUSSIA	RUS					GOV			PRKGOV	NORTH KOREA	PRK					GOV			1	040	040	04	1	1.0	1	1	1																										20251009085320	w5
8	20250905	202509	2025	2025.6795	PRKGOV	NORTH KOREA	PRK					GOV			RUSGOV	RUSSIA	RUS					GOV			1	040	040	04	1	1.0	1	1	1																										20251009085320	w5
9	20250905	202509	2025	2025.6795	RUS	RUSSIA	RUS								UKR	UKRAINE	UKR								1	190	190	19	4	-10.0	1	1	1																										20251009085320	w6
--- stderr
