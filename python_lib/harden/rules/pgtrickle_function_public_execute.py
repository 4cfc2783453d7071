from harden import pgtrickle
from harden.rule import Finding, Rule

# pg_trickle's own functions are extension members: included on purpose.
# Trigger and event-trigger functions cannot be called directly, so PUBLIC's
# EXECUTE on them gives nothing.
_SQL = """
SELECT i.type, i.identity, p.prokind
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
 CROSS JOIN LATERAL pg_catalog.aclexplode(COALESCE(p.proacl, pg_catalog.acldefault('f', p.proowner))) a
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, 0) i
 WHERE n.nspname = 'pgtrickle'
   AND a.grantee = 0 AND a.privilege_type = 'EXECUTE'
   AND p.prorettype NOT IN ('pg_catalog.trigger'::pg_catalog.regtype, 'pg_catalog.event_trigger'::pg_catalog.regtype)
"""


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    for row in ctx.query(_SQL):
        keyword = "PROCEDURE" if row["prokind"] == "p" else "FUNCTION"
        yield Finding(
            object_type=row["type"],
            object_identity=row["identity"],
            message="every role, the pg_trickle readonly role included, can execute %s" % row["identity"],
            remediation="REVOKE EXECUTE ON %s %s FROM PUBLIC;" % (keyword, row["identity"]),
        )


RULE = Rule(
    name="pgtrickle_function_public_execute",
    severity="medium",
    category="pg_trickle",
    title="PUBLIC can execute a function in schema pgtrickle",
    rationale="pg_trickle's functions create, alter, drop and refresh stream tables and expose "
              "internals. PostgreSQL grants EXECUTE on new functions to PUBLIC, so unless it is "
              "revoked every role can call them, including the readonly role that the tutorial "
              "says must not call extension functions. Grant EXECUTE to the admin role, and to "
              "the user role for the monitoring functions, instead.",
    reference="pg_trickle security tutorial, step 1 and verification checklist item 3",
    remediation="REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA pgtrickle FROM PUBLIC; then GRANT "
                "EXECUTE to the admin role and the monitoring functions to the user role.",
    audit=audit,
)
