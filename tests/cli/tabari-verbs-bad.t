# Bad lines of a TABARI .verbs file are reported as FILE:LINE: reason and
# skipped (bytes that are not UTF-8 are read as spaces); the rest loads and codes. A pattern naming an unknown synset is
# reported after the file is read (the synset may be defined further down).
$ cd $T && printf 'ARNOR_ [ARN]\nGONDOR_ [GON]\n' >a.actors && printf '{VISITED_}\n- * TREATY [161]\nACCUSE [112]\n- * OF TREASON\n- TREASON [1121]\n- * &NOSUCHSET [100]\n- * + OF ESPIONAGE [1121\n* + OF TREASON [1121]\nSIGN [081]\nMEET\xa0 [031]\n' >a.verbs && printf '990101 R1\nArnor accused Gondor of espionage on Monday in the capital.\n\n990102 R2\nArnor signed an accord with Gondor on Monday in the capital.\n' >t.txt && entente code -j 1 --no-builtin --format tabari --input-format tabari --actors a.actors --verbs a.verbs t.txt
? 0
--- stdout
990101	ARN	GON	112	Accuse, not specified below	R1
990102	ARN	GON	081	Ease administrative sanctions, not specified below	R2
--- stderr
entente: a.verbs:1: warning: verb forms with no verb above: '{VISITED_}'; line skipped
entente: a.verbs:2: warning: pattern before any verb: '- * TREATY [161]'; line skipped
entente: a.verbs:4: warning: pattern without [code]: ' * OF TREASON'; line skipped
entente: a.verbs:5: warning: pattern without the verb marker *: ' TREASON '; line skipped
entente: a.verbs:7: warning: missing ]: ' * + OF ESPIONAGE [1121'; line skipped
entente: a.verbs:8: warning: pattern without its leading '-': '* + OF TREASON [1121]'; line skipped
entente: a.verbs:10: warning: bytes that are not UTF-8 read as spaces
entente: a.verbs:6: warning: unknown synset: ' * &NOSUCHSET '; line skipped
