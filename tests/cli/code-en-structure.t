$ entente code --format tsv tests/fixtures/coder/en-structure.txt | cut -f3-6
? 0
--- stdout
1	KENCVL	ISR	141
2	KENLEG	UGA	042
3	IRNGOV	FRA	111
4	ISR	EGY	1246
5	RUSMIL	UKR	190
6	EGY	ISR	112
8	PER	CHL	111
8	CHL	BOL	040
8	BOL	CHL	040
10	IRN	GBR	1711
11	TWNGOV	CHNMIL	111
12	LBNREB	ISR	190
--- stderr
