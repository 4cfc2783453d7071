from harden import pgtrickle
from harden.rule import Finding, Rule

# has_table_privilege counts what the role holds itself or through PUBLIC
# (and through roles it inherits from), which is what it can actually read.
_SQL = """
SELECT i.type, i.identity, r.rolname
  FROM (%s) st
  JOIN pg_catalog.pg_class c ON c.oid = st.relid
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 0) i
  JOIN pg_catalog.pg_roles r ON r.rolname = ANY ($1::pg_catalog.text[])
 WHERE NOT pg_catalog.has_table_privilege(r.oid, c.oid, 'SELECT')
""" % pgtrickle.STREAM_TABLES_SQL


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    s = ctx.settings
    kinds = {s.user_role: "user", s.readonly_role: "readonly"}
    for row in ctx.query(_SQL, [[s.user_role, s.readonly_role]]):
        yield Finding(
            object_type=row["type"],
            object_identity=row["identity"],
            message="the pg_trickle %s role %s cannot SELECT stream table %s"
                    % (kinds[row["rolname"]], row["rolname"], row["identity"]),
            remediation="GRANT SELECT ON TABLE %s TO %s;" % (row["identity"], ctx.ident(row["rolname"])),
            key=row["rolname"],
        )


RULE = Rule(
    name="stream_table_consumer_grant_missing",
    severity="low",
    category="pg_trickle",
    title="The pg_trickle user or readonly role cannot read a stream table",
    rationale="Applications and reporting tools read stream tables through the user and readonly "
              "roles. When those roles lack SELECT, consumers end up connecting as the owner or a "
              "superuser to get at the data, which undoes the role separation.",
    reference="pg_trickle security tutorial, step 4; verification checklist item 2",
    remediation="GRANT SELECT ON <stream table> TO <user role>, <readonly role>.",
    audit=audit,
)
