from harden import pgtrickle
from harden.guard import facts, findings_on
from harden.rule import Finding, Rule

_ORDER = ("INSERT", "UPDATE", "DELETE", "TRUNCATE")

# Table grants, and column grants (INSERT or UPDATE on a column writes the
# table too); REVOKE on the table also revokes the column privileges.
_SQL = """
WITH st AS (
    SELECT c.oid, c.relowner, c.relacl
      FROM (%s) s
      JOIN pg_catalog.pg_class c ON c.oid = s.relid
), grants AS (
    SELECT st.oid, a.grantee, a.privilege_type
      FROM st CROSS JOIN LATERAL pg_catalog.aclexplode(st.relacl) a
     WHERE a.privilege_type IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE') AND a.grantee <> st.relowner
    UNION
    SELECT st.oid, a.grantee, a.privilege_type
      FROM st
      JOIN pg_catalog.pg_attribute att ON att.attrelid = st.oid AND att.attacl IS NOT NULL
     CROSS JOIN LATERAL pg_catalog.aclexplode(att.attacl) a
     WHERE a.privilege_type IN ('INSERT', 'UPDATE') AND a.grantee <> st.relowner
)
SELECT i.type, i.identity,
       CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(r.rolname) END AS grantee,
       pg_catalog.array_agg(DISTINCT g.privilege_type) AS privileges
  FROM grants g
  LEFT JOIN pg_catalog.pg_roles r ON r.oid = g.grantee
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, g.oid, 0) i
 GROUP BY i.type, i.identity, g.grantee, r.rolname
""" % pgtrickle.STREAM_TABLES_SQL


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    for row in ctx.query(_SQL):
        privileges = [p for p in _ORDER if p in row["privileges"]]
        yield Finding(
            object_type=row["type"],
            object_identity=row["identity"],
            message="%s can %s stream table %s, which only pg_trickle's refresh should change"
                    % (row["grantee"], "/".join(privileges), row["identity"]),
            remediation="REVOKE %s ON TABLE %s FROM %s;" % (", ".join(privileges), row["identity"], row["grantee"]),
            key=row["grantee"],
        )


def guard(ctx, cmd):
    if not cmd.event.pgtrickle:
        return
    touched = {r["identity"] for r in facts.touched_watched_relations(ctx, cmd) if r["is_stream_table"]}
    if touched:
        yield from findings_on(audit, ctx, touched)


RULE = Rule(
    name="stream_table_writable",
    severity="high",
    category="pg_trickle",
    title="A role other than the owner can write to a stream table",
    rationale="A stream table holds the result of its defining query, maintained by pg_trickle's "
              "refresh. A role that can INSERT, UPDATE, DELETE or TRUNCATE it can plant or erase "
              "rows that every consumer then trusts as derived data, until the next full refresh. "
              "Consumers need SELECT only.",
    reference="pg_trickle security tutorial, step 4 and verification checklist item 2",
    remediation="REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON <stream table> FROM <grantee>.",
    audit=audit,
    guard=guard,
    guard_action="block",
    guard_tags=frozenset(("GRANT",)),
    gate={"GRANT": "grt.stream_table"},
)
