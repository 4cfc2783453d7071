from harden import pgtrickle
from harden.rule import Finding, Rule

# Default privileges for the admin role's new tables, in the schema or for all
# schemas (defaclnamespace 0); a grant to PUBLIC reaches the consumer too.
_SQL = """
WITH schemas AS (
    SELECT DISTINCT c.relnamespace AS nsp
      FROM (%s) st
      JOIN pg_catalog.pg_class c ON c.oid = st.relid
)
SELECT i.identity, r.rolname
  FROM schemas s
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_namespace'::pg_catalog.regclass, s.nsp, 0) i
  JOIN pg_catalog.pg_roles a ON a.rolname = $1
  JOIN pg_catalog.pg_roles r ON r.rolname = ANY ($2::pg_catalog.text[])
 WHERE NOT EXISTS (
        SELECT FROM pg_catalog.pg_default_acl d
         CROSS JOIN LATERAL pg_catalog.aclexplode(d.defaclacl) x
         WHERE d.defaclrole = a.oid AND d.defaclobjtype = 'r' AND d.defaclnamespace IN (s.nsp, 0)
           AND x.privilege_type = 'SELECT' AND x.grantee IN (r.oid, 0))
""" % pgtrickle.STREAM_TABLES_SQL


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    s = ctx.settings
    kinds = {s.user_role: "user", s.readonly_role: "readonly"}
    for row in ctx.query(_SQL, [s.admin_role, [s.user_role, s.readonly_role]]):
        yield Finding(
            object_type="schema",
            object_identity=row["identity"],
            message="new tables that %s creates in schema %s, where stream tables live, are not "
                    "readable by the pg_trickle %s role %s"
                    % (s.admin_role, row["identity"], kinds[row["rolname"]], row["rolname"]),
            remediation="ALTER DEFAULT PRIVILEGES FOR ROLE %s IN SCHEMA %s GRANT SELECT ON TABLES TO %s;"
                        % (ctx.ident(s.admin_role), row["identity"], ctx.ident(row["rolname"])),
            key=row["rolname"],
        )


RULE = Rule(
    name="stream_table_default_privileges_missing",
    severity="low",
    category="pg_trickle",
    title="New stream tables will not be readable by the pg_trickle user and readonly roles",
    rationale="Without default privileges, every stream table the admin role creates starts "
              "unreadable by consumers, and someone has to remember a GRANT each time; the usual "
              "shortcut is a broad grant or a superuser connection. Default privileges for the "
              "admin role in each schema that holds stream tables make new ones readable at once.",
    reference="pg_trickle security tutorial, step 4",
    remediation="ALTER DEFAULT PRIVILEGES FOR ROLE <admin role> IN SCHEMA <schema> GRANT SELECT ON "
                "TABLES TO <user role>, <readonly role>.",
    audit=audit,
)
