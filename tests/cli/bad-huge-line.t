$ cd $T && { printf '{"date":"2025-01-01","text":"'; yes aaaaaaaaaaaaaaa | tr -d '\n' | head -c 100000000; printf '"}\n{"date":"2025-01-02","text":"After the huge line."}\n'; } > huge.jsonl && entente sentences huge.jsonl
? 1
--- stdout
{"article":"0503faf5ee6805d7","date":"2025-01-02","lang":"en","sentence":0,"start":0,"end":20,"text":"After the huge line."}
--- stderr
entente: huge.jsonl:1: line longer than 16777216 bytes, skipped
