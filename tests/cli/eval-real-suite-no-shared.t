# tests/suites/real.sh without the peers' data: a set whose TABARI records are absent is
# not held to its floors, and the TABARI comparison is skipped, with a message.
$ mkdir $T/r && sed '/^@@ en-003/,$d' tests/fixtures/eval/en.real >$T/r/en.test && sed -n '/^@@ afp-705/,$p' tests/fixtures/eval/en.real | sed 's|tabari:../shared/|tabari:../absent/|' >$T/r/afp.test && printf 'en.test 0.85 0.95 0.3\nafp.test 0.5 0.5 0\n' >$T/r/floors.txt && REAL_DIR=$T/r REAL_TABARI_DIR=$T/no-cameo-tabari tests/suites/real.sh >$T/out 2>&1; rc=$?; sed "s|$T/||" $T/out; exit $rc
? 0
--- stdout
r/en.test (en, 6 items, 2 articles, 0 blocks skipped, 2 items with ?)
              tp    fp    fn    prec  recall     F1
  en           5     0     1   1.000  0.833  0.909
  en:02        1     0     0   1.000  1.000  1.000
  en:04        3     0     1   1.000  0.750  0.857
  en:11        1     0     0   1.000  1.000  1.000
r/afp.test (afp, 0 items, 0 articles, 1 block skipped, 0 items with ?)
              tp    fp    fn    prec  recall     F1
  afp          0     0     0   0.000  0.000  0.000
real: afp.test: skipped blocks: 1 (their TABARI records are absent), floors not checked
real: no no-cameo-tabari: the TABARI comparison is skipped
--- stderr
