"""What harden's guard costs a DDL statement, in instructions (make bench,
when valgrind is installed; issue 4).

Wall-clock time on a shared machine moves by more than the differences being
measured. Instructions do not: the server runs under callgrind
(tools/throwaway_server.sh, PGTMP_CALLGRIND), which writes each backend's
instruction count when it exits, and two runs of the same session agree to
about 0.2 %. A statement's cost is the difference between a session that runs
the script's first W statements and one that runs its first N, divided by
N - W: connection start-up and the first-use work of each session cancel out.

The databases are guard_overhead.py's: none, noop, floor (the least an event
trigger of the design issue 4 prescribes does) and harden. Then, for each kind
of statement, the instructions it takes with and without harden. Instructions
are not time: system calls (a CREATE TABLE creates files) are not counted, so
the wall-clock overhead of the same script is lower than the instruction
overhead. No figure is asserted.
"""

import argparse
import os
import pathlib
import re
import sys
import time


import guard_overhead as g

KINDS = ("CREATE TABLE", "CREATE INDEX", "GRANT", "CREATE FUNCTION", "CREATE TRIGGER", "CREATE POLICY")
# What a statement of each kind needs created first.
NEEDS = {"CREATE TABLE": (), "CREATE FUNCTION": (), "GRANT": ("CREATE TABLE",), "CREATE INDEX": ("CREATE TABLE",),
         "CREATE POLICY": ("CREATE TABLE",), "CREATE TRIGGER": ("CREATE TABLE", "CREATE FUNCTION")}


def instructions(out_dir, pid):
    """The instruction count callgrind wrote when backend `pid` exited."""
    path = pathlib.Path(out_dir) / ("cg.%d" % pid)
    for _ in range(150):
        if path.exists():
            found = re.search(r"^(?:summary|totals): (\d+)", path.read_text(errors="replace"), re.M)
            if found:
                return int(found.group(1))
        time.sleep(0.2)
    raise RuntimeError("callgrind wrote no count for backend %d in %s" % (pid, out_dir))


def session(admin, out_dir, config, statements, kind, count):
    """Instructions of a session on a fresh copy of `config`'s database that
    runs what `kind` needs, then the first `count` of `statements` of that
    kind (all of them for kind None). Returns (instructions, statements run)."""
    name = g.fresh_copy(admin, config, "guard_instr_run")
    conn = g.connect(name, user=g.RUNNER)
    pid = conn.info.backend_pid
    todo = statements
    if kind:
        for statement in statements:
            if statement.startswith(NEEDS[kind]) and not statement.startswith(kind):
                conn.execute(statement)
        todo = [s for s in statements if s.startswith(kind)]
    for statement in todo[:count]:
        conn.execute(statement)
    conn.close()
    total = instructions(out_dir, pid)
    g.drop_database(admin, name)
    return total, min(count, len(todo))


def per_statement(admin, out_dir, config, statements, kind, warm):
    n = len(statements) if kind is None else sum(1 for s in statements if s.startswith(kind))
    w = warm if kind is None else warm * n // len(statements)
    low, nl = session(admin, out_dir, config, statements, kind, w)
    high, nh = session(admin, out_dir, config, statements, kind, n)
    return (high - low) / (nh - nl)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=480)
    parser.add_argument("--warm", type=int, default=120, help="statements the shorter session runs")
    args = parser.parse_args(argv)
    out_dir = os.environ.get("PGTMP_CALLGRIND_DIR")
    if not out_dir:
        print("guard_instructions.py needs a server under callgrind (PGTMP_CALLGRIND_DIR)", file=sys.stderr)
        return 2

    statements = g.script(args.statements)
    admin = g.connect(os.environ.get("PGDATABASE", "postgres"))
    g.prepare_templates(admin)

    whole = {c: per_statement(admin, out_dir, c, statements, None, args.warm) for c in g.CONFIGS}
    print("guard instructions: the script's statements %d to %d, instructions per statement (callgrind)"
          % (args.warm + 1, len(statements)))
    print("%-8s %14s %10s" % ("config", "instructions", "overhead"))
    for config in g.CONFIGS:
        print("%-8s %14.0f %9.1f%%" % (config, whole[config], 100.0 * (whole[config] - whole["none"]) / whole["none"]))

    print()
    print("by kind of statement: instructions per statement")
    print("%-16s %12s %12s %12s %10s" % ("kind", "none", "harden", "guard", "overhead"))
    for kind in KINDS:
        none = per_statement(admin, out_dir, "none", statements, kind, args.warm)
        harden = per_statement(admin, out_dir, "harden", statements, kind, args.warm)
        print("%-16s %12.0f %12.0f %12.0f %9.1f%%" % (kind, none, harden, harden - none,
                                                        100.0 * (harden - none) / none))
    g.drop_templates(admin)
    return 0


if __name__ == "__main__":
    sys.exit(main())
