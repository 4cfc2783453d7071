#!/usr/bin/env bash
# make bench: figures, not pass/fail. On a throwaway server:
#   bench/audit_bench.py     audit_report() at 1x and 2x the benchmark size, each
#                            check on its own, and apply() when this build has it
#   bench/guard_overhead.py  the guard's DDL overhead, when present; it gets the
#                            same libpq environment (PGHOST, PGPORT, PGUSER) and
#                            creates its own databases
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/throwaway_server.sh

harden_install
harden_venv
# autovacuum off: the benchmark analyzes the catalogs itself, so no background
# work lands in the middle of a timing.
pgtmp_start autovacuum=off max_locks_per_transaction=256

.venv/bin/python bench/audit_bench.py

echo
if [ -f bench/guard_overhead.py ]; then
  echo "== guard overhead (bench/guard_overhead.py)"
  .venv/bin/python bench/guard_overhead.py
else
  echo "== guard overhead: skipped, bench/guard_overhead.py is not in this tree yet"
fi
