from harden import scope
from harden.rule import Finding, Rule

TABLES_SQL = """
SELECT i.type, i.identity,
       pg_catalog.string_agg(pg_catalog.quote_ident(pol.polname), ', ' ORDER BY pol.polname) AS policies,
       pg_catalog.format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY;', i.identity) AS remediation
  FROM pg_catalog.pg_policy pol
  JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 0) i
 WHERE NOT c.relrowsecurity
   AND {user_schema}
   AND {not_member}
 GROUP BY c.oid, i.type, i.identity
""".format(user_schema=scope.user_schema("n"), not_member=scope.not_extension_member_bulk("pg_class", "c.oid", "c.relowner"))


def audit(ctx):
    for r in ctx.query(TABLES_SQL):
        yield Finding(
            object_type=r["type"],
            object_identity=r["identity"],
            message="%s %s has policies (%s) but row-level security is disabled, so none of them applies"
                    % (r["type"], r["identity"], r["policies"]),
            remediation=r["remediation"],
        )


RULE = Rule(
    name="policy_exists_rls_disabled",
    severity="high",
    category="rls",
    title="A table has policies but row-level security is disabled",
    rationale="Policies only apply once ALTER TABLE ... ENABLE ROW LEVEL SECURITY has been run. A "
              "table with policies and RLS disabled looks protected to whoever reads its DDL, while "
              "every role with SELECT sees (and with write privileges changes) every row.",
    reference="splinter lint policy_exists_rls_disabled, generalised to any role layout; PostgreSQL "
              "manual, \"Row Security Policies\"",
    remediation="ALTER TABLE <table> ENABLE ROW LEVEL SECURITY (after checking the policies grant what "
                "each role needs), or drop the policies if RLS is not wanted.",
    audit=audit,
)
