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


# Default privileges that give another role writes on the new tables of a
# role that may create stream tables (a superuser, or a role that may insert
# into pg_trickle's catalog, if only into some of its columns): pg_trickle 0.67's create_stream_table() runs as
# its caller, whose new table takes them before the catalog names it a
# stream table, so no GRANT ever shows.
_DEFAULT_SQL = """
SELECT i.identity, pg_catalog.quote_ident(fr.rolname) AS for_role,
       pg_catalog.quote_ident(n.nspname) AS schema,
       CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(gr.rolname) END AS grantee,
       pg_catalog.array_agg(DISTINCT a.privilege_type) AS privileges
  FROM pg_catalog.pg_default_acl d
  JOIN pg_catalog.pg_roles fr ON fr.oid = d.defaclrole
  LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
 CROSS JOIN LATERAL pg_catalog.aclexplode(d.defaclacl) a
  LEFT JOIN pg_catalog.pg_roles gr ON gr.oid = a.grantee
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_default_acl'::pg_catalog.regclass, d.oid, 0) i
 WHERE d.defaclobjtype = 'r' AND a.privilege_type IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')
   AND a.grantee <> d.defaclrole AND (a.grantee = 0 OR NOT gr.rolsuper)
   AND (fr.rolsuper OR pg_catalog.has_any_column_privilege(fr.oid, 'pgtrickle.pgt_stream_tables', 'INSERT'))
 GROUP BY i.identity, fr.rolname, n.nspname, a.grantee, gr.rolname
"""


def default_privilege_findings(ctx):
    """The findings about default privileges (apply() leaves them to the
    administrator: they change every new table of that role, not only its
    stream tables)."""
    if not pgtrickle.deployed(ctx):
        return
    for row in ctx.query(_DEFAULT_SQL):
        privileges = [p for p in _ORDER if p in row["privileges"]]
        where = " in schema %s" % row["schema"] if row["schema"] else ""
        yield Finding(
            object_type="default acl",
            object_identity=row["identity"],
            message="default privileges give %s %s on the new tables of %s%s, which may create stream "
                    "tables: pgtrickle.create_stream_table() runs as its caller, so each stream table it "
                    "makes there is writable by %s" % (row["grantee"], "/".join(privileges), row["for_role"],
                                                       where, row["grantee"]),
            remediation="ALTER DEFAULT PRIVILEGES FOR ROLE %s%s REVOKE %s ON TABLES FROM %s;"
                        % (row["for_role"], " IN SCHEMA %s" % row["schema"] if row["schema"] else "",
                           ", ".join(privileges), row["grantee"]),
            key=row["grantee"],
        )


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    yield from default_privilege_findings(ctx)
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
    """A GRANT on a stream table, by the resulting ACL; ALTER DEFAULT
    PRIVILEGES, by the rows it wrote; a GRANT on pg_trickle's catalog, which
    may make a role with such default privileges one that creates stream
    tables."""
    if not cmd.event.pgtrickle:
        return
    if cmd.tag == "ALTER DEFAULT PRIVILEGES":
        touched = {d["identity"] for d in facts.touched_default_acls(ctx, cmd)}
    else:
        relations = facts.touched_watched_relations(ctx, cmd)
        touched = {r["identity"] for r in relations if r["is_stream_table"]}
        if any(r["identity"] == "pgtrickle.pgt_stream_tables" for r in relations):
            touched |= {f.object_identity for f in default_privilege_findings(ctx)}
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
              "Consumers need SELECT only. Also reported: default privileges that give another role "
              "those privileges on the new tables of a role that may create stream tables (a superuser, "
              "or a role that may insert into pgtrickle.pgt_stream_tables), since "
              "pgtrickle.create_stream_table() runs as its caller and its new table takes them.",
    reference="pg_trickle security tutorial, step 4 and verification checklist item 2",
    remediation="REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON <stream table> FROM <grantee>; for default "
                "privileges, ALTER DEFAULT PRIVILEGES FOR ROLE <role> ... REVOKE ... ON TABLES FROM <grantee>.",
    audit=audit,
    guard=guard,
    guard_action="block",
    guard_tags=frozenset(("GRANT", "ALTER DEFAULT PRIVILEGES")),
    gate={"GRANT": "grt.stream_table OR gr.pgtrickle_schema"},
)
