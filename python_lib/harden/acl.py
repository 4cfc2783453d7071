"""SQL fragments for reading ACLs (aclexplode) and writing the REVOKE that undoes a grant.

A superuser's REVOKE acts as the object's owner, so it only removes grants
whose grantor is the owner. A grant made by another role (that held the grant
option) is revoked as that role: PostgreSQL 15 accepts GRANTED BY only for the
current user, so the statement is wrapped in SET ROLE / RESET ROLE. A grantee
that passed the privilege on holds dependent grants, which CASCADE removes
with it.
"""

from harden import scope


def grantee(expr):
    """The grantee of an aclexplode() row as SQL text: PUBLIC or a quoted role name."""
    return ("CASE WHEN {g} = 0 THEN 'PUBLIC'"
            " ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid({g})) END").format(g=expr)


def grantee_label(expr):
    """The grantee for messages and finding keys: PUBLIC or the role name as stored."""
    return ("CASE WHEN {g} = 0 THEN 'PUBLIC'"
            " ELSE pg_catalog.pg_get_userbyid({g})::text END").format(g=expr)


def revoke(privileges, target, grantee_oid, grantor_oid, owner_oid, grantable):
    """A REVOKE statement for one (grantee, grantor) pair, as a SQL expression.

    privileges: text expression ('TRIGGER, REFERENCES'); target: text
    expression ('TABLE ' || identity); the others are column expressions."""
    return (
        "pg_catalog.concat("
        "CASE WHEN {grantor} <> {owner} THEN pg_catalog.format('SET ROLE %I; ', pg_catalog.pg_get_userbyid({grantor})) END,"
        " 'REVOKE ', {privs}, ' ON ', {target}, ' FROM ', {grantee},"
        " CASE WHEN {grantable} THEN ' CASCADE' END, ';',"
        " CASE WHEN {grantor} <> {owner} THEN ' RESET ROLE;' END)"
    ).format(grantor=grantor_oid, owner=owner_oid, privs=privileges, target=target,
             grantee=grantee(grantee_oid), grantable=grantable)


def relation_target(relkind_expr, identity_expr):
    """The object clause of GRANT/REVOKE for a pg_class row."""
    return ("CASE WHEN {k} = 'S' THEN 'SEQUENCE ' ELSE 'TABLE ' END || {i}").format(k=relkind_expr, i=identity_expr)


# The grants of one privilege on user relations to roles other than the owner,
# table-level and (with_columns) column-level, one row per (relation, grantee)
# with the REVOKE that removes them. Grantees holding every table privilege are
# left to grant_all_privileges, whose REVOKE removes this privilege too.
# Format with: privilege (a literal, e.g. 'TRIGGER'), user_schema, not_member,
# columns (the column-level branch or nothing).
_NON_OWNER_PRIVILEGE_SQL = """
WITH entries AS (
    SELECT c.oid AS relid, c.relowner, c.relkind, a.grantee, a.grantor, a.privilege_type, a.is_grantable
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a
     WHERE c.relacl IS NOT NULL AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
       AND a.grantee <> c.relowner
       AND {user_schema}
       AND {not_member}
), every_privilege AS (
    SELECT e.relid, e.grantee
      FROM entries e
     GROUP BY e.relid, e.grantee
    HAVING pg_catalog.count(DISTINCT e.privilege_type) =
           (SELECT pg_catalog.count(*) FROM pg_catalog.aclexplode(pg_catalog.acldefault('r', 10::pg_catalog.oid)))
), hits AS (
    SELECT e.relid, e.relowner, e.relkind, e.grantee, e.grantor, e.is_grantable, NULL::text AS attname
      FROM entries e
     WHERE e.privilege_type = '{privilege}'
    {columns}
), named AS (
    SELECT h.*, i.type, i.identity
      FROM hits h
     CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, h.relid, 0) i
     WHERE NOT EXISTS (SELECT FROM every_privilege ep WHERE ep.relid = h.relid AND ep.grantee = h.grantee)
), revokes AS (
    SELECT h.relid, h.grantee, h.type, h.identity,
           pg_catalog.string_agg(DISTINCT h.attname, ', ') AS columns,
           pg_catalog.bool_or(h.attname IS NULL) AS on_table,
           {revoke} AS stmt
      FROM named h
     GROUP BY h.relid, h.relowner, h.relkind, h.grantee, h.grantor, h.type, h.identity
)
SELECT r.type, r.identity, {label} AS grantee, {grantee_sql} AS grantee_sql,
       pg_catalog.bool_or(r.on_table) AS on_table,
       pg_catalog.string_agg(DISTINCT r.columns, ', ') AS columns,
       pg_catalog.string_agg(r.stmt, ' ' ORDER BY r.stmt) AS remediation
  FROM revokes r
 GROUP BY r.relid, r.grantee, r.type, r.identity
"""

_COLUMN_BRANCH = """
    UNION ALL
    SELECT c.oid, c.relowner, c.relkind, a.grantee, a.grantor, a.is_grantable, pg_catalog.quote_ident(att.attname)
      FROM pg_catalog.pg_attribute att
      JOIN pg_catalog.pg_class c ON c.oid = att.attrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     CROSS JOIN LATERAL pg_catalog.aclexplode(att.attacl) a
     WHERE att.attacl IS NOT NULL AND NOT att.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
       AND a.privilege_type = '{privilege}' AND a.grantee <> c.relowner
       AND {user_schema}
       AND {not_member}
"""


def non_owner_privilege_sql(privilege, with_columns):
    """See _NON_OWNER_PRIVILEGE_SQL; privilege is a fixed keyword, never input."""
    parts = dict(privilege=privilege, user_schema=scope.user_schema("n"),
                 not_member=scope.not_extension_member("pg_class", "c.oid"))
    columns = _COLUMN_BRANCH.format(**parts) if with_columns else ""
    return _NON_OWNER_PRIVILEGE_SQL.format(
        columns=columns,
        revoke=revoke("'%s'" % privilege, relation_target("h.relkind", "h.identity"),
                      "h.grantee", "h.grantor", "h.relowner", "pg_catalog.bool_or(h.is_grantable)"),
        label=grantee_label("r.grantee"), grantee_sql=grantee("r.grantee"), **parts)
