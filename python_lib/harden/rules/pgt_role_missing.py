from harden import pgtrickle
from harden.rule import Finding, Rule


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    s = ctx.settings
    wanted = [("admin", s.admin_role), ("user", s.user_role), ("readonly", s.readonly_role)]
    rows = ctx.query("SELECT rolname FROM pg_catalog.pg_roles WHERE rolname = ANY($1)",
                     [[name for _, name in wanted]])
    present = {r["rolname"] for r in rows}
    for kind, name in wanted:
        if name not in present:
            yield Finding(
                object_type="role",
                object_identity=ctx.ident(name),
                message="the configured pg_trickle %s role %s does not exist" % (kind, name),
                remediation="CREATE ROLE %s NOLOGIN NOINHERIT;" % ctx.ident(name),
            )


RULE = Rule(
    name="pgt_role_missing",
    severity="medium",
    category="pg_trickle",
    title="A configured pg_trickle role does not exist",
    rationale="Least privilege for stream tables rests on three dedicated roles: an admin that owns "
              "them, a user role for applications and a readonly role for reporting. Without them, "
              "stream tables end up owned by and granted to superusers or login roles.",
    reference="pg_trickle security tutorial, step 1; checklist items 1-3",
    remediation="CREATE ROLE <role> NOLOGIN NOINHERIT, or run harden.apply().",
    audit=audit,
)
