$ entente frobnicate
? 2
--- stdout
--- stderr
entente: unknown command 'frobnicate' (try entente --help)
