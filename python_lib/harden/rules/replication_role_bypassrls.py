from harden import replication
from harden.rule import Finding, Rule

SQL = """
SELECT (pg_catalog.pg_identify_object('pg_catalog.pg_authid'::pg_catalog.regclass, r.oid, 0)).identity,
       r.rolcanlogin
  FROM pg_catalog.pg_roles r
 WHERE r.rolreplication AND r.rolbypassrls AND NOT r.rolsuper
 ORDER BY r.rolname
"""


def audit(ctx):
    if not replication.in_use(ctx):
        return
    for row in ctx.query(SQL):
        role = row["identity"]
        yield Finding(
            object_type="role",
            object_identity=role,
            message="%srole %s has REPLICATION and BYPASSRLS: the initial copy of every table it replicates "
                    "ignores row-level security" % ("" if row["rolcanlogin"] else "NOLOGIN ", role),
            remediation="ALTER ROLE %s NOBYPASSRLS;" % role,
        )


RULE = Rule(
    name="replication_role_bypassrls",
    severity="medium",
    category="replication",
    title="A non-superuser role with REPLICATION has BYPASSRLS",
    rationale="BYPASSRLS spares the replication role from running publisher policies, but its initial table "
              "copies then read every row, those the policies hide included. The documented alternative is "
              "a replication role without BYPASSRLS whose subscriptions set options=-crow_security=off: a "
              "table with a policy then halts replication instead of leaking or running the table owner's "
              "policy code. Checked when the server has a publication, a subscription or a replication slot.",
    reference="PostgreSQL manual 29.10 (Logical replication: Security)",
    remediation="ALTER ROLE <role> NOBYPASSRLS, and set options=-crow_security=off in the subscriptions that "
                "connect as it.",
    audit=audit,
)
