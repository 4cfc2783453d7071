from harden import pgtrickle
from harden.rule import Finding, Rule

_SQL = """
SELECT i.type, i.identity
  FROM (%s) st
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, st.relid, 0) i
 WHERE st.needs_reinit
""" % pgtrickle.STREAM_TABLES_SQL


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    for row in ctx.query(_SQL):
        yield Finding(
            object_type=row["type"],
            object_identity=row["identity"],
            message="stream table %s is marked needs_reinit: its contents may not match its sources' "
                    "current definition or security posture until it is reinitialised" % row["identity"],
            remediation="SELECT pgtrickle.refresh_stream_table(%s);" % ctx.literal(row["identity"]),
        )


RULE = Rule(
    name="stream_table_needs_reinit",
    severity="info",
    category="pg_trickle",
    title="A stream table is waiting to be reinitialised",
    rationale="pg_trickle marks a stream table needs_reinit when a source changes shape or security "
              "posture (CREATE, ALTER or DROP POLICY; ENABLE, DISABLE, FORCE or NO FORCE ROW LEVEL "
              "SECURITY). Until the next refresh reinitialises it, the stream table reflects the "
              "source as it was.",
    reference="pg_trickle RLS tutorial, policy change detection",
    remediation="SELECT pgtrickle.refresh_stream_table('<stream table>'), which reinitialises it.",
    audit=audit,
)
