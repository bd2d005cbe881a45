# issue 7 acceptance on the reference article: one treaty RUS-PRK with a mutual
# defence obligation, indefinite duration from article 23, reaffirmed 2025-09-03 as
# reported by Interfax; RUS is bound towards PRK and PRK towards RUS; PRK calls it an
# alliance and RUS a partnership, each with its sentence.
% requires ../shared/corpus/hu/2025-09-03-rus-prk.txt
$ entente ingest --db $T/db ../shared/corpus/hu/2025-09-03-rus-prk.txt 2>/dev/null && entente treaties --db $T/db && entente obligations --attacked PRK --db $T/db && entente obligations --attacked RUS --db $T/db && entente framing RUS PRK --db $T/db
? 0
--- stdout
treaty 1  PRK+RUS  comprehensive strategic partnership (átfogó stratégiai partnerséget)
  duration     indefinite (article 23)
               2025-09-03 ddff952aca50dcb5 s10: Ugyanakkor a 23. cikk hangsúlyozta, hogy a szerződés "hatálya határozatlan ideig fennmarad".
  reaffirmed   2025-09-03, reported by Interfax [CAMEO 050]
               2025-09-03 ddff952aca50dcb5 s0: Megerősítette korábbi kétállami megállapodását Oroszország és Észak-Korea — közölte az Interfax.
  signed       --06 (year uncertain) [CAMEO 057]
               2025-09-03 ddff952aca50dcb5 s2: Az Észak-Korea és Oroszország közötti kapcsolatok minden tekintetben fejlődnek, mióta júniusban az országok megkötötték a kétoldalú, átfogó stratégiai partnerséget – jelentette ki Kim Dzsongun észak-koreai vezető a pekingi találkozón Vlagyimir Putyinnal.
  obligation   defence PRK -> RUS; if external-aggression; help military, other
  obligation   defence RUS -> PRK; if external-aggression; help military, other
  article 23   duration
  source       2025-09-03 ddff952aca50dcb5
obligations towards PRK (who is bound to help it if attacked, and how)
RUS  defence; if external-aggression; help military, other
     under treaty 1 PRK+RUS comprehensive strategic partnership, signed --06 (year uncertain), in force indefinite (article 23)
     evidence: 2025-09-03 ddff952aca50dcb5 s9: A szerződésben mindkét állam kötelezettséget vállalt arra, hogy külső agresszió esetén "katonai és egyéb" segítséget nyújt a másiknak.
obligations towards RUS (who is bound to help it if attacked, and how)
PRK  defence; if external-aggression; help military, other
     under treaty 1 PRK+RUS comprehensive strategic partnership, signed --06 (year uncertain), in force indefinite (article 23)
     evidence: 2025-09-03 ddff952aca50dcb5 s9: A szerződésben mindkét állam kötelezettséget vállalt arra, hogy külső agresszió esetén "katonai és egyéb" segítséget nyújt a másiknak.
how RUS and PRK name their relationship (words attributed to each side)
RUS  -> PRK  partnership  1
    2025-09-03 ddff952aca50dcb5 s19: Míg Kim Dzsongun Észak-Korea Oroszországgal kialakított új kapcsolatát szövetségnek nevezte, Oroszország a partnerség kifejezést részesíti előnyben.
PRK  -> RUS  alliance     1
    2025-09-03 ddff952aca50dcb5 s19: Míg Kim Dzsongun Észak-Korea Oroszországgal kialakított új kapcsolatát szövetségnek nevezte, Oroszország a partnerség kifejezést részesíti előnyben.
--- stderr
