$ entente dict unknown --no-builtin --actors tests/fixtures/dict/actors.txt tests/fixtures/unknown.jsonl
? 0
--- stdout
     2  Quux Republic                  Zorblandia and Quux Republic met in Paris.
     2  Zorblandia                     Zorblandia threatened Russia.
     1  Paris                          Zorblandia and Quux Republic met in Paris.
--- stderr
