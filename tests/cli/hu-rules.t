# The Hungarian rules of the coder on sentences written for them (tests/fixtures/hu/rules.txt):
# every event found, no other.
$ entente eval --verbose tests/fixtures/hu/rules.txt
--- stdout
tests/fixtures/hu/rules.txt (rules, 57 items, 17 articles, 0 blocks skipped, 0 items with ?)
              tp    fp    fn    prec  recall     F1
  rules       64     0     0   1.000  1.000  1.000
  rules:01     1     0     0   1.000  1.000  1.000
  rules:02     3     0     0   1.000  1.000  1.000
  rules:03     1     0     0   1.000  1.000  1.000
  rules:04    30     0     0   1.000  1.000  1.000
  rules:08     1     0     0   1.000  1.000  1.000
  rules:10     1     0     0   1.000  1.000  1.000
  rules:11    11     0     0   1.000  1.000  1.000
  rules:12     1     0     0   1.000  1.000  1.000
  rules:14     1     0     0   1.000  1.000  1.000
  rules:15     2     0     0   1.000  1.000  1.000
  rules:16     4     0     0   1.000  1.000  1.000
  rules:18     1     0     0   1.000  1.000  1.000
  rules:19     7     0     0   1.000  1.000  1.000
