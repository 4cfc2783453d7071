from harden import acl, scope
from harden.apply import general
from harden.rule import Finding, Rule

# Extension schemas are included: a schema any role can create objects in is
# a place to plant objects that the extension's own code then resolves.
SCHEMAS_SQL = """
SELECT i.identity, {revoke} AS remediation
  FROM pg_catalog.pg_namespace n
 CROSS JOIN LATERAL pg_catalog.aclexplode(n.nspacl) a
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_namespace'::pg_catalog.regclass, n.oid, 0) i
 WHERE n.nspacl IS NOT NULL AND a.grantee = 0 AND a.privilege_type = 'CREATE'
   AND {user_schema}
""".format(revoke=acl.revoke("'CREATE'", "'SCHEMA ' || i.identity", "a.grantee", "a.grantor",
                             "n.nspowner", "a.is_grantable"),
           user_schema=scope.user_schema("n"))


def audit(ctx):
    for r in ctx.query(SCHEMAS_SQL):
        yield Finding(
            object_type="schema",
            object_identity=r["identity"],
            message="PUBLIC can create objects in schema %s" % r["identity"],
            remediation=r["remediation"],
        )


RULE = Rule(
    name="schema_public_create",
    severity="high",
    category="privileges",
    title="PUBLIC can create objects in a schema",
    rationale="A schema where every role can create objects lets any role put functions, operators "
              "and tables in the way of other roles whose search_path includes it (CVE-2018-1058). "
              "PostgreSQL 15 no longer grants CREATE on public to PUBLIC, but databases upgraded "
              "from older releases and schemas granted by hand still do. Extension schemas are "
              "checked too.",
    reference="CIS PostgreSQL benchmark 4.x (excessive privileges); PostgreSQL manual, "
              "\"Schemas: Usage Patterns\"",
    remediation="REVOKE CREATE ON SCHEMA <schema> FROM PUBLIC, and grant CREATE to the roles that own "
                "objects there.",
    audit=audit,
    fix=general.schema_public_create,
    fix_step=17,
    auto_fix=True,
)
