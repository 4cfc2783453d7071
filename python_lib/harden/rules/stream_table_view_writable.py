from harden import pgtrickle, scope
from harden.rule import Finding, Rule

_ORDER = ("INSERT", "UPDATE", "DELETE")

# The views that read a stream table, directly or through other views (walked
# up pg_depend from each stream table: its index on the referenced object),
# and each relation such a view reads that is a stream table or one of them.
# A write through a view without security_invoker is checked as the view's
# owner on the relation it reads: a grantee other than the owner with INSERT,
# UPDATE or DELETE on an updatable view (auto-updatable, or with INSTEAD
# triggers or rules) whose owner may do the same on what it reads writes on
# toward the stream table. Each link is reported where it is granted; a
# security_invoker view hands the check to its caller, whose own privileges
# are then what counts (stream_table_writable, or this rule one link down).
_SQL = """
WITH RECURSIVE st AS (
    SELECT s.relid FROM ({stream_tables}) s
), reads(view, ref) AS (
    SELECT rw.ev_class, st.relid
      FROM st
      JOIN pg_catalog.pg_depend d ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                 AND d.refobjid = st.relid
                                 AND d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
      JOIN pg_catalog.pg_rewrite rw ON rw.oid = d.objid AND rw.rulename = '_RETURN' AND rw.ev_class <> st.relid
      JOIN pg_catalog.pg_class v ON v.oid = rw.ev_class AND v.relkind = 'v'
    UNION
    SELECT rw.ev_class, r.view
      FROM reads r
      JOIN pg_catalog.pg_depend d ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                 AND d.refobjid = r.view
                                 AND d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
      JOIN pg_catalog.pg_rewrite rw ON rw.oid = d.objid AND rw.rulename = '_RETURN' AND rw.ev_class <> r.view
      JOIN pg_catalog.pg_class v ON v.oid = rw.ev_class AND v.relkind = 'v'
), grants AS (
    SELECT v.oid, v.relowner, a.grantee, a.privilege_type
      FROM pg_catalog.pg_class v
     CROSS JOIN LATERAL pg_catalog.aclexplode(v.relacl) a
     WHERE v.oid IN (SELECT r.view FROM reads r) AND a.privilege_type IN ('INSERT', 'UPDATE', 'DELETE')
       AND a.grantee <> v.relowner
    UNION
    SELECT v.oid, v.relowner, a.grantee, a.privilege_type
      FROM pg_catalog.pg_class v
      JOIN pg_catalog.pg_attribute att ON att.attrelid = v.oid AND att.attacl IS NOT NULL
     CROSS JOIN LATERAL pg_catalog.aclexplode(att.attacl) a
     WHERE v.oid IN (SELECT r.view FROM reads r) AND a.privilege_type IN ('INSERT', 'UPDATE')
       AND a.grantee <> v.relowner
)
SELECT i.type, i.identity,
       CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(gr.rolname) END AS grantee,
       pg_catalog.array_agg(DISTINCT g.privilege_type) AS privileges,
       pg_catalog.string_agg(DISTINCT r.ref::pg_catalog.regclass::text, ', ') AS reads
  FROM grants g
  JOIN pg_catalog.pg_class v ON v.oid = g.oid
  JOIN reads r ON r.view = g.oid
  LEFT JOIN pg_catalog.pg_roles gr ON gr.oid = g.grantee
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, g.oid, 0) i
 WHERE NOT {invoker}
   AND pg_catalog.pg_relation_is_updatable(g.oid, true)
       & CASE g.privilege_type WHEN 'UPDATE' THEN 4 WHEN 'INSERT' THEN 8 ELSE 16 END <> 0
   AND pg_catalog.has_table_privilege(g.relowner, r.ref, g.privilege_type)
 GROUP BY i.type, i.identity, g.grantee, gr.rolname
""".format(stream_tables=pgtrickle.STREAM_TABLES_SQL, invoker=scope.security_invoker("v"))


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    for row in ctx.query(_SQL):
        privileges = [p for p in _ORDER if p in row["privileges"]]
        yield Finding(
            object_type=row["type"],
            object_identity=row["identity"],
            message="%s can %s through %s %s, which writes to %s with its owner's privileges, toward a stream "
                    "table that only pg_trickle's refresh should change"
                    % (row["grantee"], "/".join(privileges), row["type"], row["identity"], row["reads"]),
            remediation="REVOKE %s ON TABLE %s FROM %s;" % (", ".join(privileges), row["identity"], row["grantee"]),
            key=row["grantee"],
        )


RULE = Rule(
    name="stream_table_view_writable",
    severity="high",
    category="pg_trickle",
    title="A role other than the owner can write to a stream table through a view",
    rationale="A simple view is updatable, and a write through a view without security_invoker is "
              "checked against its owner's privileges on the relation it reads. A role granted INSERT, "
              "UPDATE or DELETE on a view over a stream table, by an owner who may write to it (its own "
              "owner, say), plants or erases rows in the stream table as stream_table_writable's "
              "grantees would, though its own ACL shows nothing.",
    reference="pg_trickle security tutorial, step 4; PostgreSQL manual, CREATE VIEW (updatable views, "
              "security_invoker)",
    remediation="REVOKE INSERT, UPDATE, DELETE ON <view> FROM <grantee>; or ALTER VIEW <view> SET "
                "(security_invoker = true), so that the grantee's own privileges on the stream table count.",
    audit=audit,
)
