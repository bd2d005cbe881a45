# `eval` on real-news blocks (tests/real/GUIDE.md section 2): each '>' sentence is scored
# against the events whose trigger is inside it (not the context line's 042, not the
# headline's); 'He' resolves through the context; a coded '?' alternative (PHL 14 CHN)
# is no false event, an absent one (GBR 02 UGA) no miss; a '-' sentence; the bad line
# is reported and its sentence not scored (exit 1), the rest scores; the tabari: block
# takes its text from the record; IGOEUREEC is keyed IGOEUR (six letters, no country).
% requires ../shared/peers/tabari/samples/gigaword76.text
$ entente eval tests/fixtures/eval/en.real
? 1
--- stdout
tests/fixtures/eval/en.real (en, 9 items, 4 articles, 0 blocks skipped, 2 items with ?)
              tp    fp    fn    prec  recall     F1
  en           6     0     2   1.000  0.750  0.857
  en:02        1     0     0   1.000  1.000  1.000
  en:04        3     0     1   1.000  0.750  0.857
  en:11        1     0     0   1.000  1.000  1.000
  en:16        1     0     0   1.000  1.000  1.000
  en:17        0     0     1   0.000  0.000  0.000
--- stderr
entente: tests/fixtures/eval/en.real:37: bad CAMEO event code (3 or 4 digits, root 01 to 20)
