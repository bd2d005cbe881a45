$ entente ingest --db $T/d.db examples/2025-09-05-idojaras-hetvege.txt 2>/dev/null; entente serve --db $T/d.db --no-code --host example.com; echo "status $?"; entente serve --db $T/d.db --no-code --host 192.0.2.1 --port 0; echo "status $?"
? 0
--- stdout
status 2
status 2
--- stderr
entente: bad address 'example.com' (an IPv4 or IPv6 address: 127.0.0.1, ::1, 0.0.0.0)
entente: cannot listen on 192.0.2.1 port 0: Cannot assign requested address
