$ entente sentences --input-format xml tests/fixtures/two.jsonl
? 2
--- stdout
--- stderr
entente: unknown input format 'xml' (auto, plain, jsonl, tabari)
