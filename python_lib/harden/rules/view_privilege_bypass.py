from harden import acl, exposure, relation_acl, scope
from harden.rule import Finding, Rule

# SELECT grants on a relation and on its columns that reach an exposed role
# ($1: exposure grantees; $3: relation_acl.column_grant_relids()): (relid,
# grantee, grantor, grantable, owner).
_SELECT_GRANTS = """
    SELECT c.oid AS relid, a.grantee, a.grantor, a.is_grantable, c.relowner
      FROM pg_catalog.pg_class c CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a
     WHERE c.relacl IS NOT NULL AND c.relkind IN ('v', 'm', 'f') AND a.privilege_type = 'SELECT'
       AND a.grantee = ANY ($1::pg_catalog.oid[]) AND a.grantee <> c.relowner
    UNION
    SELECT c.oid, a.grantee, a.grantor, a.is_grantable, c.relowner
      FROM pg_catalog.pg_attribute att
      JOIN pg_catalog.pg_class c ON c.oid = att.attrelid
     CROSS JOIN LATERAL pg_catalog.aclexplode(att.attacl) a
     WHERE att.attrelid = ANY ($3::pg_catalog.oid[])
       AND att.attacl IS NOT NULL AND NOT att.attisdropped AND c.relkind IN ('v', 'm', 'f')
       AND a.privilege_type = 'SELECT' AND a.grantee = ANY ($1::pg_catalog.oid[]) AND a.grantee <> c.relowner
"""

# Views that run as their owner (no security_invoker), materialized views and
# foreign tables that an exposed role can select from, with the relations
# their query reads (through security_invoker views, which read as whoever
# runs them: here the outer view's owner) that the exposed roles cannot
# select from. A foreign table's rows come from a remote server under a user
# mapping, where no local privilege or policy applies. $2: relations left to
# security_definer_view and materialized_view_rls_exposure (they read a table
# with row-level security).
RELATIONS_SQL = """
WITH RECURSIVE grants AS ({grants}
), cand AS (
    SELECT DISTINCT c.oid AS relid, c.relkind, c.relowner
      FROM grants g
      JOIN pg_catalog.pg_class c ON c.oid = g.relid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE (c.relkind <> 'v' OR NOT {invoker_c})
       AND c.oid <> ALL ($2::pg_catalog.oid[])
       AND {user_schema}
       AND {not_member}
), reads(relid, ref) AS (
    SELECT cand.relid, d.refobjid
      FROM cand
      JOIN pg_catalog.pg_rewrite rw ON rw.ev_class = cand.relid AND rw.rulename = '_RETURN'
      JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND d.objid = rw.oid
                                 AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                 AND d.refobjid <> rw.ev_class
    UNION
    SELECT r.relid, d.refobjid
      FROM reads r
      JOIN pg_catalog.pg_class v ON v.oid = r.ref AND v.relkind = 'v' AND {invoker_v}
      JOIN pg_catalog.pg_rewrite rw ON rw.ev_class = v.oid AND rw.rulename = '_RETURN'
      JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND d.objid = rw.oid
                                 AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                 AND d.refobjid <> rw.ev_class
), blocked AS (
    SELECT r.relid, pg_catalog.string_agg(DISTINCT b.oid::pg_catalog.regclass::text, ', ') AS bases
      FROM reads r
      JOIN pg_catalog.pg_class b ON b.oid = r.ref AND b.relkind IN ('r', 'p', 'v', 'm', 'f')
     WHERE NOT (b.relkind = 'v' AND {invoker_b})
       AND b.relowner <> ALL ($1::pg_catalog.oid[])
       AND NOT EXISTS (SELECT FROM pg_catalog.aclexplode(COALESCE(b.relacl, pg_catalog.acldefault('r', b.relowner))) a
                        WHERE a.grantee = ANY ($1::pg_catalog.oid[]) AND a.privilege_type = 'SELECT')
     GROUP BY r.relid
)
SELECT i.type, i.identity, cand.relkind, bl.bases,
       CASE WHEN cand.relkind = 'v'
            THEN pg_catalog.format('ALTER VIEW %s SET (security_invoker = true);', i.identity)
            ELSE (SELECT pg_catalog.string_agg(DISTINCT {revoke}, ' ')
                    FROM grants g WHERE g.relid = cand.relid) END AS remediation
  FROM cand
  LEFT JOIN blocked bl ON bl.relid = cand.relid
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, cand.relid, 0) i
 WHERE cand.relkind = 'f' OR bl.relid IS NOT NULL
""".format(grants=_SELECT_GRANTS, invoker_c=scope.security_invoker("c"), invoker_v=scope.security_invoker("v"),
           invoker_b=scope.security_invoker("b"),
           user_schema=scope.user_schema("n"), not_member=scope.not_extension_member_bulk("pg_class", "c.oid", "c.relowner"),
           revoke=acl.revoke("'SELECT'", "'TABLE ' || i.identity", "g.grantee", "g.grantor", "g.relowner",
                             "g.is_grantable"))

KINDS = {"v": "view", "m": "materialized view", "f": "foreign table"}


def audit(ctx):
    exposed = exposure.exposure(ctx)
    if not exposed.any:
        return
    rls_readers = [r["relid"] for r in ctx.query(scope.RLS_READS_SQL, [["v", "m"]])]
    for r in ctx.query(RELATIONS_SQL, [list(exposed.grantees), rls_readers, relation_acl.column_grant_relids(ctx)]):
        if r["relkind"] == "f":
            how = "reads rows from a remote server under a user mapping, where no local privilege or policy applies"
        else:
            how = "reads %s as its owner, which the exposed roles cannot select from themselves" % r["bases"]
        yield Finding(
            object_type=r["type"],
            object_identity=r["identity"],
            message="the exposed roles (%s) can select from %s %s, which %s"
                    % (exposed.label(ctx.ident), KINDS[r["relkind"]], r["identity"], how),
            remediation=r["remediation"],
        )


RULE = Rule(
    name="view_privilege_bypass",
    severity="high",
    category="privileges",
    title="An exposed role reads past a relation's privileges through a view, materialized view or foreign table",
    rationale="A view without security_invoker reads its tables with its owner's privileges, a "
              "materialized view stores what its owner saw, and a foreign table reads a remote "
              "server under a user mapping. When an exposed role (setting exposed_roles) may select "
              "from one of them but not from a relation it reads, the grant on the view hands out "
              "what the grant on the table withholds; a foreign table is reported whenever an "
              "exposed role can select from it (splinter: foreign_table_in_api). Relations that read "
              "a table with row-level security are security_definer_view's and "
              "materialized_view_rls_exposure's. A view that reads no relation bypasses nothing "
              "and is not reported.",
    reference="splinter lints 0010 (security_definer_view), 0016 (materialized_view_in_api) and 0017 "
              "(foreign_table_in_api), generalised to any role layout; PostgreSQL manual, CREATE VIEW "
              "(security_invoker)",
    remediation="ALTER VIEW <view> SET (security_invoker = true) and grant the readers what the view reads; "
                "for a materialized view or foreign table, REVOKE SELECT from the exposed roles.",
    audit=audit,
)
