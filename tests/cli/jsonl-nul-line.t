# Issue 15, case 9: a raw NUL byte costs its line only in JSON Lines (and
# TABARI records), with a message naming the file and line; a NUL on line 2
# lost lines 1 and 3 too. A plain article with a NUL anywhere is binary.
$ printf '{"date":"2025-01-01","text":"Russia attacked Ukraine."}\n{"date":"2025-01-02","text":"Russia \0 attacked Ukraine."}\n{"date":"2025-01-03","text":"China criticised Japan."}\n' >$T/nul.jsonl; printf 'date 2025-01-01 Headline\n\nRussia attacked Ukraine.\n%070000d\n\0\n' 0 >$T/late-nul.txt; cd $T && entente sentences nul.jsonl late-nul.txt | jq -r .text; echo "exit ${PIPESTATUS[0]}"
? 0
--- stdout
Russia attacked Ukraine.
China criticised Japan.
exit 1
--- stderr
entente: nul.jsonl:2: NUL byte in the line, skipped
entente: late-nul.txt: binary file (NUL bytes), skipped
