# scripts/verbs-import rebuilds data/verbs/en-petrarch.txt from PETRARCH2's
# CAMEO.2.0.txt and the reviewed list scripts/verbs-import-keep.txt: the
# committed file is exactly what the converter writes.
% requires ../shared/peers/petrarch2/dictionaries/CAMEO.2.0.txt
$ scripts/verbs-import --out $T/en-petrarch.txt && cmp $T/en-petrarch.txt data/verbs/en-petrarch.txt && echo same
--- stdout
same
--- stderr
