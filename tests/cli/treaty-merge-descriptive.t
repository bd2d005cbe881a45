# "the mutual defence treaty" of two states is their treaty that has a defence obligation:
# in the store (two articles, either order) and within one article; a treaty with
# another naming name ("Trinity House") stays apart
$ cd $T && printf "date 2025-09-03 Russia and North Korea signed a comprehensive strategic partnership treaty in Pyongyang on June 19, 2024.\n\nThe treaty obliges each side to provide military assistance if the other is attacked.\n" > a.txt && printf "date 2025-09-04 Oroszország és Észak-Korea megerősítette a kölcsönös védelmi szerződést.\n" > b.txt && entente ingest --db one.db a.txt b.txt 2>/dev/null && entente ingest --db two.db b.txt 2>/dev/null && entente ingest --db two.db a.txt 2>/dev/null && for d in one two; do sqlite3 $d.db "SELECT id, parties, name FROM treaties"; done && printf "date 2025-09-04 Oroszország és Észak-Korea megerősítette a kölcsönös védelmi szerződést.\n\nAz átfogó stratégiai partnerségi szerződés szerint mindkét állam katonai segítséget nyújt a másiknak, ha fegyveres támadás éri.\n\nA két ország tavaly a Trinity House megállapodást is aláírta.\n" > c.txt && entente treaties --facts --lang hu c.txt
? 0
--- stdout
1|PRK+RUS|comprehensive strategic partnership
1|PRK+RUS|comprehensive strategic partnership
treaty PRK+RUS "comprehensive strategic partnership"
status PRK+RUS reaffirmed 2025-09-04
obligation PRK+RUS defence PRK>RUS if=armed-attack help=military
obligation PRK+RUS defence RUS>PRK if=armed-attack help=military
treaty PRK+RUS "trinity house"
status PRK+RUS signed 2024
--- stderr
