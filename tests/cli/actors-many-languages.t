# 20 languages in one run: more than the 16 per-language slots of the text layer (ICU, Snowball, stem cache), so slots are recycled; under SANITIZE=1 a leak there fails this case
$ entente actors tests/fixtures/many-langs.jsonl > $T/a.jsonl && jq -r "select(.text == \"Putin\") | [.article, .code] | @tsv" $T/a.jsonl
? 0
--- stdout
ml-00-en	RUSGOV
ml-01-hu	RUSGOV
ml-02-de	RUSGOV
ml-03-fr	RUSGOV
ml-04-es	RUSGOV
ml-05-it	RUSGOV
ml-06-pt	RUSGOV
ml-07-nl	RUSGOV
ml-08-sv	RUSGOV
ml-09-da	RUSGOV
ml-10-nb	RUSGOV
ml-11-fi	RUSGOV
ml-12-ru	RUSGOV
ml-13-tr	RUSGOV
ml-14-ro	RUSGOV
ml-15-el	RUSGOV
ml-16-ca	RUSGOV
ml-17-lt	RUSGOV
ml-18-id	RUSGOV
ml-19-ga	RUSGOV
--- stderr
