# PETRARCH2's unit-test suite from raw text (its Treebank parses unused).
% requires ../shared/peers/petrarch2/text/PETR.UnitTest.records.xml
$ entente validate --quiet ../shared/peers/petrarch2/text/PETR.UnitTest.records.xml
? 0
--- stdout
records 274, exact 206 (75.2 %), expected events found 270 of 355, extra 49
--- stderr
entente: ../shared/peers/petrarch2/text/../dictionaries/PETR.Validate.verbs.txt:992: warning: missing ]: ' * DIPLXMATIC  ['; line skipped
