"""One read of the relation ACLs for the four checks that look at them.

trigger_privilege_granted, references_privilege_granted, grant_all_privileges
and table_public_write all need the exploded ACL of every user relation (and
the column ACLs). Exploding 10,000 ACLs is the bulk of their cost, so one
set-based query computes the findings of all four, once per report, and each
check takes its own rows.

Grants to the owner are not findings. A grantee holding every table privilege
(the set the owner gets by default, so it follows the server version) is
reported by grant_all_privileges only: its REVOKE of TRIGGER and REFERENCES
clears the other two checks as well. A table-level REVOKE also removes the
column-level grants of the same privilege and grantor.
"""

import weakref

from harden import acl, scope

# $1: oid[] of stream tables and $2: oid of the change-buffer schema (0: none),
# which table_public_write leaves to the pg_trickle checks; $3: column_grant_relids().
FINDINGS_SQL = """
WITH entries AS (
    -- The owner's own grants are dropped: the owner's default entry (the
    -- usual first one, its own seven privileges) is removed before the ACL
    -- is exploded, which halves the cost of exploding 10,000 ACLs.
    SELECT c.oid AS relid, c.relowner, c.relkind, c.relnamespace, a.grantee, a.grantor,
           a.privilege_type, a.is_grantable, NULL::text AS attname
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     CROSS JOIN LATERAL pg_catalog.aclexplode(NULLIF(pg_catalog.array_remove(
               c.relacl, (pg_catalog.acldefault('r', c.relowner))[1]), '{{}}')) a
     WHERE c.relacl IS NOT NULL AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
       AND a.grantee <> c.relowner
       AND {user_schema}
       AND {not_member}
), column_entries AS (
    SELECT c.oid AS relid, c.relowner, c.relkind, c.relnamespace, a.grantee, a.grantor,
           a.privilege_type, a.is_grantable, pg_catalog.quote_ident(att.attname) AS attname
      FROM pg_catalog.pg_attribute att
      JOIN pg_catalog.pg_class c ON c.oid = att.attrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     CROSS JOIN LATERAL pg_catalog.aclexplode(att.attacl) a
     WHERE att.attrelid = ANY ($3::pg_catalog.oid[])
       AND att.attacl IS NOT NULL AND NOT att.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
       AND a.grantee <> c.relowner AND a.privilege_type IN ('REFERENCES', 'INSERT', 'UPDATE')
       AND {user_schema}
       AND {not_member}
), all_entries AS (
    SELECT * FROM entries UNION ALL SELECT * FROM column_entries
), bits(privilege_type, bit) AS (
    VALUES ('SELECT', 1), ('INSERT', 2), ('UPDATE', 4), ('DELETE', 8), ('TRUNCATE', 16),
           ('REFERENCES', 32), ('TRIGGER', 64), ('MAINTAIN', 128)
), every_privilege AS (
    -- Every privilege includes TRIGGER: only grantees holding it are counted.
    SELECT e.relid, e.grantee
      FROM entries e JOIN bits b ON b.privilege_type = e.privilege_type
     WHERE (e.relid, e.grantee) IN (SELECT t.relid, t.grantee FROM entries t WHERE t.privilege_type = 'TRIGGER')
     GROUP BY e.relid, e.grantee
    HAVING pg_catalog.bit_or(b.bit) =
           (SELECT pg_catalog.bit_or(b2.bit)
              FROM pg_catalog.aclexplode(pg_catalog.acldefault('r', 10::pg_catalog.oid)) d
              JOIN bits b2 ON b2.privilege_type = d.privilege_type)
), hits AS (
    SELECT 'grant_all_privileges' AS rule, e.*
      FROM entries e JOIN every_privilege ep ON ep.relid = e.relid AND ep.grantee = e.grantee
     WHERE e.privilege_type IN ('TRIGGER', 'REFERENCES')
    UNION ALL
    SELECT 'trigger_privilege_granted', e.*
      FROM entries e
     WHERE e.privilege_type = 'TRIGGER'
       AND NOT EXISTS (SELECT FROM every_privilege ep WHERE ep.relid = e.relid AND ep.grantee = e.grantee)
    UNION ALL
    SELECT 'references_privilege_granted', e.*
      FROM all_entries e
     WHERE e.privilege_type = 'REFERENCES'
       AND NOT EXISTS (SELECT FROM every_privilege ep WHERE ep.relid = e.relid AND ep.grantee = e.grantee)
    UNION ALL
    SELECT 'table_public_write', e.*
      FROM all_entries e
     WHERE e.grantee = 0 AND e.privilege_type IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')
       AND e.relkind <> 'm'
       AND e.relid <> ALL ($1::pg_catalog.oid[]) AND e.relnamespace <> $2::pg_catalog.oid
), named AS (
    SELECT h.*, i.type, i.identity
      FROM (SELECT DISTINCT h0.relid FROM hits h0) r
     CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, r.relid, 0) i
      JOIN hits h ON h.relid = r.relid
), revokes AS (
    SELECT h.rule, h.relid, h.grantee, h.type, h.identity,
           pg_catalog.string_agg(DISTINCT h.privilege_type, ', ' ORDER BY h.privilege_type) AS privileges,
           pg_catalog.string_agg(DISTINCT h.attname, ', ' ORDER BY h.attname) AS columns,
           pg_catalog.bool_or(h.attname IS NULL) AS on_table,
           {revoke} AS stmt
      FROM named h
     GROUP BY h.rule, h.relid, h.relowner, h.relkind, h.grantee, h.grantor, h.type, h.identity
)
SELECT r.rule, r.type, r.identity, {label} AS grantee, {grantee_sql} AS grantee_sql,
       pg_catalog.string_agg(DISTINCT r.privileges, ', ' ORDER BY r.privileges) AS privileges,
       pg_catalog.string_agg(DISTINCT r.columns, ', ' ORDER BY r.columns) AS columns,
       pg_catalog.bool_or(r.on_table) AS on_table,
       pg_catalog.string_agg(r.stmt, ' ' ORDER BY r.stmt) AS remediation
  FROM revokes r
 GROUP BY r.rule, r.relid, r.grantee, r.type, r.identity
""".format(
    user_schema=scope.user_schema("n"),
    not_member=scope.not_extension_member_bulk("pg_class", "c.oid", "c.relowner"),
    revoke=acl.revoke("pg_catalog.string_agg(DISTINCT h.privilege_type, ', ' ORDER BY h.privilege_type)",
                      acl.relation_target("h.relkind", "h.identity"),
                      "h.grantee", "h.grantor", "h.relowner", "pg_catalog.bool_or(h.is_grantable)"),
    label=acl.grantee_label("r.grantee"), grantee_sql=acl.grantee("r.grantee"))

_results = weakref.WeakKeyDictionary()


def findings(ctx, rule):
    """The rows of FINDINGS_SQL for one rule, from one query per report (ctx)."""
    rows = _results.get(ctx)
    if rows is None:
        stream_tables, change_buffers = scope.pgtrickle_relations(ctx)
        rows = list(ctx.query(FINDINGS_SQL, [stream_tables, change_buffers, column_grant_relids(ctx)]))
        _results[ctx] = rows
    return [r for r in rows if r["rule"] == rule]


# pg_attribute has no index on attacl: finding the columns with grants scans
# it whole (10 rows per relation), which costs more than the rest of a check.
# One scan per report finds the relations that have any; a check's column
# branch then reads only their columns, through the index on attrelid.
COLUMN_GRANTS_SQL = ("SELECT DISTINCT att.attrelid::pg_catalog.int8 AS relid FROM pg_catalog.pg_attribute att"
                     " WHERE att.attacl IS NOT NULL")

_column_grants = weakref.WeakKeyDictionary()


def column_grant_relids(ctx):
    """Oids of the relations with a grant on some column (a superset for the
    column branches of the checks, which keep their own conditions)."""
    relids = _column_grants.get(ctx)
    if relids is None:
        relids = _column_grants[ctx] = [r["relid"] for r in ctx.query(COLUMN_GRANTS_SQL)]
    return relids
