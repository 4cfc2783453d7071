from harden import scope
from harden.rule import Finding, Rule

# Stream tables are left to stream_table_rls_no_policy. $1: oid[] of stream tables.
TABLES_SQL = """
SELECT i.type, i.identity,
       pg_catalog.format('CREATE POLICY deny_all ON %s USING (false);', i.identity) AS remediation
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 0) i
 WHERE c.relrowsecurity
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_policy pol WHERE pol.polrelid = c.oid)
   AND c.oid <> ALL ($1::pg_catalog.oid[])
   AND {user_schema}
   AND {not_member}
""".format(user_schema=scope.user_schema("n"), not_member=scope.not_extension_member_bulk("pg_class", "c.oid", "c.relowner"))


def audit(ctx):
    stream_tables, _ = scope.pgtrickle_relations(ctx)
    for r in ctx.query(TABLES_SQL, [stream_tables]):
        yield Finding(
            object_type=r["type"],
            object_identity=r["identity"],
            message="%s %s has row-level security enabled and no policy: every role but its owner, "
                    "superusers and BYPASSRLS roles sees no rows" % (r["type"], r["identity"]),
            remediation=r["remediation"],
        )


RULE = Rule(
    name="rls_enabled_no_policy",
    severity="info",
    category="rls",
    title="Row-level security is enabled on a table with no policy",
    rationale="With RLS enabled and no policy, PostgreSQL denies every row to roles subject to RLS. "
              "That is a safe default, but often an unfinished one: applications see empty results "
              "instead of errors. Stating the intent as a policy (USING (false) for deny-all, or the "
              "real predicate) makes it explicit. Stream tables are reported by "
              "stream_table_rls_no_policy.",
    reference="splinter lint rls_enabled_no_policy, generalised to any role layout",
    remediation="CREATE POLICY ... ON <table> with the rows each role may see (or USING (false) to "
                "state that no one but the owner may).",
    audit=audit,
)
