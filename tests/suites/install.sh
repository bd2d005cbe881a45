#!/usr/bin/env bash
# `make install PREFIX=...` gives a library a C program can code with alone
# (issue 14): into a temporary PREFIX, examples/api/code_article.c is built
# with pkg-config against the installed headers, libentente.a and entente.pc
# and run outside the source tree, with nothing pointing at the tree: it
# reads PREFIX/share/entente and prints exactly what is expected. The
# installed `entente` codes as the one in the tree does.
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD
BUILD=${ENTENTE_BUILD:-build}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
no() { echo "FAIL install: $*"; fail=1; }
san=()
[ "$BUILD" = build-san ] && san=(SANITIZE=1)
# a make of its own (not the caller's jobserver), into the temporary PREFIX
env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$ROOT" install "${san[@]}" PREFIX="$T/prefix" >"$T/make.log" 2>&1 ||
  { no "make install failed: $(tail -5 "$T/make.log")"; exit 1; }
for f in lib/libentente.a lib/pkgconfig/entente.pc bin/entente include/entente/pipeline/pipeline.h \
         include/entente/store/store.h share/entente/cameo/events.txt share/entente/web/index.html; do
  [ -e "$T/prefix/$f" ] || no "not installed: $f"
done
[ -e "$T/prefix/include/entente/store/store_int.h" ] && no "a module's internals were installed"
mkdir -p "$T/run" "$T/home"
cp examples/api/code_article.c "$T/run/"
cd "$T/run" || exit 1
export PKG_CONFIG_PATH="$T/prefix/lib/pkgconfig" HOME="$T/home"
unset ENTENTE_DATA ENTENTE_WEB
cflags=$(pkg-config --cflags entente) && libs=$(pkg-config --static --libs entente) || { no "pkg-config cannot read entente.pc"; exit 1; }
sanflags=()
[ "$BUILD" = build-san ] && sanflags=(-fsanitize=address,undefined)
cc -std=c11 -Wall -Wextra -Werror -Wmissing-prototypes "${sanflags[@]}" $cflags code_article.c $libs -o code_article 2>"$T/cc.log" ||
  { no "the example does not build: $(head -5 "$T/cc.log")"; exit 1; }
./code_article >"$T/got" 2>"$T/err" || no "the example failed: $(head -3 "$T/err")"
sed -i "s|$T/prefix|PREFIX|" "$T/got"
cat >"$T/want" <<'OUT'
data PREFIX/share/entente
language en, 4 sentences, 4 events, 1 treaties
  2024-06-19 RUS 057 PRK (Sign formal agreement)
  2024-06-19 PRK 057 RUS (Sign formal agreement)
  2024-06-19 RUS 057 PRK (Sign formal agreement)
  2024-06-19 PRK 057 RUS (Sign formal agreement)
  treaty PRK+RUS "comprehensive strategic partnership"
    defence obligation of PRK towards RUS
    defence obligation of RUS towards PRK
OUT
diff -u "$T/want" "$T/got" >"$T/diff" || no "the example printed something else: $(head -12 "$T/diff")"
# the installed command, outside the tree, codes as the tree's does
"$T/prefix/bin/entente" code -j 1 "$ROOT/examples/wire.jsonl" >"$T/a" 2>/dev/null
(cd "$ROOT" && "$BUILD/entente" code -j 1 examples/wire.jsonl) >"$T/b" 2>/dev/null
[ -s "$T/b" ] && cmp -s "$T/a" "$T/b" || no "the installed entente codes differently: $(diff "$T/a" "$T/b" | head -3)"
[ "$fail" = 0 ] && echo "install: headers, libentente.a, entente.pc, data; the example built with pkg-config and run outside the tree: ok"
exit $fail
