from harden import pgtrickle
from harden.rule import Finding, Rule

_POLICY = "stream_table_default_deny"

_SQL = """
SELECT i.type, i.identity
  FROM (%s) st
  JOIN pg_catalog.pg_class c ON c.oid = st.relid
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 0) i
 WHERE c.relrowsecurity
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_policy p WHERE p.polrelid = c.oid)
""" % pgtrickle.STREAM_TABLES_SQL


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    for row in ctx.query(_SQL):
        yield Finding(
            object_type=row["type"],
            object_identity=row["identity"],
            message="stream table %s has row-level security enabled and no policy: every role but "
                    "its owner, superusers and BYPASSRLS roles sees zero rows" % row["identity"],
            # Permissive and FOR SELECT: states the default deny without changing who sees what,
            # and does not block the per-role policies added later.
            remediation="CREATE POLICY %s ON %s AS PERMISSIVE FOR SELECT TO PUBLIC USING (false);"
                        % (_POLICY, row["identity"]),
        )


RULE = Rule(
    name="stream_table_rls_no_policy",
    severity="info",
    category="pg_trickle",
    title="A stream table has row-level security enabled but no policy",
    rationale="With RLS enabled and no policy, PostgreSQL denies every row to every role subject "
              "to RLS: consumers see an empty stream table, with no error. That is safe but rarely "
              "meant. Create per-role FOR SELECT policies (RLS tutorial, step 3), or state the "
              "default deny with an explicit policy that matches no row.",
    reference="pg_trickle RLS tutorial, step 1 and tips (default deny)",
    remediation="CREATE POLICY ... ON <stream table> FOR SELECT TO <role> USING (<rows it may see>); "
                "the report suggests an explicit deny-all policy, which changes nothing for readers.",
    audit=audit,
)
