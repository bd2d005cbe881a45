# --errors --json: the error table in the file's object.
$ entente eval --errors --json tests/fixtures/eval/en.errors
? 0
--- stdout
{"scores":[{"label":"en","tp":0,"fp":5,"fn":6,"precision":0.000,"recall":0.000,"f1":0.000},{"label":"en:04","tp":0,"fp":0,"fn":1,"precision":0.000,"recall":0.000,"f1":0.000},{"label":"en:05","tp":0,"fp":1,"fn":0,"precision":0.000,"recall":0.000,"f1":0.000},{"label":"en:19","tp":0,"fp":4,"fn":5,"precision":0.000,"recall":0.000,"f1":0.000}],"files":[{"file":"tests/fixtures/eval/en.errors","label":"en","format":"blocks","items":8,"articles":2,"skipped":0,"alternatives":0,"bad_lines":0,"errors":{"language":"en","missed":{"Actors":1,"Verbs":2,"Attachment":1,"Conventions":1,"Splitting":1},"false":{"Actors":1,"Verbs":1,"Attachment":1,"Conventions":1,"Splitting":1}}}]}
--- stderr
