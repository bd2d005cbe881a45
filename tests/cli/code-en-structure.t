# The English phrase structure decides who acts (src/coder/analysis_en.c, roles.c): partitive heads, appositions, relative
# pronouns, participles after their noun, shared subjects, noun triggers the sentence asserts or does not, 'the country'.
$ entente code --format tsv tests/fixtures/coder/en-structure.txt | cut -f3-6
? 0
--- stdout
1	KENEDU	ISR	141
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
17	EGY	PSE	140
18	HUNGOV	RUSGOV	042
18	HUNGOV	RUSGOV	040
18	RUSGOV	HUNGOV	040
19	KEN	RWA	026
20	RUSMIL	UKR	190
21	TUR	RUS	057
21	TUR	UKR	057
21	RUS	TUR	057
21	RUS	UKR	057
21	UKR	TUR	057
21	UKR	RUS	057
22	SAUGOV	QATGOV	040
22	QATGOV	SAUGOV	040
23	BHR	QAT	161
24	SAU	IRN	030
24	IRN	SAU	030
25	ISRMIL	PSE	190
26	ISRMIL	LBN	190
27	PAKMIL	AFGGOV	195
--- stderr
