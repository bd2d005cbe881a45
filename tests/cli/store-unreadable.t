# Issue 15, case 10: accurate messages for a database that cannot be read
# or written (it said "not an entente database (no schema)", or gave one
# error per article without stopping):
#  - a truncated database;
#  - a database with a write-ahead log but no -shm index in a read-only
#    directory (as user nobody when run as root: root may write anywhere);
#  - a read-only database file given to ingest: one error, no article tried.
$ cd $T && chmod 755 . && entente ingest --db d.db $OLDPWD/examples 2>/dev/null; head -c 20000 d.db >trunc.db; entente summary --db trunc.db; echo "truncated: exit $?"; mkdir ro && sqlite3 d.db "PRAGMA wal_autocheckpoint=0" "UPDATE schema_version SET version = version" ".shell cp d.db d.db-wal ro/" >/dev/null && chmod 555 ro; as() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi; }; as $(command -v entente) summary --db ro/d.db; echo "read-only directory: exit $?"; mkdir rw && chmod 777 rw && cp d.db rw/r.db && chmod 444 rw/r.db; as $(command -v entente) ingest --db rw/r.db $OLDPWD/examples; echo "read-only file: exit $?"
? 0
--- stdout
truncated: exit 2
read-only directory: exit 2
read-only file: exit 2
--- stderr
entente: trunc.db: cannot read the database: database disk image is malformed
entente: ro/d.db: cannot read the database: unable to open database file (it has a write-ahead log, -wal, without its index, -shm, which a reader cannot create in a read-only directory: open it once where it can be written)
entente: rw/r.db: cannot write the database: the file is read-only
