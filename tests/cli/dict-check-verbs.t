# dict check reads verb files: a bad fixture lists every bad line with its reason; the shipped
# verb dictionaries have no bad line (their pattern counts change with every edit: not asserted).
$ entente dict check tests/fixtures/dict/bad-verbs.txt data/verbs/en.txt data/verbs/en-petrarch.txt data/verbs/hu.txt | sed -E 's/^(data[^:]*): [0-9]+ verb patterns, /\1: /'
? 0
--- stdout
tests/fixtures/dict/bad-verbs.txt: 2 verb patterns, 3 bad lines
data/verbs/en.txt: 0 bad lines
data/verbs/en-petrarch.txt: 0 bad lines
data/verbs/hu.txt: 0 bad lines
--- stderr
entente: tests/fixtures/dict/bad-verbs.txt:3: warning: bad CAMEO code; line skipped
entente: tests/fixtures/dict/bad-verbs.txt:4: warning: unknown flag (sym, noun, say, obj, rev, back=CODE or -); line skipped
entente: tests/fixtures/dict/bad-verbs.txt:5: warning: more than one target +; line skipped
