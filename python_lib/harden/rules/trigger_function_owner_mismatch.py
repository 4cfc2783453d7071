from harden import scope
from harden.guard import facts
from harden.rule import Finding, Rule, Violation

# Built-in (pg_catalog) and extension trigger functions are the server's and
# the extensions' code, not a table grantee's: they are not flagged (an
# extension's only when a superuser owns it, harden.scope). A trigger on an
# extension's table is flagged like any other: a role with TRIGGER on that
# table may have put its own function there.
TRIGGERS_SQL = """
SELECT i.identity, t.tgname::text AS tgname, fo.rolname::text AS function_owner,
       ro.rolname::text AS table_owner, p.oid::pg_catalog.regprocedure::text AS signature,
       pg_catalog.format('ALTER FUNCTION %s OWNER TO %I;', p.oid::pg_catalog.regprocedure, ro.rolname)
           AS remediation
  FROM pg_catalog.pg_trigger t
  JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid
  JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
  JOIN pg_catalog.pg_roles fo ON fo.oid = p.proowner
  JOIN pg_catalog.pg_roles ro ON ro.oid = c.relowner
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_trigger'::pg_catalog.regclass, t.oid, 0) i
 WHERE NOT t.tgisinternal
   AND p.proowner <> c.relowner
   AND NOT p.prosecdef
   AND {user_schema}
   AND {user_function_schema}
   AND {function_not_member}
""".format(user_schema=scope.user_schema("n"),
           user_function_schema=scope.user_schema("pn"),
           function_not_member=scope.not_extension_member_bulk("pg_proc", "p.oid", "p.proowner"))


def audit(ctx):
    for r in ctx.query(TRIGGERS_SQL):
        yield Finding(
            object_type="trigger",
            object_identity=r["identity"],
            message="trigger %s calls %s, owned by %s rather than by the table's owner %s, and the "
                    "function is not SECURITY DEFINER" % (r["identity"], r["signature"],
                                                          r["function_owner"], r["table_owner"]),
            remediation=r["remediation"],
        )


def guard(ctx, cmd):
    """PGD's CREATE TRIGGER rule: superusers, members of harden_admin and the
    table's owner may attach any function; a role that only holds TRIGGER
    may attach a function owned by the table's owner, or a SECURITY DEFINER
    one. The same state is reached by changing the function of an existing
    trigger (CREATE OR REPLACE, ALTER FUNCTION ... SECURITY INVOKER or OWNER
    TO): allowed to the same roles, for each trigger that calls it."""
    if cmd.tag == "CREATE TRIGGER":
        yield from _created(ctx, cmd)
    else:
        yield from _function_changed(ctx, cmd)


def _created(ctx, cmd):
    """The trigger, and each clone of it on a partition of its table, which
    another role may own."""
    t = facts.trigger(ctx, cmd)
    if t is None or t["internal"]:
        return
    for t in [t] + facts.trigger_clones(ctx, cmd):
        if t["invoker_superuser"] or t["invoker_admin"] or t["invoker_owns_table"]:
            continue
        if t["same_owner"] or t["security_definer"]:
            continue
        yield from _violation(ctx, cmd, t)
        return


def _violation(ctx, cmd, t):
    yield Violation(
        object_type="trigger",
        object_identity=cmd.object_identity,
        message="role %s may not create trigger %s: its function %s is owned by %s, not by the table's "
                "owner %s, and is not SECURITY DEFINER, so the trigger would run %s's code with the "
                "privileges of whoever writes to %s"
                % (ctx.ident(cmd.event.invoker), cmd.object_identity, t["function_identity"],
                   ctx.ident(t["function_owner"]), ctx.ident(t["table_owner"]),
                   ctx.ident(t["function_owner"]), t["table_identity"]),
        remediation="Let %s, the owner of %s, create the trigger, or use a function owned by %s "
                    "(or a SECURITY DEFINER function with a pinned search_path)."
                    % (ctx.ident(t["table_owner"]), t["table_identity"], ctx.ident(t["table_owner"])),
    )


def _function_changed(ctx, cmd):
    for t in facts.mismatched_triggers_of_function(ctx, cmd):
        if t["invoker_superuser"] or t["invoker_admin"] or t["invoker_owns_table"]:
            continue
        yield Violation(
            object_type="trigger",
            object_identity=t["identity"],
            message="role %s may not leave function %s owned by %s and not SECURITY DEFINER: trigger %s "
                    "calls it, so it would run %s's code with the privileges of whoever writes to %s, "
                    "owned by %s"
                    % (ctx.ident(cmd.event.invoker), t["function_identity"], ctx.ident(t["function_owner"]),
                       t["identity"], ctx.ident(t["function_owner"]), t["table_identity"],
                       ctx.ident(t["table_owner"])),
            remediation="Keep %s SECURITY DEFINER with a pinned search_path (ALTER FUNCTION %s SECURITY DEFINER "
                        "SET search_path = pg_catalog, pg_temp;), or let %s, the owner of %s, drop the trigger first."
                    % (t["signature"], t["signature"], ctx.ident(t["table_owner"]), t["table_identity"]),
        )


RULE = Rule(
    name="trigger_function_owner_mismatch",
    severity="medium",
    category="triggers",
    title="A trigger calls a function owned by someone other than the table's owner",
    rationale="In PostgreSQL the owner of a trigger is, in effect, the owner of its function, and "
              "anyone holding the TRIGGER privilege can attach a trigger. PGD runs triggers as the "
              "table owner and refuses to add a table to a replication set while it has a trigger "
              "whose function is owned by another role and is not SECURITY DEFINER: such a trigger "
              "lets the function's owner run code with the privileges of whoever writes to the table. "
              "Internal (constraint) triggers, built-in trigger functions and extension trigger "
              "functions are not reported.",
    reference="PGD access control, \"Triggers\"; PGD security and roles, \"Privilege restrictions\"",
    remediation="Give the function to the table's owner (ALTER FUNCTION ... OWNER TO <table owner>), "
                "or drop the trigger and let the owner recreate it with a function it owns.",
    audit=audit,
    guard=guard,
    guard_action="block",
    guard_tags=frozenset(("CREATE TRIGGER", "CREATE FUNCTION", "ALTER FUNCTION", "ALTER ROUTINE")),
    # A trigger PGD's rule would refuse; a changed function that a trigger calls.
    gate={"CREATE TRIGGER": "NOT trg.internal AND NOT trg.owner_fits",
          **{tag: "routine.trigger_function" for tag in ("CREATE FUNCTION", "ALTER FUNCTION", "ALTER ROUTINE")}},
)
