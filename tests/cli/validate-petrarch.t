# PETRARCH2's unit-test suite from raw text (its Treebank parses unused).
# AGENT-14 passes since substitution sets (!PERSON!) in actor files expand
# in TABARI mode too (one .actors reader, issue 14).
% requires ../shared/peers/petrarch2/text/PETR.UnitTest.records.xml
$ entente validate --quiet ../shared/peers/petrarch2/text/PETR.UnitTest.records.xml
? 0
--- stdout
records 274, exact 207 (75.5 %), expected events found 271 of 355, extra 48
--- stderr
entente: ../shared/peers/petrarch2/text/../dictionaries/PETR.Validate.verbs.txt:992: warning: missing ]: ' * DIPLXMATIC  ['; line skipped
