from harden import acl, pgtrickle, scope
from harden.rule import Finding, Rule

# Trigger and event-trigger functions cannot be called directly, so their
# default EXECUTE for PUBLIC is harmless. $1: schema left to
# pgtrickle_function_public_execute ('' when there is no pg_trickle).
ROUTINES_SQL = """
SELECT i.type, i.identity,
       pg_catalog.string_agg({revoke}, ' ' ORDER BY a.grantor) AS remediation
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
 CROSS JOIN LATERAL pg_catalog.aclexplode(COALESCE(p.proacl, pg_catalog.acldefault('f', p.proowner))) a
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, 0) i
 WHERE p.prosecdef
   AND a.grantee = 0 AND a.privilege_type = 'EXECUTE'
   AND p.prorettype NOT IN ('pg_catalog.trigger'::pg_catalog.regtype, 'pg_catalog.event_trigger'::pg_catalog.regtype)
   AND n.nspname <> $1
   AND {user_schema}
   AND {not_member}
 GROUP BY p.oid, i.type, i.identity
""".format(revoke=acl.revoke("'EXECUTE'", "'ROUTINE ' || i.identity", "a.grantee", "a.grantor",
                             "p.proowner", "a.is_grantable"),
           user_schema=scope.user_schema("n"), not_member=scope.not_extension_member("pg_proc", "p.oid", "p.proowner"))


def audit(ctx):
    skip_schema = "pgtrickle" if pgtrickle.deployed(ctx) else ""
    for r in ctx.query(ROUTINES_SQL, [skip_schema]):
        yield Finding(
            object_type=r["type"],
            object_identity=r["identity"],
            message="PUBLIC can execute SECURITY DEFINER %s %s, which runs with its owner's privileges"
                    % (r["type"], r["identity"]),
            remediation=r["remediation"],
        )


RULE = Rule(
    name="security_definer_public_execute",
    severity="medium",
    category="privileges",
    title="PUBLIC can execute a SECURITY DEFINER routine",
    rationale="Every new function is executable by PUBLIC unless that is revoked. A SECURITY DEFINER "
              "routine runs with its owner's privileges, so PUBLIC's EXECUTE hands those privileges, "
              "as far as the routine reaches, to every role, including roles created later. Grant "
              "EXECUTE to the roles that need it instead. Trigger functions cannot be called "
              "directly and are not reported; functions in schema pgtrickle are reported by "
              "pgtrickle_function_public_execute.",
    reference="CIS PostgreSQL benchmark 4.3 (excessive function privileges); PostgreSQL manual, "
              "\"Writing SECURITY DEFINER Functions Safely\"",
    remediation="REVOKE EXECUTE ON FUNCTION <routine> FROM PUBLIC, then GRANT EXECUTE to the roles that "
                "need it (and ALTER DEFAULT PRIVILEGES ... REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC).",
    audit=audit,
)
