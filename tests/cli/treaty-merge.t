# merged across articles: the English and Hungarian reports of the same treaty are one
# treaty; a month without a year stays uncertain beside the full date
$ printf "date 2025-09-03 Russia and North Korea signed a comprehensive strategic partnership treaty in Pyongyang on June 19, 2024.\n\nThe treaty obliges each side to provide military assistance if the other is attacked.\n" > $T/en.txt && printf "date 2025-09-04 Oroszország és Észak-Korea júniusban megkötötte az átfogó stratégiai partnerségi szerződést — közölte a TASZSZ.\n\nA szerződés határozatlan ideig hatályban marad.\n" > $T/hu.txt && entente ingest --db $T/db $T/en.txt $T/hu.txt 2>/dev/null && entente treaties --db $T/db && entente graph --format json --db $T/db
? 0
--- stdout
treaty 1  PRK+RUS  comprehensive strategic partnership (comprehensive strategic partnership treaty)
  duration     indefinite
               2025-09-04 5b8b40c1b6119b43 s1: A szerződés határozatlan ideig hatályban marad.
  signed       2024-06-19 [CAMEO 057]
               2025-09-03 591799e7c5be91f7 s0: Russia and North Korea signed a comprehensive strategic partnership treaty in Pyongyang on June 19, 2024.
  signed       --06 (year uncertain), reported by TASZSZ [CAMEO 057]
               2025-09-04 5b8b40c1b6119b43 s0: Oroszország és Észak-Korea júniusban megkötötte az átfogó stratégiai partnerségi szerződést — közölte a TASZSZ.
  obligation   defence PRK -> RUS; if armed-attack; help military
  obligation   defence RUS -> PRK; if armed-attack; help military
  source       2025-09-03 591799e7c5be91f7
  source       2025-09-04 5b8b40c1b6119b43
{"nodes":[{"id":"PRK"},{"id":"RUS"}],"edges":[{"from":"PRK","to":"RUS","type":"defence","treaty":1,"name":"comprehensive strategic partnership"},{"from":"RUS","to":"PRK","type":"defence","treaty":1,"name":"comprehensive strategic partnership"}]}
--- stderr
