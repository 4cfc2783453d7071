"""Access control lists as sets of entries, and the statements between two of them.

An entry is one privilege one grantor gave one grantee, as aclexplode() shows it,
with roles by name (PUBLIC is the grantee None) so that roles apply creates in
the same run need no oid. A column privilege is part of its table's ACL, as
the privilege with its column: 'INSERT ("my col")', which is how GRANT spells
it. apply uses this to predict what its earlier steps leave for its later ones
(an owner change rewrites an ACL), and to compute the exact undo of each action
from the ACL it observed before and after it.
"""

from collections import namedtuple

Entry = namedtuple("Entry", "grantee grantor privilege grantable")

# The order GRANT and the documentation list privileges in.
PRIVILEGE_ORDER = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER",
                   "EXECUTE", "USAGE", "CREATE", "TEMPORARY", "CONNECT", "SET", "ALTER SYSTEM")


def base(privilege):
    """The privilege without its column."""
    return privilege.split(" (", 1)[0]


def privileges_sql(privileges):
    return ", ".join(sorted(privileges, key=lambda p: (PRIVILEGE_ORDER.index(base(p)), p)))


def grantee_sql(ident, name):
    return "PUBLIC" if name is None else ident(name)


def from_rows(rows):
    """{oid: (owner, frozenset of Entry)} from rows carrying an object's entries
    as four arrays (see lateral()); several rows of one object add up."""
    found = {}
    for r in rows:
        owner, entries = found.setdefault(r["oid"], (r["owner"], set()))
        if r["privileges"]:
            entries.update(map(Entry, r["grantees"], r["grantors"], r["privileges"], r["grantable"]))
    return {oid: (owner, frozenset(entries)) for oid, (owner, entries) in found.items()}


# An ACL's entries as four arrays, one row per object: a few thousand objects
# come back as a few thousand rows, not tens of thousands.
_ARRAYS = (
    "SELECT pg_catalog.array_agg(CASE WHEN a.grantee <> 0 THEN pg_catalog.pg_get_userbyid(a.grantee) END)"
    " AS grantees, pg_catalog.array_agg(pg_catalog.pg_get_userbyid(a.grantor)) AS grantors,"
    " pg_catalog.array_agg({privilege}) AS privileges, pg_catalog.array_agg(a.is_grantable) AS grantable"
    " FROM {source}"
)
ENTRY_COLUMNS = "e.grantees, e.grantors, e.privileges, e.grantable"


def lateral(acl):
    """LEFT JOIN LATERAL ... e: the entries of the ACL expression acl (a NULL
    ACL must be replaced by its acldefault() first)."""
    return " LEFT JOIN LATERAL (%s) e ON true" % _ARRAYS.format(
        privilege="a.privilege_type", source="pg_catalog.aclexplode(%s) a" % acl)


def _acl_sql(catalog, acl_column, owner_column, kind):
    return (
        "SELECT o.oid, pg_catalog.pg_get_userbyid(o.{owner}) AS owner, " + ENTRY_COLUMNS +
        " FROM pg_catalog.{catalog} o" +
        lateral("COALESCE(o.{acl}, pg_catalog.acldefault({kind}, o.{owner}))") +
        " WHERE o.oid = ANY ($1::pg_catalog.oid[])"
    ).format(catalog=catalog, acl=acl_column, owner=owner_column, kind=kind)


# Column privileges of relations by oid, as entries of the relation's ACL.
COLUMN_ACL_SQL = (
    "SELECT c.oid, pg_catalog.pg_get_userbyid(c.relowner) AS owner, " + ENTRY_COLUMNS +
    " FROM pg_catalog.pg_class c"
    " JOIN LATERAL (" + _ARRAYS.format(
        privilege="pg_catalog.format('%s (%I)', a.privilege_type, att.attname)",
        source="pg_catalog.pg_attribute att CROSS JOIN LATERAL pg_catalog.aclexplode(att.attacl) a"
               " WHERE att.attrelid = c.oid AND att.attacl IS NOT NULL") + ") e ON e.privileges IS NOT NULL"
    " WHERE c.oid = ANY ($1::pg_catalog.oid[])"
)

# The ACL of relations (with their columns), functions and schemas by oid; a
# NULL ACL is the built-in default, which is what the object's privileges are.
ACL_SQL = {
    "rel": _acl_sql("pg_class", "relacl", "relowner",
                    "CASE o.relkind WHEN 'S' THEN 's' ELSE 'r' END::\"char\"") + " UNION ALL " + COLUMN_ACL_SQL,
    "func": _acl_sql("pg_proc", "proacl", "proowner", "'f'::\"char\""),
    "nsp": _acl_sql("pg_namespace", "nspacl", "nspowner", "'n'::\"char\""),
}


def read(db, kind, oids):
    if not oids:
        return {}
    return from_rows(db.query(ACL_SQL[kind], [sorted(oids)]))


def new_owner(entries, old, new):
    """The ACL after ALTER ... OWNER: PostgreSQL's aclnewowner() rewrites the old
    owner as the new one, as grantee and as grantor, and merges what then
    coincides (a grant option survives the merge)."""
    merged = {}
    for e in entries:
        key = (new if e.grantee == old else e.grantee, new if e.grantor == old else e.grantor, e.privilege)
        merged[key] = merged.get(key, False) or e.grantable
    return frozenset(Entry(g, r, p, go) for (g, r, p), go in merged.items())


def granted(entries, owner, grantee, privileges):
    """A predicted ACL after GRANT privileges TO grantee, run as the owner."""
    have = {(e.grantee, e.grantor, e.privilege) for e in entries}
    return frozenset(entries) | {Entry(grantee, owner, p, False) for p in privileges
                                 if (grantee, owner, p) not in have}


def holds(entries, grantee, privilege):
    """True when grantee holds privilege by an entry of its own (any grantor)."""
    return any(e.grantee == grantee and e.privilege == privilege for e in entries)


def depths(entries, owner):
    """{(grantee, grantor, privilege): how far the entry is from the owner's grant}.

    The owner's grants are depth 0; a grant made by a role that holds the grant
    option from depth d is d + 1. Revoking deepest first and granting shallowest
    first keeps every grantor's grant option in place while it is needed.
    """
    options = {}
    for e in entries:
        if e.grantable:
            options.setdefault((e.grantee, e.privilege), []).append(e.grantor)
    memo = {}

    def depth(grantor, privilege, seen):
        if grantor == owner:
            return 0
        key = (grantor, privilege)
        if key not in memo:
            parents = [g for g in options.get(key, ()) if (g, privilege) not in seen]
            memo[key] = 1 + min((depth(g, privilege, seen | {key}) for g in parents), default=0)
        return memo[key]

    return {(e.grantee, e.grantor, e.privilege): depth(e.grantor, e.privilege, frozenset()) for e in entries}


def converge(ident, target_sql, owner, current, target):
    """[(as_role, sql)] that turn ACL current into target on one object.

    target_sql names the object ("TABLE public.t"); owner is its owner while the
    statements run. A statement whose grantor is not the owner must run as that
    grantor (as_role): a superuser's GRANT and REVOKE act as the owner.
    """
    cur = {(e.grantee, e.grantor, e.privilege): e.grantable for e in current}
    tgt = {(e.grantee, e.grantor, e.privilege): e.grantable for e in target}
    grants, revokes = {}, {}
    tdepth, cdepth = depths(target, owner), depths(current, owner)
    for key, option in tgt.items():
        have = cur.get(key)
        if have is None or (option and not have):
            grantee, grantor, privilege = key
            grants.setdefault((tdepth[key], grantor, grantee, option), []).append(privilege)
    for key, option in cur.items():
        want = tgt.get(key)
        if want is None or (option and not want):
            grantee, grantor, privilege = key
            revokes.setdefault((cdepth[key], grantor, grantee, want is not None), []).append(privilege)

    def merged(groups):
        """One statement for the grantees that get the same privileges from one grantor."""
        out = {}
        for (depth, grantor, grantee, flag), privileges in groups.items():
            out.setdefault((depth, grantor, flag, privileges_sql(privileges)), []).append(grantee)
        return sorted(out.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2], kv[0][3]))

    def whom(grantees):
        return ", ".join(grantee_sql(ident, g) for g in sorted(grantees, key=lambda g: (g is not None, g or "")))

    stmts = []
    for (depth, grantor, option, privileges), grantees in merged(grants):
        stmts.append((None if grantor == owner else grantor, "GRANT %s ON %s TO %s%s" % (
            privileges, target_sql, whom(grantees), " WITH GRANT OPTION" if option else "")))
    for (depth, grantor, option_only, privileges), grantees in reversed(merged(revokes)):
        stmts.append((None if grantor == owner else grantor, "REVOKE %s%s ON %s FROM %s" % (
            "GRANT OPTION FOR " if option_only else "", privileges, target_sql, whom(grantees))))
    return stmts
