# entente - build, test, demo. See README.md.
#   make              build build/entente and build/libentente.a
#   make demo         install what is missing, build, run the main job on examples/
#   make check        install what is missing, build, run the test suite
#   make check SANITIZE=1   the same under AddressSanitizer + UBSan (build-san/)
#   make check-heavy  the heavy tests (big inputs, crash loops, fuzzing)
#   make pos-model    retrain data/pos/en.txt on UD English EWT (../shared/ud) and measure it

CC      ?= cc
CXX     ?= c++
PKGS    := icu-uc icu-i18n jansson libxxhash zlib hunspell sqlite3 libmicrohttpd
CFLAGS_BASE := -std=c11 -Wall -Wextra -Werror -O2 -g -D_DEFAULT_SOURCE
CXXFLAGS_BASE := -std=c++11 -Wall -Wextra -Werror -O2 -g
BUILD   := build
ifeq ($(SANITIZE),1)
BUILD   := build-san
SANFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
endif
DATA_DIR := $(CURDIR)/data
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
ALL_CFLAGS = $(CFLAGS_BASE) $(SANFLAGS) $(PKG_CFLAGS) -DENT_DATA_DIR='"$(DATA_DIR)"' $(CFLAGS)
ALL_CXXFLAGS = $(CXXFLAGS_BASE) $(SANFLAGS) $(CXXFLAGS)
LIBS     = $(PKG_LIBS) -lstemmer -lcld2 -lstdc++ -lm -lpthread

LIB_C   := $(sort $(wildcard src/*/*.c))
LIB_CXX := $(sort $(wildcard src/*/*.cc))
CLI_C   := $(sort $(wildcard cli/*.c))
UNIT_C  := $(sort $(wildcard tests/unit/test_*.c))
LIB_O   := $(LIB_C:%.c=$(BUILD)/obj/%.o) $(LIB_CXX:%.cc=$(BUILD)/obj/%.o)
CLI_O   := $(CLI_C:%.c=$(BUILD)/obj/%.o)
UNIT_BIN := $(UNIT_C:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all deps demo check check-heavy clean bench fuzz pos-model
all: $(BUILD)/entente $(BUILD)/libentente.a

deps:
	@scripts/install-deps

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/obj/%.o: %.cc
	@mkdir -p $(dir $@)
	$(CXX) $(ALL_CXXFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/libentente.a: $(LIB_O)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/entente: $(CLI_O) $(BUILD)/libentente.a
	$(CC) $(ALL_CFLAGS) $(CLI_O) $(BUILD)/libentente.a $(LIBS) -o $@

$(BUILD)/tests/%: tests/unit/%.c tests/unit/t.h $(BUILD)/libentente.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $< $(BUILD)/libentente.a $(LIBS) -o $@

demo: deps
	$(MAKE) all
	scripts/demo

check: deps
	$(MAKE) all $(UNIT_BIN) $(BUILD)/scripts/postag-train
	ENTENTE_BUILD=$(BUILD) VALGRIND=$(VALGRIND) tests/run

check-heavy: deps
	@scripts/install-deps --heavy
	$(MAKE) all $(UNIT_BIN) $(BENCH_BIN)
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
FUZZ_TARGETS := ingest dict code
FUZZ_FLAGS := -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
fuzz: deps
	@scripts/install-deps --heavy
	$(MAKE) BUILD=build-fuzz CC=clang CXX=clang++ SANFLAGS="$(FUZZ_FLAGS)" build-fuzz/libentente.a
	for t in $(FUZZ_TARGETS); do \
	  clang $(CFLAGS_BASE) -Wno-unused-function -g -fsanitize=fuzzer,address,undefined $(PKG_CFLAGS) fuzz/fuzz_$$t.c \
	    build-fuzz/libentente.a $(LIBS) -o build-fuzz/fuzz_$$t || exit 1; \
	done
	scripts/fuzz-run $(FUZZ_SECONDS) $(FUZZ_TARGETS)

clean:
	rm -rf build build-san build-fuzz

-include $(LIB_O:.o=.d) $(CLI_O:.o=.d)
