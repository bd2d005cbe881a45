$ entente sentences --lang
? 2
--- stdout
--- stderr
entente: sentences: option '--lang' needs a value (see entente sentences --help)
