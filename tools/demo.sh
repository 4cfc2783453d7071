#!/usr/bin/env bash
# make demo: a throwaway server with an insecure pg_trickle-style database;
# tools/demo.sql prints the audit report and, where this build has them, the
# apply steps, the guard blocking DDL and a policy change marking stream tables.
# The server stops at the end, also on error.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/throwaway_server.sh

harden_install
pgtmp_start
export PGCLIENTENCODING=UTF8

# The insecure deployment exists before harden arrives, as on a real server:
# with harden's guard in place, its GRANTs would be refused.
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE DATABASE demo'
PGDATABASE=demo psql -X -q -v ON_ERROR_STOP=1 \
  -f tests/fixtures/pgtrickle.sql \
  -f tests/fixtures/pgtrickle_demo.sql \
  -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION harden CASCADE' >/dev/null
PGDATABASE=demo psql -X -q -v ON_ERROR_STOP=1 -f tools/demo.sql
