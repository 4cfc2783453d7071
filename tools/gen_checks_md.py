"""Writes docs/checks.md from the rule catalogue (make docs)."""

import sys

from harden import catalogue

GUARD_WORD = {"block": "blocks the DDL", "warn": "raises a WARNING", "notice": "raises a NOTICE"}


def render():
    rules = catalogue.load()
    out = ["# harden checks", "",
           "Generated from the rule catalogue (`python_lib/harden/rules/`) by `make docs`; "
           "a test fails when this file is stale. `SELECT * FROM harden.checks()` lists the same rules.",
           "", "| rule | severity | category | audit | guard |", "|---|---|---|---|---|"]
    for r in rules.values():
        out.append("| [`%s`](#%s) | %s | %s | %s | %s |" % (
            r.name, r.name, r.severity, r.category, "yes" if r.audit else "",
            r.guard_action if r.guard else ""))
    for r in rules.values():
        out += ["", "## %s" % r.name, "", "**%s**" % r.title, "",
                "- severity: %s" % r.severity,
                "- category: %s" % r.category,
                "- reference: %s" % r.reference]
        if r.min_server_version:
            out.append("- needs PostgreSQL %d or later" % (r.min_server_version // 10000))
        if r.audit:
            out.append("- audit: reported by `harden.audit_report()`")
        if r.guard:
            out.append("- guard: %s (default action `%s`)" % (GUARD_WORD.get(r.guard_action, r.guard_action),
                                                             r.guard_action))
        out += ["", r.rationale, "", "Fix: " + r.remediation]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
