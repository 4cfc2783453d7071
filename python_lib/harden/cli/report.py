"""The report the command writes: a versioned envelope around the findings,
and what narrows it (waivers from a file, a baseline) or judges it (--fail-on).

The JSON form is the contract other runs read back (--baseline), so its shape
is versioned by FORMAT_VERSION: a change that breaks a reader bumps it.
"""

import datetime
import json
import re

from harden import __version__, catalogue
from harden.rule import SEVERITIES

FORMAT = "harden-report"
FORMAT_VERSION = 1
RANK = {s: i for i, s in enumerate(SEVERITIES)}
FINGERPRINT = re.compile(r"^[0-9a-f]{32}$")


class ReportError(Exception):
    """A file the command was given that it cannot use (waivers, baseline)."""


def sort_key(f):
    return (RANK[f["severity"]], f["check_name"], f["database"] or "", f["object_identity"], f["fingerprint"])


def rule_metadata(rule):
    return {k: getattr(rule, k) for k in ("name", "severity", "category", "title", "rationale",
                                          "reference", "remediation")}


def summary(findings):
    counts = {s: 0 for s in SEVERITIES}
    for f in findings:
        counts[f["severity"]] += 1
    return counts


def _read_json(path, what):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        raise ReportError("cannot read the %s file %s: %s" % (what, path, exc)) from None


def _parse_expiry(text, path):
    try:
        when = datetime.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise ReportError("%s: expires %r is not an ISO 8601 date or time" % (path, text)) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.timezone.utc)
    return when


def load_waivers(path, at=None):
    """{fingerprint: databases} of the waivers in force in a JSON file:
    [{"fingerprint": ..., "database": ..., "reason": ..., "expires": "2027-01-31"}, ...]
    (or {"waivers": [...]}), like harden.waive()'s arguments. database is a
    name, a list of names, or "*" for every database (databases: None). A
    fingerprint names an object, not a database: a waiver that held in every
    database audited would hide the same finding in a database someone else
    owns (found by an attacker helper), so each waiver says where it holds."""
    data = _read_json(path, "waivers")
    if isinstance(data, dict):
        data = data.get("waivers")
    if not isinstance(data, list):
        raise ReportError("%s: expected a list of waivers, or {\"waivers\": [...]}" % path)
    at = at or datetime.datetime.now(datetime.timezone.utc)
    active = {}
    for i, w in enumerate(data, 1):
        fp = str(w.get("fingerprint", "")).strip().lower() if isinstance(w, dict) else ""
        if not FINGERPRINT.match(fp):
            raise ReportError("%s: waiver %d: a fingerprint is the 32 hexadecimal digits of a finding's "
                              "fingerprint" % (path, i))
        reason = w.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise ReportError("%s: waiver %d (%s) needs a reason" % (path, i, fp))
        database = w.get("database")
        names = [database] if isinstance(database, str) else database
        if (not isinstance(names, list) or not names or not all(isinstance(n, str) and n for n in names)
                or ("*" in names and len(names) > 1)):
            raise ReportError("%s: waiver %d (%s) needs a database: its name, a list of names, or \"*\" for "
                              "every database audited" % (path, i, fp))
        expires = w.get("expires")
        if expires is not None and _parse_expiry(expires, path) <= at:
            continue
        active.setdefault(fp, set()).update(names)
    return {fp: None if "*" in names else frozenset(names) for fp, names in active.items()}


def is_waived(finding, waivers):
    """The finding is waived for its database (for a cluster-wide one: any of them)."""
    if finding["fingerprint"] not in waivers:
        return False
    databases = waivers[finding["fingerprint"]]
    return databases is None or not databases.isdisjoint(finding["databases"])


def load_baseline(path):
    """{(database, fingerprint)} of a previous JSON report."""
    data = _read_json(path, "baseline")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ReportError("%s is not a harden JSON report (harden audit --format json)" % path)
    if data.get("format_version") != FORMAT_VERSION:
        raise ReportError("%s is a harden report of format version %r; this harden reads version %d"
                          % (path, data.get("format_version"), FORMAT_VERSION))
    return {(db, f["fingerprint"]) for f in data["findings"] for db in f["databases"]}


def is_known(finding, baseline):
    return any((db, finding["fingerprint"]) in baseline for db in finding["databases"])


def fails(findings, severity):
    """Whether any finding is at or above severity (None: never)."""
    return severity is not None and any(RANK[f["severity"]] <= RANK[severity] for f in findings)


def build(results, findings, rules, waived=0, baseline_path=None, known=0):
    """The JSON envelope: tool, time, each database audited, rule metadata, findings."""
    catalog = catalogue.load()
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "tool": {"name": "harden", "version": __version__},
        "generated_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "targets": [{
            "target": r.target.label,
            "server": r.server or None,
            "server_version": r.server_version or None,
            "database": r.database or None,
            "user": r.user or None,
            "audited_at": r.audited_at,
            "seconds": round(r.seconds, 3),
            "error": r.error,
        } for r in results],
        "rules": [rule_metadata(catalog[name]) for name in sorted(rules)],
        "summary": summary(findings),
        "waived": waived,
        "baseline": None if baseline_path is None else {"file": baseline_path, "known": known},
        "findings": [{k: f[k] for k in FINDING_KEYS} for f in findings],
    }


FINDING_KEYS = ("check_name", "severity", "category", "scope", "server", "database", "databases",
                "object_type", "object_identity", "message", "remediation", "fingerprint")
