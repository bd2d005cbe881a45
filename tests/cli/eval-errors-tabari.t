# --errors reads the built-in coder's sentences and triggers: not with TABARI's rules.
$ cd $T && printf 'ATTACK [190]\n' >a.verbs && entente eval --errors --verbs a.verbs $OLDPWD/tests/fixtures/eval/en.errors
? 2
--- stdout
--- stderr
entente: eval: --errors reads the built-in coder's sentences and triggers, not TABARI's rules
