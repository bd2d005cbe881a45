# Location and time are not part of the triple (tests/real/GUIDE.md 4.9, 4.13): a place that names a
# topic is not where the event happened (w-1, w-3, hw-1: no location; w-2 "at the Alaska summit" is);
# "the 15 August meeting", "the June 19 treaty", "az augusztus 15-i csúcs" date that meeting only (w-3,
# w-4, w-6, hw-1: the article date, or the day the sentence gives), "on 15 August", "augusztus 15-én"
# date the event (w-5, hw-2). Article date 2025-08-20 (a Wednesday).
$ entente code -j 1 tests/fixtures/conventions/where-when-en.jsonl tests/fixtures/conventions/where-when-hu.jsonl | jq -r '[.article, .source.code, .event.code, .target.code, .date, (.location.code // "-")] | @tsv'
? 0
--- stdout
w-1	RUSGOV	041	USAGOV	2025-08-20	-
w-1	USAGOV	041	RUSGOV	2025-08-20	-
w-2	RUSGOV	040	USAGOV	2025-08-20	USA
w-2	USAGOV	040	RUSGOV	2025-08-20	USA
w-3	HUNGOV	041	RUSGOV	2025-08-20	-
w-3	RUSGOV	041	HUNGOV	2025-08-20	-
w-4	CHNGOV	040	RUSGOV	2025-08-19	CHN
w-4	RUSGOV	040	CHNGOV	2025-08-19	CHN
w-5	CHNGOV	040	RUSGOV	2025-08-15	CHN
w-5	RUSGOV	040	CHNGOV	2025-08-15	CHN
w-6	RUS	057	CHN	2025-08-20	-
w-6	CHN	057	RUS	2025-08-20	-
hw-1	HUNGOV	040	RUSGOV	2025-08-20	-
hw-1	RUSGOV	040	HUNGOV	2025-08-20	-
hw-2	HUNGOV	040	RUSGOV	2025-08-15	RUS
hw-2	RUSGOV	040	HUNGOV	2025-08-15	RUS
--- stderr
