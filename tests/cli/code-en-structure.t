# The English phrase structure decides who acts (src/coder/analysis_en.c, roles.c): partitive heads, appositions, relative
# pronouns, participles after their noun, shared subjects, noun triggers the sentence asserts or does not, 'the country'.
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
14	USAGOV	CHNGOV	042
14	USAGOV	CHNGOV	040
14	CHNGOV	USAGOV	040
15	SYR	ISR	190
18	HUNGOV	RUSGOV	042
18	HUNGOV	RUSGOV	040
18	RUSGOV	HUNGOV	040
19	KEN	RWA	026
20	RUSMIL	UKR	190
--- stderr
