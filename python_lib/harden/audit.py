"""Running the audit: every rule's audit check, one report."""

from harden import catalogue, visibility
from harden.context import Context
from harden.rule import SEVERITIES, fingerprint

COLUMNS = ("check_name", "severity", "category", "object_type", "object_identity",
           "message", "remediation", "fingerprint", "waived")

_SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}


def _active_waivers(ctx):
    if not ctx.own_table("waivers"):
        return frozenset()
    rows = ctx.query("SELECT fingerprint FROM harden.waivers"
                     " WHERE expires IS NULL OR expires > pg_catalog.now()")
    return frozenset(r["fingerprint"] for r in rows)


def findings(ctx, rules=None):
    """(rule, Finding) for every audit check (or those of the rules named); a
    check that fails, or cannot see what it needs, is itself a finding."""
    for rule in catalogue.load().values():
        if rule.audit is None or ctx.server_version_num < rule.min_server_version:
            continue
        if rules is not None and rule.name not in rules:
            continue
        try:
            with ctx.db.subtransaction():
                found = list(rule.audit(ctx))
        except Exception as exc:  # one broken check must not hide the others
            what = visibility.gap(exc)
            if what is not None:
                yield catalogue.get("insufficient_privilege"), _not_visible(ctx, rule, what)
                continue
            ctx.db.warning("harden: check %s failed: %s" % (rule.name, exc))
            yield catalogue.get("harden_check_failed"), _failed(rule, exc)
            continue
        for finding in found:
            yield rule, finding


def _failed(rule, exc):
    from harden.rule import Finding
    return Finding(object_type="check", object_identity=rule.name,
                   message="the check %s could not run (%s); the report is incomplete" % (rule.name, exc))


def _not_visible(ctx, rule, what):
    from harden.rule import Finding
    role = ctx.ident(ctx.query("SELECT current_user::text AS u")[0]["u"])
    return Finding(object_type="check", object_identity=rule.name,
                   message="the check %s did not run as role %s: %s" % (rule.name, role, what))


def report(db, include_waived=False, ctx=None, rules=None):
    ctx = ctx or Context(db)
    waived = _active_waivers(ctx)
    rows = []
    for rule, f in findings(ctx, rules):
        fp = fingerprint(rule.name, f.object_type, f.object_identity, f.key)
        is_waived = fp in waived
        if is_waived and not include_waived:
            continue
        rows.append({
            "check_name": rule.name,
            "severity": f.severity or rule.severity,
            "category": rule.category,
            "object_type": f.object_type,
            "object_identity": f.object_identity,
            "message": f.message,
            "remediation": f.remediation,
            "fingerprint": fp,
            "waived": is_waived,
        })
    rows.sort(key=lambda r: (_SEVERITY_RANK[r["severity"]], r["check_name"], r["object_identity"], r["fingerprint"]))
    return rows


def summary(rows):
    counts = {s: 0 for s in SEVERITIES}
    for row in rows:
        counts[row["severity"]] += 1
    return [{"severity": s, "findings": counts[s]} for s in SEVERITIES]
