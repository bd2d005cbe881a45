$ entente explain --lang en --date 2025-09-03 --no-builtin --actors tests/fixtures/dict/actors.txt --verbs tests/fixtures/dict/verbs.txt 'The weather was fine in Russia on Monday.'; entente explain --lang en --date 2025-09-03 --no-builtin --actors tests/fixtures/dict/actors.txt --verbs tests/fixtures/dict/verbs.txt 'Russia attacked.'; entente explain --lang en --date 2025-09-03 --no-builtin --actors tests/fixtures/dict/actors.txt --verbs tests/fixtures/dict/verbs.txt 'The weather was fine.'
? 0
--- stdout
language: en; date: 2025-09-03
sentence 0: The weather was fine in Russia on Monday.
  verb "was": subject "The weather", object -
  no event in this sentence: no actor and no event word found
0 events
language: en; date: 2025-09-03
sentence 0: Russia attacked.
  verb "attacked": subject "Russia", object -
  actor "Russia" RUS
  trigger "attacked" matches 190 attack (tests/fixtures/dict/verbs.txt:4)
    -> no event: no target actor
  no event in this sentence: see the triggers above
0 events
language: en; date: 2025-09-03
sentence 0: The weather was fine.
  verb "was": subject "The weather", object -
  no event in this sentence: no actor and no event word found
0 events
--- stderr
