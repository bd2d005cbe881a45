# TABARI dictionaries switch `entente code` to TABARI's rules: agents join
# actors (PRESIDENT OF ARNOR), + and $ in patterns, paired codes [A:B],
# irregular forms {VISITED_}, dated actor codes, passive voice by a
# pattern, a null-coded pattern [---] stops the verb's own code, and a
# record under 8 words is not coded (TABARI's minimum).
$ cd $T && printf 'ARNOR_ [ARN]\nGONDOR_ [GON]\n+MINAS_TIRITH_\nOSGILIATH [OSG]\nBOROMIR_ [GON <990101] [OSG]\n' >a.actors && printf 'PRESIDENT_ [~GOVPRS]\nSOLDIER [~MIL]\n' >a.agents && printf 'ACCUSE [112]\n- * + OF TREASON [1121]\nMEET [031:031]\nVISIT_ [042:043]\n{VISITED_ VISITING_}\nATTACK [190]\n- + WAS * BY $ [195]\n- *_HELICOPTERS [---]\n' >a.verbs && printf '990101 R1\nThe president of Arnor accused Gondor of treason on Monday in the capital.\n\n990102 R2\nArnor soldiers and Gondor will meet with Osgiliath officials next week in Minas Tirith.\n\n990103 R3\nBoromir visited Arnor on Monday and was greeted by the president there.\n\n990104 R4\nOsgiliath was attacked by Arnor soldiers on Tuesday in the north.\n\n990105 R5\nArnor attacked helicopters of Gondor near the border on Friday night.\n\n990106 R6\nArnor accused Gondor.\n' >t.txt && entente code -j 1 --no-builtin --format tabari --input-format tabari --actors a.actors --agents a.agents --verbs a.verbs t.txt
? 0
--- stdout
990101	ARNGOVPRS	GON	1121	Accuse of crime, corruption	R1
990102	GON	OSG	031	Express intent to engage in material cooperation, not specified below	R2
990102	OSG	GON	031	Express intent to engage in material cooperation, not specified below	R2
990103	OSG	ARN	042	Make a visit	R3
990103	ARN	OSG	043	Host a visit	R3
990104	ARNMIL	OSG	195	Employ aerial weapons	R4
--- stderr
