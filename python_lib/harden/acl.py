"""SQL fragments for reading ACLs (aclexplode) and writing the REVOKE that undoes a grant.

A superuser's REVOKE acts as the object's owner, so it only removes grants
whose grantor is the owner. A grant made by another role (that held the grant
option) is revoked as that role: PostgreSQL 15 accepts GRANTED BY only for the
current user, so the statement is wrapped in SET ROLE / RESET ROLE. A grantee
that passed the privilege on holds dependent grants, which CASCADE removes
with it.
"""

# How many privileges a table has: 7, and 8 from PostgreSQL 17 (MAINTAIN).
# A grantee with that many distinct ones holds every privilege (GRANT ALL).
ALL_TABLE_PRIVILEGES = ("(SELECT pg_catalog.count(*) FROM pg_catalog.aclexplode("
                        "pg_catalog.acldefault('r', 10::pg_catalog.oid)))")


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

