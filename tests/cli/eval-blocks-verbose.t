# --verbose lists each scored sentence whose events differ, with FILE:LINE and the article id.
$ sed '/^@@ afp-705/,$d' tests/fixtures/eval/en.real >$T/en.real && cd $T && entente eval --verbose en.real
? 1
--- stdout
DIFF en.real:27 en-002: Hungary hosted Serbian President Aleksandar Vucic in Budapest on Friday.
  missed SRB 04 HUN
en.real (en, 8 items, 3 articles, 0 blocks skipped, 2 items with ?)
              tp    fp    fn    prec  recall     F1
  en           6     0     1   1.000  0.857  0.923
  en:02        1     0     0   1.000  1.000  1.000
  en:04        3     0     1   1.000  0.750  0.857
  en:11        1     0     0   1.000  1.000  1.000
  en:16        1     0     0   1.000  1.000  1.000
--- stderr
entente: en.real:37: bad CAMEO event code (3 or 4 digits, root 01 to 20)
