# tests/suites/real.sh on a folder of test splits: only totals and per-root tables, no
# floor yet for afp.test, the en.test floors met, and the built-in coder beside the TABARI
# mode, one line per set.
% requires ../shared/peers/tabari/cameo-tabari
$ mkdir $T/r && sed '/^@@ en-003/,$d' tests/fixtures/eval/en.real >$T/r/en.test && sed -n '/^@@ afp-705/,$p' tests/fixtures/eval/en.real >$T/r/afp.test && printf '# SET F1 PRECISION LEAD\nen.test 0.85 0.95 0.3\nafp.test - - -\n' >$T/r/floors.txt && REAL_DIR=$T/r tests/suites/real.sh >$T/out 2>&1; rc=$?; sed "s|$T/||" $T/out; exit $rc
? 0
--- stdout
r/en.test (en, 6 items, 2 articles, 0 blocks skipped, 2 items with ?)
              tp    fp    fn    prec  recall     F1
  en           5     0     1   1.000  0.833  0.909
  en:02        1     0     0   1.000  1.000  1.000
  en:04        3     0     1   1.000  0.750  0.857
  en:11        1     0     0   1.000  1.000  1.000
r/afp.test (afp, 1 item, 1 article, 0 blocks skipped, 0 items with ?)
              tp    fp    fn    prec  recall     F1
  afp          0     0     1   0.000  0.000  0.000
  afp:17       0     0     1   0.000  0.000  0.000
real: afp.test: no floor yet (F1 0.000, precision 0.000: set them in r/floors.txt)
real: afp.test: built-in F1 0.000, TABARI mode F1 1.000, difference -1.000
real: afp.test: no floor for the lead yet (set it in r/floors.txt)
real: en.test: built-in F1 0.909, TABARI mode F1 0.286, difference +0.623
--- stderr
