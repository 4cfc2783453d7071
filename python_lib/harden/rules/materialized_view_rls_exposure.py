from harden import acl, privileges, scope
from harden.rule import Finding, Rule

# The remediation revokes SELECT from every grantee but the owner and the
# superusers (table and column grants: the table-level REVOKE removes both).
MATVIEWS_SQL = """
WITH found AS (
    SELECT x.relid, x.rls_tables FROM ({reads}) x
), grants AS (
    SELECT f.relid, a.grantee, a.grantor, a.is_grantable
      FROM found f
      JOIN pg_catalog.pg_class c ON c.oid = f.relid
     CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a
     WHERE a.privilege_type = 'SELECT' AND a.grantee <> c.relowner
    UNION
    SELECT f.relid, a.grantee, a.grantor, a.is_grantable
      FROM found f
      JOIN pg_catalog.pg_attribute att ON att.attrelid = f.relid AND att.attacl IS NOT NULL AND NOT att.attisdropped
      JOIN pg_catalog.pg_class c ON c.oid = f.relid
     CROSS JOIN LATERAL pg_catalog.aclexplode(att.attacl) a
     WHERE a.privilege_type = 'SELECT' AND a.grantee <> c.relowner
)
SELECT f.relid, f.rls_tables, i.type, i.identity,
       (SELECT pg_catalog.string_agg({revoke}, ' ' ORDER BY g.grantee, g.grantor)
          FROM grants g
          JOIN pg_catalog.pg_class c ON c.oid = g.relid
          LEFT JOIN pg_catalog.pg_roles r ON r.oid = g.grantee
         WHERE g.relid = f.relid AND (g.grantee = 0 OR NOT r.rolsuper)) AS remediation
  FROM found f
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, f.relid, 0) i
""".format(reads=scope.RLS_READS_SQL,
           revoke=acl.revoke("'SELECT'", "'TABLE ' || i.identity", "g.grantee", "g.grantor", "c.relowner",
                             "g.is_grantable"))


def audit(ctx):
    matviews = ctx.query(MATVIEWS_SQL, [["m"]])
    readers = privileges.rls_subject_readers(ctx, [m["relid"] for m in matviews])
    for m in matviews:
        reader = readers.get(m["relid"])
        if reader is None:
            continue
        yield Finding(
            object_type=m["type"],
            object_identity=m["identity"],
            message="materialized view %s stores rows of %s (row-level security enabled) as its owner saw "
                    "them, and %s, which is subject to row-level security, can select from it"
                    % (m["identity"], m["rls_tables"], reader if reader == "PUBLIC" else ctx.ident(reader)),
            remediation=m["remediation"],
        )


RULE = Rule(
    name="materialized_view_rls_exposure",
    severity="high",
    category="rls",
    title="A materialized view exposes rows of an RLS-protected table",
    rationale="A materialized view stores the rows its owner could see when it was refreshed, and "
              "cannot have row-level security of its own. Over a table with RLS it hands every stored "
              "row to anyone who may select from it: the same hole as a stream table over an RLS "
              "source. Reported when a role that is not the owner, not a superuser and not BYPASSRLS "
              "(or PUBLIC) can select from it; views and materialized views in between are followed.",
    reference="pg_trickle RLS tutorial (stream tables materialise every row), applied to built-in "
              "materialized views; PostgreSQL manual, \"Row Security Policies\"",
    remediation="REVOKE SELECT on the materialized view from the roles subject to RLS; give them a "
                "security_invoker view over the source instead, or an RLS-protected table.",
    audit=audit,
)
