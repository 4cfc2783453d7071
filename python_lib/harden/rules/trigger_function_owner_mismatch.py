from harden import scope
from harden.rule import Finding, Rule

# Built-in (pg_catalog) and extension trigger functions are the server's and
# the extensions' code, not a table grantee's: they are not flagged.
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
   AND {table_not_member}
   AND {user_function_schema}
   AND {function_not_member}
""".format(user_schema=scope.user_schema("n"),
           table_not_member=scope.not_extension_member("pg_class", "c.oid"),
           user_function_schema=scope.user_schema("pn"),
           function_not_member=scope.not_extension_member("pg_proc", "p.oid"))


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
)
