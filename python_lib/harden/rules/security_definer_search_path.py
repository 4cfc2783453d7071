from harden import scope, search_path
from harden.guard import as_violation, facts
from harden.rule import Finding, Rule

# $1: oid[] of routines left to cdc_function_search_path.
ROUTINES_SQL = """
SELECT p.oid, p.prokind, p.proowner, p.proconfig, n.nspname::text AS nspname,
       p.oid::pg_catalog.regprocedure::text AS signature, i.type, i.identity
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, 0) i
 WHERE p.prosecdef
   AND p.oid <> ALL ($1::pg_catalog.oid[])
   AND {user_schema}
   AND {not_member}
""".format(user_schema=scope.user_schema("n"), not_member=scope.not_extension_member_bulk("pg_proc", "p.oid", "p.proowner"))


# The guard's routine: the one a CREATE or ALTER FUNCTION/PROCEDURE left.
ROUTINE_SQL = """
SELECT p.oid, p.prokind, p.proowner, p.proconfig, n.nspname::text AS nspname,
       p.oid::pg_catalog.regprocedure::text AS signature, i.type, i.identity
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, 0) i
 WHERE p.oid = $1::pg_catalog.oid AND p.prosecdef
   AND {not_member}
""".format(not_member=scope.not_extension_member("pg_proc", "p.oid", "p.proowner"))


def audit(ctx):
    return _findings(ctx, ctx.query(ROUTINES_SQL, [scope.pgtrickle_cdc_functions(ctx)]))


def _system_schemas_only(proconfig, server_version_num):
    """pg_catalog, then pg_temp last: safe without asking who can create
    objects where."""
    path = search_path.pinned(proconfig)
    if path is None:
        return False
    names = search_path.split(path, server_version_num)
    return bool(names) and names[-1] == "pg_temp" and all(n == "pg_catalog" for n in names[:-1])


# The name of the schema a CREATE or ALTER SCHEMA left.
SCHEMA_NAME_SQL = "SELECT n.nspname::text AS name FROM pg_catalog.pg_namespace n WHERE n.oid = $1::pg_catalog.oid"

# A schema is dropped by DROP SCHEMA, DROP OWNED, or DROP EXTENSION of an
# extension it was added to.
_SCHEMA_TAGS = frozenset(("GRANT", "CREATE SCHEMA", "ALTER SCHEMA", "DROP SCHEMA", "DROP OWNED", "DROP EXTENSION"))
_ROUTINE_TAGS = frozenset(("CREATE FUNCTION", "ALTER FUNCTION", "CREATE PROCEDURE", "ALTER PROCEDURE",
                           "ALTER ROUTINE"))


def guard(ctx, cmd):
    if cmd.tag in _SCHEMA_TAGS:
        yield from _schema_guard(ctx, cmd)
        return
    if not cmd.security_definer:
        return
    # A path of pg_catalog and pg_temp alone is safe without asking who can
    # create objects where (the common case, and a cheap one).
    routines = [r for r in ctx.query(ROUTINE_SQL, [cmd.objid])
                if not _system_schemas_only(r["proconfig"], ctx.server_version_num)]
    # A blocked CREATE rolls back: the fix goes into the CREATE itself.
    yield from map(as_violation, _findings(ctx, routines, in_create=cmd.tag.startswith("CREATE ")))


def _schema_guard(ctx, cmd):
    """A schema that a routine's pinned path names, made one where a role
    other than the routine's owner (and the superusers) can create objects:
    by a GRANT on it, a new owner (ALTER SCHEMA ... OWNER TO, CREATE SCHEMA
    ... AUTHORIZATION), default privileges on new schemas, or a name it
    takes (CREATE SCHEMA, ALTER SCHEMA ... RENAME TO); or a name it no
    longer holds (DROP SCHEMA, OWNED or EXTENSION, RENAME TO another name), which a
    role with CREATE on the database may then take. Judged on what the
    command left, so a command on such a schema is refused while the routine
    still names it; the fix is the routine's path."""
    creators = search_path.creators(ctx)
    if cmd.dropped:
        if cmd.object_type != "schema":
            return
        def touched(name):
            return name == cmd.object_name
    else:
        if cmd.tag == "GRANT":
            names = {s["name"] for s in facts.touched_schemas(ctx, cmd)}
        else:
            names = {r["name"] for r in ctx.query(SCHEMA_NAME_SQL, [cmd.objid])}
        # The name an ALTER SCHEMA ... RENAME TO gave up is not reported:
        # every name a path lists that no schema holds now counts.
        renamed = cmd.tag == "ALTER SCHEMA"
        def touched(name):
            return name in names or (renamed and name not in creators.by_schema)
    # The schema each routine names that the command left writable: the
    # object of the violation (the command's), the routine its message.
    # Every routine: the audit leaves the functions of triggers named like
    # pg_trickle's to cdc_function_search_path, but anyone who owns a table
    # can give a trigger such a name.
    role_names = _role_names(ctx)
    schema_of, routines = {}, []
    for r in ctx.query(ROUTINES_SQL, [[]]):
        value = search_path.pinned(r["proconfig"])
        path = [] if value is None else search_path.split(value, ctx.server_version_num)
        # "$user" is the schema named like the routine's owner, as whom it runs.
        path = [role_names.get(r["proowner"]) if name == "$user" else name for name in path]
        writable = [name for name in path if name not in (None, "pg_catalog", "pg_temp") and touched(name)
                    and creators.others(name, r["proowner"])]
        if writable:
            schema_of[r["identity"]] = writable[0]
            routines.append(r)
    for f in _findings(ctx, routines):
        yield as_violation(f)._replace(object_type="schema", object_identity=ctx.ident(schema_of[f.object_identity]))


def _role_names(ctx):
    return {r["oid"]: r["rolname"] for r in ctx.query("SELECT oid, rolname::text AS rolname FROM pg_catalog.pg_roles")}


def _findings(ctx, routines, in_create=False):
    if not routines:
        return
    creators = search_path.creators(ctx)
    names = _role_names(ctx)
    for r in routines:
        value = search_path.pinned(r["proconfig"])
        path = None if value is None else search_path.split(value, ctx.server_version_num)
        problems = search_path.problems(path, r["proowner"], creators, names, ctx.ident)
        if not problems:
            continue
        kind = "PROCEDURE" if r["prokind"] == "p" else "FUNCTION"
        fixed = search_path.safe_path(path, r["nspname"], r["proowner"], creators, ctx.ident)
        yield Finding(
            object_type=r["type"],
            object_identity=r["identity"],
            message="SECURITY DEFINER %s %s runs as %s, and %s"
                    % (r["type"], r["identity"], ctx.ident(names[r["proowner"]]), "; ".join(problems)),
            remediation=("Add SET search_path = %s to the CREATE %s statement (once it exists: ALTER %s %s "
                         "SET search_path = %s;), and schema-qualify the names its body takes from other schemas."
                         % (fixed, kind, kind, r["signature"], fixed)) if in_create
                        else "ALTER %s %s SET search_path = %s;" % (kind, r["signature"], fixed),
        )


RULE = Rule(
    name="security_definer_search_path",
    severity="high",
    category="routines",
    title="A SECURITY DEFINER routine has an unsafe search_path",
    rationale="A SECURITY DEFINER routine runs with its owner's privileges but resolves unqualified "
              "names through its search_path. Without a pinned search_path the caller chooses the "
              "path; with public, \"$user\" or a schema where a role other than the owner (and the "
              "superusers) can create objects, or a schema that does not exist yet in a database "
              "where such a role has CREATE, that role can put a function, operator or table in the "
              "routine's way and run code as the owner; pg_temp listed before such schemas, or not "
              "listed at all (the server then searches it first for tables, views and types), lets the "
              "caller's temporary tables and views do the same. PGD's apply also runs with the default "
              "search_path only. The remediation pins pg_catalog first and pg_temp last, as the "
              "PostgreSQL manual advises, keeping the safe schemas the routine already named; "
              "references to objects in the schemas it drops must be schema-qualified. pg_trickle's "
              "CDC and IVM functions are reported by cdc_function_search_path instead.",
    reference="PGD access control (search_path on apply); PostgreSQL manual, CREATE FUNCTION, "
              "\"Writing SECURITY DEFINER Functions Safely\"",
    remediation="ALTER FUNCTION <routine> SET search_path = pg_catalog, <safe schemas>, pg_temp, and "
                "schema-qualify the references to objects in other schemas.",
    audit=audit,
    guard=guard,
    guard_action="block",
    guard_tags=_ROUTINE_TAGS | _SCHEMA_TAGS,
    # A schema command matters only where some SECURITY DEFINER routine pins
    # a path naming a schema (harden.guard.gate.DEFINER_PATH_NAMES_SCHEMA);
    # the DROP tags reach Python through harden.guard.gate.DROP_WATCH.
    gate={**{tag: "routine.unpinned" for tag in _ROUTINE_TAGS},
          "GRANT": "c.object_type = 'SCHEMA' AND harden._guard_definer_path_names_schema()",
          "CREATE SCHEMA": "harden._guard_definer_path_names_schema()",
          "ALTER SCHEMA": "harden._guard_definer_path_names_schema()"},
)
