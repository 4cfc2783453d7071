"""How apply fixes the general rules' findings (rules that apply to any database).

Each plan is the rule's remediation made revertible: privileges are revoked
through Planner.revoke (each entry as its grantor, CASCADE where the grantee
passed it on, the ACL observed after the step and recorded as the undo), a view
option is set with the statement that resets it as its undo. A rule names its
plan with Rule(fix=..., fix_step=..., auto_fix=...); auto_fix marks the
changes that take away nothing an application relies on, which apply makes
when no list of rules is given.
"""

from harden import exposure, pgtrickle, scope
from harden.apply import acl as _acl

WRITE_PRIVILEGES = ("INSERT", "UPDATE", "DELETE", "TRUNCATE")
_BASE_TABLE_PRIVILEGES = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")


def table_privileges(ctx):
    """Every table privilege of this server (what GRANT ALL gives): MAINTAIN from 17."""
    return frozenset(_BASE_TABLE_PRIVILEGES + (("MAINTAIN",) if ctx.server_version_num >= 170000 else ()))


def every_privilege_grantees(entries, owner, every):
    """Grantees other than the owner holding every table privilege (table level)."""
    held = {}
    for e in entries:
        if e.grantee != owner and " (" not in e.privilege:
            held.setdefault(e.grantee, set()).add(e.privilege)
    return {g for g, privileges in held.items() if privileges >= every}


# Relations in user schemas, not extension members, whose ACL or a column's
# has an entry of another role than the owner matching {match} (on aclexplode() row a).
_RELATIONS_SQL = """
SELECT c.oid::pg_catalog.int8 AS oid
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ({kinds})
   AND (EXISTS (SELECT FROM pg_catalog.aclexplode(c.relacl) a WHERE a.grantee <> c.relowner AND {match})
        OR EXISTS (SELECT FROM pg_catalog.pg_attribute att CROSS JOIN LATERAL pg_catalog.aclexplode(att.attacl) a
                    WHERE att.attrelid = c.oid AND att.attacl IS NOT NULL AND NOT att.attisdropped
                      AND a.grantee <> c.relowner AND {match}))
   AND {user_schema}
   AND {not_member}
"""


def _relations(ctx, match, kinds="'r', 'p', 'v', 'm', 'f'", params=()):
    sql = _RELATIONS_SQL.format(kinds=kinds, match=match, user_schema=scope.user_schema("n"),
                                not_member=scope.not_extension_member("pg_class", "c.oid", "c.relowner"))
    return [r["oid"] for r in ctx.query(sql, list(params))]


def _revoke_each(planner, rule, objs, doomed_of, text, done):
    step = planner.fix_step(rule)
    for obj in objs:
        planner.revoke(step, rule, obj, doomed_of(obj.owner, obj.acl), text, doomed_of)
    planner.step_done(step, rule, done)


def grant_all_privileges(planner):
    every = table_privileges(planner.ctx)
    oids = _relations(planner.ctx, "a.privilege_type IN ('TRIGGER', 'REFERENCES')")

    def doomed(owner, entries):
        whole = every_privilege_grantees(entries, owner, every)
        return [e for e in entries if e.grantee in whole and _acl.base(e.privilege) in ("TRIGGER", "REFERENCES")]
    _revoke_each(planner, "grant_all_privileges", planner.state.objects(planner.ctx, "rel", oids), doomed,
                 "revoke TRIGGER and REFERENCES (the mark of GRANT ALL) on %(obj)s from %(whom)s",
                 "no role but the owner holds every privilege on a table")


def _privilege_plan(rule, privilege, text, done):
    def plan(planner):
        oids = _relations(planner.ctx, "a.privilege_type = '%s'" % privilege)

        def doomed(owner, entries):
            return [e for e in entries if e.grantee != owner and _acl.base(e.privilege) == privilege]
        _revoke_each(planner, rule, planner.state.objects(planner.ctx, "rel", oids), doomed, text, done)
    return plan


trigger_privilege_granted = _privilege_plan("trigger_privilege_granted", "TRIGGER",
                                            "revoke TRIGGER on %(obj)s from %(whom)s",
                                            "no role but the owner holds TRIGGER on a table")
references_privilege_granted = _privilege_plan("references_privilege_granted", "REFERENCES",
                                               "revoke REFERENCES on %(obj)s from %(whom)s",
                                               "no role but the owner holds REFERENCES on a table")


def table_public_write(planner):
    stream_tables, change_buffers = scope.pgtrickle_relations(planner.ctx)
    oids = [o for o in _relations(planner.ctx, "a.grantee = 0 AND a.privilege_type IN ('INSERT', 'UPDATE', "
                                  "'DELETE', 'TRUNCATE') AND c.oid <> ALL ($1::pg_catalog.oid[])"
                                  " AND c.relnamespace <> $2::pg_catalog.oid",
                                  kinds="'r', 'p', 'v', 'f'", params=(stream_tables, change_buffers))]

    def doomed(owner, entries):
        return [e for e in entries if e.grantee is None and _acl.base(e.privilege) in WRITE_PRIVILEGES]
    _revoke_each(planner, "table_public_write", planner.state.objects(planner.ctx, "rel", oids), doomed,
                 "revoke write privileges on %(obj)s from %(whom)s", "PUBLIC can write to no table")


_SCHEMAS_SQL = """
SELECT n.oid::pg_catalog.int8 AS oid
  FROM pg_catalog.pg_namespace n CROSS JOIN LATERAL pg_catalog.aclexplode(n.nspacl) a
 WHERE n.nspacl IS NOT NULL AND a.grantee = 0 AND a.privilege_type = 'CREATE' AND {user_schema}
""".format(user_schema=scope.user_schema("n"))


def schema_public_create(planner):
    oids = [r["oid"] for r in planner.ctx.query(_SCHEMAS_SQL)]

    def doomed(owner, entries):
        return [e for e in entries if e.grantee is None and e.privilege == "CREATE"]
    _revoke_each(planner, "schema_public_create", planner.state.objects(planner.ctx, "nsp", oids), doomed,
                 "revoke CREATE on schema %(obj)s from %(whom)s", "PUBLIC can create in no schema")


def security_definer_exposed_execute(planner):
    # The rule's own query, so that apply revokes exactly what the audit reports
    # (imported here: the rule module imports this one for its fix).
    from harden.rules.security_definer_exposed_execute import ROUTINES_SQL
    ctx = planner.ctx
    exposed = exposure.exposure(ctx)
    if not exposed.any:
        planner.step_done(planner.fix_step("security_definer_exposed_execute"), "security_definer_exposed_execute",
                          "no exposed role")
        return
    skip = "pgtrickle" if pgtrickle.deployed(ctx) else ""
    oids = [r["oid"] for r in ctx.query(ROUTINES_SQL, [skip, list(exposed.grantees)])]
    names = {r["rolname"] for r in ctx.query("SELECT rolname::text AS rolname FROM pg_catalog.pg_roles"
                                             " WHERE oid = ANY ($1::pg_catalog.oid[])", [list(exposed.grantees)])}

    def doomed(owner, entries):
        return [e for e in entries if e.privilege == "EXECUTE" and e.grantee != owner
                and (e.grantee is None or e.grantee in names)]
    _revoke_each(planner, "security_definer_exposed_execute", planner.state.objects(ctx, "func", oids), doomed,
                 "revoke EXECUTE on SECURITY DEFINER %(obj)s from %(whom)s",
                 "no exposed role can execute a SECURITY DEFINER routine")


# The oid of each view named (pg_identify_object's identities, which the
# server reads back as it wrote them).
_VIEW_OIDS_SQL = ("SELECT x.name, pg_catalog.to_regclass(x.name)::pg_catalog.oid::pg_catalog.int8 AS oid"
                  " FROM pg_catalog.unnest($1::pg_catalog.text[]) AS x(name)")


def security_definer_view(planner):
    from harden.rules.security_definer_view import RULE  # here: the rule module imports this one
    step = planner.fix_step(RULE.name)
    found = list(RULE.audit(planner.ctx))
    oids = {r["name"]: r["oid"] for r in planner.ctx.query(_VIEW_OIDS_SQL, [[f.object_identity for f in found]])}
    for f in found:
        name = f.object_identity
        planner.fixed(step, RULE.name, "make view %s run as its caller (security_invoker)" % name,
                      "ALTER VIEW %s SET (security_invoker = true)" % name,
                      "ALTER VIEW %s RESET (security_invoker)" % name, f.object_type, name,
                      ("rel", oids[name], name))
    planner.step_done(step, RULE.name, "no view reads a table with row-level security as its owner")
