from harden import replication
from harden.quoting import comment
from harden.rule import Finding, Rule

# oid 10 is the bootstrap superuser, which initdb creates with REPLICATION.
SQL = """
SELECT (pg_catalog.pg_identify_object('pg_catalog.pg_authid'::pg_catalog.regclass, r.oid, 0)).identity
  FROM pg_catalog.pg_roles r
 WHERE r.rolcanlogin AND r.rolreplication AND r.rolsuper AND r.oid <> 10
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
            message="login role %s has REPLICATION and is a superuser: a subscriber connecting as it reads "
                    "every table and bypasses every row-level security policy" % role,
            remediation="\n".join([
                "-- A replication role needs LOGIN, REPLICATION and SELECT on the published tables, not SUPERUSER.",
                comment("If %s is an administrator rather than the replication role, use ALTER ROLE %s NOREPLICATION."
                        % (role, role)),
                "ALTER ROLE %s NOSUPERUSER;" % role,
            ]),
        )


RULE = Rule(
    name="replication_role_superuser",
    severity="high",
    category="replication",
    title="A login role with REPLICATION is also a superuser",
    rationale="The role in a subscription's connection string is the publisher's replication role. When it "
              "is a superuser, the initial table copy reads every row regardless of row-level security, and "
              "anyone holding its credentials on a subscriber holds a superuser of the publisher. A dedicated "
              "replication role needs only LOGIN, REPLICATION and SELECT on the published tables. The "
              "bootstrap superuser, which initdb creates with REPLICATION, is not reported. Checked when the "
              "server has a publication, a subscription or a replication slot.",
    reference="PostgreSQL manual 29.10 (Logical replication: Security); EDB PGD Security and roles: "
              "connection role",
    remediation="ALTER ROLE <role> NOSUPERUSER, and give it SELECT on the published tables; or use another, "
                "dedicated, role for replication.",
    audit=audit,
)
