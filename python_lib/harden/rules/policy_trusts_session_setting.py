from harden import scope
from harden.rule import Finding, Rule

# A clause trusts the session when its text (as the server prints it) calls
# current_setting() on a custom setting (a name with a dot: any session can SET
# it), or reads user_metadata from a JWT (editable by the end user). The
# remediation replaces each such clause with (false): the policy then admits
# no row through that clause, which fails closed whether it is permissive or
# restrictive, until a predicate on what the user cannot forge replaces it.
TRUSTS = (r"(current_setting|set_config)\(\s*'[^']*\.[^']*'"
          r"|jwt.*user_metadata|user_metadata.*jwt")

POLICIES_SQL = """
WITH p AS (
    SELECT pol.oid, pol.polname, pol.polcmd, c.oid AS relid,
           pg_catalog.pg_get_expr(pol.polqual, pol.polrelid) AS qual,
           pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid) AS wcheck
      FROM pg_catalog.pg_policy pol
      JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE {user_schema}
       AND {not_member}
)
SELECT i.identity, p.qual ~* $1 AS using_trusts, p.wcheck ~* $1 AS check_trusts,
       COALESCE(p.qual ~* '(current_setting|set_config)\\(', false)
         OR COALESCE(p.wcheck ~* '(current_setting|set_config)\\(', false) AS setting,
       pg_catalog.format('ALTER POLICY %I ON %s%s%s;', p.polname, t.identity,
                         CASE WHEN p.qual ~* $1 THEN ' USING (false)' END,
                         CASE WHEN p.wcheck ~* $1 THEN ' WITH CHECK (false)' END) AS remediation
  FROM p
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_policy'::pg_catalog.regclass, p.oid, 0) i
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, p.relid, 0) t
 WHERE p.qual ~* $1 OR p.wcheck ~* $1
""".format(user_schema=scope.user_schema("n"), not_member=scope.not_extension_member_bulk("pg_class", "c.oid", "c.relowner"))


def audit(ctx):
    for r in ctx.query(POLICIES_SQL, [TRUSTS]):
        clauses = " and ".join(c for c, hit in (("USING", r["using_trusts"]), ("WITH CHECK", r["check_trusts"]))
                               if hit)
        yield Finding(
            object_type="policy",
            object_identity=r["identity"],
            message="policy %s decides by what the session says (%s in its %s): any session can SET a custom "
                    "setting, and a JWT's user_metadata is written by the end user"
                    % (r["identity"], "a custom setting" if r["setting"] else "JWT user_metadata", clauses),
            remediation=r["remediation"],
        )


RULE = Rule(
    name="policy_trusts_session_setting",
    severity="high",
    category="rls",
    title="A policy trusts a custom setting or JWT user metadata",
    rationale="Row-level security is only as good as what its predicates read. Any session can SET a "
              "custom setting (a name with a dot, such as app.tenant or request.jwt.claims) unless "
              "every way in is a trusted pooler or API that sets it last; and a JWT's user_metadata "
              "is written by the end user. A policy that compares rows with either lets a caller "
              "choose their rows. Read the tenant from a table keyed by the role, or from a "
              "SECURITY DEFINER function that checks what it returns. Both clauses of every policy "
              "are read; only the clause that trusts the session is replaced.",
    reference="splinter lint 0015 (rls_references_user_metadata), extended to custom settings; "
              "PostgreSQL manual, \"Customized Options\"",
    remediation="ALTER POLICY <policy> ON <table> USING (...) WITH CHECK (...) with predicates on what "
                "the caller cannot set (the remediation puts (false) in place, which admits no row).",
    audit=audit,
)
