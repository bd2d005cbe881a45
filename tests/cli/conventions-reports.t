# A report codes what is reported (tests/real/GUIDE.md 4.1): "Norway said ... it had expelled" is the
# expulsion, not a statement; a speaker whose report names another's act (rep-2, rep-10, hrep-1) or
# a news source (rep-4, hrep-3) states nothing; a statement to its addressee (rep-5) and a comment on
# relations (rep-9, hrep-2) are statements (010); "must" is a demand (10x), "should" an appeal
# (02x), also after "warned" (rep-6, rep-7, rep-8); a statement verb after an act it attributes
# states nothing (rep-11, hrep-4: the "?" is a dash lost in copy, not the end of a question).
$ entente code -j 1 tests/fixtures/conventions/reports-en.jsonl tests/fixtures/conventions/reports-hu.jsonl | jq -r '[.article, .source.code, .event.code, .target.code, (.negated|tostring), (.mood // "-")] | @tsv'
? 0
--- stdout
rep-1	NOR	161	IRNGOV	false	-
rep-3	SAU	035	QAT	false	-
rep-4	RUS	036	CHN	false	-
rep-4	CHN	036	RUS	false	-
rep-5	TURGOV	010	GRCGOV	false	-
rep-6	JPN	100	CHN	false	-
rep-7	JPN	100	CHN	false	-
rep-8	DEU	020	POL	false	-
rep-9	RUSGOV	010	USAGOV	false	-
rep-10	USAGOV	072	UKRGOV	false	-
rep-11	RUSGOV	036	EGYGOV	false	-
rep-11	EGYGOV	036	RUSGOV	false	-
hrep-1	USAGOV	072	UKRGOV	false	-
hrep-2	HUNGOV	010	SRB	false	-
hrep-4	HUNGOV	040	RUSGOV	false	-
hrep-4	RUSGOV	040	HUNGOV	false	-
--- stderr
