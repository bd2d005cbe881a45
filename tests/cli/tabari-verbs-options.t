# A TABARI .options file: LABEL names a code in the event lines, COMPLEX
# drops a sentence with too many verbs, SET: CODE BY SENTENCE keeps the first
# event of a compound sentence only.
$ cd $T && printf 'ARNOR_ [ARN]\nGONDOR_ [GON]\nOSGILIATH_ [OSG]\n' >a.actors && printf 'ACCUSE [112]\n- * + OF TREASON [1121]\nPRAISE [051]\nMEET [031]\nVISIT [042]\nSIGN [057]\n' >a.verbs && printf 'LABEL: 1121=ACCUSE OF TREASON\nCOMPLEX: VERBS[4]\nSET: CODE BY SENTENCE\n' >a.options && printf '990101 R1\nArnor accused Gondor of treason on Monday and praised Osgiliath in the capital.\n\n990102 R2\nArnor praised Gondor and will meet Osgiliath and visit the capital and sign a treaty.\n' >t.txt && entente code -j 1 --no-builtin --format tabari --input-format tabari --actors a.actors --verbs a.verbs --options a.options t.txt
? 0
--- stdout
990101	ARN	GON	1121	ACCUSE OF TREASON	R1
--- stderr
