% requires ../shared/corpus/hu/2025-09-03-rus-prk.txt
$ entente sentences ../shared/corpus/hu/2025-09-03-rus-prk.txt
? 0
--- stdout
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":0,"start":0,"end":111,"text":"Megerősítette korábbi kétállami megállapodását Oroszország és Észak-Korea — közölte az Interfax."}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":1,"start":113,"end":132,"text":"Keleti repülőrajt"}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":2,"start":134,"end":412,"text":"Az Észak-Korea és Oroszország közötti kapcsolatok minden tekintetben fejlődnek, mióta júniusban az országok megkötötték a kétoldalú, átfogó stratégiai partnerséget – jelentette ki Kim Dzsongun észak-koreai vezető a pekingi találkozón Vlagyimir Putyinnal."}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":3,"start":413,"end":511,"text":"A két vezető Kína katonai parádéján találkozott, ahol meg is erősítették a jó viszonyt."}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":4,"start":512,"end":556,"text":"Észak-Korea legfelsőbb vezetője elmondta:"}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":5,"start":558,"end":669,"text":"A két ország közötti kapcsolatok minden tekintetben fejlődnek az államközi szerződés megkötése óta."}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":6,"start":671,"end":700,"text":"– nyilatkozta Kim Dzsongun."}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":7,"start":702,"end":786,"text":"A két szövetséges ország látogatás nem csupán szép gesztus volt Kína felé."}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":8,"start":787,"end":958,"text":"A kölcsönös védelmi záradékot is tartalmazó „átfogó stratégiai partnerségi” szerződés aláírására is ezt a csúcstalálkozót találták megfelelőnek."}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":9,"start":960,"end":1111,"text":"A szerződésben mindkét állam kötelezettséget vállalt arra, hogy külső agresszió esetén \"katonai és egyéb\" segítséget nyújt a másiknak."}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":10,"start":1113,"end":1210,"text":"Ugyanakkor a 23. cikk hangsúlyozta, hogy a szerződés \"hatálya határozatlan ideig fennmarad\"."}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":11,"start":1211,"end":1380,"text":"Nem véletlen, hogy mindkét fél vonakodott meghatározni az ilyen segítségnyújtás jellegét, miközben lehetővé tette a későbbi fokozottabb együttműködést."}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":12,"start":1382,"end":1437,"text":"Miért működne együtt Oroszország Észak-Koreával?"}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":13,"start":1439,"end":1762,"text":"A Chatham House kutatása szerint az Észak-Korea és Oroszország között kialakuló együttműködés egy rövid távú, tranzakciós kapcsolat lehet, amely az ukrajnai háború folyamatának változásaira erősen érzékeny, amiért Észak-Korea tüzérségi és egyéb fegyverutánpótlást szállít Oroszországnak."}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":14,"start":1763,"end":1902,"text":"Ezzel szemben lehetséges, hogy a Moszkva és Phenjan közötti kapcsolatok hosszú távon túlmutatnak a puszta fegyver- és pénzcserén."}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":15,"start":1904,"end":2146,"text":"Ez a narratíva azt sugallja, hogy a két állam hivatalos szövetséget szándékozik kialakítani, amelybe esetleg Kína is bevonásra kerül, mint az ukrajnai háború utáni vezető nagyhatalom és ellensúlya az USA vezető szerepének.."}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":16,"start":2148,"end":2165,"text":"Eltérő retorika"}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":17,"start":2167,"end":2264,"text":"Észak-Korea és Oroszország Pekingben megújult partnersége Moszkva lőszerigényéből eredt."}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":18,"start":2265,"end":2472,"text":"Észak-Korea és Oroszország ugyanis eltérő kifejezéseket használnak a megújult kétoldalú kapcsolatokra, ami azt tükrözi, hogy a két állam nem ugyanúgy látja a kétoldalú kapcsolatok céljait."}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":19,"start":2476,"end":2638,"text":"Míg Kim Dzsongun Észak-Korea Oroszországgal kialakított új kapcsolatát szövetségnek nevezte, Oroszország a partnerség kifejezést részesíti előnyben."}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":20,"start":2640,"end":2781,"text":"A szakértők azt következtetik, hogy Oroszország az ukrajnai háború befejezése után gyorsan megszakítaná a kapcsolatokat Phenjannal."}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":21,"start":2782,"end":2866,"text":"A kölcsönös kötelezettségvállalások jelenleg hatalmas tételeet tartalmaznak."}
{"article":"ddff952aca50dcb5","date":"2025-09-03","lang":"hu","sentence":22,"start":2867,"end":3126,"text":"Ez azért különösen aggasztó, mert még ha a két ország közötti kapcsolatok az ukrajnai háború befejezése után elveszítik is jelenlegi intenzitásukat, Oroszország valószínűleg nem fogja tudni teljesen a kötelezettségeit Észak-Korea felé."}
--- stderr
