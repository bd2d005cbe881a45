$ entente ingest --db $T/d.db examples/2025-09-05-idojaras-hetvege.txt 2>/dev/null; entente serve --db $T/d.db --no-code --no-web --port 0 --port-file $T/port 2>$T/first & for i in $(seq 100); do [ -s $T/port ] && break; sleep 0.1; done; p=$(cat $T/port); entente serve --db $T/d.db --no-code --port $p 2>&1 | sed "s/port $p:/port N:/"; echo "status ${PIPESTATUS[0]}"; kill %1; wait %1; echo "first: status $?"; sed "s|:$p/|:N/|; s|$T|T|" $T/first
? 0
--- stdout
entente: cannot listen on 127.0.0.1 port N: Address already in use
status 2
first: status 0
entente: serving http://127.0.0.1:N/ (database T/d.db; API only)
entente: stopped (Terminated)
--- stderr
