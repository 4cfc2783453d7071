from harden import pgtrickle, scope
from harden.rule import Finding, Rule

_ORDER = ("INSERT", "UPDATE", "DELETE")

# The relations whose writes reach a stream table with their owner's
# privileges, walked up pg_depend from each stream table (its index on the
# referenced object): a rule's action (DO INSTEAD or ALSO) runs as the
# relation's owner, and a write through a view without security_invoker is
# checked as the view's owner on the relation its query reads. A
# security_invoker view checks what it reads as the current user, even
# reached through another view, so the walk stops there. Reported: a grantee
# other than the owner with INSERT, UPDATE or DELETE on such a relation
# (table or column), where the write goes on (an automatically updatable
# view, for an event without INSTEAD OF triggers, which run as the caller, or
# INSTEAD rules, which go their own way; a rule on that event) and the owner
# may write to what it reaches. Each link is reported where it is
# granted: a view over such a view is reported for its own grantees.
_SQL = """
WITH RECURSIVE st AS (
    SELECT s.relid FROM ({stream_tables}) s
), reach(rel, ref, query, event, passes) AS (
    SELECT rw.ev_class, st.relid, rw.rulename = '_RETURN', rw.ev_type,
           rw.rulename <> '_RETURN' OR (v.relkind = 'v' AND NOT {invoker})
      FROM st
      JOIN pg_catalog.pg_depend d ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                 AND d.refobjid = st.relid
                                 AND d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
      JOIN pg_catalog.pg_rewrite rw ON rw.oid = d.objid AND rw.ev_class <> st.relid
      JOIN pg_catalog.pg_class v ON v.oid = rw.ev_class
    UNION
    SELECT rw.ev_class, r.rel, rw.rulename = '_RETURN', rw.ev_type,
           rw.rulename <> '_RETURN' OR (v.relkind = 'v' AND NOT {invoker})
      FROM reach r
      JOIN pg_catalog.pg_depend d ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                 AND d.refobjid = r.rel
                                 AND d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
      JOIN pg_catalog.pg_rewrite rw ON rw.oid = d.objid AND rw.ev_class <> r.rel
      JOIN pg_catalog.pg_class v ON v.oid = rw.ev_class
     WHERE r.passes
), grants AS (
    SELECT c.oid, c.relowner, a.grantee, a.privilege_type
      FROM pg_catalog.pg_class c
     CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a
     WHERE c.oid IN (SELECT r.rel FROM reach r WHERE r.passes)
       AND a.privilege_type IN ('INSERT', 'UPDATE', 'DELETE') AND a.grantee <> c.relowner
    UNION
    SELECT c.oid, c.relowner, a.grantee, a.privilege_type
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_attribute att ON att.attrelid = c.oid AND att.attacl IS NOT NULL
     CROSS JOIN LATERAL pg_catalog.aclexplode(att.attacl) a
     WHERE c.oid IN (SELECT r.rel FROM reach r WHERE r.passes)
       AND a.privilege_type IN ('INSERT', 'UPDATE') AND a.grantee <> c.relowner
)
SELECT i.type, i.identity,
       CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(gr.rolname) END AS grantee,
       pg_catalog.array_agg(DISTINCT g.privilege_type) AS privileges,
       pg_catalog.string_agg(DISTINCT r.ref::pg_catalog.regclass::text, ', ') AS reaches
  FROM grants g
  JOIN reach r ON r.rel = g.oid AND r.passes
  LEFT JOIN pg_catalog.pg_roles gr ON gr.oid = g.grantee
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, g.oid, 0) i
 WHERE CASE WHEN r.query
            THEN pg_catalog.pg_relation_is_updatable(g.oid, false)
                 & CASE g.privilege_type WHEN 'UPDATE' THEN 4 WHEN 'INSERT' THEN 8 ELSE 16 END <> 0
                 AND NOT EXISTS (SELECT FROM pg_catalog.pg_rewrite x
                                  WHERE x.ev_class = g.oid AND x.is_instead AND x.ev_type = {event})
                 AND NOT EXISTS (SELECT FROM pg_catalog.pg_trigger t
                                  WHERE t.tgrelid = g.oid AND t.tgtype & 64 <> 0
                                    AND t.tgtype & CASE g.privilege_type WHEN 'UPDATE' THEN 16
                                                                         WHEN 'INSERT' THEN 4 ELSE 8 END <> 0)
                 AND pg_catalog.has_table_privilege(g.relowner, r.ref, g.privilege_type)
            ELSE r.event = {event}
                 AND pg_catalog.has_table_privilege(g.relowner, r.ref, 'INSERT, UPDATE, DELETE') END
 GROUP BY i.type, i.identity, g.grantee, gr.rolname
""".format(stream_tables=pgtrickle.STREAM_TABLES_SQL, invoker=scope.security_invoker("v"),
           event="CASE g.privilege_type WHEN 'UPDATE' THEN '2' WHEN 'INSERT' THEN '3' ELSE '4' END")


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    for row in ctx.query(_SQL):
        privileges = [p for p in _ORDER if p in row["privileges"]]
        yield Finding(
            object_type=row["type"],
            object_identity=row["identity"],
            message="%s can %s %s %s, whose writes reach %s with its owner's privileges (through its rules, "
                    "or as a view without security_invoker), toward a stream table that only pg_trickle's refresh "
                    "should change" % (row["grantee"], "/".join(privileges), row["type"], row["identity"],
                                       row["reaches"]),
            remediation="REVOKE %s ON TABLE %s FROM %s;" % (", ".join(privileges), row["identity"], row["grantee"]),
            key=row["grantee"],
        )


RULE = Rule(
    name="stream_table_view_writable",
    severity="high",
    category="pg_trickle",
    title="A role other than the owner can write to a stream table through a view or a rule",
    rationale="A simple view is updatable, and a write through a view without security_invoker is "
              "checked against its owner's privileges on the relation it reads; a rule's action (DO "
              "INSTEAD or ALSO) runs as its relation's owner. A role granted INSERT, UPDATE or DELETE on "
              "such a view or relation over a stream table, by an owner who may write to it (its own "
              "owner, say), plants or erases rows in the stream table as stream_table_writable's "
              "grantees would, though its own ACL shows nothing. A SECURITY DEFINER trigger function "
              "that writes to a stream table is its owner's code, and is not looked at here.",
    reference="pg_trickle security tutorial, step 4; PostgreSQL manual, CREATE VIEW (updatable views, "
              "security_invoker), \"Rules and Privileges\"",
    remediation="REVOKE INSERT, UPDATE, DELETE ON <view> FROM <grantee>; or ALTER VIEW <view> SET "
                "(security_invoker = true), so that the grantee's own privileges on the stream table count.",
    audit=audit,
)
