$ entente code --format tabari --no-builtin --actors tests/fixtures/dict/actors.txt --verbs tests/fixtures/dict/verbs.txt --input-format tabari tests/fixtures/records.tabari
? 0
--- stdout
250903	RUS	PRK	057	Sign formal agreement	REC-1
250903	PRK	RUS	057	Sign formal agreement	REC-1
--- stderr
