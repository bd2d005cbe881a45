# Issue 15, case 10: a date of the right form that is no date says why
# (it said "expected YYYY-MM-DD" for every one of them).
$ printf '{"date":"%s","text":"Russia attacked Ukraine."}\n' 3000-01-01 0999-12-31 2025-00-10 2025-02-29 2024-02-29 2025-04-31 25-01-01 >$T/d.jsonl; cd $T && entente sentences d.jsonl | jq -r .date; entente code --date 2025-02-30 d.jsonl; echo "exit $?"
? 0
--- stdout
2024-02-29
exit 2
--- stderr
entente: d.jsonl:1: bad date '3000-01-01' (years 1000 to 2999 only)
entente: d.jsonl:2: bad date '0999-12-31' (years 1000 to 2999 only)
entente: d.jsonl:3: bad date '2025-00-10' (no month 00)
entente: d.jsonl:4: bad date '2025-02-29' (2025-02 has 28 days)
entente: d.jsonl:6: bad date '2025-04-31' (2025-04 has 30 days)
entente: d.jsonl:7: bad date '25-01-01' (expected YYYY-MM-DD)
entente: code: bad --date '2025-02-30' (2025-02 has 28 days)
