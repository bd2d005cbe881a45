$ entente dict check tests/fixtures/dict/bad-actors.txt tests/fixtures/dict/actors.txt
? 1
--- stdout
tests/fixtures/dict/bad-actors.txt: 2 entries, 2 names, 6 bad lines
tests/fixtures/dict/actors.txt: 7 entries, 9 names, 0 bad lines
--- stderr
entente: tests/fixtures/dict/bad-actors.txt:3: warning: unknown kind 'nation'; line skipped
entente: tests/fixtures/dict/bad-actors.txt:4: warning: bad date span (expected @YYYY-MM-DD..YYYY-MM-DD); line skipped
entente: tests/fixtures/dict/bad-actors.txt:5: warning: bad code 'rus'; line skipped
entente: tests/fixtures/dict/bad-actors.txt:6: warning: bad code '~GOV'; line skipped
entente: tests/fixtures/dict/bad-actors.txt:7: warning: no name; line skipped
entente: tests/fixtures/dict/bad-actors.txt:9: warning: invalid UTF-8; line skipped
