$ entente --help
? 0
--- stdout
usage: entente COMMAND [OPTIONS] [FILE|DIR|-]...

entente turns dated news articles into CAMEO event data.

commands:
  sentences    cut articles into sentences (JSON Lines)
  actors       find actor and place mentions (JSON Lines)
  code         code articles into CAMEO events (JSON Lines or TSV)
  explain      show how one sentence is coded, step by step
  ingest       code articles and store events in the database
  recode       re-code stored articles coded with older dictionaries
  dyad         how two actors relate over time (table, JSON, SVG chart)
  summary      the most active dyads and event types in the database
  treaties     treaties, their parties, obligations and status (stored or from articles)
  obligations  who is bound to help whom, under which treaty
  graph        the alliance graph (Graphviz dot or JSON)
  framing      the words each side uses for a relationship
  export       export stored events: GDELT, PLOVER, JSON Lines, CSV
  eval         score the coder on gold sets (precision, recall, F1)
  validate     run a TABARI or PETRARCH validation suite with its dictionaries
  dict         check dictionaries, count entries, list unknown names
  serve        the HTTP JSON API and the browser dashboard

options:
  --help       this help; `entente COMMAND --help` for a command
  --version    print the version

Exit status: 0 ok (warnings allowed), 1 some articles skipped, 2 usage error.
--- stderr
