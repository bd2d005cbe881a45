# The scoring key of an actor without a country is its code's first six letters, in both
# formats: the coder's IGOUNOKID (UNICEF) matches the gold's IGOUNO.
$ printf '@ k-1 2024-03-01\nUNICEF criticised Sudan over the blockade of aid.\n= IGOUNO 111 SDN\n' >$T/en.gold && printf '@@ k-2 2024-03-02 https://example.org/k\n> Human Rights Watch accused Egypt of torture.\n= NGOHRIHRW 1122 EGY\n' >$T/en.real && cd $T && entente eval --verbose --events ev.jsonl en.gold en.real && jq -r '[.source.code, .event.code, .target.code] | @tsv' ev.jsonl
? 0
--- stdout
en.gold (en, 1 items)
              tp    fp    fn    prec  recall     F1
  en           1     0     0   1.000  1.000  1.000
  en:11        1     0     0   1.000  1.000  1.000
en.real (en, 1 item, 1 article, 0 blocks skipped, 0 items with ?)
              tp    fp    fn    prec  recall     F1
  en           1     0     0   1.000  1.000  1.000
  en:11        1     0     0   1.000  1.000  1.000
IGOUNOKID	111	SDN
NGOHRIHRW	1122	EGY
--- stderr
