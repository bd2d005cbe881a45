# One reader of TABARI/PETRARCH .actors files (src/tabari/actors.c) for both
# dictionaries: entente's own matcher (`actors`, the built-in coder) and
# TABARI's coding give the same codes. A `<DATE` code holds up to and
# including DATE (TABARI manual 6.5.2), as a range DATE-DATE does; the
# built-in matcher ended it a day early. Substitution sets (!PERSON!) expand
# in both (TABARI mode ignored them).
$ cd $T && printf 'GONDOR_ [GON]\nARNOR_ [ARN]\nBOROMIR_ [GON <990101] [OSG]\nFARAMIR_\n    [GON 981231-990101]\n    [OSG]\n!PERSON! = MAN, WOMAN\nCONGRESS!PERSON! [USALEG]\n' >a.actors && printf 'ACCUSE [112]\n' >a.verbs && for d in 981231 990101 990102; do printf "$d R$d\nBoromir and Faramir accused Arnor of treason on Monday in the capital.\n\n"; done >t.txt && printf "990103 R4\nThe congresswoman accused Arnor of treason on Monday in the capital.\n" >>t.txt && entente code -j 1 --no-builtin --format tabari --input-format tabari --actors a.actors --verbs a.verbs t.txt && entente actors --no-builtin --actors a.actors --input-format tabari t.txt | jq -r '[.article,.text,.code] | @tsv'
? 0
--- stdout
981231	GON	ARN	112	Accuse, not specified below	R981231
990101	GON	ARN	112	Accuse, not specified below	R990101
990102	OSG	ARN	112	Accuse, not specified below	R990102
990103	USALEG	ARN	112	Accuse, not specified below	R4
R981231	Boromir	GON
R981231	Faramir	GON
R981231	Arnor	ARN
R990101	Boromir	GON
R990101	Faramir	GON
R990101	Arnor	ARN
R990102	Boromir	OSG
R990102	Faramir	OSG
R990102	Arnor	ARN
R4	congresswoman	USALEG
R4	Arnor	ARN
--- stderr
