"""What harden's guard costs loading real application schemas (make bench; issue 13).

Loads each schema shipped under bench/schemas/ (their origins and licences are
in each directory's ORIGIN.md) into fresh databases that differ only in this:

  none     harden not installed
  off      CREATE EXTENSION harden, then harden.set_mode('off')
  enforce  CREATE EXTENSION harden, mode enforce (the default), with
           security_definer_search_path set to warn: Pagila's
           rewards_report() is a SECURITY DEFINER function without a pinned
           search_path, which enforce would refuse (tests/python/
           test_real_schemas.py checks that it does), and a refused statement
           would end a one-transaction load

as two roles: the superuser, and an owner role (LOGIN, not a superuser, owner
of the database and so of its schema public), and in two ways: one
transaction (BEGIN, every statement, COMMIT, as psql -1 -f) and autocommit
(statement by statement, as psql -f). Twice more in a pg_trickle database
(the catalog of tests/fixtures/pgtrickle.sql with 100 stream tables over 100
source tables, made before harden; its own extension needs PostgreSQL 18), as
the superuser in autocommit and as the owner in one transaction: there the
gate reads pg_trickle's catalog at every DDL statement. Each statement is one
round trip. The
three configurations run alternately, the order rotated every round, each on
a fresh copy of its template database. Printed as a Markdown table per
schema (docs/benchmark.md takes it as it is): the median wall-clock time of
`none`, and for off and enforce the ratio of their median over it, in bold
where it misses its target (enforce at most 1.10 for the large schema and
1.20 for the small one, off at most 1.02), then the median of each round's
own ratio and the ratio of the backend's CPU time. Then what
the first DDL of a session that reaches harden's Python costs (loading it)
against the same DDL once loaded. Figures are printed, never asserted.

Connects with the usual libpq environment (PGHOST, PGPORT, PGUSER) as a
superuser; tools/throwaway_server.sh provides a throwaway server.
"""

import argparse
import os
import pathlib
import statistics
import sys
import time

import psycopg
from psycopg import sql

from guard_overhead import backend_cpu

SCHEMAS_DIR = pathlib.Path(__file__).resolve().parent / "schemas"
PGTRICKLE_FIXTURE = pathlib.Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pgtrickle.sql"
STREAM_TABLES = 100
# name: (size, enforce target, rounds)
SCHEMAS = {"gitlab_container_registry": ("large", 1.10, 5), "pagila": ("small", 1.20, 9)}
CONFIGS = ("none", "off", "enforce")
OFF_TARGET = 1.02
OWNER = "real_schema_owner"
MODES = ("one transaction", "autocommit")
# (role, load, database): every role and load in a plain database, two in a
# pg_trickle one.
DATABASES = ("plain", "pg_trickle")
CASES = tuple((role, mode, "plain") for role in ("superuser", "owner") for mode in MODES) + (
    ("superuser", "autocommit", "pg_trickle"), ("owner", "one transaction", "pg_trickle"))


def split(text):
    """The SQL statements of `text`, as psql would send them one by one:
    split at semicolons outside quotes, dollar quotes and comments; line
    comments dropped."""
    out, buf, i, n = [], [], 0, len(text)
    while i < n:
        c = text[i]
        if c == "-" and text.startswith("--", i):
            i = text.find("\n", i)
            i = n if i < 0 else i
            continue
        if c == "/" and text.startswith("/*", i):
            depth, j = 1, i + 2
            while depth and j < n:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            buf.append(text[i:j])
            i = j
            continue
        if c in "'\"":
            # E'...' takes backslash escapes; a name ending in e before a quote does not.
            before = text[i - 2:i - 1]
            escaped = c == "'" and text[i - 1:i] in ("e", "E") and not (before.isalnum() or before == "_")
            j = i + 1
            while j < n:
                if escaped and text[j] == "\\":
                    j += 2
                    continue
                if text[j] == c:
                    if text.startswith(c * 2, j):
                        j += 2
                        continue
                    break
                j += 1
            buf.append(text[i:j + 1])
            i = j + 1
            continue
        if c == "$":
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            if j < n and text[j] == "$" and not text[i + 1:j][:1].isdigit():
                tag = text[i:j + 1]
                end = text.find(tag, j + 1)
                end = n if end < 0 else end + len(tag)
                buf.append(text[i:end])
                i = end
                continue
        if c == ";":
            statement = "".join(buf).strip()
            if statement:
                out.append(statement)
            buf = []
            i += 1
            continue
        buf.append(c)
        i += 1
    statement = "".join(buf).strip()
    if statement:
        out.append(statement)
    return out


def statements(name):
    return split((SCHEMAS_DIR / name / "schema.sql").read_text(encoding="utf-8"))


def connect(dbname, user=None, autocommit=True):
    return psycopg.connect(dbname=dbname, user=user, autocommit=autocommit)


def template_name(config, database="plain"):
    return "real_schema_tpl_%s%s" % ("pgt_" if database == "pg_trickle" else "", config)


def drop_database(admin, name):
    admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))


def ensure_owner_role(admin):
    if admin.execute("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = %s", [OWNER]).fetchone() is None:
        admin.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(OWNER)))


def deploy_pgtrickle(conn):
    """The pg_trickle catalog with STREAM_TABLES stream tables, each over a
    source table of its own (in schema st_src, apart from the schemas
    loaded)."""
    conn.execute(PGTRICKLE_FIXTURE.read_text(encoding="utf-8"))
    conn.execute("CREATE SCHEMA st_src")
    for i in range(STREAM_TABLES):
        conn.execute("CREATE TABLE st_src.s%d (id int PRIMARY KEY, v int)" % i)
        conn.execute("SELECT pgtrickle.create_stream_table('st_src.st%d', 'SELECT id, v FROM st_src.s%d')" % (i, i))


def prepare_templates(admin):
    ensure_owner_role(admin)
    for database in DATABASES:
        for config in CONFIGS:
            name = template_name(config, database)
            drop_database(admin, name)
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            with connect(name) as conn:
                conn.execute("SET client_min_messages = warning")
                if database == "pg_trickle":
                    deploy_pgtrickle(conn)
                if config != "none":
                    conn.execute("CREATE EXTENSION harden CASCADE")
                if config == "off":
                    conn.execute("SELECT harden.set_mode('off')")
                elif config == "enforce":
                    conn.execute("SELECT harden.set_rule_action('security_definer_search_path', 'warn')")
                conn.execute("ANALYZE")


def drop_templates(admin):
    for database in DATABASES:
        for config in CONFIGS:
            drop_database(admin, template_name(config, database))


def load(conn, script, one_transaction):
    """Runs `script` on `conn` (autocommit), one statement per round trip."""
    if one_transaction:
        conn.execute("BEGIN")
    for statement in script:
        conn.execute(statement)
    if one_transaction:
        conn.execute("COMMIT")


def run_once(admin, config, script, role, one_transaction, database="plain"):
    """(wall s, backend CPU s or None) of loading `script` into a fresh copy
    of `config`'s template in `database`, owned by `role`'s owner, as that role."""
    name = "real_schema_run"
    drop_database(admin, name)
    owner = OWNER if role == "owner" else admin.info.user
    admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {} OWNER {}").format(
        sql.Identifier(name), sql.Identifier(template_name(config, database)), sql.Identifier(owner)))
    with connect(name, user=owner) as conn:
        # The enforce template's one warning, and psql-like silence otherwise.
        conn.execute("SET client_min_messages = error")
        pid = conn.info.backend_pid
        cpu0 = backend_cpu(pid)
        t0 = time.perf_counter()
        load(conn, script, one_transaction)
        wall = time.perf_counter() - t0
        cpu1 = backend_cpu(pid)
    drop_database(admin, name)
    return wall, (cpu1 - cpu0 if cpu0 is not None and cpu1 is not None else None)


def measure(admin, name, rounds):
    size, target, _ = SCHEMAS[name]
    script = statements(name)
    results = {(case, c): [] for case in CASES for c in CONFIGS}
    for r in range(rounds):
        order = CONFIGS[r % len(CONFIGS):] + CONFIGS[:r % len(CONFIGS)]
        for case in CASES:
            for config in order:
                results[(case, config)].append(run_once(admin, config, script, case[0], case[1] == MODES[0],
                                                        case[2]))
        print("%s round %d/%d done" % (name, r + 1, rounds), flush=True)
    # A Markdown table, so that docs/benchmark.md takes it as printed.
    print()
    print("%s (%s): %d statements, %d rounds; medians of wall time, ratios over none (median of each"
          " round's own ratio; backend CPU); targets: off <= %.2f, enforce <= %.2f"
          % (name, size, len(script), rounds, OFF_TARGET, target))
    print()
    print("| role | load | database | none | off | enforce |")
    print("|---|---|---|---|---|---|")
    verdicts = []
    for case in CASES:
        role, mode, database = case
        base = results[(case, "none")]
        base_wall = statistics.median(w for w, _ in base)
        base_cpus = [u for _, u in base if u is not None]
        cells = ["%.3f s" % base_wall]
        for config, limit in (("off", OFF_TARGET), ("enforce", target)):
            runs = results[(case, config)]
            ratio = statistics.median(w for w, _ in runs) / base_wall
            paired = statistics.median(w / b for (w, _), (b, _) in zip(runs, base))
            cpus = [u for _, u in runs if u is not None]
            cpu = ", cpu x%.3f" % (statistics.median(cpus) / statistics.median(base_cpus)) \
                if cpus and base_cpus and statistics.median(base_cpus) else ""
            cells.append("%sx%.3f%s (x%.3f%s)" % ("" if ratio <= limit else "**", ratio,
                                                 "" if ratio <= limit else "**", paired, cpu))
            verdicts.append(ratio <= limit)
        print("| %s | %s | %s | %s |" % (role, mode, database if database == "plain"
                                         else "pg_trickle, %d stream tables" % STREAM_TABLES, " | ".join(cells)))
    return verdicts


def first_checked_ddl(admin, rounds=5):
    """Seconds of the first DDL of a session that calls harden's Python (an
    unpinned SECURITY DEFINER function, rule set to warn), and of the same
    DDL again in that session; medians."""
    name = "real_schema_first"
    first, again = [], []
    drop_database(admin, name)
    admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
        sql.Identifier(name), sql.Identifier(template_name("enforce"))))
    ddl = "CREATE OR REPLACE FUNCTION public.first_checked() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1'"
    for _ in range(rounds):
        with connect(name) as conn:
            conn.execute("SET client_min_messages = error")
            conn.execute("SELECT 1")
            t0 = time.perf_counter()
            conn.execute(ddl)
            t1 = time.perf_counter()
            conn.execute(ddl)
            t2 = time.perf_counter()
        first.append(t1 - t0)
        again.append(t2 - t1)
    drop_database(admin, name)
    print()
    print("first DDL of a session that reaches harden's Python: %.1f ms; the same DDL again: %.1f ms"
          " (median of %d sessions)" % (1e3 * statistics.median(first), 1e3 * statistics.median(again), rounds))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--schema", action="append", choices=sorted(SCHEMAS),
                        help="only this schema (repeatable); all by default")
    parser.add_argument("--rounds", type=int, help="rounds per schema (default: 5 large, 9 small)")
    args = parser.parse_args(argv)

    admin = connect(os.environ.get("PGDATABASE", "postgres"))
    prepare_templates(admin)
    verdicts = []
    try:
        for name in args.schema or SCHEMAS:
            verdicts += measure(admin, name, args.rounds or SCHEMAS[name][2])
        first_checked_ddl(admin)
    finally:
        drop_templates(admin)
    print()
    print("real schemas: %d of %d ratios within their targets (those not are in bold)"
          % (sum(verdicts), len(verdicts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
