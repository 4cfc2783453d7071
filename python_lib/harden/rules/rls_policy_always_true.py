from harden import scope
from harden.rule import Finding, Rule

# Permissive write policies only: a restrictive policy that is always true
# restricts nothing, and a SELECT policy that shows every row is a choice
# about reading, not writing.
POLICIES_SQL = """
SELECT i.identity, pol.polcmd::text AS cmd,
       pg_catalog.pg_get_expr(pol.polqual, pol.polrelid) = 'true' AS using_true,
       pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid) = 'true' AS check_true,
       CASE WHEN 0 = ANY (pol.polroles) THEN 'PUBLIC'
            ELSE (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(r.rolname), ', ' ORDER BY r.rolname)
                    FROM pg_catalog.pg_roles r WHERE r.oid = ANY (pol.polroles)) END AS roles,
       pg_catalog.format('DROP POLICY %I ON %s;', pol.polname, t.identity) AS remediation
  FROM pg_catalog.pg_policy pol
  JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_policy'::pg_catalog.regclass, pol.oid, 0) i
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 0) t
 WHERE pol.polpermissive
   AND pol.polcmd IN ('a', 'w', 'd', '*')
   AND (pg_catalog.pg_get_expr(pol.polqual, pol.polrelid) = 'true'
        OR pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid) = 'true')
   AND {user_schema}
   AND {not_member}
""".format(user_schema=scope.user_schema("n"), not_member=scope.not_extension_member("pg_class", "c.oid", "c.relowner"))

COMMANDS = {"a": "INSERT", "w": "UPDATE", "d": "DELETE", "*": "ALL"}


def audit(ctx):
    for r in ctx.query(POLICIES_SQL):
        clauses = [c for c, hit in (("USING", r["using_true"]), ("WITH CHECK", r["check_true"])) if hit]
        yield Finding(
            object_type="policy",
            object_identity=r["identity"],
            message="permissive FOR %s policy %s has %s (true): it puts no limit on the rows %s can write"
                    % (COMMANDS[r["cmd"]], r["identity"], " and ".join(clauses), r["roles"]),
            remediation=r["remediation"],
        )


RULE = Rule(
    name="rls_policy_always_true",
    severity="medium",
    category="rls",
    title="A write policy's USING or WITH CHECK is always true",
    rationale="A permissive INSERT, UPDATE, DELETE or ALL policy whose USING or WITH CHECK is the "
              "constant true lets its roles write every row, which defeats row-level security for "
              "writes (permissive policies are OR-ed together). Often it is a placeholder that was "
              "never replaced. The remediation drops it (writes are then denied until a real policy "
              "exists); replacing it with a predicate on the rows each role owns is the real fix. "
              "Only the literal true is recognised.",
    reference="splinter lint rls_policy_always_true, generalised to any role layout",
    remediation="Replace the policy with one whose USING and WITH CHECK name the rows the role may "
                "write (ALTER POLICY ... USING (...) WITH CHECK (...)), or drop it.",
    audit=audit,
)
