# In the TABARI mode eval codes exactly what `entente code` emits with the same options: the
# blocks as JSON lines (title = headline, text = the '<'/'>' lines) and the TABARI record
# coded by `code` give the very events eval writes with --events (no diff output).
% requires ../shared/peers/tabari/cameo-tabari/CAMEO.091003.master.verbs
$ C=../shared/peers/tabari/cameo-tabari; TB="--actors $C/CountryInfo.120116.actors --actors $C/Internatnl.120521.actors --agents $C/PSU.120522.agents --verbs $C/CAMEO.091003.master.verbs --options $C/CAMEO.09b5.options"; entente eval $TB --events $T/eval.jsonl tests/fixtures/eval/en.real >/dev/null 2>&1; jq -Rsc 'split("\n@@ ")[1:][] | split("\n") as $l | ($l[0] | split(" ")) as $h | select($h[2] | startswith("tabari:") | not) | {id: $h[0], date: $h[1], title: ([$l[] | select(startswith("^ ")) | .[2:]] | join("")), text: ([$l[] | select(startswith("< ") or startswith("> ")) | .[2:]] | join("\n\n"))}' tests/fixtures/eval/en.real >$T/pages.jsonl && { entente code -j 1 $TB $T/pages.jsonl; entente code -j 1 $TB --input-format tabari ../shared/peers/tabari/samples/gigaword76.text; } 2>/dev/null | jq -c 'select(.article | test("^(en-|AFP0808020705_1$)"))' >$T/code.jsonl && jq -r '[.article, .source.code, .event.code, .target.code, .event.start] | @tsv' $T/code.jsonl && diff $T/code.jsonl <(jq -c . $T/eval.jsonl)
? 0
--- stdout
en-001	RUSGOV	042	CHN	58
en-001	CHN	043	RUSGOV	58
en-002	PHLOPP	141	CHNMIL	21
en-002	KEN	020	GBR	75
en-003	IGOEUREEC	163	BLR	51
en-003	NOR	174	IRNGOV	105
AFP0808020705_1	GUY	173	BRA	22
--- stderr
