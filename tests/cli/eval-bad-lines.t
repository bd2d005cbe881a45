# One bad line of each kind: FILE:LINE: reason on stderr, exit status 1, and the good
# sentences (one per block and gold item left) still score.
$ entente eval --verbose tests/fixtures/eval/en.bad
? 1
--- stdout
tests/fixtures/eval/en.bad (en, 3 items, 4 articles, 0 blocks skipped, 0 items with ?)
              tp    fp    fn    prec  recall     F1
  en           3     0     0   1.000  1.000  1.000
  en:11        3     0     0   1.000  1.000  1.000
--- stderr
entente: tests/fixtures/eval/en.bad:4: bad block header (expected '@@ ARTICLE-ID YYYY-MM-DD SOURCE')
entente: tests/fixtures/eval/en.bad:10: bad line (expected 'SRC CODE TGT')
entente: tests/fixtures/eval/en.bad:12: bad actor code (3 or more capital letters or digits)
entente: tests/fixtures/eval/en.bad:13: scored sentence without '=', '?', '~' or '-'
entente: tests/fixtures/eval/en.bad:16: an event under '-' (no event)
entente: tests/fixtures/eval/en.bad:17: unknown line (expected ^ < > = ? ~ - or #)
entente: tests/fixtures/eval/en.bad:18: '> *' needs a tabari: source
entente: tests/fixtures/eval/en.bad:19: headline after the body
entente: tests/fixtures/eval/en.bad:21: bad flag (negated, hypothetical or future)
entente: tests/fixtures/eval/en.bad:24: article id used before in this file
entente: tests/fixtures/eval/en.bad:25: no record REC-9 in tests/fixtures/records.tabari
entente: tests/fixtures/eval/en.bad:28: event line before any scored sentence
entente: tests/fixtures/eval/en.bad:33: bad CAMEO event code (3 or 4 digits, root 01 to 20)
entente: tests/fixtures/eval/en.bad:35: bad item header (expected '@ ID YYYY-MM-DD')
