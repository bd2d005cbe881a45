# Protests (tests/real/GUIDE.md 4.7): the protesters are the source and the object of the protest the
# target (p-1); protesters abroad protest the country of the place (p-2, hp-3); a protest at home
# with no stated object is against the own government only when the text names it or calls the
# protest anti-government (p-4, p-5, hp-1), else not codable (p-3, hp-2); states found by reference
# are no protesters (p-6).
$ entente code -j 1 tests/fixtures/conventions/protest-en.jsonl tests/fixtures/conventions/protest-hu.jsonl | jq -r '[.article, .source.code, .event.code, .target.code, (.negated|tostring), (.mood // "-")] | @tsv'
? 0
--- stdout
p-1	PHLEDU	141	CHNMIL	false	-
p-2	USA	141	CHN	false	-
p-2	GBROPP	141	CHN	false	-
p-4	SRBCVL	141	SRBGOV	false	-
p-4	SRBCVL	140	SRBGOV	false	-
p-5	SRBCVL	141	SRBGOV	false	-
hp-1	SVKCVL	141	SVKGOV	false	-
hp-3	HUNEDU	141	SVK	false	-
--- stderr
