$ entente explain --json --lang en --date 2025-09-03 --no-builtin --actors tests/fixtures/dict/actors.txt --verbs tests/fixtures/dict/verbs.txt 'Russia and North Korea sign a treaty.' | jq -c '.events[] | [.source.code, .event.code, .target.code]'
? 0
--- stdout
["RUS","057","PRK"]
["PRK","057","RUS"]
--- stderr
