"""Who can read a relation while subject to row-level security.

"A role subject to RLS" is one that is not the relation's owner, not a
superuser and not BYPASSRLS. It can read the relation when it holds SELECT,
directly, through PUBLIC, or by inheriting it from a role that holds it, on
the whole relation or on some of its columns. A role that inherits the
owner's privileges counts as the owner (PostgreSQL's ownership test does).
"""

# $1: oid[] of relations. Who holds SELECT on each, on the relation or on
# some column (0: PUBLIC).
GRANTS_SQL = """
SELECT c.oid AS relid, c.relowner AS owner, a.grantee
  FROM pg_catalog.pg_class c
 CROSS JOIN LATERAL pg_catalog.aclexplode(COALESCE(c.relacl, pg_catalog.acldefault('r', c.relowner))) a
 WHERE c.oid = ANY ($1::pg_catalog.oid[]) AND a.privilege_type = 'SELECT'
UNION
SELECT c.oid, c.relowner, a.grantee
  FROM pg_catalog.pg_attribute att
  JOIN pg_catalog.pg_class c ON c.oid = att.attrelid
 CROSS JOIN LATERAL pg_catalog.aclexplode(att.attacl) a
 WHERE c.oid = ANY ($1::pg_catalog.oid[]) AND att.attacl IS NOT NULL AND NOT att.attisdropped
   AND a.privilege_type = 'SELECT'
"""

# Every role with the roles whose privileges it inherits directly: through
# its own INHERIT attribute before PostgreSQL 16, through each membership's
# INHERIT option since. The closure is walked in Python: a recursive CTE over
# memberships makes the planner expect hundreds of thousands of rows, and the
# JIT compilation that estimate triggers costs more than the query itself.
ROLES_SQL = """
SELECT r.oid, r.rolname::text AS rolname, r.rolsuper, r.rolbypassrls,
       ARRAY(SELECT am.roleid FROM pg_catalog.pg_auth_members am
              WHERE am.member = r.oid AND {inherits}) AS inherits
  FROM pg_catalog.pg_roles r
"""
_INHERITS_15 = "r.rolinherit"
_INHERITS_16 = "am.inherit_option"


def rls_subject_readers(ctx, relids):
    """{relid: example reader} for the relations a role subject to RLS can read."""
    if not relids:
        return {}
    grants = ctx.query(GRANTS_SQL, [list(relids)])
    if not grants:
        return {}
    inherits = _INHERITS_16 if ctx.server_version_num >= 160000 else _INHERITS_15
    roles = ctx.query(ROLES_SQL.format(inherits=inherits))
    names = {r["oid"]: r["rolname"] for r in roles}
    exempt = {r["oid"] for r in roles if r["rolsuper"] or r["rolbypassrls"]}
    heirs = {}
    for r in roles:
        for parent in r["inherits"] or ():
            heirs.setdefault(parent, []).append(r["oid"])

    closures = {}

    def having_privileges_of(role):
        """The role and every role that inherits its privileges, transitively."""
        found = closures.get(role)
        if found is None:
            found, todo = {role}, [role]
            while todo:
                for heir in heirs.get(todo.pop(), ()):
                    if heir not in found:
                        found.add(heir)
                        todo.append(heir)
            closures[role] = found
        return found

    examples = {}

    def example(grantee, owner):
        """The first (by name) reader through `grantee` subject to RLS on a relation of `owner`."""
        key = (grantee, owner)
        if key not in examples:
            if grantee == 0:
                examples[key] = "PUBLIC"
            else:
                owner_side = having_privileges_of(owner)
                subjects = [names[m] for m in having_privileges_of(grantee)
                            if m not in exempt and m not in owner_side and m in names]
                examples[key] = min(subjects) if subjects else None
        return examples[key]

    readers = {}
    for g in grants:
        reader = example(g["grantee"], g["owner"])
        if reader is not None and (g["relid"] not in readers or reader < readers[g["relid"]]):
            readers[g["relid"]] = reader
    return readers
