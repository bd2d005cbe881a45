# The English trigger matcher (src/coder/triggers.c) on the built-in
# dictionaries: a word triggers a pattern only when it is a form of the
# pattern's lemma ("commandeered" of commandeer; "allegations" is no form of
# allege, "condemnation" none of condemn: only noun patterns take them), a
# past participle between a preposition or number and its noun is an
# adjective ("about detained Kenyan students"), a capitalised word inside a
# sentence is part of a name ("the Joint Strike Force against Somalia") except in a
# headline in title case ("Kenya Attacks Somalia"); the {…} words of an
# obj pattern (data/verbs/en-petrarch.txt: attack {policy}, 111) are the
# verb's object, ending its phrase: "attacked Somalia's new policy" is
# criticism, "attacked Somalia's policy makers" an attack; after a
# determiner or possessive and up to three adjectives a word is a noun
# ("the closed-door meeting between ..." is no meeting, "the alliance's
# support" no praise), but a noun before an -ing form leaves it a verb ("a
# resolution condemning Kenya"); a meeting named in a phrase with at,
# during or in is one ("at a rare meeting", ^{...}); "with help from Y" is
# Y's aid (rev).
$ entente code --format tsv tests/fixtures/verbs/matcher-en.txt | cut -f3-6
--- stdout
0	KEN	SOM	190
4	SOM	KEN	111
6	KENMIL	SOM	1711
7	SOMCOP	KENGOV	074
8	KEN	SOM	111
9	KEN	SOM	190
11	KEN	SOMGOV	057
11	SOMGOV	KEN	057
11	KEN	SOMGOV	040
11	SOMGOV	KEN	040
12	SOM	KEN	111
14	ETHMIL	KEN	070
--- stderr
