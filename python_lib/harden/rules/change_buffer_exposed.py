from harden import pgtrickle
from harden.guard import facts, findings_on
from harden.rule import Finding, Rule

# Every privilege in the change-buffer schema held by a grantee that is neither
# a superuser nor the object's owner: on its relations (and their columns),
# on the schema itself, where the admin role may keep USAGE (step 1), and in
# default privileges for the schema's future tables and sequences (pg_trickle
# creates a buffer for every new source). pg_trickle's own objects (extension
# members) are included on purpose.
_SQL = """
WITH nsp AS (
    SELECT n.oid, n.nspowner, n.nspacl FROM pg_catalog.pg_namespace n WHERE n.nspname = $1
), rels AS (
    SELECT c.oid, c.relowner, c.relacl
      FROM pg_catalog.pg_class c JOIN nsp ON c.relnamespace = nsp.oid
     WHERE c.relkind IN ('r', 'p', 'S', 'v', 'm', 'f')
), grants AS (
    SELECT 'pg_catalog.pg_class'::pg_catalog.regclass AS classid, rels.oid AS objid, a.grantee, a.privilege_type
      FROM rels CROSS JOIN LATERAL pg_catalog.aclexplode(rels.relacl) a
     WHERE a.grantee <> rels.relowner
    UNION
    SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, rels.oid, a.grantee, a.privilege_type
      FROM rels
      JOIN pg_catalog.pg_attribute att ON att.attrelid = rels.oid AND att.attacl IS NOT NULL
     CROSS JOIN LATERAL pg_catalog.aclexplode(att.attacl) a
     WHERE a.grantee <> rels.relowner
    UNION
    SELECT 'pg_catalog.pg_namespace'::pg_catalog.regclass, nsp.oid, a.grantee, a.privilege_type
      FROM nsp CROSS JOIN LATERAL pg_catalog.aclexplode(nsp.nspacl) a
     WHERE a.grantee <> nsp.nspowner
       AND NOT (a.privilege_type = 'USAGE'
                AND a.grantee IS NOT DISTINCT FROM (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = $2))
    UNION
    SELECT 'pg_catalog.pg_default_acl'::pg_catalog.regclass, d.oid, a.grantee, a.privilege_type
      FROM pg_catalog.pg_default_acl d
      JOIN nsp ON d.defaclnamespace = nsp.oid
     CROSS JOIN LATERAL pg_catalog.aclexplode(d.defaclacl) a
     WHERE d.defaclobjtype IN ('r', 'S') AND a.grantee <> d.defaclrole
)
SELECT i.type, i.identity,
       CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(r.rolname) END AS grantee,
       pg_catalog.array_agg(DISTINCT g.privilege_type ORDER BY g.privilege_type) AS privileges,
       pg_catalog.quote_ident(fr.rolname) AS for_role, da.defaclobjtype AS default_kind
  FROM grants g
  LEFT JOIN pg_catalog.pg_roles r ON r.oid = g.grantee
  LEFT JOIN pg_catalog.pg_default_acl da
         ON g.classid = 'pg_catalog.pg_default_acl'::pg_catalog.regclass AND da.oid = g.objid
  LEFT JOIN pg_catalog.pg_roles fr ON fr.oid = da.defaclrole
 CROSS JOIN LATERAL pg_catalog.pg_identify_object(g.classid, g.objid, 0) i
 WHERE g.grantee = 0 OR NOT r.rolsuper
 GROUP BY i.type, i.identity, g.grantee, r.rolname, fr.rolname, da.defaclobjtype
"""

_KEYWORD = {"schema": "SCHEMA", "sequence": "SEQUENCE"}
_DEFAULT_KIND = {"r": "TABLES", "S": "SEQUENCES"}


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    s = ctx.settings
    for row in ctx.query(_SQL, [s.change_buffer_schema, s.admin_role]):
        kind = row["type"]
        held = ", ".join(row["privileges"])
        if row["default_kind"]:
            message = "default privileges give %s %s on new %s in pg_trickle's change-buffer schema" % (
                row["grantee"], held, _DEFAULT_KIND[row["default_kind"]].lower())
            remediation = "ALTER DEFAULT PRIVILEGES FOR ROLE %s IN SCHEMA %s REVOKE ALL ON %s FROM %s;" % (
                row["for_role"], ctx.ident(s.change_buffer_schema), _DEFAULT_KIND[row["default_kind"]],
                row["grantee"])
        else:
            message = "%s holds %s on %s %s in pg_trickle's change-buffer schema" % (
                row["grantee"], held, kind, row["identity"])
            # On the schema, only what is flagged: the admin role keeps its USAGE.
            remediation = "REVOKE %s ON %s %s FROM %s;" % (
                held if kind == "schema" else "ALL", _KEYWORD.get(kind, "TABLE"), row["identity"], row["grantee"])
        yield Finding(
            object_type=kind,
            object_identity=row["identity"],
            message=message,
            remediation=remediation,
            key=row["grantee"],
        )


# Commands that put a relation into the change-buffer schema, where it takes
# the ACL default privileges give it (global ones included) or keeps its own.
_ARRIVALS = ("CREATE TABLE", "CREATE TABLE AS", "SELECT INTO", "CREATE SEQUENCE", "CREATE VIEW",
             "CREATE MATERIALIZED VIEW", "CREATE FOREIGN TABLE", "ALTER TABLE", "ALTER SEQUENCE", "ALTER VIEW",
             "ALTER MATERIALIZED VIEW", "ALTER FOREIGN TABLE")


# The sequences a table owns (serial and identity columns): ALTER TABLE ...
# SET SCHEMA moves them along with it, with their own ACLs, and reports the
# table alone.
_OWNED_SEQUENCES_SQL = """
SELECT (pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, d.objid, 0)).identity
  FROM pg_catalog.pg_depend d
 WHERE d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid = $1::pg_catalog.oid
   AND d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype IN ('a', 'i')
   AND (SELECT s.relkind FROM pg_catalog.pg_class s WHERE s.oid = d.objid) = 'S'
"""


def guard(ctx, cmd):
    """A GRANT on the change-buffer schema or on objects in it, and a relation
    created in or moved into it with privileges for others (harden's own
    apply() never reaches here: the guard lets harden's DDL through)."""
    schema = ctx.settings.change_buffer_schema
    if cmd.tag in _ARRIVALS:
        if cmd.schema_name != schema or cmd.dropped:
            return
        touched = {cmd.object_identity} | {r["identity"] for r in ctx.query(_OWNED_SEQUENCES_SQL, [cmd.objid])}
        # The audit's REVOKE names the object in the schema, where the blocked
        # command leaves nothing: say what to do instead.
        yield from findings_on(audit, ctx, touched, lambda f: (
            "Create or keep the %s outside schema %s, or first take %s's privileges off it (for a new one, off "
            "the default privileges that give them)." % (f.object_type, ctx.ident(schema), f.key)))
        return
    if cmd.tag == "ALTER DEFAULT PRIVILEGES":
        touched = {d["identity"] for d in facts.touched_default_acls(ctx, cmd)
                   if d["schema_oid"] == cmd.event.change_buffer_schema_oid}
    elif cmd.object_type == "SCHEMA":
        touched = {ctx.ident(s["name"]) for s in facts.touched_schemas(ctx, cmd) if s["name"] == schema}
    else:
        touched = {r["identity"] for r in facts.touched_watched_relations(ctx, cmd) if r["schema"] == schema}
    if touched:
        yield from findings_on(audit, ctx, touched)


RULE = Rule(
    name="change_buffer_exposed",
    severity="critical",
    category="pg_trickle",
    title="A role can reach pg_trickle's change buffers",
    rationale="Change buffers hold a copy of every changed row of every source table, RLS or not, "
              "before it reaches a stream table. Reading them bypasses the source tables' "
              "privileges and row-level security; writing them corrupts every stream table fed "
              "from that source. Only superusers and the buffers' owner may touch them; the admin "
              "role may keep USAGE on the schema (tutorial step 1).",
    reference="pg_trickle security tutorial, step 5; verification checklist item 4",
    remediation="REVOKE ALL ON <change buffer> FROM <grantee>; REVOKE ALL ON SCHEMA "
                "<change-buffer schema> FROM PUBLIC (and from every role but the admin role's USAGE).",
    audit=audit,
    guard=guard,
    guard_action="block",
    guard_tags=frozenset(("GRANT", "ALTER DEFAULT PRIVILEGES") + _ARRIVALS),
    gate={"GRANT": "gr.change_buffer",
          **{tag: "c.schema_name = pg_catalog.current_setting('harden.change_buffer_schema')" for tag in _ARRIVALS}},
)
