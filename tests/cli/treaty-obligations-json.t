# JSON for tools: the obligations towards PRK with treaty, conditions and evidence
% requires ../shared/corpus/hu/2025-09-03-rus-prk.txt
$ entente ingest --db $T/db ../shared/corpus/hu/2025-09-03-rus-prk.txt 2>/dev/null && entente obligations --attacked PRK --json --db $T/db | jq -c ".[] | {party, towards, type, conditions, help, treaty: .treaty.name, signed: .treaty.signed, duration: .treaty.duration, evidence: [.evidence[] | .sentence]}" && entente framing RUS PRK --json --db $T/db | jq -c ".[] | {speaker, other, term, count, s: [.evidence[].sentence]}"
? 0
--- stdout
{"party":"RUS","towards":"PRK","type":"defence","conditions":["external-aggression"],"help":["military","other"],"treaty":"comprehensive strategic partnership","signed":"--06","duration":"indefinite","evidence":[9]}
{"speaker":"RUS","other":"PRK","term":"partnership","count":1,"s":[19]}
{"speaker":"PRK","other":"RUS","term":"alliance","count":1,"s":[19]}
--- stderr
