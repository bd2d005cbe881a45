$ entente --version
? 0
--- stdout
entente 0.1.0
--- stderr
