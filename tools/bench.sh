#!/usr/bin/env bash
# make bench: figures, not pass/fail. On a throwaway server:
#   bench/audit_bench.py        audit_report() at 1x and 2x the benchmark size,
#                               each check on its own, and apply()
#   bench/guard_overhead.py     the guard's DDL overhead in wall-clock and CPU time
#   bench/real_schemas.py       loading real schemas (bench/schemas/) with the
#                               guard absent, off and enforcing
# and, when valgrind is installed, on a second throwaway server under callgrind:
#   bench/guard_instructions.py the guard's DDL overhead in instructions, which
#                               a busy machine does not move
# Each gets the libpq environment (PGHOST, PGPORT, PGUSER) and creates its own
# databases.
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
echo "== guard overhead (bench/guard_overhead.py)"
.venv/bin/python bench/guard_overhead.py

echo
echo "== real schemas (bench/real_schemas.py)"
.venv/bin/python bench/real_schemas.py

echo
if command -v valgrind >/dev/null; then
  echo "== guard instructions (bench/guard_instructions.py, callgrind)"
  pgtmp_shutdown
  PGTMP_CALLGRIND=1 pgtmp_start autovacuum=off
  .venv/bin/python bench/guard_instructions.py
else
  echo "== guard instructions: skipped, valgrind is not installed (apt-get install valgrind)"
fi
