"""What apply reads before it plans: a handful of set-based queries.

Each query reads one kind of object, one row per object with its ACL entries
as arrays, so planning 1,000 stream tables costs the same dozen queries as
planning one.
"""

import re
from dataclasses import dataclass, field
from typing import Optional

from harden import pgtrickle, server_settings
from harden.apply import acl as _acl


@dataclass
class Obj:
    """A relation, function or schema apply may change, with the ACL it predicts."""
    kind: str       # rel, func, nsp: the catalog (see acl.ACL_SQL)
    oid: int
    keyword: str    # TABLE, SEQUENCE, FUNCTION, PROCEDURE, SCHEMA: as GRANT names it
    name: str       # quoted, schema-qualified where that applies
    owner: str
    acl: frozenset
    nsp: Optional[int] = None
    schema: Optional[str] = None  # relations and functions: the schema's name, unquoted
    rls: bool = False           # relations: row-level security enabled
    proname: str = ""           # functions: the name without arguments
    # As read, before planning predicted anything.
    read_owner: str = field(init=False)
    read_acl: frozenset = field(init=False)

    def __post_init__(self):
        self.read_owner, self.read_acl = self.owner, self.acl

    @property
    def sql(self):
        return "%s %s" % (self.keyword, self.name)

    @property
    def object_type(self):
        return self.keyword.lower()

    def grant(self, grantee, privileges):
        self.acl = _acl.granted(self.acl, self.owner, grantee, privileges)

    def set_owner(self, new):
        self.acl = _acl.new_owner(self.acl, self.owner, new)
        self.owner = new


@dataclass
class Role:
    name: str
    superuser: bool
    login: bool
    inherit: bool
    createrole: bool
    createdb: bool
    replication: bool
    bypassrls: bool


@dataclass
class Setting:
    """A setting as a new session of this database starts with it, read the way
    the audit reads it (harden.server_settings): a SET in the running session
    changes none of these."""
    name: str
    effective: Optional[str]  # what a new session gets, from the strongest layer
    database: Optional[str]   # ALTER DATABASE <this> SET
    server: Optional[str]     # command line, configuration files or the default: ALTER SYSTEM's level


def _objects(rows, kind, keyword_of, columns=None):
    """Obj per row: rows carry the object's columns and its ACL entries as
    arrays; columns: {oid: (owner, column privilege entries)} to add."""
    acls = _acl.from_rows(rows)
    objs = []
    for r in rows:
        owner, entries = acls[r["oid"]]
        if columns and r["oid"] in columns:
            entries = entries | columns[r["oid"]][1]
        objs.append(Obj(kind, r["oid"], keyword_of(r), r["name"], owner, entries, nsp=r.get("nsp"),
                        schema=r.get("nspname"), rls=r.get("relrowsecurity", False),
                        proname=r.get("proname", "")))
    return objs


_ACL_COLUMNS = "pg_catalog.pg_get_userbyid({owner}) AS owner, " + _acl.ENTRY_COLUMNS

# Obj.name of each kind, over c or p joined to their namespace n, or n.
NAME_SQL = {
    "rel": "pg_catalog.format('%I.%I', n.nspname, c.relname)",
    "func": "pg_catalog.format('%I.%I(%s)', n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid))",
    "nsp": "pg_catalog.quote_ident(n.nspname)",
}

# The names of the objects of each kind with oids $1 now.
NAMES_NOW_SQL = {
    "rel": "SELECT c.oid::pg_catalog.int8 AS oid, %s AS name FROM pg_catalog.pg_class c"
           " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = ANY ($1::pg_catalog.oid[])"
           % NAME_SQL["rel"],
    "func": "SELECT p.oid::pg_catalog.int8 AS oid, %s AS name FROM pg_catalog.pg_proc p"
            " JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE p.oid = ANY ($1::pg_catalog.oid[])"
            % NAME_SQL["func"],
    "nsp": "SELECT n.oid::pg_catalog.int8 AS oid, %s AS name FROM pg_catalog.pg_namespace n"
           " WHERE n.oid = ANY ($1::pg_catalog.oid[])" % NAME_SQL["nsp"],
}


def renamed(db, objects):
    """[(kind, oid, name, name now or None)] of the objects (kind, oid, name)
    that no longer have the name they were read or recorded with. apply and
    revert name their objects in their statements, so they change nothing
    of an object another one took the name of."""
    gone = []
    for kind in ("rel", "func", "nsp"):
        mine = [(k, oid, name) for k, oid, name in objects if k == kind]
        if mine:
            now = {r["oid"]: r["name"] for r in db.query(NAMES_NOW_SQL[kind], [sorted({o for _, o, _ in mine})])}
            gone += [(k, oid, name, now.get(oid)) for k, oid, name in mine if now.get(oid) != name]
    return gone


_REL_ACL = (_ACL_COLUMNS.format(owner="c.relowner")
            + " FROM pg_catalog.pg_class c"
            " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + _acl.lateral("COALESCE(c.relacl, pg_catalog.acldefault("
                           "CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::\"char\", c.relowner))"))

STREAM_TABLES_SQL = (
    "SELECT c.oid, c.relkind, c.relnamespace AS nsp, n.nspname::text AS nspname, c.relrowsecurity,"
    " " + NAME_SQL["rel"] + " AS name, " + _REL_ACL +
    " WHERE c.oid IN (SELECT st.pgt_relid FROM pgtrickle.pgt_stream_tables st)"
    " ORDER BY name, c.oid"
)

# Base sources: what stream tables read that is not itself a stream table
# (the admin role will own those), outside the system schemas.
SOURCES_SQL = (
    "SELECT c.oid, c.relkind, c.relnamespace AS nsp, n.nspname::text AS nspname,"
    " " + NAME_SQL["rel"] + " AS name, " + _REL_ACL +
    " WHERE c.oid IN (SELECT d.source_relid FROM pgtrickle.pgt_dependencies d)"
    "   AND c.oid NOT IN (SELECT st.pgt_relid FROM pgtrickle.pgt_stream_tables st)"
    "   AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
    "   AND n.nspname !~ '^pg_(toast|temp_)'"
    " ORDER BY name, c.oid"
)

CHANGE_BUFFERS_SQL = (
    "SELECT c.oid, c.relkind, c.relnamespace AS nsp, n.nspname::text AS nspname,"
    " " + NAME_SQL["rel"] + " AS name, " + _REL_ACL +
    " WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')"
    " ORDER BY name, c.oid"
)

FUNCTIONS_SQL = (
    "SELECT p.oid, p.prokind, p.proname::text AS proname, n.nspname::text AS nspname,"
    " " + NAME_SQL["func"] + " AS name, "
    + _ACL_COLUMNS.format(owner="p.proowner") +
    " FROM pg_catalog.pg_proc p"
    " JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
    + _acl.lateral("COALESCE(p.proacl, pg_catalog.acldefault('f', p.proowner))") +
    " WHERE n.nspname = 'pgtrickle'"
    "   AND p.prorettype NOT IN ('pg_catalog.trigger'::pg_catalog.regtype,"
    " 'pg_catalog.event_trigger'::pg_catalog.regtype)"
    " ORDER BY name, p.oid"
)

# Any relations and functions by oid, for the general rules' plans.
RELATIONS_BY_OID_SQL = (
    "SELECT c.oid, c.relkind, c.relnamespace AS nsp, n.nspname::text AS nspname, c.relrowsecurity,"
    " " + NAME_SQL["rel"] + " AS name, " + _REL_ACL +
    " WHERE c.oid = ANY ($1::pg_catalog.oid[])"
    " ORDER BY name, c.oid"
)

FUNCTIONS_BY_OID_SQL = FUNCTIONS_SQL.replace(
    " WHERE n.nspname = 'pgtrickle'", " WHERE p.oid = ANY ($1::pg_catalog.oid[]) AND n.nspname IS NOT NULL")

SCHEMAS_SQL = (
    "SELECT n.oid, n.nspname::text AS schema_name, " + NAME_SQL["nsp"] + " AS name, "
    + _ACL_COLUMNS.format(owner="n.nspowner") +
    " FROM pg_catalog.pg_namespace n"
    + _acl.lateral("COALESCE(n.nspacl, pg_catalog.acldefault('n', n.nspowner))") +
    " WHERE n.oid = ANY ($1::pg_catalog.oid[]) OR n.nspname = ANY ($2::text[])"
    " ORDER BY name, n.oid"
)

# Default privileges for new tables: {(role, schema oid or 0 for all schemas)}.
DEFAULT_ACLS_SQL = (
    "SELECT pg_catalog.pg_get_userbyid(d.defaclrole) AS role, d.defaclnamespace AS nsp,"
    " CASE WHEN a.grantee <> 0 THEN pg_catalog.pg_get_userbyid(a.grantee) END AS grantee,"
    " a.privilege_type"
    " FROM pg_catalog.pg_default_acl d, pg_catalog.aclexplode(d.defaclacl) a"
    " WHERE d.defaclobjtype = 'r'"
)

ROLES_SQL = (
    "SELECT rolname::text AS name, rolsuper, rolcanlogin, rolinherit, rolcreaterole,"
    " rolcreatedb, rolreplication, rolbypassrls"
    " FROM pg_catalog.pg_roles WHERE rolsuper OR rolname = ANY ($1::text[])"
)

SETTING_DEFAULTS = {"log_statement": None, "pgaudit.log": None,
                    "pg_trickle.enabled": "on", "pg_trickle.allow_circular": "off"}


def read_settings(ctx):
    names = list(SETTING_DEFAULTS)
    values = server_settings.database_values(ctx, names, {k: v for k, v in SETTING_DEFAULTS.items() if v})
    found = {}
    for r in ctx.query(server_settings.DATABASE_VALUES_SQL, [names]):
        server = next((r[c] for c in ("command_line_value", "file_value", "default_value") if r[c] is not None),
                      SETTING_DEFAULTS[r["name"]])
        found[r["name"]] = Setting(r["name"], values[r["name"]].value, r["database_value"], server)
    return found


def read_roles(db, names):
    return {r["name"]: Role(r["name"], r["rolsuper"], r["rolcanlogin"], r["rolinherit"], r["rolcreaterole"],
                            r["rolcreatedb"], r["rolreplication"], r["rolbypassrls"])
            for r in db.query(ROLES_SQL, [list(names)])}


def _rel_keyword(r):
    return "SEQUENCE" if r["relkind"] == "S" else "TABLE"


def _func_keyword(r):
    return "PROCEDURE" if r["prokind"] == "p" else "FUNCTION"


@dataclass
class State:
    dbname: str
    in_recovery: bool
    settings: dict
    roles: dict                      # the configured roles that exist, and every superuser
    shared_preload: tuple
    deployment: object = None        # harden.pgtrickle.Deployment or None
    stream_tables: list = ()         # Obj, with .rls
    sources: list = ()
    change_buffers: list = ()
    functions: list = ()             # Obj, with .proname
    schemas: dict = field(default_factory=dict)   # oid -> Obj
    schema_names: dict = field(default_factory=dict)  # name -> oid
    default_acls: dict = field(default_factory=dict)  # (role, nsp) -> {(grantee, privilege)}
    extra: list = field(default_factory=list)     # Obj read for the general rules

    @property
    def deployed(self):
        return self.deployment is not None and self.deployment.recognized

    @property
    def superusers(self):
        return {name for name, r in self.roles.items() if r.superuser}

    def schema(self, name):
        oid = self.schema_names.get(name)
        return self.schemas.get(oid) if oid is not None else None

    def objects(self, ctx, kind, oids):
        """The Obj of each oid (rel, func or nsp), the one apply already holds
        when it read it (so that every step predicts from the same ACL)."""
        known = {(o.kind, o.oid): o for o in (list(self.stream_tables) + list(self.sources)
                                              + list(self.change_buffers) + list(self.functions)
                                              + list(self.schemas.values()) + list(self.extra))}
        missing = sorted({oid for oid in oids if (kind, oid) not in known})
        if missing:
            if kind == "rel":
                rows = ctx.query(RELATIONS_BY_OID_SQL, [missing])
                columns = _acl.from_rows(ctx.query(_acl.COLUMN_ACL_SQL, [missing]))
                found = _objects(rows, "rel", _rel_keyword, columns)
            elif kind == "func":
                found = _objects(ctx.query(FUNCTIONS_BY_OID_SQL, [missing]), "func", _func_keyword)
            else:
                found = _objects(ctx.query(SCHEMAS_SQL, [missing, []]), "nsp", lambda r: "SCHEMA")
            self.extra.extend(found)
            known.update({(o.kind, o.oid): o for o in found})
        return sorted((known[(kind, oid)] for oid in set(oids) if (kind, oid) in known), key=lambda o: (o.name, o.oid))


def read(ctx, role_names):
    db = ctx.db
    base = db.query(
        "SELECT pg_catalog.current_database()::text AS dbname, pg_catalog.pg_is_in_recovery() AS recovery,"
        " pg_catalog.current_setting('shared_preload_libraries') AS preload")[0]
    # As the server names them: a path and a .so suffix are the same library.
    preload = tuple(re.sub(r"\.so$", "", p.strip().strip('"').rsplit("/", 1)[-1]).lower()
                    for p in base["preload"].split(",") if p.strip())
    state = State(dbname=base["dbname"], in_recovery=base["recovery"], settings=read_settings(ctx),
                  roles=read_roles(db, role_names), shared_preload=preload, deployment=ctx.pgtrickle)
    if not state.deployed:
        return state

    cb_name = ctx.settings.change_buffer_schema
    st_rows, src_rows = list(db.query(STREAM_TABLES_SQL)), list(db.query(SOURCES_SQL))
    cb_rows = list(db.query(CHANGE_BUFFERS_SQL, [cb_name]))
    oids = sorted({r["oid"] for r in st_rows + src_rows + cb_rows})
    columns = _acl.from_rows(db.query(_acl.COLUMN_ACL_SQL, [oids])) if oids else {}
    state.stream_tables = _objects(st_rows, "rel", _rel_keyword, columns)
    state.sources = _objects(src_rows, "rel", _rel_keyword, columns)
    state.change_buffers = _objects(cb_rows, "rel", _rel_keyword, columns)
    state.functions = _objects(db.query(FUNCTIONS_SQL), "func", _func_keyword)

    nsp_oids = sorted({o.nsp for o in state.stream_tables + state.sources})
    rows = db.query(SCHEMAS_SQL, [nsp_oids, ["pgtrickle", cb_name]])
    for obj in _objects(rows, "nsp", lambda r: "SCHEMA"):
        state.schemas[obj.oid] = obj
    state.schema_names = {r["schema_name"]: r["oid"] for r in rows}

    for r in db.query(DEFAULT_ACLS_SQL):
        state.default_acls.setdefault((r["role"], r["nsp"]), set()).add((r["grantee"], r["privilege_type"]))
    return state


def rls_sources(ctx):
    """{stream table oid: [source names]} for stream tables that derive, through
    other stream tables too, from a source with row-level security enabled."""
    rows = ctx.query(
        "SELECT st.pgt_relid AS oid,"
        " pg_catalog.array_agg(DISTINCT pg_catalog.format('%I.%I', n.nspname, c.relname)) AS sources"
        " FROM (" + pgtrickle.SOURCE_CLOSURE_SQL + ") cl"
        " JOIN pgtrickle.pgt_stream_tables st ON st.pgt_id = cl.pgt_id"
        " JOIN pg_catalog.pg_class c ON c.oid = cl.source_relid AND c.relrowsecurity"
        " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        " GROUP BY st.pgt_relid")
    return {r["oid"]: sorted(r["sources"]) for r in rows}


def cdc_superuser_owners(ctx):
    """{stream table oid: (superuser owners, defining query, schedule)} for stream
    tables whose sources carry a CDC or IVM trigger with a function owned by a superuser."""
    rows = ctx.query(
        "WITH cdc AS ("
        " SELECT t.tgrelid AS relid, pg_catalog.array_agg(DISTINCT r.rolname::text) AS owners"
        " FROM pg_catalog.pg_trigger t"
        " JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid"
        " JOIN pg_catalog.pg_roles r ON r.oid = p.proowner AND r.rolsuper"
        " WHERE t.tgname LIKE ANY ($1::text[])"
        " GROUP BY t.tgrelid"
        "), fed AS ("
        " SELECT d.pgt_id, pg_catalog.array_agg(DISTINCT o) AS owners"
        " FROM pgtrickle.pgt_dependencies d JOIN cdc ON cdc.relid = d.source_relid, pg_catalog.unnest(cdc.owners) o"
        " GROUP BY d.pgt_id"
        ")"
        " SELECT st.pgt_relid AS oid, fed.owners,"
        " pg_catalog.to_jsonb(st) ->> 'defining_query' AS query, pg_catalog.to_jsonb(st) ->> 'schedule' AS schedule"
        " FROM fed JOIN pgtrickle.pgt_stream_tables st ON st.pgt_id = fed.pgt_id",
        [list(pgtrickle.CDC_TRIGGER_PATTERNS)])
    return {r["oid"]: (sorted(r["owners"]), r["query"], r["schedule"]) for r in rows}
