from harden import acl, exposure, pgtrickle, scope
from harden.apply import general
from harden.rule import Finding, Rule

# Trigger and event-trigger functions cannot be called directly, so their
# default EXECUTE for PUBLIC is harmless. $1: schema left to
# pgtrickle_function_public_execute ('' when there is no pg_trickle); $2: the
# grantees whose EXECUTE reaches an exposed role (exposure.Exposure.grantees).
# The remediation revokes each of those grants, as its grantor.
ROUTINES_SQL = """
SELECT p.oid::pg_catalog.int8 AS oid, i.type, i.identity,
       pg_catalog.string_agg(DISTINCT {label}, ', ') AS grantees,
       pg_catalog.string_agg({revoke}, ' ' ORDER BY a.grantee, a.grantor) AS remediation
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
 CROSS JOIN LATERAL pg_catalog.aclexplode(COALESCE(p.proacl, pg_catalog.acldefault('f', p.proowner))) a
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, 0) i
 WHERE p.prosecdef
   AND a.grantee = ANY ($2::pg_catalog.oid[]) AND a.grantee <> p.proowner AND a.privilege_type = 'EXECUTE'
   AND p.prorettype NOT IN ('pg_catalog.trigger'::pg_catalog.regtype, 'pg_catalog.event_trigger'::pg_catalog.regtype)
   AND n.nspname <> $1
   AND {user_schema}
   AND {not_member}
 GROUP BY p.oid, i.type, i.identity
""".format(revoke=acl.revoke("'EXECUTE'", "'ROUTINE ' || i.identity", "a.grantee", "a.grantor",
                             "p.proowner", "a.is_grantable"),
           label=acl.grantee("a.grantee"),
           user_schema=scope.user_schema("n"), not_member=scope.not_extension_member_bulk("pg_proc", "p.oid", "p.proowner"))


def audit(ctx):
    exposed = exposure.exposure(ctx)
    if not exposed.any:
        return
    skip_schema = "pgtrickle" if pgtrickle.deployed(ctx) else ""
    label = exposed.label(ctx.ident)
    for r in ctx.query(ROUTINES_SQL, [skip_schema, list(exposed.grantees)]):
        yield Finding(
            object_type=r["type"],
            object_identity=r["identity"],
            message="the exposed roles (%s) can execute SECURITY DEFINER %s %s, which runs with its owner's "
                    "privileges (EXECUTE granted to %s)"
                    % (label, r["type"], r["identity"], r["grantees"]),
            remediation=r["remediation"],
        )


RULE = Rule(
    name="security_definer_exposed_execute",
    severity="medium",
    category="privileges",
    title="An exposed role can execute a SECURITY DEFINER routine",
    rationale="Every new function is executable by PUBLIC unless that is revoked. A SECURITY DEFINER "
              "routine runs with its owner's privileges, so an EXECUTE that reaches an exposed role "
              "(PUBLIC, an API role such as anon, or a role one of them belongs to: setting "
              "exposed_roles) hands those privileges, as far as the routine reaches, to whoever "
              "comes in through it. Grant EXECUTE to the roles that need it instead. Trigger "
              "functions cannot be called directly and are not reported; functions in schema "
              "pgtrickle are reported by pgtrickle_function_public_execute. Replaces "
              "security_definer_public_execute (0.1.0), whose waivers carry over.",
    reference="CIS PostgreSQL benchmark 4.3 (excessive function privileges); splinter lints "
              "0028/0029 (anon/authenticated security definer function executable), generalised to "
              "any role layout; PostgreSQL manual, \"Writing SECURITY DEFINER Functions Safely\"",
    remediation="REVOKE EXECUTE ON FUNCTION <routine> FROM PUBLIC and from the exposed roles, then GRANT "
                "EXECUTE to the roles that need it (and ALTER DEFAULT PRIVILEGES ... REVOKE EXECUTE ON "
                "FUNCTIONS FROM PUBLIC).",
    audit=audit,
    fix=general.security_definer_exposed_execute,
    fix_step=18,
    auto_fix=False,
)
