# The TABARI mode: --verbs/--options/--actors/--agents as `entente code` takes them score
# TABARI's rules with TABARI's CAMEO dictionaries; a block without a headline is one TABARI
# record, as `entente code` codes it (said on stderr).
% requires ../shared/peers/tabari/cameo-tabari/CAMEO.091003.master.verbs
$ entente eval --actors ../shared/peers/tabari/cameo-tabari/CountryInfo.120116.actors --actors ../shared/peers/tabari/cameo-tabari/Internatnl.120521.actors --agents ../shared/peers/tabari/cameo-tabari/PSU.120522.agents --verbs ../shared/peers/tabari/cameo-tabari/CAMEO.091003.master.verbs --options ../shared/peers/tabari/cameo-tabari/CAMEO.09b5.options tests/fixtures/eval/en.real
? 1
--- stdout
tests/fixtures/eval/en.real (en, 9 items, 4 articles, 0 blocks skipped, 2 items with ?)
              tp    fp    fn    prec  recall     F1
  en           3     0     5   1.000  0.375  0.545
  en:02        1     0     0   1.000  1.000  1.000
  en:04        0     0     4   0.000  0.000  0.000
  en:11        0     0     1   0.000  0.000  0.000
  en:16        1     0     0   1.000  1.000  1.000
  en:17        1     0     0   1.000  1.000  1.000
--- stderr
entente: ../shared/peers/tabari/cameo-tabari/CountryInfo.120116.actors:20623: warning: invalid UTF-8; line skipped
entente: ../shared/peers/tabari/cameo-tabari/CAMEO.091003.master.verbs:7995: warning: bytes that are not UTF-8 read as spaces
entente: ../shared/peers/tabari/cameo-tabari/CAMEO.09b5.options:83: warning: bytes that are not UTF-8 read as spaces
entente: tests/fixtures/eval/en.real:37: bad CAMEO event code (3 or 4 digits, root 01 to 20)
