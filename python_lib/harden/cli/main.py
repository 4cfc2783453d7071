"""harden: audit PostgreSQL databases from outside the server.

  harden audit DSN [DSN ...]   the audit report of each database
  harden plan DSN              the SQL harden.apply() would run
  harden checks                the rule catalogue

Exit status: 0 done (and nothing at or above --fail-on), 1 a finding at or
above --fail-on, 2 an error (a refused connection, a bad argument or file).
"""

import argparse
import json
import os
import sys

import psycopg

from harden import __version__, catalogue
from harden.cli import collect, report, targets, text
from harden.errors import HardenError
from harden.rule import SEVERITIES

FORMATS = ("table", "json", "sarif", "markdown", "html")
ALWAYS = ("harden_check_failed", "insufficient_privilege")  # what a run may report about itself


class UsageError(Exception):
    pass


def _rule_names(text_value):
    names = [n.strip() for n in (text_value or "").split(",") if n.strip()]
    unknown = sorted(set(names) - set(catalogue.load()))
    if unknown:
        raise UsageError("unknown rule%s %s (harden checks lists them)"
                         % ("s" if len(unknown) > 1 else "", ", ".join(unknown)))
    return names


def selected_rules(args):
    """The names of the rules to run, or None for all of them."""
    only, skip = _rule_names(args.rules), _rule_names(args.skip_rules)
    if not only and not skip:
        return None
    chosen = set(only or catalogue.load()) - set(skip)
    if not chosen:
        raise UsageError("--rules and --skip-rules leave no rule to run")
    return chosen


def json_lines(envelope):
    """JSON with one key of the envelope a line, and one item of a list (a
    finding, a rule, a database) a line: readable and diffable, and written by
    json's C encoder; indent= would use the pure-Python one, which takes half a
    second on 12,000 findings."""
    def value(v):
        if isinstance(v, list) and v:
            return "[\n%s\n  ]" % ",\n".join("    " + json.dumps(x, ensure_ascii=False) for x in v)
        return json.dumps(v, ensure_ascii=False)
    body = ",\n".join("  %s: %s" % (json.dumps(k), value(v)) for k, v in envelope.items())
    return "{\n%s\n}\n" % body


def _render(envelope, fmt):
    if fmt == "json":
        return json_lines(envelope)
    if fmt == "sarif":
        from harden.cli.sarif import sarif
        return json.dumps(sarif(envelope), ensure_ascii=False, separators=(",", ":")) + "\n"
    if fmt == "html":
        from harden.cli.html import page
        return page(envelope)
    if fmt == "markdown":
        return text.markdown(envelope)
    return text.table(envelope)


def _write(output, content):
    if output in (None, "-"):
        sys.stdout.write(content)
        sys.stdout.flush()
    else:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(content)


def _progress(total, quiet):
    """(callback, close) showing progress on a terminal; nothing otherwise.
    rich is imported only then: a pipe in CI pays nothing for it."""
    if quiet or not sys.stderr.isatty():
        return None, lambda: None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    # On standard error, so that the report on standard output stays clean.
    bar = Progress(TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   TextColumn("{task.description}"), transient=True, console=Console(stderr=True))
    bar.start()
    task = bar.add_task("", total=total)

    def advance(result):
        bar.update(task, advance=1, description=result.database or result.target.label)
    return advance, bar.stop


def cmd_audit(args):
    rules = selected_rules(args)
    waivers = report.load_waivers(args.waivers) if args.waivers else {}
    baseline = report.load_baseline(args.baseline) if args.baseline else None
    target_list = targets.expand(args.dsn, args.all_databases)
    advance, close = _progress(len(target_list), args.quiet)
    try:
        results = collect.audit_all(target_list, rules=rules, jobs=args.jobs, progress=advance)
    finally:
        close()
    findings = collect.merge(results)
    kept = [f for f in findings if not report.is_waived(f, waivers)]
    waived = len(findings) - len(kept)
    known = 0
    if baseline is not None:
        new = [f for f in kept if not report.is_known(f, baseline)]
        known, kept = len(kept) - len(new), new
    kept.sort(key=report.sort_key)
    ran = set(rules or catalogue.load()) | set(ALWAYS) | {f["check_name"] for f in kept}
    envelope = report.build(results, kept, ran, waived=waived, baseline_path=args.baseline, known=known)
    _write(args.output, _render(envelope, args.format))
    failed = [r for r in results if r.error]
    for r in failed:
        print("harden: %s: %s" % (r.target.label, r.error), file=sys.stderr)
    if failed:
        return 2
    return 1 if report.fails(kept, args.fail_on) else 0


def cmd_plan(args):
    from harden.cli import plan
    label = targets.expand([args.dsn], False)[0].label
    _write(args.output, plan.script(label, plan.rows(args.dsn)))
    return 0


def cmd_checks(args):
    rules = list(catalogue.load().values())
    if args.format == "json":
        content = json.dumps([report.rule_metadata(r) for r in rules], indent=2, ensure_ascii=False) + "\n"
    elif args.format == "markdown":
        content = text.checks_markdown(rules)
    else:
        content = text.checks(rules)
    _write(args.output, content)
    return 0


def parser():
    p = argparse.ArgumentParser(prog="harden", description="PostgreSQL security hardening: audit from outside "
                                "the server, with or without the harden extension installed.",
                                epilog="Exit status: 0 done, 1 a finding at or above --fail-on, 2 an error.")
    p.add_argument("--version", action="version", version="harden " + __version__)
    sub = p.add_subparsers(dest="command", required=True)

    a = sub.add_parser("audit", help="audit databases", description="Run every check on each database named "
                       "(a libpq connection string or postgresql:// URI) and report the findings.")
    a.add_argument("dsn", nargs="+", help="a database to audit (with --all-databases: a server)")
    a.add_argument("--all-databases", action="store_true",
                   help="audit every database on each server named that the role may connect to")
    a.add_argument("--format", choices=FORMATS, default="table", help="report format (default: table)")
    a.add_argument("-o", "--output", help="write the report to this file (default: standard output)")
    a.add_argument("--fail-on", choices=SEVERITIES, help="exit 1 if any finding is at or above this severity")
    a.add_argument("--baseline", metavar="FILE",
                   help="a previous JSON report: report (and fail on) only findings not in it")
    a.add_argument("--rules", metavar="NAMES", help="comma-separated rules to run (default: all)")
    a.add_argument("--skip-rules", metavar="NAMES", help="comma-separated rules not to run")
    a.add_argument("--waivers", metavar="FILE", help="a JSON file of waivers: "
                   '[{"fingerprint": ..., "database": ..., "reason": ..., "expires": "2027-01-31"}]')
    a.add_argument("-j", "--jobs", type=int, default=min(4, os.cpu_count() or 1),
                   help="databases audited at once (default: %(default)s)")
    a.add_argument("-q", "--quiet", action="store_true", help="no progress display")
    a.set_defaults(func=cmd_audit)

    pl = sub.add_parser("plan", help="the SQL harden.apply() would run (nothing is changed)")
    pl.add_argument("dsn")
    pl.add_argument("-o", "--output")
    pl.set_defaults(func=cmd_plan)

    c = sub.add_parser("checks", help="the rule catalogue")
    c.add_argument("--format", choices=("table", "json", "markdown"), default="table")
    c.add_argument("-o", "--output")
    c.set_defaults(func=cmd_checks)
    return p


def main(argv=None):
    args = parser().parse_args(argv)
    if getattr(args, "jobs", 1) < 1:
        parser().error("--jobs must be at least 1")
    try:
        return args.func(args)
    except (UsageError, report.ReportError, targets.TargetError, OSError) as exc:
        print("harden: %s" % exc, file=sys.stderr)
    except HardenError as exc:
        print("harden: %s" % exc.message, file=sys.stderr)
        for label, value in (("DETAIL", exc.detail), ("HINT", exc.hint)):
            if value:
                print("%s: %s" % (label, value), file=sys.stderr)
    except psycopg.Error as exc:
        print("harden: %s" % str(exc).strip(), file=sys.stderr)
    return 2
