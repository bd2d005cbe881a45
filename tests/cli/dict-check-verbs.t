$ entente dict check tests/fixtures/dict/bad-verbs.txt data/verbs/en.txt data/verbs/en-petrarch.txt data/verbs/hu.txt
? 1
--- stdout
tests/fixtures/dict/bad-verbs.txt: 2 verb patterns, 3 bad lines
data/verbs/en.txt: 1652 verb patterns, 0 bad lines
data/verbs/en-petrarch.txt: 934 verb patterns, 0 bad lines
data/verbs/hu.txt: 1470 verb patterns, 0 bad lines
--- stderr
entente: tests/fixtures/dict/bad-verbs.txt:3: warning: bad CAMEO code; line skipped
entente: tests/fixtures/dict/bad-verbs.txt:4: warning: unknown flag (sym, noun, say, obj, rev, back=CODE or -); line skipped
entente: tests/fixtures/dict/bad-verbs.txt:5: warning: more than one target +; line skipped
