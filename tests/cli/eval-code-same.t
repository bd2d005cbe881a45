# With the built-in coder too, eval codes each block as `entente code` codes the same
# article (title = headline, text = the '<'/'>' lines): identical events, spans included.
$ sed '/^@@ afp-705/,$d' tests/fixtures/eval/en.real >$T/en.real && entente eval --events $T/eval.jsonl $T/en.real >/dev/null 2>&1; jq -Rsc 'split("\n@@ ")[1:][] | split("\n") as $l | ($l[0] | split(" ")) as $h | {id: $h[0], date: $h[1], title: ([$l[] | select(startswith("^ ")) | .[2:]] | join("")), text: ([$l[] | select(startswith("< ") or startswith("> ")) | .[2:]] | join("\n\n"))}' $T/en.real >$T/pages.jsonl && entente code -j 1 $T/pages.jsonl | jq -c . >$T/code.jsonl && jq -r '[.article, .source.code, .event.code, .target.code, .event.start, .negated, .mood] | @tsv' $T/code.jsonl && diff $T/code.jsonl <(jq -c . $T/eval.jsonl)
? 0
--- stdout
en-001	RUSGOV	042	CHN	58	false	
en-001	RUSGOV	040	CHNGOV	92	false	
en-001	CHNGOV	040	RUSGOV	92	false	
en-001	RUSGOV	111	USA	150	false	
en-002	PHLCVL	141	CHNMIL	21	false	
en-002	KEN	0253	GBR	75	false	
en-002	HUN	043	SRBGOV	148	false	
en-003	IGOEUREEC	163	BLR	10	false	
en-003	IGOEUREEC	163	BLR	51	false	
en-003	NOR	161	IRNGOV	105	false	
--- stderr
