$ entente explain --lang en --date 2025-09-03 --no-builtin --actors tests/fixtures/dict/actors.txt --verbs tests/fixtures/dict/verbs.txt 'North Korea did not attack Ukraine. Putin meets Kim Jong Un, Interfax reported.'
? 0
--- stdout
language: en; date: 2025-09-03
sentence 0: North Korea did not attack Ukraine.
  verb "did not attack": subject "North Korea", object "Ukraine"
  actor "North Korea" PRK
  actor "Ukraine" UKR
  trigger "attack" matches 190 attack (tests/fixtures/dict/verbs.txt:4)
    -> event PRK 190 UKR (negated)
sentence 1: Putin meets Kim Jong Un, Interfax reported.
  reported by: Interfax
  verb "meets": subject "Putin", object "Kim Jong Un"
  actor "Putin" RUSGOV
  actor "Kim Jong Un" PRKGOV
  trigger "meets" matches 040 meet (tests/fixtures/dict/verbs.txt:3)
    -> event RUSGOV 040 PRKGOV
    -> event PRKGOV 040 RUSGOV
3 events
  PRK 190 UKR  Use conventional military force, not specified below [negated]
  RUSGOV 040 PRKGOV  Consult, not specified below
  PRKGOV 040 RUSGOV  Consult, not specified below
--- stderr
