# Senses of English triggers (data/verbs/en.txt) on the built-in
# dictionaries, sentences written for this test: welcoming a decision is
# praise (051), welcoming a person to a place is hosting (043); a host who
# greets a guest receives him (043, the guest visits: 042); "drew
# condemnation from Y" and "came under Y's attacks" are acts of Y (flag
# rev); an invitation or a call received comes from its sender; speaking
# to a leader is a consultation both ways, speaking to reporters none;
# sparring is verbal conflict both ways; rebutting accusations is a
# denial (016); troops that disengage pull back (0874); restrictions
# imposed on a country are sanctions (163); hitting back at a country in
# words is criticism (111); attending a meeting together is a
# consultation among the attendees; rockets sent into a country are fired
# (195), not supplied; trading attacks is fighting both ways; drones shot
# down are their launcher's attack (GUIDE 4.12) and what a statement says
# still triggers; raising a reward for an arrest is 163 (GUIDE 4.12); an
# -ing form after "for" is a topic ("a roadmap for normalizing
# relations"); insisting that a country must act is a demand, insisting
# that something is so a statement.
$ entente code --format tsv tests/fixtures/verbs/senses-en.txt | cut -f3-6
--- stdout
1	DEU	CHN	051
2	KEN	SOMGOV	043
3	LBNGOV	FRAGOV	043
3	FRAGOV	LBNGOV	042
4	TWN	CHNMIL	111
5	RUSMIL	UKRGOV	190
6	SOM	KEN	036
7	KEN	SOMGOV	041
7	SOMGOV	KEN	041
8	TURGOV	GRCGOV	040
8	GRCGOV	TURGOV	040
10	ZAFGOV	USAGOV	111
10	USAGOV	ZAFGOV	111
11	IND	PAK	016
12	IND	CHNMIL	0874
12	CHNMIL	IND	0874
13	JPN	KOR	163
14	KORGOV	JPNGOV	111
15	IND	PAKGOV	040
15	PAKGOV	IND	040
16	LBNREB	ISR	195
17	ISR	LBNREB	190
17	LBNREB	ISR	190
18	UKRMIL	RUSGOV	195
19	USA	VENGOV	163
21	VENGOV	USA	100
22	VENGOV	USA	010
23	FIN	IGOWSTNAT	022
23	SWE	IGOWSTNAT	022
--- stderr
