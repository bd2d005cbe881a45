# tests/suites/real.sh fails when a score is below its floor in tests/real/floors.txt
# (F1, precision, lead over the TABARI mode).
% requires ../shared/peers/tabari/cameo-tabari
$ mkdir $T/r && sed '/^@@ en-003/,$d' tests/fixtures/eval/en.real >$T/r/en.test && sed -n '/^@@ afp-705/,$p' tests/fixtures/eval/en.real >$T/r/afp.test && printf 'en.test 0.95 1.0 1.0\nafp.test 0.1 0 0\n' >$T/r/floors.txt && REAL_DIR=$T/r tests/suites/real.sh >$T/out 2>&1; rc=$?; sed "s|$T/||" $T/out; exit $rc
? 1
--- stdout
r/en.test (en, 6 items, 2 articles, 0 blocks skipped, 2 items with ?)
              tp    fp    fn    prec  recall     F1
  en           5     0     1   1.000  0.833  0.909
  en:02        1     0     0   1.000  1.000  1.000
  en:04        3     0     1   1.000  0.750  0.857
  en:11        1     0     0   1.000  1.000  1.000
FAIL real: en.test: F1 0.909 below its floor 0.95
r/afp.test (afp, 1 item, 1 article, 0 blocks skipped, 0 items with ?)
              tp    fp    fn    prec  recall     F1
  afp          0     0     1   0.000  0.000  0.000
  afp:17       0     0     1   0.000  0.000  0.000
FAIL real: afp.test: F1 0.000 below its floor 0.1
real: afp.test: built-in F1 0.000, TABARI mode F1 1.000, difference -1.000
FAIL real: afp.test: lead -1.000 over the TABARI mode below its floor 0
real: en.test: built-in F1 0.909, TABARI mode F1 0.286, difference +0.623
FAIL real: en.test: lead +0.623 over the TABARI mode below its floor 1.0
--- stderr
