# entente - build, test, install, demo. See README.md.
#   make              build build/entente and build/libentente.a
#   make demo         install what is missing, build, run the main job on examples/
#   make check        install what is missing, build, run the test suite
#   make check SANITIZE=1   the same under AddressSanitizer + UBSan (build-san/)
#   make check-heavy  the heavy tests (big inputs, crash loops, fuzzing)
#   make pos-model    retrain data/pos/en.txt on UD English EWT (../shared/ud) and measure it
#   make install PREFIX=/usr/local   headers, libentente.a, entente.pc, the
#                     entente command and data/ into $PREFIX/share/entente
# Objects are rebuilt when the compiler or its flags change (CC=..., CFLAGS=...).

CC      ?= cc
CXX     ?= c++
PREFIX  ?= /usr/local
PKGS    := icu-uc icu-i18n jansson libxxhash zlib hunspell sqlite3 libmicrohttpd
CFLAGS_BASE := -std=c11 -Wall -Wextra -Werror -Wmissing-prototypes -O2 -g -D_DEFAULT_SOURCE
CXXFLAGS_BASE := -std=c++11 -Wall -Wextra -Werror -Wmissing-declarations -O2 -g
BUILD   := build
ifeq ($(SANITIZE),1)
BUILD   := build-san
SANFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
endif
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
# A debug build (CFLAGS=-O0): without optimisation GCC cannot bound string
# lengths and reports every snprintf of a copied string as a possible
# truncation; at -O0 those stay warnings (shown), everything else stays an error.
DEBUG_FLAGS = $(if $(filter -O0,$(CFLAGS)),-Wno-error=format-truncation)
ALL_CFLAGS = $(CFLAGS_BASE) $(SANFLAGS) $(PKG_CFLAGS) $(CFLAGS) $(DEBUG_FLAGS)
ALL_CXXFLAGS = $(CXXFLAGS_BASE) $(SANFLAGS) $(CXXFLAGS)
PRIVATE_LIBS := -lstemmer -lcld2 -lstdc++ -lm -lpthread
LIBS     = $(PKG_LIBS) $(PRIVATE_LIBS)
# the data directory compiled into the library: the tree's for this build,
# $(PREFIX)/share/entente for the installed copy (see install below)
DATA_DIR := $(CURDIR)/data

LIB_C   := $(sort $(wildcard src/*/*.c))
LIB_CXX := $(sort $(wildcard src/*/*.cc))
CLI_C   := $(sort $(wildcard cli/*.c))
UNIT_C  := $(sort $(wildcard tests/unit/test_*.c))
LIB_O   := $(LIB_C:%.c=$(BUILD)/obj/%.o) $(LIB_CXX:%.cc=$(BUILD)/obj/%.o)
CLI_O   := $(CLI_C:%.c=$(BUILD)/obj/%.o)
UNIT_BIN := $(UNIT_C:tests/unit/%.c=$(BUILD)/tests/%)
# helpers of the tests (not run as tests themselves)
TOOL_BIN := $(patsubst tests/tools/%.c,$(BUILD)/tests/tools/%,$(sort $(wildcard tests/tools/*.c)))
DATADIR_O := $(BUILD)/obj/src/base/datadir.o

# ---- rebuild on flag change: the compile and link commands, kept in a
# stamp that every object depends on; rewritten only when they differ ----
FLAGS_STAMP := $(BUILD)/.flags
FLAGS_NOW = $(CC) $(ALL_CFLAGS) | $(CXX) $(ALL_CXXFLAGS) | $(LIBS) | $(DATA_DIR)
ifneq ($(file <$(FLAGS_STAMP)),$(FLAGS_NOW))
$(shell mkdir -p $(BUILD))
$(file >$(FLAGS_STAMP),$(FLAGS_NOW))
endif

.PHONY: all deps demo check check-heavy clean bench fuzz install FORCE pos-model
all: $(BUILD)/entente $(BUILD)/libentente.a

deps:
	@scripts/install-deps

$(BUILD)/obj/%.o: %.c $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/obj/%.o: %.cc $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	$(CXX) $(ALL_CXXFLAGS) -MMD -MP -c $< -o $@

$(DATADIR_O): ALL_CFLAGS += -DENT_DATA_DIR='"$(DATA_DIR)"'

$(BUILD)/libentente.a: $(LIB_O)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/entente: $(CLI_O) $(BUILD)/libentente.a
	$(CC) $(ALL_CFLAGS) $(CLI_O) $(BUILD)/libentente.a $(LIBS) -o $@

$(BUILD)/tests/tools/%: tests/tools/%.c $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $< -o $@

$(BUILD)/tests/%: tests/unit/%.c tests/unit/t.h $(BUILD)/libentente.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $< $(BUILD)/libentente.a $(LIBS) -o $@

demo: deps
	$(MAKE) all
	scripts/demo

check: deps
	$(MAKE) all $(UNIT_BIN) $(TOOL_BIN) $(BUILD)/scripts/postag-train
	ENTENTE_BUILD=$(BUILD) VALGRIND=$(VALGRIND) tests/run

check-heavy: deps
	@scripts/install-deps --heavy
	$(MAKE) all $(UNIT_BIN) $(TOOL_BIN) $(BENCH_BIN)
	ENTENTE_BUILD=$(BUILD) tests/run-heavy
	$(MAKE) fuzz FUZZ_SECONDS=60

# the part-of-speech model (data/pos/README.md): trained and measured on UD English EWT
UD ?= ../shared/ud
$(BUILD)/scripts/postag-train: scripts/postag-train.c $(BUILD)/libentente.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $< $(BUILD)/libentente.a $(LIBS) -o $@

pos-model: $(BUILD)/scripts/postag-train
	$< --epochs 12 --min-weight 2 data/pos/en.txt $(UD)/en_ewt-ud-train.conllu
	$< --eval data/pos/en.txt $(UD)/en_ewt-ud-dev.conllu $(UD)/en_ewt-ud-test.conllu

BENCH_BIN := $(BUILD)/bench/bench_dict $(BUILD)/bench/gen_corpus $(BUILD)/bench/bench_icu
$(BUILD)/bench/%: bench/%.c $(BUILD)/libentente.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $< $(BUILD)/libentente.a $(LIBS) -o $@

bench: all $(BENCH_BIN)
	ENTENTE_BUILD=$(BUILD) bench/run

# libFuzzer targets (clang): make fuzz FUZZ_SECONDS=N runs each for N seconds
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := ingest dict code serve
FUZZ_FLAGS := -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
fuzz: deps
	@scripts/install-deps --heavy
	$(MAKE) BUILD=build-fuzz CC=clang CXX=clang++ SANFLAGS="$(FUZZ_FLAGS)" build-fuzz/libentente.a
	for t in $(FUZZ_TARGETS); do \
	  clang $(CFLAGS_BASE) -Wno-unused-function -g -fsanitize=fuzzer,address,undefined $(PKG_CFLAGS) fuzz/fuzz_$$t.c \
	    build-fuzz/libentente.a $(LIBS) -o build-fuzz/fuzz_$$t || exit 1; \
	done
	scripts/fuzz-run $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# ---- install: the library reads $(PREFIX)/share/entente by default ----
# The installed libentente.a is this build's objects with datadir.o compiled
# for PREFIX (recompiled on every install: PREFIX may differ each time).
INST := $(BUILD)/for-install
INST_O := $(filter-out $(DATADIR_O),$(LIB_O)) $(INST)/datadir.o
# public headers: every module's, not the modules' internals (*_int.h).
# entente.pc lists the libraries a static libentente.a needs (ICU, jansson,
# xxHash, zlib, Hunspell, SQLite, libmicrohttpd, Snowball, CLD2, libstdc++)
# as they are linked here: `pkg-config --static --libs entente`.
HEADERS := $(filter-out %_int.h,$(sort $(wildcard src/*/*.h)))
VERSION := $(shell sed -n 's/.*ENT_VERSION "\(.*\)".*/\1/p' cli/cli.h)

$(INST)/datadir.o: src/base/datadir.c FORCE
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -DENT_DATA_DIR='"$(PREFIX)/share/entente"' -c $< -o $@

$(INST)/libentente.a: $(INST_O)
	rm -f $@ && ar rcs $@ $^

$(INST)/entente: $(CLI_O) $(INST)/libentente.a
	$(CC) $(ALL_CFLAGS) $(CLI_O) $(INST)/libentente.a $(LIBS) -o $@

$(INST)/entente.pc: FORCE
	@mkdir -p $(dir $@)
	@printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$${prefix}/lib' 'includedir=$${prefix}/include' \
	  'datadir=$${prefix}/share/entente' '' 'Name: entente' \
	  'Description: event coding of international-relations news (CAMEO events, treaties, obligations)' \
	  'Version: $(VERSION)' 'Cflags: -I$${includedir}' 'Libs: -L$${libdir} -lentente' \
	  'Libs.private: $(strip $(LIBS))' >$@

install: $(INST)/libentente.a $(INST)/entente $(INST)/entente.pc
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/share/entente/web
	install -m 755 $(INST)/entente $(DESTDIR)$(PREFIX)/bin/entente
	install -m 644 $(INST)/libentente.a $(DESTDIR)$(PREFIX)/lib/libentente.a
	install -m 644 $(INST)/entente.pc $(DESTDIR)$(PREFIX)/lib/pkgconfig/entente.pc
	for h in $(HEADERS); do install -D -m 644 $$h $(DESTDIR)$(PREFIX)/include/entente/$${h#src/} || exit 1; done
	tar -C data --exclude=.cache -cf - . | tar -C $(DESTDIR)$(PREFIX)/share/entente -xf -
	tar -C web -cf - . | tar -C $(DESTDIR)$(PREFIX)/share/entente/web -xf -

clean:
	rm -rf build build-san build-fuzz

-include $(LIB_O:.o=.d) $(CLI_O:.o=.d)
