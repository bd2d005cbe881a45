# Regression (issue 14): `entente recode` with TABARI dictionaries re-codes
# the stored articles through the same pipeline as `ingest` and keeps their
# events (it called the built-in coder, with no dictionaries, and erased
# them: 5 mentions -> 0). A stale fingerprint (one more verb) re-codes.
$ cd $T && printf 'ARNOR_ [ARN]\nGONDOR_ [GON]\n+MINAS_TIRITH_\nOSGILIATH [OSG]\nBOROMIR_ [GON <990101] [OSG]\n' >a.actors && printf 'PRESIDENT_ [~GOVPRS]\nSOLDIER [~MIL]\n' >a.agents && printf 'ACCUSE [112]\n- * + OF TREASON [1121]\nMEET [031:031]\nVISIT_ [042:043]\n{VISITED_ VISITING_}\n' >a.verbs && printf '990101 R1\nThe president of Arnor accused Gondor of treason on Monday in the capital.\n\n990102 R2\nArnor soldiers and Gondor will meet with Osgiliath officials next week in Minas Tirith.\n\n990103 R3\nBoromir visited Arnor on Monday and was greeted by the president there.\n' >t.txt && export SOURCE_DATE_EPOCH=1760000000 && D="--no-builtin --actors a.actors --agents a.agents" && entente ingest --db a.db $D --verbs a.verbs --input-format tabari t.txt && entente export --db a.db --format jsonl | jq -c '[.date,.source,.target,.code,.num_mentions]' && cp a.verbs b.verbs && printf 'ATTACK [190]\n' >>b.verbs && entente recode --db a.db $D --verbs b.verbs && entente export --db a.db --format jsonl | jq -c '[.date,.source,.target,.code,.num_mentions]'
? 0
--- stdout
["1999-01-01","ARNGOVPRS","GON","1121",1]
["1999-01-02","GON","OSG","031",1]
["1999-01-02","OSG","GON","031",1]
["1999-01-03","OSG","ARN","042",1]
["1999-01-03","ARN","OSG","043",1]
["1999-01-01","ARNGOVPRS","GON","1121",1]
["1999-01-02","GON","OSG","031",1]
["1999-01-02","OSG","GON","031",1]
["1999-01-03","OSG","ARN","042",1]
["1999-01-03","ARN","OSG","043",1]
--- stderr
entente: ingest: 3 articles read, 3 stored (0 as copies from another outlet), 0 already stored, 0 skipped with errors; 5 mentions coded
entente: recode: 3 articles re-coded, 5 mentions, 0 failed
