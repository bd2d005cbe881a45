$ entente sentences tests/fixtures/no-date.txt
? 1
--- stdout
--- stderr
entente: tests/fixtures/no-date.txt:1: expected 'date YYYY-MM-DD' and the headline on the first line
