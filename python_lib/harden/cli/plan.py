"""harden plan: what harden.apply() would run, as a script to review.

It calls the planner apply() runs (its dry run) in a read-only transaction
that is rolled back, so nothing is installed or changed. The statements are
as a superuser would run them by hand (SET ROLE around those that must come
from another grantor); steps that need a person stay comments.
"""

from harden import __version__
from harden.apply import run as _apply_run
from harden.cli import targets as _targets
from harden.db import PsycopgDatabase
from harden.quoting import comment


def rows(dsn):
    """apply(dry_run => true)'s rows: (step, rule, action, sql, status)."""
    with _targets.connect(dsn, autocommit=False) as conn:
        conn.read_only = True
        try:
            return _apply_run.apply(PsycopgDatabase(conn), True)
        finally:
            conn.rollback()


def _comment(text):
    return "\n".join("-- " + line if line else "--" for line in text.splitlines())


def script(label, plan_rows):
    out = [comment("harden %s: what harden.apply() would run on %s" % (__version__, label)),
           "-- Review it, then run it as a superuser (psql -1 -f), or run harden.apply().", ""]
    todo = [r for r in plan_rows if r[4] == "planned"]
    if not todo:
        out.append("-- Nothing to do: every step is already done.")
    for step, rule, action, sql, status in plan_rows:
        head = comment("step %d%s: %s" % (step, " (%s)" % rule if rule else "", action))
        if status == "planned":
            out += [head, sql, ""]
        elif status == "manual":
            out += [head + " [by hand]", _comment(sql or ""), ""]
        else:
            out += [head + " [%s]" % status, ""]
    return "\n".join(out).rstrip("\n") + "\n"
