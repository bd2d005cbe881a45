$ entente dict stats --no-builtin --actors tests/fixtures/dict/actors.txt | grep -v '^  [a-z][a-z] *country' | grep -v '^  [a-z][a-z][a-z] *country'
? 0
--- stdout
entries by language and kind:
  en     person          2
  en     agent           1
  en     adj             1
names: 518, bad lines: 0
names shared by different countries:
collisions: 0
--- stderr
