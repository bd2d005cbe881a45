$ entente serve --db $T/none.db --port 0 2>&1 | sed "s|$T|T|g"; echo "status ${PIPESTATUS[0]}"; echo "not a database" >$T/text.db; entente serve --db $T/text.db --port 0 --no-code 2>&1 | sed "s|$T|T|g"; echo "status ${PIPESTATUS[0]}"; entente serve --db $T/none.db --web $T 2>&1 | sed "s|$T|T|g"
? 0
--- stdout
entente: serve: no database at T/none.db (build one with entente ingest --db T/none.db FILE...)
status 2
entente: T/text.db: cannot read the database: file is not a database
status 2
entente: serve: no database at T/none.db (build one with entente ingest --db T/none.db FILE...)
--- stderr
