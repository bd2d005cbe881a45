#!/usr/bin/env bash
# The English part-of-speech model (data/pos/en.txt, data/pos/README.md):
# retrained from UD English EWT as `make pos-model` trains it, it must equal
# the shipped file byte for byte; its token accuracy on the EWT dev file must
# stay at or above the floor below (measured when the model was made). Skips
# cleanly when ../shared/ud or the trainer (build/scripts/postag-train) is
# absent.
set -u
cd "$(dirname "$0")/../.."
TOOL=${ENTENTE_BUILD:-build}/scripts/postag-train
UD=${UD:-../shared/ud}
FLOOR=93.0
[ -e "$UD/en_ewt-ud-train.conllu" ] || { echo "postag: no $UD (skipped)"; exit 0; }
[ -x "$TOOL" ] || { echo "postag: no $TOOL (skipped)"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$TOOL" --epochs 12 --min-weight 2 "$tmp/en.txt" "$UD/en_ewt-ud-train.conllu" 2>/dev/null || { echo "postag: training failed"; exit 1; }
cmp -s "$tmp/en.txt" data/pos/en.txt || { echo "postag: data/pos/en.txt is not what make pos-model trains"; exit 1; }
acc=$("$TOOL" --eval data/pos/en.txt "$UD/en_ewt-ud-dev.conllu" | sed -n '1s/.*accuracy \([0-9.]*\) %.*/\1/p')
echo "postag: EWT dev accuracy $acc % (floor $FLOOR %)"
awk -v a="$acc" -v f="$FLOOR" 'BEGIN { exit !(a != "" && a >= f) }' || { echo "postag: below the floor"; exit 1; }
