#!/usr/bin/env bash
# Scores the coder on the gold sets (tests/gold/*.gold, written blind to the
# dictionaries) and prints precision, recall and F1 per language and root.
# The floors are the acceptance line of issue 4: F1 0.85 per language.
set -u
cd "$(dirname "$0")/../.."
export PATH="$PWD/${ENTENTE_BUILD:-build}:$PATH"
rc=0
entente eval --min-f1 0.85 tests/gold/en.gold || rc=1
entente eval --min-f1 0.85 tests/gold/hu.gold || rc=1
exit $rc
