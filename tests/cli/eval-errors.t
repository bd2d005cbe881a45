# --errors: the errors of a file by class (cli/evalerr.h), misses and false events apart, with
# counts and shares; the fixture holds one error of each class.
$ entente eval --errors tests/fixtures/eval/en.errors
? 0
--- stdout
tests/fixtures/eval/en.errors (en, 8 items, 2 articles, 0 blocks skipped, 0 items with ?)
              tp    fp    fn    prec  recall     F1
  en           0     5     6   0.000  0.000  0.000
  en:04        0     0     1   0.000  0.000  0.000
  en:05        0     1     0   0.000  0.000  0.000
  en:19        0     4     5   0.000  0.000  0.000
  errors (en) missed  share   false  share
  Actors            1  16.7%       1  20.0%
  Verbs             2  33.3%       1  20.0%
  Attachment        1  16.7%       1  20.0%
  Conventions       1  16.7%       1  20.0%
  Splitting         1  16.7%       1  20.0%
  total             6 100.0%       5 100.0%
--- stderr
