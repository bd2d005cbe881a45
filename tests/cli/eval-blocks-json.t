# --json: the totals and roots, and per file the items, articles, skipped blocks and items with '?'.
% requires ../shared/peers/tabari/samples/gigaword76.text
$ entente eval --json tests/fixtures/eval/en.real
? 1
--- stdout
{"scores":[{"label":"en","tp":6,"fp":0,"fn":2,"precision":1.000,"recall":0.750,"f1":0.857},{"label":"en:02","tp":1,"fp":0,"fn":0,"precision":1.000,"recall":1.000,"f1":1.000},{"label":"en:04","tp":3,"fp":0,"fn":1,"precision":1.000,"recall":0.750,"f1":0.857},{"label":"en:11","tp":1,"fp":0,"fn":0,"precision":1.000,"recall":1.000,"f1":1.000},{"label":"en:16","tp":1,"fp":0,"fn":0,"precision":1.000,"recall":1.000,"f1":1.000},{"label":"en:17","tp":0,"fp":0,"fn":1,"precision":0.000,"recall":0.000,"f1":0.000}],"files":[{"file":"tests/fixtures/eval/en.real","label":"en","format":"blocks","items":9,"articles":4,"skipped":0,"alternatives":2,"bad_lines":1}]}
--- stderr
entente: tests/fixtures/eval/en.real:37: bad CAMEO event code (3 or 4 digits, root 01 to 20)
