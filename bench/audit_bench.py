"""make bench: audit_report() and apply() on a synthetic database; prints figures.

Run by tools/bench.sh against a throwaway server (libpq environment: PGHOST,
PGPORT, PGUSER). Nothing here asserts on time: the figures are printed beside
the targets the issues set, for a human to judge.

  audit   harden.audit_report() at the benchmark size and at double every count
          (cold first call of a session, then the median of warm calls), and
          every check on its own through the psycopg adapter, slowest first
  cli     the harden command (python -m harden.cli audit) on the same
          database over the libpq environment's connection (a local socket
          under make bench), the whole process timed, beside audit_report()
  apply   harden.apply() on a copy of the benchmark database (1,000 insecure
          stream tables), then the repeat run with nothing to do
"""

import os
import statistics
import subprocess
import sys
import time

import psycopg

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(REPO, "python_lib"))
sys.path.insert(0, HERE)

import synthetic  # noqa: E402
from harden import catalogue  # noqa: E402
from harden.context import Context  # noqa: E402
from harden.db import PsycopgDatabase  # noqa: E402

WARM_RUNS = 5
CHECK_RUNS = 3
DB = "harden_bench"
APPLY_DB = "harden_bench_apply"


def connect(dbname, **settings):
    options = " ".join("-c %s=%s" % kv for kv in settings.items())
    return psycopg.connect(dbname=dbname, autocommit=True, options=options)


def log(msg):
    print(msg, flush=True)


def timed(conn, sql):
    t0 = time.perf_counter()
    rows = conn.execute(sql).fetchall()
    return time.perf_counter() - t0, rows


def backend_cpu(conn):
    """CPU seconds (user + system) the server process of conn has used, or
    None when its /proc entry cannot be read (a server on another host)."""
    try:
        with open("/proc/%d/stat" % conn.info.backend_pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def time_report(dbname, **settings):
    """(cold seconds, warm median, warm min, warm max, findings, warm median of
    the server process's CPU seconds or None).

    On a machine other work keeps busy the wall-clock figures grow with the
    load; the server's CPU time is what the report itself costs."""
    with connect(dbname, **settings) as conn:
        cold, rows = timed(conn, "SELECT count(*) FROM harden.audit_report()")
        warm, cpu = [], []
        for _ in range(WARM_RUNS):
            cpu0 = backend_cpu(conn)
            warm.append(timed(conn, "SELECT count(*) FROM harden.audit_report()")[0])
            cpu1 = backend_cpu(conn)
            if cpu0 is not None and cpu1 is not None:
                cpu.append(cpu1 - cpu0)
    return cold, statistics.median(warm), min(warm), max(warm), rows[0][0], statistics.median(cpu) if cpu else None


def time_cli(dbname):
    """(median, min) seconds of `harden audit` as a user runs it: a new process
    (Python start, imports, connection) auditing the database, report to a pipe."""
    env = dict(os.environ, PYTHONPATH=os.path.join(REPO, "python_lib"))
    times = []
    for _ in range(WARM_RUNS):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "harden.cli", "audit", "-q", "--format", "json", "dbname=" + dbname],
                       env=env, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), min(times)


def fresh_context(db):
    """A Context with what every check reads (once per report) already read."""
    ctx = Context(db)
    for shared in ("settings", "pgtrickle", "keywords", "server_version_num"):
        getattr(ctx, shared)
    return ctx


def time_checks(dbname):
    """{rule name: (median seconds, findings)} for every audit check, via psycopg.

    Each run of a check gets a fresh Context, so a scan some checks share
    (cached on the Context within one report) counts in each of them: a
    check's figure is its cost alone, and the sum exceeds the report's.
    """
    out = {}
    # jit off: through psycopg each query gets a custom plan whose cost can
    # cross jit_above_cost where the server's prepared plan does not, and the
    # compile time would then be charged to the check.
    with connect(dbname, jit="off") as conn:
        # The settings audit_report() pins for itself, so each check runs as it
        # does inside the report.
        pinned = conn.execute("SELECT pg_catalog.unnest(proconfig) FROM pg_catalog.pg_proc"
                              " WHERE oid = 'harden.audit_report(boolean)'::pg_catalog.regprocedure").fetchall()
        for (setting,) in pinned:
            conn.execute("SELECT pg_catalog.set_config(%s, %s, false)", setting.split("=", 1))
        db = PsycopgDatabase(conn)
        version_num = fresh_context(db).server_version_num
        for rule in catalogue.load().values():
            if rule.audit is None or version_num < rule.min_server_version:
                continue
            times, found = [], 0
            try:
                for _ in range(CHECK_RUNS):
                    ctx = fresh_context(db)
                    t0 = time.perf_counter()
                    found = len(list(rule.audit(ctx)))
                    times.append(time.perf_counter() - t0)
            except Exception as exc:  # a broken check is a figure too, not the end of the bench
                out[rule.name] = (None, "error: %s" % str(exc).splitlines()[0])
                continue
            out[rule.name] = (statistics.median(times), found)
    return out


def has_function(dbname, signature):
    with connect(dbname) as conn:
        return conn.execute("SELECT pg_catalog.to_regprocedure(%s) IS NOT NULL", (signature,)).fetchone()[0]


def apply_run(conn, dry_run):
    t0 = time.perf_counter()
    rows = conn.execute(
        "SELECT status, count(*) FROM harden.apply(dry_run => %s) GROUP BY status ORDER BY status", (dry_run,)
    ).fetchall()
    return time.perf_counter() - t0, ", ".join("%s %d" % r for r in rows) or "no rows"


def bench_apply():
    with connect(APPLY_DB) as conn:
        conn.execute("SELECT harden.version()")  # the package import is not apply's cost
        dry = apply_run(conn, True)
        first = apply_run(conn, False)
        again = apply_run(conn, False)
    return dry, first, again


def fmt(seconds):
    return "-" if seconds is None else "%.3f s" % seconds


def fmt_ms(seconds):
    return "%.1f ms" % (seconds * 1000)


def main():
    with connect("postgres") as conn:
        server = conn.execute("SELECT pg_catalog.current_setting('server_version')").fetchone()[0]
        conn.execute("DROP DATABASE IF EXISTS %s" % DB)
        conn.execute("DROP DATABASE IF EXISTS %s" % APPLY_DB)
        conn.execute("CREATE DATABASE %s" % DB)
    with connect(DB) as conn:
        synthetic.prepare(conn)
    rules = [r for r in catalogue.load().values() if r.audit is not None]
    log("PostgreSQL %s, %d CPUs, %d audit checks in python_lib, load average %.2f"
        % (server, os.cpu_count(), len(rules), os.getloadavg()[0]))

    results = {}
    for part in (0, 1):
        label = "1x" if part == 0 else "2x"
        log("== building part %d of the synthetic database (%s)" % (part, label))
        t0 = time.perf_counter()
        with connect(DB) as conn:
            conn.execute("SET client_min_messages = warning")
            # Built without harden: its guard would judge (and block) every
            # insecure DDL of the build, which is not what is measured here.
            conn.execute("DROP EXTENSION IF EXISTS harden")
            synthetic.build(conn, part, log=log)
            conn.execute("CREATE EXTENSION harden CASCADE")
            size = synthetic.counts(conn)
            if part == 0:
                log("   harden %s" % conn.execute("SELECT harden.version()").fetchone()[0])
        log("   built in %.0f s: %s" % (time.perf_counter() - t0, ", ".join("%s %d" % kv for kv in size.items())))
        log("== audit_report() at %s" % label)
        report = time_report(DB)
        log("   cold %s, warm median %s (min %s, max %s; server CPU %s), %d findings"
            % (fmt(report[0]), fmt(report[1]), fmt(report[2]), fmt(report[3]), fmt(report[5]), report[4]))
        # PostgreSQL's JIT compiles the big catalog queries whose row estimates
        # are inflated (recursive CTEs): shown beside, in case it is not pinned off.
        no_jit = time_report(DB, jit="off")
        log("   with jit = off in the session: warm median %s (min %s)" % (fmt(no_jit[1]), fmt(no_jit[2])))
        cli = time_cli(DB)
        log("   harden audit (the command): median %s (min %s)" % (fmt(cli[0]), fmt(cli[1])))
        log("== each check through the psycopg adapter at %s" % label)
        checks = time_checks(DB)
        results[label] = (size, report, no_jit, checks, cli)
        if part == 0 and has_function(DB, "harden.apply(boolean, text[])"):
            # apply's own database: the 1x state, before part 1 is added.
            with connect("postgres") as conn:
                conn.execute("CREATE DATABASE %s TEMPLATE %s STRATEGY file_copy" % (APPLY_DB, DB))

    apply_figures = None
    if has_function(DB, "harden.apply(boolean, text[])"):
        log("== apply() on the 1x database")
        apply_figures = bench_apply()
    else:
        log("== apply: skipped, harden.apply(boolean, text[]) does not exist in this build")

    print_summary(results, apply_figures)


def print_summary(results, apply_figures):
    size1, rep1, nojit1, checks1, cli1 = results["1x"]
    size2, rep2, nojit2, checks2, cli2 = results["2x"]
    print()
    print("=" * 78)
    print("Synthetic database          %12s %12s" % ("1x", "2x"))
    for key in size1:
        print("  %-26s %12d %12d" % (key.replace("_", " "), size1[key], size2[key]))
    print()
    print("harden.audit_report()       %12s %12s %8s   target" % ("1x", "2x", "2x/1x"))
    print("  %-26s %12s %12s %8s" % ("cold first call", fmt(rep1[0]), fmt(rep2[0]), "%.2f" % (rep2[0] / rep1[0])))
    print("  %-26s %12s %12s %8s   < 0.6 s, ratio <= 2"
          % ("warm median of %d" % WARM_RUNS, fmt(rep1[1]), fmt(rep2[1]), "%.2f" % (rep2[1] / rep1[1])))
    print("  %-26s %12s %12s %8s" % ("warm min", fmt(rep1[2]), fmt(rep2[2]), "%.2f" % (rep2[2] / rep1[2])))
    print("  %-26s %12s %12s %8s" % ("warm median, server CPU", fmt(rep1[5]), fmt(rep2[5]),
                                      "-" if rep1[5] is None or rep2[5] is None else "%.2f" % (rep2[5] / rep1[5])))
    print("  %-26s %12s %12s %8s" % ("warm median, jit = off", fmt(nojit1[1]), fmt(nojit2[1]),
                                      "%.2f" % (nojit2[1] / nojit1[1])))
    print("  %-26s %12d %12d" % ("findings", rep1[4], rep2[4]))
    print()
    print("harden audit, the command   %12s %12s" % ("1x", "2x"))
    print("  %-26s %12s %12s" % ("median of %d, whole process" % WARM_RUNS, fmt(cli1[0]), fmt(cli2[0])))
    print("  %-26s %12s %12s   target <= 1.5 at 1x" % ("/ audit_report() cold", "%.2f" % (cli1[0] / rep1[0]),
                                                       "%.2f" % (cli2[0] / rep2[0])))
    print("  %-26s %12s %12s" % ("/ audit_report() warm", "%.2f" % (cli1[0] / rep1[1]),
                                 "%.2f" % (cli2[0] / rep2[1])))
    print()
    print("Each check alone via psycopg, jit = off (median of %d; a scan checks share counts in each),"
          " slowest at 2x first:" % CHECK_RUNS)
    print("  %-40s %10s %10s %7s %9s" % ("check", "1x", "2x", "2x/1x", "findings"))

    def slowest(name):
        return -(checks2[name][0] or 0)

    total1 = total2 = 0.0
    for name in sorted(checks2, key=slowest):
        t1, n1 = checks1.get(name, (None, 0))
        t2, n2 = checks2[name]
        if t2 is None or t1 is None:
            print("  %-40s %s" % (name, n2 if t2 is None else n1))
            continue
        total1, total2 = total1 + t1, total2 + t2
        ratio = "%.2f" % (t2 / t1) if t1 > 0.0005 else "-"
        print("  %-40s %10s %10s %7s %9s" % (name, fmt_ms(t1), fmt_ms(t2), ratio, "%d/%d" % (n1, n2)))
    print("  %-40s %10s %10s" % ("sum of checks", fmt_ms(total1), fmt_ms(total2)))
    print()
    if apply_figures is None:
        print("harden.apply(): not measured (harden.apply(boolean, text[]) does not exist in this build)")
    else:
        dry, first, again = apply_figures
        print("harden.apply() on the 1x database (%d stream tables)" % size1["stream_tables"])
        print("  %-26s %12s   %s" % ("dry run", fmt(dry[0]), dry[1]))
        print("  %-26s %12s   %s   target < 5 s" % ("first run", fmt(first[0]), first[1]))
        print("  %-26s %12s   %s   target < 1 s" % ("repeat run", fmt(again[0]), again[1]))
    print("load average (1 min) at the end: %.2f on %d CPUs" % (os.getloadavg()[0], os.cpu_count()))
    print("=" * 78, flush=True)


if __name__ == "__main__":
    main()
