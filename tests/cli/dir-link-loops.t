# Issue 15, case 8: directory walks remember the (device, inode) of every
# directory and file: a link loop is reported once and not entered again
# (one loop made `code` print every event 41 times; three loops never ended).
$ mkdir -p $T/d/sub/deeper && cp examples/wire.jsonl $T/d/a.jsonl && ln -s .. $T/d/sub/up && ln -s ../.. $T/d/sub/deeper/top && ln -s ../d $T/d/self && ln -s a.jsonl $T/d/b.jsonl && cd $T && timeout 60 entente code -j 1 d >out; echo "exit $?"; test -s out && echo "events coded"; entente code -j 1 d/a.jsonl 2>/dev/null | cmp - out && echo "each event once"
? 0
--- stdout
exit 0
events coded
each event once
--- stderr
entente: d/b.jsonl: warning: file already read (through another link), skipped
entente: d/self: warning: directory already read (a symbolic link loop, or a second link to it), skipped
entente: d/sub/deeper/top: warning: directory already read (a symbolic link loop, or a second link to it), skipped
entente: d/sub/up: warning: directory already read (a symbolic link loop, or a second link to it), skipped
