$ entente serve --help
? 0
--- stdout
usage: entente serve [--db PATH] [--host ADDR] [--port N] [--web DIR] [OPTIONS]

Serves the database as a JSON API and the dashboard (a browser UI) over HTTP
until SIGINT or SIGTERM. The database is opened read-only: `entente ingest`
may keep adding to it, and answers include what it has committed.

  GET  /                       the dashboard
  GET  /api/health             {"ok":true,"articles","events","schema"}
  GET  /api/summary?top=N      as `entente summary --json`
  GET  /api/dyads/A/B?by=day|week|month      as `entente dyad A B --json`
  GET  /api/dyad?a=A&b=B&by=day|week|month   the same
  GET  /api/dyad.svg?a=A&b=B&by=...          the chart of `entente dyad --svg`
  GET  /api/actors?q=TEXT      countries and IGOs with their event counts; q: by name
                               in any language, as the articles wrote it
  GET  /api/events?from=D&to=D&source=X&target=Y&root=R&code=C&q=TEXT&limit=N&cursor=K
                               newest first; next_cursor pages on (also actor=X,
                               a=A&b=B both ways, quad=Q, negated=1, offset=N)
  GET  /api/events/ID          one event, its mentions, spans and evidence
  GET  /api/articles?from=D&to=D&outlet=S&limit=N&offset=N
  GET  /api/articles/ID        one article, its text and mentions
  GET  /api/export?format=gdelt|mentions|plover|jsonl|csv&from=D&to=D
  GET  /api/treaties?party=X   as `entente treaties --json`
  GET  /api/obligations?attacked=X   as `entente obligations --attacked X --json`
  GET  /api/graph              as `entente graph --format json`
  GET  /api/framing?a=A&b=B    as `entente framing A B --json`
  POST /api/code?lang=L&date=D&format=F&explain=1   codes the body (articles in any
                               input format) as `entente code` does; sent as
                               application/json, application/x-ndjson or
                               application/octet-stream (text/plain and forms: 415)

  --db PATH          the database (default entente.db)
  --host ADDR        address to listen on (default 127.0.0.1; 0.0.0.0 or :: for all)
  --port N           port (default 8080; 0: any free port)
  --port-file FILE   write the port listened on to FILE once listening
  --web DIR          the dashboard's files (default: web/ beside data/)
  --no-web           API only
  --threads N        threads computing answers from the database (default: the number of
                     cores); reading requests and sending answers has its own threads
  --coders N         coders for POST /api/code, each with its own dictionaries; as many
                     requests are coded at once (default 1)
  --code-queue N     coding requests that may wait for a coder (default 4); beyond them
                     POST /api/code answers 503 with Retry-After
  --max-conns N      simultaneous connections (default 1024)
  --client-conns N   simultaneous connections from one client address (default 64)
  --header-timeout S a request's headers must be complete S seconds after its connection
                     opened or its previous request ended (default 10)
  --allow-host NAME  a host name the Host header may give besides localhost and IP
                     addresses (against DNS rebinding); repeatable
  --no-code          do not load the coder; POST /api/code answers 503
  --max-body BYTES   largest request body (default 1048576)
  --cors ORIGIN      let a web page from ORIGIN call the API (Access-Control-Allow-Origin;
                     by default no cross-origin access)
  --no-cache         compute every answer (by default each worker thread keeps its
                     answers until the database changes)
  --quiet            no access log on stderr
  --verbs PATH       add a verb dictionary (for POST /api/code)
  --actors PATH      add an actors dictionary (own format, or TABARI/PETRARCH .actors)
  --agents PATH      add an agents dictionary (own format, or TABARI/PETRARCH .agents)
  --no-builtin       do not load data/actors and data/agents
  --all-languages    country names of every CLDR locale, not just the article's
--- stderr
