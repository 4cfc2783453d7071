# harden: PGXS build, in the style of pgvector's Makefile.
EXTENSION = harden
EXTVERSION = $(shell grep default_version $(EXTENSION).control | sed -e "s/default_version[[:space:]]*=[[:space:]]*'\([^']*\)'/\1/")

# Released versions and the commit each was built from. An update script
# harden--OLD--$(EXTVERSION).sql is generated for each (from sql/update_heads/OLD.sql
# and the same body as the install script: docs/packaging.md), and OLD itself is
# built from git so that tests can install it and update it.
RELEASES = 0.1.0:d6c0ef0529c3b141bb1efaa72dc233bc292aa6c5
OLD_VERSIONS = $(foreach r,$(RELEASES),$(firstword $(subst :, ,$(r))))
release_commit = $(lastword $(subst :, ,$(filter $(1):%,$(RELEASES))))

SQL_SOURCES = $(sort $(wildcard sql/*.sql sql/*.py.in sql/incremental/*.sql sql/idempotent/*.sql sql/update_heads/*.sql))
DATA_built = extension/$(EXTENSION)--$(EXTVERSION).sql \
	$(foreach v,$(OLD_VERSIONS),extension/$(EXTENSION)--$(v)--$(EXTVERSION).sql extension/$(EXTENSION)--$(v).sql)
DATA = $(wildcard extension/$(EXTENSION)--*.control)
EXTRA_CLEAN = build

# The in-database package; the harden command (python_lib/harden/cli, pip
# install .) stays out of the server.
PYTHON_SOURCES = $(sort $(filter-out python_lib/harden/cli/%,$(wildcard python_lib/harden/*.py python_lib/harden/*/*.py)))

TESTS = $(sort $(wildcard tests/sql/*.sql))
REGRESS = $(patsubst tests/sql/%.sql,%,$(TESTS))
REGRESS_OPTS = --inputdir=tests --load-extension=plpython3u --load-extension=$(EXTENSION)

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# Where the in-database Python package lives: one directory per version, so
# that an old and a new version can be installed side by side for upgrades.
PYTHON_LIB_DIR = $(datadir)/extension/$(EXTENSION)/$(EXTVERSION)

# The scripts name PYTHON_LIB_DIR, which depends on the server: they are made
# again when PG_CONFIG names another one. The stamp is rewritten as make reads
# this file, not made by a rule: PGXS declares every target .SECONDARY, and
# make does not remake a target for a missing secondary prerequisite.
DATADIR_STAMP = build/datadir
$(shell mkdir -p build && [ "$$(cat $(DATADIR_STAMP) 2>/dev/null)" = '$(datadir)' ] || echo '$(datadir)' > $(DATADIR_STAMP))

extension/$(EXTENSION)--$(EXTVERSION).sql: $(SQL_SOURCES) tools/build_sql.py $(PYTHON_SOURCES) $(EXTENSION).control $(DATADIR_STAMP)
	@mkdir -p extension
	python3 tools/build_sql.py install $(EXTVERSION) '$(PYTHON_LIB_DIR)' > $@.tmp && mv $@.tmp $@

extension/$(EXTENSION)--%--$(EXTVERSION).sql: $(SQL_SOURCES) tools/build_sql.py $(PYTHON_SOURCES) $(EXTENSION).control $(DATADIR_STAMP)
	@mkdir -p extension
	python3 tools/build_sql.py update $* $(EXTVERSION) '$(PYTHON_LIB_DIR)' > $@.tmp && mv $@.tmp $@

# The rules with a guard and the command tags each asks for, installed
# beside them: the guard imports only the modules a DDL's tag needs
# (harden.catalogue.guarded_for).
GUARD_INDEX = build/_guard_index.py
all: $(GUARD_INDEX)
$(GUARD_INDEX): $(PYTHON_SOURCES)
	@mkdir -p build
	PYTHONPATH=python_lib python3 -c 'from harden import catalogue; print(catalogue.guard_index_source(), end="")' > $@.tmp && mv $@.tmp $@

# An old version's sources come from git once (build/old/OLD); its install
# script is then built by its own Makefile for this server.
build/old/%/.sources:
	rm -rf build/old/$* && mkdir -p build/old/$*
	git archive $(call release_commit,$*) | tar -x -C build/old/$*
	touch $@

extension/$(EXTENSION)--%.sql: build/old/%/.sources $(DATADIR_STAMP)
	rm -f build/old/$*/extension/*.sql
	$(MAKE) -s -C build/old/$* PG_CONFIG='$(PG_CONFIG)' extension/$(EXTENSION)--$*.sql
	cp build/old/$*/extension/$(EXTENSION)--$*.sql $@

install: install-python

.PHONY: install-python uninstall-python test demo bench docs check-docs
# The version's directory is emptied first: a module removed from the source
# must not stay importable (a removed rule would still be in the catalogue).
install-python: $(GUARD_INDEX)
	rm -rf '$(DESTDIR)$(PYTHON_LIB_DIR)'
	@for f in $(PYTHON_SOURCES); do \
	  d=$(DESTDIR)$(PYTHON_LIB_DIR)/$$(dirname $${f#python_lib/}); \
	  $(MKDIR_P) "$$d" && $(INSTALL_DATA) "$$f" "$$d/" || exit 1; \
	done
	$(INSTALL_DATA) $(GUARD_INDEX) '$(DESTDIR)$(PYTHON_LIB_DIR)/harden/rules/'
	@for v in $(OLD_VERSIONS); do \
	  $(MAKE) -s -C build/old/$$v PG_CONFIG='$(PG_CONFIG)' DESTDIR='$(DESTDIR)' install-python || exit 1; \
	done
	@$(MAKE) -s byte-compile

# The server cannot write __pycache__ into the installed package (root owns
# it), so without compiled files every session compiles harden's Python again
# at its first call: about 30 ms. The Python plpython3 is linked with compiles
# them here: when DESTDIR is a Debian root that holds the server
# (tools/pgroot.sh), the root's, run inside it; otherwise this host's, the
# system's first (a pyenv shim of that name may fail to run).
SERVER_PYTHON = $(shell grep -aoE 'libpython3\.[0-9]+' '$(DESTDIR)$(pkglibdir)/plpython3.so' 2>/dev/null | head -n1 | sed 's/^lib//')
.PHONY: byte-compile
byte-compile:
	@if [ -z '$(SERVER_PYTHON)' ]; then \
	  echo "harden: plpython3.so not found in $(DESTDIR)$(pkglibdir); the Python package is not byte-compiled" >&2; \
	elif [ -n '$(DESTDIR)' ] && [ -x '$(DESTDIR)/usr/bin/$(SERVER_PYTHON)' ] && [ "$$(id -u)" -eq 0 ]; then \
	  chroot '$(DESTDIR)' '/usr/bin/$(SERVER_PYTHON)' -m compileall -q '$(PYTHON_LIB_DIR)' >/dev/null; \
	elif [ -z '$(DESTDIR)' ] && [ -x '/usr/bin/$(SERVER_PYTHON)' ]; then \
	  '/usr/bin/$(SERVER_PYTHON)' -m compileall -q '$(PYTHON_LIB_DIR)' >/dev/null; \
	elif '$(SERVER_PYTHON)' -c '' 2>/dev/null; then \
	  '$(SERVER_PYTHON)' -m compileall -q -d '$(PYTHON_LIB_DIR)' '$(DESTDIR)$(PYTHON_LIB_DIR)' >/dev/null; \
	else \
	  echo "harden: $(SERVER_PYTHON) not found; the Python package is not byte-compiled (each session compiles it)" >&2; \
	fi

uninstall: uninstall-python
uninstall-python:
	rm -rf $(DESTDIR)$(datadir)/extension/$(EXTENSION)

docs: docs/checks.md
docs/checks.md: $(PYTHON_SOURCES) tools/gen_checks_md.py
	PYTHONPATH=python_lib python3 tools/gen_checks_md.py > $@

# make test PG=18: one PostgreSQL version (15, 17 or 18) instead of all three.
PG ?=
test:
	PG="$(PG)" bash tools/test.sh

demo:
	bash tools/demo.sh

bench:
	bash tools/bench.sh
