from harden import pgtrickle
from harden.guard import facts, findings_on
from harden.rule import Finding, Rule

# CDC and IVM trigger functions owned by a superuser, with the triggers that
# call them and, for a real CDC function (pg_trickle_cdc_[<op>_]fn_<name>), the
# change buffer changes_<name> it writes unless the admin role owns it already.
_SQL = """
WITH fns AS (
    SELECT t.tgfoid AS oid,
           pg_catalog.string_agg(ti.identity, ', ' ORDER BY ti.identity) AS triggers
      FROM pg_catalog.pg_trigger t
     CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_trigger'::pg_catalog.regclass, t.oid, 0) ti
     WHERE NOT t.tgisinternal AND t.tgname::pg_catalog.text LIKE ANY ($1::pg_catalog.text[])
     GROUP BY t.tgfoid
), owned AS (
    SELECT p.oid, p.pronamespace, o.rolname AS owner, f.triggers,
           CASE WHEN p.proname::pg_catalog.text ~ '^pg_trickle_cdc_([a-z]+_)?fn_'
                THEN ('changes_' || pg_catalog.substring(p.proname::pg_catalog.text, '_fn_(.*)$'))::pg_catalog.name
           END AS buffer_name
      FROM fns f
      JOIN pg_catalog.pg_proc p ON p.oid = f.oid
      JOIN pg_catalog.pg_roles o ON o.oid = p.proowner
     WHERE o.rolsuper
)
SELECT i.type, i.identity, w.owner, w.triggers, bi.identity AS buffer,
       EXISTS (SELECT FROM pg_catalog.pg_roles a WHERE a.rolname = $2) AS admin_exists
  FROM owned w
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_proc'::pg_catalog.regclass, w.oid, 0) i
  LEFT JOIN pg_catalog.pg_class b
         ON b.relnamespace = w.pronamespace AND b.relname = w.buffer_name AND b.relkind IN ('r', 'p')
        AND b.relowner IS DISTINCT FROM (SELECT a.oid FROM pg_catalog.pg_roles a WHERE a.rolname = $2)
  LEFT JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, b.oid, 0) bi ON true
"""


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    admin = ctx.settings.admin_role
    admin_sql = ctx.ident(admin)
    for row in ctx.query(_SQL, [list(pgtrickle.CDC_TRIGGER_PATTERNS), admin]):
        message = ("CDC trigger function %s is owned by superuser %s and runs with its privileges "
                   "(called by %s)" % (row["identity"], row["owner"], row["triggers"]))
        fix = ["ALTER FUNCTION %s OWNER TO %s;" % (row["identity"], admin_sql)]
        if row["buffer"]:
            # The function runs as its owner: the new owner must own the buffer it writes.
            fix.append("ALTER TABLE %s OWNER TO %s;" % (row["buffer"], admin_sql))
        if not row["admin_exists"]:
            message += "; the pg_trickle admin role %s does not exist yet (see pgt_role_missing)" % admin
        yield Finding(
            object_type=row["type"],
            object_identity=row["identity"],
            message=message,
            remediation="\n".join(fix) if row["admin_exists"] else None,
        )


def guard(ctx, cmd):
    t = facts.trigger(ctx, cmd)
    if t is not None and t["cdc"] and t["function_owner_superuser"]:
        yield from findings_on(audit, ctx, {t["function_identity"]})


RULE = Rule(
    name="cdc_trigger_owned_by_superuser",
    severity="high",
    category="pg_trickle",
    title="A CDC or IVM trigger function is owned by a superuser",
    rationale="CDC trigger functions are SECURITY DEFINER: they run with their owner's privileges "
              "on every write to a source table, by any role. Owned by a superuser, a flaw in one "
              "(or in anything it calls) runs as superuser. The tutorial has stream tables, and so "
              "their CDC triggers, created by the admin role. Triggers named pg_trickle_cdc_% (real "
              "pg_trickle), pgt_cdc_% (the tutorial) and pgt_ivm_% (IMMEDIATE mode) are checked.",
    reference="pg_trickle security tutorial, step 6",
    remediation="ALTER FUNCTION <function> OWNER TO <admin role>, and give the admin role the change "
                "buffer it writes (ALTER TABLE <buffer> OWNER TO <admin role>); or recreate the "
                "stream tables after SET ROLE <admin role>.",
    audit=audit,
    guard=guard,
    guard_action="warn",
    guard_tags=frozenset(("CREATE TRIGGER",)),
    gate={"CREATE TRIGGER": "NOT trg.internal AND trg.cdc_name"},
)
