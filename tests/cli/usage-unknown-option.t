$ entente sentences --bogus x
? 2
--- stdout
--- stderr
entente: sentences: unknown option '--bogus' (see entente sentences --help)
