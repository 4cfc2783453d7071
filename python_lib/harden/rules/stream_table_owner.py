from harden import pgtrickle
from harden.rule import Finding, Rule

_SQL = """
SELECT i.type, i.identity, o.rolname AS owner, o.rolsuper,
       EXISTS (SELECT FROM pg_catalog.pg_roles a WHERE a.rolname = $1) AS admin_exists
  FROM (%s) st
  JOIN pg_catalog.pg_class c ON c.oid = st.relid
  JOIN pg_catalog.pg_roles o ON o.oid = c.relowner
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 0) i
 WHERE o.rolname <> $1
""" % pgtrickle.STREAM_TABLES_SQL


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    admin = ctx.settings.admin_role
    for row in ctx.query(_SQL, [admin]):
        message = "stream table %s is owned by %s%s, not by the pg_trickle admin role %s" % (
            row["identity"], row["owner"], " (a superuser)" if row["rolsuper"] else "", admin)
        if not row["admin_exists"]:
            message += ", which does not exist yet (see pgt_role_missing)"
        yield Finding(
            object_type=row["type"],
            object_identity=row["identity"],
            message=message,
            remediation="ALTER TABLE %s OWNER TO %s;" % (row["identity"], ctx.ident(admin))
                        if row["admin_exists"] else None,
            severity="high" if row["rolsuper"] else None,
        )


RULE = Rule(
    name="stream_table_owner",
    severity="medium",
    category="pg_trickle",
    title="A stream table is not owned by the pg_trickle admin role",
    rationale="The owner of a stream table can change, drop and grant it. The tutorial creates "
              "stream tables as the dedicated admin role so that managing them never needs a "
              "superuser and every stream table answers to one accountable role. Reported high "
              "when the owner is a superuser.",
    reference="pg_trickle security tutorial, step 3; checklist item 4",
    remediation="ALTER TABLE <stream table> OWNER TO <admin role> (or create stream tables after "
                "SET ROLE <admin role>).",
    audit=audit,
)
