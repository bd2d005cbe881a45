# Intentions, refusals, threats and mood (tests/real/GUIDE.md 4.2, 4.10, 4.12): a cooperative act
# announced for the future is the intention ("will give" = 033, m-1, hm-1; a signing = 03x both ways,
# m-14), a visit stays future (m-11); "would not support" is a rejection (m-2), not "would not ask"
# (m-7); a veto, exercises or force announced are the act or a threat (m-3, m-10, m-9); "decided to
# impose" is a fact (m-4); only a condition or "could" (m-5, m-6) or a conditional (hm-2) is
# hypothetical; "said he would meet" is his intention (m-12); no actor acts in m-13; a noun the sentence only
# imagines ("a meeting ... would mark") is no event (m-15, GUIDE 4); "willing to strengthen cooperation" is an intention (m-16).
$ entente code -j 1 tests/fixtures/conventions/mood-en.jsonl tests/fixtures/conventions/mood-hu.jsonl | jq -r '[.article, .source.code, .event.code, .target.code, (.negated|tostring), (.mood // "-")] | @tsv'
? 0
--- stdout
m-1	DNK	033	GHA	false	-
m-2	DEU	120	POL	false	-
m-3	TUR	129	SWE	false	-
m-4	IGOEUREEC	163	RUS	false	-
m-5	FRA	190	DEU	false	hypothetical
m-6	RUS	190	POL	false	hypothetical
m-6	RUS	190	DEU	false	hypothetical
m-6	DEU	072	POL	false	hypothetical
m-7	RUS	070	ISR	true	future
m-9	ISR	138	IRN	false	-
m-10	CHN	150	TWN	false	-
m-11	FRAGOV	042	CHNGOV	false	future
m-12	RUSGOV	036	PRKGOV	false	-
m-14	RUS	032	CHN	false	-
m-14	CHN	032	RUS	false	-
m-16	CHN	032	HND	false	-
hm-1	RUS	033	PRK	false	-
hm-2	HUN	129	IGOEUREEC	false	hypothetical
hm-4	HUN	120	UKR	false	-
--- stderr
