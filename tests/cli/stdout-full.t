# Issue 15, case 6: a failed write on stdout (here /dev/full) is reported
# once, with its reason, and the exit status is non-zero, for every command
# that prints (it was exit 0 without a word for code, actors, summary, dyad,
# graph, explain, treaties; export exited 1 in silence).
$ entente ingest --db $T/d.db examples 2>/dev/null; for c in "code examples" "code --format tsv examples" "sentences examples" "actors examples/wire.jsonl" "explain Russia attacked Ukraine." "treaties --facts examples/2025-09-04-putyin-kim-szovetseg.txt" "summary --db $T/d.db" "summary --json --db $T/d.db" "dyad RUS PRK --db $T/d.db" "dyad RUS PRK --json --db $T/d.db" "graph --db $T/d.db" "treaties --db $T/d.db" "obligations --attacked RUS --db $T/d.db" "framing RUS PRK --db $T/d.db" "export --format gdelt --db $T/d.db" "export --format csv --db $T/d.db" "dict stats" "--version" "--help" "code --help"; do entente $c >/dev/full 2>$T/err; rc=$?; echo "$(echo "$c" | cut -d" " -f1-2): exit $rc: $(cat $T/err)"; done
? 0
--- stdout
code examples: exit 1: entente: code: cannot write the output: No space left on device
code --format: exit 1: entente: code: cannot write the output: No space left on device
sentences examples: exit 1: entente: sentences: cannot write the output: No space left on device
actors examples/wire.jsonl: exit 1: entente: actors: cannot write the output: No space left on device
explain Russia: exit 1: entente: explain: cannot write the output: No space left on device
treaties --facts: exit 1: entente: treaties: cannot write the output: No space left on device
summary --db: exit 1: entente: summary: cannot write the output: No space left on device
summary --json: exit 1: entente: summary: cannot write the output: No space left on device
dyad RUS: exit 1: entente: dyad: cannot write the output: No space left on device
dyad RUS: exit 1: entente: dyad: cannot write the output: No space left on device
graph --db: exit 1: entente: graph: cannot write the output: No space left on device
treaties --db: exit 1: entente: treaties: cannot write the output: No space left on device
obligations --attacked: exit 1: entente: obligations: cannot write the output: No space left on device
framing RUS: exit 1: entente: framing: cannot write the output: No space left on device
export --format: exit 1: entente: export: cannot write the output: No space left on device
export --format: exit 1: entente: export: cannot write the output: No space left on device
dict stats: exit 1: entente: dict: cannot write the output: No space left on device
--version: exit 1: entente: version: cannot write the output: No space left on device
--help: exit 1: entente: help: cannot write the output: No space left on device
code --help: exit 1: entente: code: cannot write the output: No space left on device
--- stderr
