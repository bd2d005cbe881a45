$ cd $T && { printf 'date 2025-01-01 Huge\n\n'; yes aaaaaaaaaaaaaaa | tr -d '\n' | head -c 20000000; } > huge.txt && entente sentences huge.txt
? 1
--- stdout
--- stderr
entente: huge.txt:1: article larger than 16777216 bytes, skipped
