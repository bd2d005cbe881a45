$ entente --help
? 0
--- stdout
usage: entente COMMAND [OPTIONS] [FILE|DIR|-]...

entente turns dated news articles into CAMEO event data.

commands:
  sentences    cut articles into sentences (JSON Lines)
  actors       find actor and place mentions (JSON Lines)
  dict         check dictionaries, count entries, list unknown names

options:
  --help       this help; `entente COMMAND --help` for a command
  --version    print the version

Exit status: 0 ok (warnings allowed), 1 some articles skipped, 2 usage error.
--- stderr
