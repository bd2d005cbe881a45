# --errors --verbose: each error with its class and why.
$ entente eval --errors --verbose tests/fixtures/eval/en.errors
? 0
--- stdout
DIFF tests/fixtures/eval/en.errors:7 err-001: France attacked Germany.
  missed DEU 19 FRA       Attachment: trigger and actors found, roles assigned otherwise
  extra  FRA 19 DEU       Attachment: the direction
DIFF tests/fixtures/eval/en.errors:10 err-001: Italy attacked Germany.
  missed ITA 19 FRD       Actors: no target actor found
  extra  ITA 19 DEU       Actors: a target the gold does not name
DIFF tests/fixtures/eval/en.errors:13 err-001: France glorbed Germany.
  missed FRA 19 DEU       Verbs: no trigger of the root
DIFF tests/fixtures/eval/en.errors:16 err-001: France praised Germany.
  missed FRA 04 DEU       Verbs: no trigger of the root
  extra  FRA 05 DEU       Verbs: another root between these actors
DIFF tests/fixtures/eval/en.errors:19 err-001: France could attack Germany.
  missed FRA 19 DEU       Conventions: coded, but not as a fact (negated or mood)
DIFF tests/fixtures/eval/en.errors:22 err-001: Germany attacked Poland.
  extra  DEU 19 POL       Conventions: the gold says it is not a fact
DIFF tests/fixtures/eval/en.errors:25 err-001: France's army struck at dawn! Germany was the target.
  missed FRA 19 DEU       Splitting: actors and trigger in one sentence the coder cut or merged
DIFF tests/fixtures/eval/en.errors:30 err-002: France attacked at dawn near the U.S. Germany was hit.
  extra  FRA 19 DEU       Splitting: an actor from another sentence the coder cut or merged
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
