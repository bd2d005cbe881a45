$ entente sentences --help
? 0
--- stdout
usage: entente sentences [--lang L] [--input-format auto|plain|jsonl|tabari] [FILE|DIR|-]...

Prints one JSON line per sentence:
  {"article","date","lang","sentence","start","end","text"}
`sentence` counts from 0 (the headline); start/end are byte offsets into the
article's canonical text (headline, blank line, body).

  --lang L           language of every article (default: the article's own, else detected)
  --input-format F   auto (by extension, then first byte), plain, jsonl, tabari
--- stderr
