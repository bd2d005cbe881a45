# entente validate on a small TABARI project: expected codings come from the
# record comments (never coded), an OPTION record changes the options, a
# record without braces is not scored, FINAL-01 ends the suite; --floor
# turns a low score into exit status 1.
$ cd $T && printf 'ARNOR_ [ARN]\nGONDOR_ [GON]\n' >v.actors && printf 'ACCUSE [112]\nMEET [031:031]\n' >v.verbs && printf 'SET: CODE BY CLAUSE\n' >v.options && printf 'Mini suite\n<actorsfile> v.actors\n<verbsfile> v.verbs\n<optionsfile> v.options\n<textfile> v.text\n' >v.project && printf '000101 START-00\nA suite record without events to check, only an explanation here. /* no braces */\n\n990101 R-01\nArnor accused Gondor of treason on Monday in the capital. /*\n{ ARN / GON / 112 } */\n\n990101 R-02\nArnor will meet Gondor officials on Monday in the capital. /*\n{ ARN / GON / 031 } */\n\n990101 OPT\nSwitching the minimum sentence length for the next record now. /*\n{ OPTION: SET: MINIMUM WORDS = 3 } */\n\n990101 R-03\nArnor accused Gondor. /*\n{ ARN / GON / 112 } */\n\n990101 R-04\nThe capital of Arnor is far from Gondor, its neighbour, they say. /*\n{---} */\n\n990101 FINAL-01\nArnor accused Gondor of treason on Monday in the capital. /*\n{ ARN / GON / 112 } */\n' >v.text && entente validate v.project && entente validate --quiet --floor 90 v.project
? 1
--- stdout
PASS R-01 expected ARN/GON/112 produced ARN/GON/112
FAIL R-02 expected ARN/GON/031 produced ARN/GON/031 GON/ARN/031
PASS R-03 expected ARN/GON/112 produced ARN/GON/112
PASS R-04 expected (none) produced (none)
records 4, exact 3 (75.0 %), expected events found 3 of 3, extra 1
records 4, exact 3 (75.0 %), expected events found 3 of 3, extra 1
--- stderr
