"""Who can read a relation while subject to row-level security.

"A role subject to RLS" is one that is not the relation's owner, not a
superuser and not BYPASSRLS. It can read the relation when it holds SELECT,
directly, through PUBLIC, or by inheriting it from a role that holds it, on
the whole relation or on some of its columns. A role that inherits the
owner's privileges counts as the owner (PostgreSQL's ownership test does).
"""

# $1: oid[] of relations. One row per relation that such a role can read, with
# one example reader ('PUBLIC' or a role name) for the message.
RLS_SUBJECT_READERS_SQL = """
WITH RECURSIVE grants AS (
    SELECT c.oid AS relid, c.relowner, a.grantee
      FROM pg_catalog.pg_class c
     CROSS JOIN LATERAL pg_catalog.aclexplode(
               COALESCE(c.relacl, pg_catalog.acldefault('r', c.relowner))) a
     WHERE c.oid = ANY ($1::pg_catalog.oid[]) AND a.privilege_type = 'SELECT'
    UNION
    SELECT c.oid, c.relowner, a.grantee
      FROM pg_catalog.pg_attribute att
      JOIN pg_catalog.pg_class c ON c.oid = att.attrelid
     CROSS JOIN LATERAL pg_catalog.aclexplode(att.attacl) a
     WHERE c.oid = ANY ($1::pg_catalog.oid[]) AND att.attacl IS NOT NULL AND NOT att.attisdropped
       AND a.privilege_type = 'SELECT'
), holders(root, member) AS (
    SELECT DISTINCT g.grantee, g.grantee FROM grants g WHERE g.grantee <> 0
    UNION
    SELECT h.root, am.member
      FROM holders h
      JOIN pg_catalog.pg_auth_members am ON am.roleid = h.member
      JOIN pg_catalog.pg_roles mr ON mr.oid = am.member AND mr.rolinherit
), owners(owner, member) AS (
    SELECT DISTINCT g.relowner, g.relowner FROM grants g
    UNION
    SELECT o.owner, am.member
      FROM owners o
      JOIN pg_catalog.pg_auth_members am ON am.roleid = o.member
      JOIN pg_catalog.pg_roles mr ON mr.oid = am.member AND mr.rolinherit
)
SELECT g.relid, pg_catalog.min(CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE r.rolname::text END) AS reader
  FROM grants g
  LEFT JOIN holders h ON h.root = g.grantee
  LEFT JOIN pg_catalog.pg_roles r ON r.oid = h.member
 WHERE g.grantee = 0
    OR (NOT r.rolsuper AND NOT r.rolbypassrls
        AND NOT EXISTS (SELECT FROM owners o WHERE o.owner = g.relowner AND o.member = r.oid))
 GROUP BY g.relid
"""


def rls_subject_readers(ctx, relids):
    """{relid: example reader} for the relations a role subject to RLS can read."""
    if not relids:
        return {}
    rows = ctx.query(RLS_SUBJECT_READERS_SQL, [list(relids)])
    return {r["relid"]: r["reader"] for r in rows}
