"""What harden's guard costs a DDL script (make bench; issue 4).

Runs one script of DDL statements (CREATE TABLE with and without a foreign
key, CREATE INDEX, GRANT, CREATE FUNCTION (one in ten SECURITY DEFINER with a
pinned search_path), CREATE TRIGGER, CREATE POLICY, in equal parts) against
four databases that differ only in this:

  none    no event trigger at all
  noop    one no-op PL/pgSQL event trigger on ddl_command_end (what any event
          trigger costs)
  floor   the least an event trigger of the design issue 4 prescribes does: a
          SECURITY DEFINER PL/pgSQL function with a pinned search_path that
          runs one query over pg_event_trigger_ddl_commands() and records
          policies and triggers (always watched) in a history table
  harden  CREATE EXTENSION harden, mode enforce (the default)

Each database also holds a small pg_trickle deployment (tests/fixtures), so
the guard's pg_trickle paths run. The script runs as a non-superuser that owns
its schema, one statement per round trip in autocommit, as psql -f would send
it. The four run alternately, several rounds, each on a fresh copy of its
database; the medians of wall-clock time and of the backend's CPU time are
reported with the overhead over `none`. Then a GRANT's cost in a database
with a large pg_trickle deployment (1,000 stream tables). No timing is
asserted.

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

import synthetic

REPO = pathlib.Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
CONFIGS = ("none", "noop", "floor", "harden")
RUNNER = "guard_bench_migrator"
APP_ROLE = "guard_bench_app"

SOURCES = """
CREATE TABLE public.orders (id int PRIMARY KEY, tenant_id int NOT NULL, region text, amount numeric);
CREATE TABLE public.customers (id int PRIMARY KEY, name text);
SELECT pgtrickle.create_stream_table('public.order_totals',
    'SELECT region, sum(amount) AS total FROM public.orders GROUP BY region');
SELECT pgtrickle.create_stream_table('public.tenant_counts',
    'SELECT o.tenant_id, count(*) AS n FROM public.orders o JOIN public.customers c ON c.id = o.id GROUP BY o.tenant_id');
"""

NOOP = """
CREATE FUNCTION public.guard_bench_noop() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER guard_bench_noop ON ddl_command_end EXECUTE FUNCTION public.guard_bench_noop();
"""

FLOOR = """
CREATE TABLE public.floor_history (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT clock_timestamp(),
                                   performed_by text, tag text, identity text, statement text);
CREATE FUNCTION public.floor_gate() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    type text;
    identity text;
BEGIN
    SELECT c.object_type, c.object_identity INTO type, identity FROM pg_catalog.pg_event_trigger_ddl_commands() c;
    IF type IN ('policy', 'trigger') THEN
        INSERT INTO public.floor_history (performed_by, tag, identity, statement)
        VALUES (session_user, TG_TAG, identity, pg_catalog.current_query());
    END IF;
END $$;
CREATE EVENT TRIGGER floor_gate ON ddl_command_end EXECUTE FUNCTION public.floor_gate();
"""


def script(statements):
    """`statements` DDL statements, six kinds in equal parts, in dependency order."""
    out = []
    for i in range(-(-statements // 6)):
        fk = ", parent int REFERENCES app.t%d" % (i - 1) if i % 2 else ""
        definer = " SECURITY DEFINER SET search_path = pg_catalog, pg_temp" if i % 10 == 0 else ""
        out += [
            "CREATE TABLE app.t%d (id int PRIMARY KEY, val int, who text%s)" % (i, fk),
            "CREATE INDEX t%d_val ON app.t%d (val)" % (i, i),
            "GRANT SELECT, INSERT, UPDATE, DELETE ON app.t%d TO %s" % (i, APP_ROLE),
            "CREATE FUNCTION app.f%d() RETURNS trigger LANGUAGE plpgsql%s"
            " AS $b$ BEGIN NEW.val := NEW.val + %d; RETURN NEW; END $b$" % (i, definer, i),
            "CREATE TRIGGER tr%d BEFORE INSERT ON app.t%d FOR EACH ROW EXECUTE FUNCTION app.f%d()" % (i, i, i),
            "CREATE POLICY p%d ON app.t%d USING (who = current_user)" % (i, i),
        ]
    return out[:statements]


def connect(dbname, user=None):
    return psycopg.connect(dbname=dbname, user=user, autocommit=True)


def template_name(config):
    return "guard_bench_tpl_%s" % config


def prepare_templates(admin):
    for role in (RUNNER, APP_ROLE):
        if admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone() is None:
            admin.execute(sql.SQL("CREATE ROLE {} {}").format(
                sql.Identifier(role), sql.SQL("LOGIN" if role == RUNNER else "NOLOGIN")))
    for config in CONFIGS:
        name = template_name(config)
        drop_database(admin, name)
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        with connect(name) as conn:
            conn.execute("SET client_min_messages = warning")
            if config == "harden":
                # The same pg_trickle deployment everywhere, loaded with the
                # guard off: it is the setting, not what is measured.
                conn.execute("CREATE EXTENSION harden CASCADE")
                conn.execute("SELECT harden.set_mode('off')")
            conn.execute((FIXTURES / "pgtrickle.sql").read_text())
            conn.execute(SOURCES)
            if config == "harden":
                conn.execute("SELECT harden.configure('mode', NULL)")
            if config == "noop":
                conn.execute(NOOP)
            if config == "floor":
                conn.execute(FLOOR)
            conn.execute(sql.SQL("CREATE SCHEMA app AUTHORIZATION {}").format(sql.Identifier(RUNNER)))


def backend_cpu(pid):
    """Seconds of CPU the backend used, when this machine's /proc shows it."""
    try:
        fields = pathlib.Path("/proc/%d/stat" % pid).read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def fresh_copy(admin, config, name):
    """Database `name`, made anew from `config`'s template."""
    drop_database(admin, name)
    admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
        sql.Identifier(name), sql.Identifier(template_name(config))))
    return name


def drop_database(admin, name):
    admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))


def drop_templates(admin):
    for config in CONFIGS:
        drop_database(admin, template_name(config))


def run_once(admin, config, statements):
    name = fresh_copy(admin, config, "guard_bench_run_%s" % config)
    with connect(name, user=RUNNER) as conn:
        pid = conn.info.backend_pid
        cpu0 = backend_cpu(pid)
        t0 = time.perf_counter()
        for statement in statements:
            conn.execute(statement)
        wall = time.perf_counter() - t0
        cpu1 = backend_cpu(pid)
    drop_database(admin, name)
    return wall, (cpu1 - cpu0 if cpu0 is not None and cpu1 is not None else None)


LARGE_PART = 9  # synthetic.py's names for the large deployment: bp9_...


def large_deployment_grants(admin, grants=300, rounds=3):
    """A GRANT SELECT on an ordinary table, in a database where pg_trickle has
    1,000 stream tables (synthetic.py): with the guard off and in enforce
    mode, the table named schema-qualified (the gate reads the relations from
    the statement) and not (the gate looks for watched relations this
    transaction wrote). Medians of µs per GRANT."""
    name = "guard_bench_large"
    drop_database(admin, name)
    admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        with connect(name) as conn:
            conn.execute("SET client_min_messages = warning")
            conn.execute("CREATE EXTENSION harden CASCADE")
            conn.execute("SELECT harden.set_mode('off')")
            synthetic.prepare(conn)
            synthetic.build_stream_tables(conn, LARGE_PART)
            conn.execute("CREATE TABLE public.plain (id int)")
            forms = {"schema-qualified": "GRANT SELECT ON public.plain TO %s" % APP_ROLE,
                     "unqualified": "GRANT SELECT ON plain TO %s" % APP_ROLE}
            results = {(m, f): [] for m in ("off", "enforce") for f in forms}
            for _ in range(rounds):
                for mode in ("off", "enforce"):
                    conn.execute("SELECT harden.set_mode(%s)", [mode])
                    for form, statement in forms.items():
                        with connect(name) as run:
                            run.execute("SET search_path = public")
                            run.execute(statement)
                            t0 = time.perf_counter()
                            for _ in range(grants):
                                run.execute(statement)
                            results[(mode, form)].append((time.perf_counter() - t0) / grants * 1e6)
            stream_tables = conn.execute("SELECT count(*) FROM pgtrickle.pgt_stream_tables").fetchone()[0]
    finally:
        os.chdir(cwd)
        drop_database(admin, name)
        synthetic.drop_roles(admin, LARGE_PART)
    print()
    print("GRANT SELECT on an ordinary table, %d stream tables, %d GRANTs x %d rounds, medians"
          % (stream_tables, grants, rounds))
    print("%-18s %12s %12s" % ("table named", "guard off", "enforce"))
    for form in forms:
        print("%-18s %9.0f us %9.0f us" % (form, statistics.median(results[("off", form)]),
                                           statistics.median(results[("enforce", form)])))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=6000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-large", action="store_true",
                        help="skip the GRANT measurement in a large pg_trickle deployment")
    args = parser.parse_args(argv)

    statements = script(args.statements)
    admin = connect(os.environ.get("PGDATABASE", "postgres"))
    prepare_templates(admin)
    results = {c: [] for c in CONFIGS}
    for r in range(args.rounds):
        # Rotate the order so that no configuration always runs first.
        order = CONFIGS[r % len(CONFIGS):] + CONFIGS[:r % len(CONFIGS)]
        for config in order:
            results[config].append(run_once(admin, config, statements))
        print("round %d/%d: %s" % (r + 1, args.rounds, ", ".join(
            "%s %.2f s" % (c, results[c][-1][0]) for c in CONFIGS)), flush=True)
    drop_templates(admin)

    base_wall = statistics.median(w for w, _ in results["none"])
    cpus = {c: [u for _, u in results[c] if u is not None] for c in CONFIGS}
    base_cpu = statistics.median(cpus["none"]) if cpus["none"] else None
    print()
    print("guard overhead: %d DDL statements, %d rounds, medians" % (len(statements), args.rounds))
    print("(per round: the median of each round's overhead over that round's `none`, which a machine")
    print(" whose speed drifts between rounds moves less)")
    print("%-8s %10s %10s %10s %12s %10s" % ("config", "wall s", "overhead", "per round", "backend cpu",
                                             "overhead"))
    for config in CONFIGS:
        wall = statistics.median(w for w, _ in results[config])
        paired = statistics.median(100.0 * (w - b) / b for (w, _), (b, _) in zip(results[config], results["none"]))
        line = "%-8s %10.3f %9.1f%% %9.1f%%" % (config, wall, 100.0 * (wall - base_wall) / base_wall, paired)
        if base_cpu:
            cpu = statistics.median(cpus[config])
            line += " %12.3f %9.1f%%" % (cpu, 100.0 * (cpu - base_cpu) / base_cpu)
        print(line)
    if not args.no_large:
        large_deployment_grants(admin)
    return 0


if __name__ == "__main__":
    sys.exit(main())
