"""The search_path a routine pins, and what makes it unsafe for SECURITY DEFINER.

A SECURITY DEFINER routine runs as its owner but resolves unqualified names
through its search_path. A schema in that path where someone other than the
owner (and the superusers) can create objects lets that someone put a table,
function or operator in the routine's way and run code as the owner. The
path is unsafe when it is not pinned at all (the caller's path applies), when
it lists `public` or `"$user"`, when it lists a schema that such a role can
create objects in, or can create (a schema that does not exist yet, in a
database where such a role has CREATE), or when it does not list pg_temp
(where every caller creates temporary objects) last: left out, pg_temp is
searched first for tables, views and types, before pg_catalog, so a
caller's temporary view named pg_roles runs the caller's code as the owner.
"""

from collections import namedtuple

# Every schema with the roles other than the superusers that can create
# objects in it: the owner unless it is a superuser, each CREATE grantee, and
# PUBLIC (oid 0); pg_database_owner (owner of public since PostgreSQL 15) is
# the database's owner. A last row with nspname NULL: the roles that can
# create new schemas in this database.
CREATORS_SQL = """
SELECT n.nspname::text AS nspname,
       ARRAY(SELECT DISTINCT x.role
               FROM (SELECT n.nspowner AS role
                     UNION ALL
                     SELECT a.grantee FROM pg_catalog.aclexplode(n.nspacl) a
                      WHERE a.privilege_type = 'CREATE') y
              CROSS JOIN LATERAL (SELECT CASE WHEN y.role = pg_catalog.to_regrole('pg_database_owner')
                                              THEN dba.datdba ELSE y.role END AS role) x
               LEFT JOIN pg_catalog.pg_roles r ON r.oid = x.role
              WHERE x.role = 0 OR NOT r.rolsuper) AS creators
  FROM pg_catalog.pg_namespace n,
       (SELECT d.datdba FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database()) dba
UNION ALL
SELECT NULL,
       ARRAY(SELECT DISTINCT x.role
               FROM (SELECT d.datdba AS role
                     UNION ALL
                     SELECT a.grantee FROM pg_catalog.aclexplode(d.datacl) a
                      WHERE a.privilege_type = 'CREATE') x
               LEFT JOIN pg_catalog.pg_roles r ON r.oid = x.role
              WHERE x.role = 0 OR NOT r.rolsuper)
  FROM pg_catalog.pg_database d
 WHERE d.datname = pg_catalog.current_database()
"""


class Creators(namedtuple("Creators", (
        "by_schema",    # nspname -> frozenset of role oids (0: PUBLIC)
        "of_database",  # frozenset: who can create new schemas
))):
    """Who, besides the superusers, can create objects in each schema."""
    __slots__ = ()

    def others(self, schema, owner):
        """Roles (oids, 0 for PUBLIC) other than `owner` that control `schema`."""
        if schema in self.by_schema:
            return self.by_schema[schema] - {owner}
        return self.of_database - {owner}


def creators(ctx):
    by_schema, of_database = {}, frozenset()
    for row in ctx.query(CREATORS_SQL):
        roles = frozenset(row["creators"] or ())
        if row["nspname"] is None:
            of_database = roles
        else:
            by_schema[row["nspname"]] = roles
    return Creators(by_schema, of_database)


def pinned(proconfig):
    """The search_path value a routine sets (SET search_path = ...), or None."""
    for item in proconfig or ():
        if item.startswith("search_path="):
            return item[len("search_path="):]
    return None


# The server folds unquoted identifiers to lower case in ASCII only.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

# What the server's scanner takes for white space (scanner_isspace), and no
# more: str.isspace() also takes U+001F and U+00A0, which are part of a name.
# PostgreSQL 16 added the vertical tab, part of a name before (found by an
# attacker helper: read as a name, it hid the schema a path names).
_SPACE = frozenset(" \t\n\r\f")
_SPACE_SINCE_16 = _SPACE | {"\v"}

# The longest name, in bytes (NAMEDATALEN - 1): the server cuts a longer one
# there, at a character boundary.
_NAME_BYTES = 63


def _truncated(name):
    data = name.encode("utf-8")
    if len(data) <= _NAME_BYTES:
        return name
    return data[:_NAME_BYTES].decode("utf-8", errors="ignore")


def split(value, server_version_num):
    """The schema names of a search_path value, as that server parses them:
    unquoted names are folded to lower case, "" quotes a double quote, names
    are cut to 63 bytes (of UTF-8), and empty names (search_path = '') are
    dropped."""
    space = _SPACE_SINCE_16 if server_version_num >= 160000 else _SPACE
    names, i, n = [], 0, len(value)
    while i < n:
        while i < n and value[i] in space:
            i += 1
        if i >= n:
            break
        if value[i] == '"':
            i += 1
            name = []
            while i < n:
                if value[i] == '"':
                    if i + 1 < n and value[i + 1] == '"':
                        name.append('"')
                        i += 2
                        continue
                    i += 1
                    break
                name.append(value[i])
                i += 1
            name = "".join(name)
        else:
            start = i
            while i < n and value[i] != "," and value[i] not in space:
                i += 1
            name = value[start:i].translate(_ASCII_LOWER)
        if name:
            names.append(_truncated(name))
        while i < n and value[i] != ",":
            i += 1
        i += 1
    return names


def problems(path, owner, creators_, role_names, ident):
    """Why a pinned path (list of names, or None when not pinned) is unsafe
    for a SECURITY DEFINER routine owned by `owner`; empty when it is safe."""
    if path is None:
        return ["it pins no search_path, so the caller's search_path resolves its names"]
    found = []
    # The caller's temporary schema, listed before a schema of objects the
    # routine uses, lets the caller's temporary tables shadow them.
    # pg_catalog included: pg_temp before it shadows the catalog's own tables.
    # Not listed at all, the server searches it first.
    if "pg_temp" not in path:
        found.append("its search_path does not list pg_temp, so the server searches the caller's temporary "
                     "tables, views and types first")
    else:
        after = [n for n in path[path.index("pg_temp") + 1:] if n != "pg_temp"]
        if after:
            found.append("its search_path lists pg_temp before %s, so the caller's temporary objects come "
                         "first" % ident(after[0]))
    # Each schema once: a path may repeat a name any number of times, and
    # each report lists the roles that can create in it.
    for name in dict.fromkeys(path):
        if name in ("pg_catalog", "pg_temp"):
            continue
        if name == "public":
            found.append("its search_path includes public")
        elif name == "$user":
            found.append('its search_path includes "$user"')
        else:
            others = creators_.others(name, owner)
            if not others:
                continue
            who = ", ".join(sorted("PUBLIC" if r == 0 else ident(role_names.get(r, str(r))) for r in others))
            if name in creators_.by_schema:
                found.append("its search_path includes schema %s, where %s can create objects" % (ident(name), who))
            else:
                found.append("its search_path names schema %s, which does not exist and %s can create"
                             % (ident(name), who))
    return found


def safe_path(path, own_schema, owner, creators_, ident):
    """A pinned search_path value that keeps the safe schemas of `path` (or
    the routine's own schema when nothing was pinned), with pg_catalog first
    and pg_temp last, as the manual advises for SECURITY DEFINER routines."""
    keep = []
    for name in dict.fromkeys(path if path is not None else [own_schema]):
        if name in ("pg_catalog", "pg_temp", "public", "$user"):
            continue
        if name in creators_.by_schema and not creators_.others(name, owner):
            keep.append(name)
    return ", ".join(["pg_catalog"] + [ident(n) for n in keep] + ["pg_temp"])
