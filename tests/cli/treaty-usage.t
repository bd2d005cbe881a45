# usage errors name the problem
$ entente obligations --db x.db; echo "rc $?"; entente obligations --attacked "PRK;DROP" --db x.db; echo "rc $?"; entente framing RUS --db x.db; echo "rc $?"; entente graph --format png; echo "rc $?"; entente treaties --party x; echo "rc $?"
? 0
--- stdout
rc 2
rc 2
rc 2
rc 2
rc 2
--- stderr
usage: entente obligations --attacked CODE [--db PATH] [--json]

Who is bound towards CODE by a stored treaty: defence obligations first (who
must help it if it is attacked), then the others (non-aggression, neutrality,
consultation); with the condition, the kind of help, the treaty, since when
(its signing, or its first report) and the sentences that say so.
entente: obligations: bad --attacked 'PRK;DROP' (a country code such as PRK)
usage: entente framing A B [--db PATH] [--json]

The words A and B use for their relationship (alliance, partnership,
friendship, enemy, rival, brotherhood), per side, with counts and the
sentences: only words attributed to a side (its quotes, "X called it ...",
"Y prefers the term ..."), never the journalist's own words or a treaty's name.
entente: graph: unknown --format 'png' (dot, json)
entente: treaties: bad --party 'x' (a country code such as RUS)
