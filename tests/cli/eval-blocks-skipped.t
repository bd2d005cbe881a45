# A tabari: block whose PATH is absent (here ../shared from a temporary folder) is skipped
# and counted; it is no failure.
$ mkdir $T/x && sed '/^@@ en-003/,/^$/d' tests/fixtures/eval/en.real >$T/x/en.real && cd $T/x && entente eval en.real
? 0
--- stdout
en.real (en, 6 items, 2 articles, 1 block skipped, 2 items with ?)
              tp    fp    fn    prec  recall     F1
  en           5     0     1   1.000  0.833  0.909
  en:02        1     0     0   1.000  1.000  1.000
  en:04        3     0     1   1.000  0.750  0.857
  en:11        1     0     0   1.000  1.000  1.000
--- stderr
