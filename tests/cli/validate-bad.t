# A suite that cannot be read is a usage error.
$ cd $T && entente validate none.project
? 2
--- stdout
--- stderr
entente: validate: cannot read none.project
