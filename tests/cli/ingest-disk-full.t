# Issue 15, case 7: the ingest summary counts an article as stored only
# once its batch (1000 articles) has committed. A file size limit (ulimit -f,
# which makes writes fail as a full disk does) stops 3000 articles after one
# or two batches: the summary's "stored" is what the database holds (it said
# 3000 when 2000 were stored), the first database error is reported once
# and the run stops with status 1.
$ for i in $(seq 1 3000); do printf '{"id":"a%d","date":"2025-01-01","text":"Russia attacked Ukraine near town %d. China criticised the attack on day %d."}\n' $i $i $i; done >$T/a.jsonl; (ulimit -f 1000; entente ingest -j 2 --db $T/f.db $T/a.jsonl 2>$T/err; echo "exit $?"); stored=$(sed -n 's/.* articles read, \([0-9]*\) stored .*/\1/p' $T/err); indb=$(sqlite3 $T/f.db 'SELECT count(*) FROM articles'); [ "$stored" = "$indb" ] && [ "$indb" -lt 3000 ] && echo "the summary's stored count is the database's"; grep -c 'disk I/O error' $T/err; grep -c 'were not stored' $T/err
? 0
--- stdout
exit 1
the summary's stored count is the database's
1
1
--- stderr
