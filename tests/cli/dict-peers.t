% requires ../shared/peers
$ P=../shared/peers; entente dict check $P/petrarch2/dictionaries/Phoenix.Countries.actors.txt $P/petrarch2/dictionaries/Phoenix.International.actors.txt $P/petrarch2/dictionaries/Phoenix.MilNonState.actors.txt $P/petrarch2/dictionaries/Phoenix.agents.txt $P/petrarch2/dictionaries/Phoenix.discards.txt $P/petrarch2/dictionaries/PETR.Validate.actors.txt $P/petrarch2/dictionaries/PETR.Validate.agents.txt $P/petrarch2/dictionaries/PETR.Validate.discards.txt $P/tabari/cameo-tabari/*.actors $P/tabari/cameo-tabari/*.agents $P/tabari/validation/TABARI.Demo.actors $P/tabari/validation/Validate.agents $P/phoenix/*.actors.txt
? 1
--- stdout
../shared/peers/petrarch2/dictionaries/Phoenix.Countries.actors.txt: 28382 entries, 39374 names, 7 bad lines
../shared/peers/petrarch2/dictionaries/Phoenix.International.actors.txt: 7895 entries, 7972 names, 1 bad line
../shared/peers/petrarch2/dictionaries/Phoenix.MilNonState.actors.txt: 1021 entries, 1793 names, 0 bad lines
../shared/peers/petrarch2/dictionaries/Phoenix.agents.txt: 2243 entries, 3402 names, 1 bad line
../shared/peers/petrarch2/dictionaries/Phoenix.discards.txt: 442 entries, 506 names, 0 bad lines
../shared/peers/petrarch2/dictionaries/PETR.Validate.actors.txt: 138 entries, 177 names, 0 bad lines
../shared/peers/petrarch2/dictionaries/PETR.Validate.agents.txt: 88 entries, 97 names, 0 bad lines
../shared/peers/petrarch2/dictionaries/PETR.Validate.discards.txt: 5 entries, 9 names, 0 bad lines
../shared/peers/tabari/cameo-tabari/CAMEO.ECS.120522.actors: 534 entries, 619 names, 0 bad lines
../shared/peers/tabari/cameo-tabari/CAMEO.RCS.120521.actors: 1148 entries, 1423 names, 0 bad lines
../shared/peers/tabari/cameo-tabari/CountryInfo.120116.actors: 32712 entries, 35495 names, 1 bad line
../shared/peers/tabari/cameo-tabari/Internatnl.120521.actors: 7572 entries, 7572 names, 0 bad lines
../shared/peers/tabari/cameo-tabari/Levant.080629.actors: 6634 entries, 6636 names, 2 bad lines
../shared/peers/tabari/cameo-tabari/PSU.120522.agents: 2131 entries, 2131 names, 0 bad lines
../shared/peers/tabari/validation/TABARI.Demo.actors: 131 entries, 142 names, 0 bad lines
../shared/peers/tabari/validation/Validate.agents: 86 entries, 86 names, 0 bad lines
../shared/peers/phoenix/CAMEO.EthnicGroups.actors.txt: 533 entries, 618 names, 0 bad lines
../shared/peers/phoenix/CAMEO.ReligiousGroups.actors.txt: 1148 entries, 1423 names, 0 bad lines
--- stderr
entente: ../shared/peers/petrarch2/dictionaries/Phoenix.Countries.actors.txt:2039: warning: bad code '[ARMUNR 9008223-911221'; line skipped
entente: ../shared/peers/petrarch2/dictionaries/Phoenix.Countries.actors.txt:18010: warning: bad code '[GBRGOV >201005011'; line skipped
entente: ../shared/peers/petrarch2/dictionaries/Phoenix.Countries.actors.txt:22508: warning: bad code '[IRQOCC 1920030320-20060520'; line skipped
entente: ../shared/peers/petrarch2/dictionaries/Phoenix.Countries.actors.txt:22519: warning: bad code '[IRQOCC 1920030320-20060520'; line skipped
entente: ../shared/peers/petrarch2/dictionaries/Phoenix.Countries.actors.txt:31715: warning: bad code '[MNEGOV 20121204'; line skipped
entente: ../shared/peers/petrarch2/dictionaries/Phoenix.Countries.actors.txt:43613: warning: bad code '[SDNSSDAUT 1920050709-20110709'; line skipped
entente: ../shared/peers/petrarch2/dictionaries/Phoenix.Countries.actors.txt:51384: warning: bad code '[USAGOV 19820101'; line skipped
entente: ../shared/peers/petrarch2/dictionaries/Phoenix.International.actors.txt:40: warning: bad code '[KORGOVBUS 2004017-20061201'; line skipped
entente: ../shared/peers/petrarch2/dictionaries/Phoenix.agents.txt:544: warning: bad code in brackets; line skipped
entente: ../shared/peers/tabari/cameo-tabari/CountryInfo.120116.actors:20623: warning: invalid UTF-8; line skipped
entente: ../shared/peers/tabari/cameo-tabari/Levant.080629.actors:4558: warning: bad code in brackets; line skipped
entente: ../shared/peers/tabari/cameo-tabari/Levant.080629.actors:5236: warning: bad code in brackets; line skipped
