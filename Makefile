# harden: PGXS build, in the style of pgvector's Makefile.
EXTENSION = harden
EXTVERSION = $(shell grep default_version $(EXTENSION).control | sed -e "s/default_version[[:space:]]*=[[:space:]]*'\([^']*\)'/\1/")

# The install script is concatenated from the ordered files in sql/.
SQL_SOURCES = $(sort $(wildcard sql/*.sql))
PRELUDE = sql/prelude.py.in
DATA_built = extension/$(EXTENSION)--$(EXTVERSION).sql
DATA = $(wildcard extension/$(EXTENSION)--*--*.sql)

PYTHON_SOURCES = $(sort $(wildcard python_lib/harden/*.py python_lib/harden/*/*.py))

TESTS = $(sort $(wildcard tests/sql/*.sql))
REGRESS = $(patsubst tests/sql/%.sql,%,$(TESTS))
REGRESS_OPTS = --inputdir=tests --load-extension=plpython3u --load-extension=$(EXTENSION)

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# Where the in-database Python package lives: one directory per version, so
# that an old and a new version can be installed side by side for upgrades.
PYTHON_LIB_DIR = $(datadir)/extension/$(EXTENSION)/$(EXTVERSION)

# Python and PL/Python both read the version from the control file's value:
# the build writes it into the install script, a test checks the package.
extension/$(EXTENSION)--$(EXTVERSION).sql: $(SQL_SOURCES) $(PRELUDE) $(EXTENSION).control
	@mkdir -p extension
	awk -v prelude="$(PRELUDE)" ' \
	  FNR == 1 { print "-- from " FILENAME } \
	  /^#HARDEN_PRELUDE$$/ { while ((getline line < prelude) > 0) print line; close(prelude); next } \
	  { print }' $(SQL_SOURCES) \
	| sed -e 's|@EXTVERSION@|$(EXTVERSION)|g' -e 's|@PYTHON_LIB_DIR@|$(PYTHON_LIB_DIR)|g' > $@

install: install-python

.PHONY: install-python uninstall-python test demo bench docs check-docs
install-python:
	@for f in $(PYTHON_SOURCES); do \
	  d=$(DESTDIR)$(PYTHON_LIB_DIR)/$$(dirname $${f#python_lib/}); \
	  $(MKDIR_P) "$$d" && $(INSTALL_DATA) "$$f" "$$d/" || exit 1; \
	done

uninstall: uninstall-python
uninstall-python:
	rm -rf $(DESTDIR)$(PYTHON_LIB_DIR)

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
