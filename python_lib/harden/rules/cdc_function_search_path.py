from harden import pgtrickle, search_path
from harden.rule import Finding, Rule

# SECURITY DEFINER functions called by CDC or IVM triggers, with the
# search_path they pin (NULL: none). Their names come from _NAMES_SQL ($1:
# oids), for those with a problem only: naming thousands of functions would
# cost more than the rest of the check.
_FUNCTIONS_SQL = """
SELECT p.oid::pg_catalog.int8 AS oid,
       (SELECT pg_catalog.substr(cfg, 13) FROM pg_catalog.unnest(p.proconfig) cfg
         WHERE cfg LIKE 'search\\_path=%' LIMIT 1) AS search_path
  FROM pg_catalog.pg_proc p
 WHERE p.prosecdef
   AND p.oid IN (SELECT t.tgfoid FROM pg_catalog.pg_trigger t
                  WHERE NOT t.tgisinternal AND t.tgname::pg_catalog.text LIKE ANY ($1::pg_catalog.text[]))
"""

_NAMES_SQL = """
SELECT p.oid::pg_catalog.int8 AS oid, i.type, i.identity
  FROM pg_catalog.pg_proc p
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, 0) i
 WHERE p.oid = ANY ($1::pg_catalog.oid[])
"""

# $1: schema names found in those paths. A schema is unsafe when a role that is
# not a superuser can create objects in it (owner, direct grant, PUBLIC or an
# inherited grant); a missing one when such a role can create schemas.
_SCHEMAS_SQL = """
SELECT w.name,
       n.oid IS NOT NULL AS present,
       CASE WHEN n.oid IS NULL
            THEN EXISTS (SELECT FROM pg_catalog.pg_roles r
                          WHERE NOT r.rolsuper
                            AND pg_catalog.has_database_privilege(r.oid, pg_catalog.current_database(), 'CREATE'))
            ELSE EXISTS (SELECT FROM pg_catalog.pg_roles r
                          WHERE NOT r.rolsuper AND pg_catalog.has_schema_privilege(r.oid, n.oid, 'CREATE'))
       END AS creatable
  FROM pg_catalog.unnest($1::pg_catalog.text[]) w(name)
  LEFT JOIN pg_catalog.pg_namespace n ON n.nspname = w.name
"""


def _problems(ctx, path, schemas):
    """(what is wrong, the schemas worth keeping) for one function's path (None: not pinned)."""
    if path is None:
        return ["pins no search_path, so it resolves names through its caller's"], []
    problems, keep = [], []
    for name in path:
        if name == "pg_temp":
            continue
        if name == "$user":
            problems.append('includes "$user"')
        elif name == "public":
            problems.append("includes public")
        elif name != "pg_catalog" and schemas[name]["creatable"]:
            problems.append("includes %s, %s" % (
                ctx.ident(name),
                "where roles that are not superusers can create objects" if schemas[name]["present"]
                else "which does not exist and which roles that are not superusers could create"))
        else:
            keep.append(name)
    if not path or path[-1] != "pg_temp":
        # Not listed, pg_temp is searched first for tables.
        problems.append("does not list pg_temp last, so the caller's temporary objects can come first")
    return problems, keep


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    functions = ctx.query(_FUNCTIONS_SQL, [list(pgtrickle.CDC_TRIGGER_PATTERNS)])
    # pg_trickle gives its thousands of CDC functions one and the same path.
    version = ctx.server_version_num
    parsed = {text: search_path.split(text, version) for text in {f["search_path"] for f in functions} - {None}}
    paths = [parsed.get(f["search_path"]) for f in functions]
    named = sorted({n for p in paths if p for n in p} - {"$user", "pg_temp", "pg_catalog"})
    schemas = {r["name"]: r for r in ctx.query(_SCHEMAS_SQL, [named])} if named else {}
    found = [(f, _problems(ctx, path, schemas)) for f, path in zip(functions, paths)]
    found = [(f, problems, keep) for f, (problems, keep) in found if problems]
    if not found:
        return
    names = {r["oid"]: r for r in ctx.query(_NAMES_SQL, [[f["oid"] for f, _, _ in found]])}
    for f, problems, keep in found:
        name = names[f["oid"]]
        safe = ", ".join([ctx.ident(n) for n in keep] or ["pg_catalog"]) + ", pg_temp"
        yield Finding(
            object_type=name["type"],
            object_identity=name["identity"],
            message="SECURITY DEFINER CDC function %s %s" % (name["identity"], "; it ".join(problems)),
            remediation="ALTER FUNCTION %s SET search_path = %s;" % (name["identity"], safe),
        )


RULE = Rule(
    name="cdc_function_search_path",
    severity="high",
    category="pg_trickle",
    title="A SECURITY DEFINER CDC or IVM function has an unsafe search_path",
    rationale="A CDC trigger function runs with its owner's privileges on every write to a source "
              "table. If its search_path is not pinned, or names public, \"$user\", a schema that "
              "roles other than superusers can create objects in, or leaves pg_temp anywhere but "
              "last, any such role can plant a function or table that the trigger picks up and "
              "runs with the owner's privileges. Real pg_trickle pins "
              "pgtrickle_changes, pgtrickle, pg_catalog, pg_temp.",
    reference="pg_trickle security tutorial, step 6; PostgreSQL manual, CREATE FUNCTION: writing "
              "SECURITY DEFINER functions safely",
    remediation="ALTER FUNCTION <function> SET search_path = <trusted schemas>, pg_temp.",
    audit=audit,
)
