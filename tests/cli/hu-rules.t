# The Hungarian rules of the coder on sentences written for them (tests/fixtures/hu/rules.txt):
# every event found, no other.
$ entente eval --verbose tests/fixtures/hu/rules.txt
--- stdout
tests/fixtures/hu/rules.txt (rules, 6 items, 3 articles, 0 blocks skipped, 0 items with ?)
              tp    fp    fn    prec  recall     F1
  rules        8     0     0   1.000  1.000  1.000
  rules:04     5     0     0   1.000  1.000  1.000
  rules:11     1     0     0   1.000  1.000  1.000
  rules:16     1     0     0   1.000  1.000  1.000
  rules:19     1     0     0   1.000  1.000  1.000
