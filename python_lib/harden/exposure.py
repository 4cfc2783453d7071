"""Exposed roles: whose access is what an outsider gets.

The setting exposed_roles names them (default: PUBLIC plus anon, authenticated
and web_anon where they exist, the API roles of PostgREST and Supabase). A role
has what it is granted, what PUBLIC is granted, and what the roles it is a
member of are granted: it inherits them, or can SET ROLE to them (which is how
PostgREST's authenticator becomes anon). So a privilege reaches an exposed role
when its grantee is PUBLIC, an exposed role, or a role an exposed role belongs
to, transitively. The closure is walked in Python over pg_auth_members (see
privileges.ROLES_SQL for why not a recursive CTE).
"""

import weakref
from collections import namedtuple

# Memberships that hand a role's privileges to its member: before PostgreSQL
# 16 any membership allows SET ROLE; since 16 each grant says INHERIT and SET.
_EDGES_15 = "SELECT am.member, am.roleid FROM pg_catalog.pg_auth_members am"
_EDGES_16 = _EDGES_15 + " WHERE am.inherit_option OR am.set_option"


class Exposure(namedtuple("Exposure", (
        "names",        # the exposed roles that exist, as stored ("PUBLIC" for PUBLIC)
        "public",       # PUBLIC itself is configured as exposed
        "grantees",     # oids whose grants reach an exposed role (0: PUBLIC); empty when none
))):
    __slots__ = ()

    @property
    def any(self):
        return bool(self.grantees)

    def label(self, ident):
        return ", ".join(n if n == "PUBLIC" else ident(n) for n in self.names)


_cache = weakref.WeakKeyDictionary()


def exposure(ctx):
    """The Exposure of this report (one per Context)."""
    found = _cache.get(ctx)
    if found is None:
        found = _cache[ctx] = _read(ctx)
    return found


def _read(ctx):
    configured = ctx.settings.exposed_roles_list
    public = "PUBLIC" in configured
    names = [n for n in configured if n != "PUBLIC"]
    rows = ctx.query("SELECT r.oid, r.rolname::text AS rolname FROM pg_catalog.pg_roles r"
                     " WHERE r.rolname = ANY ($1::text[]) ORDER BY r.rolname", [names]) if names else []
    roots = [r["oid"] for r in rows]
    if not roots and not public:
        return Exposure(names=(), public=False, grantees=())
    parents = {}
    edges = _EDGES_16 if ctx.server_version_num >= 160000 else _EDGES_15
    for e in ctx.query(edges):
        parents.setdefault(e["member"], []).append(e["roleid"])
    reach, todo = set(roots), list(roots)
    while todo:
        for parent in parents.get(todo.pop(), ()):
            if parent not in reach:
                reach.add(parent)
                todo.append(parent)
    exposed = (("PUBLIC",) if public else ()) + tuple(r["rolname"] for r in rows)
    return Exposure(names=exposed, public=public, grantees=tuple(sorted(reach | {0})))
