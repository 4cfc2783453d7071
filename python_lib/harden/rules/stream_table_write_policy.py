from harden import pgtrickle
from harden.rule import Finding, Rule

_COMMANDS = {"*": "ALL", "a": "INSERT", "w": "UPDATE", "d": "DELETE"}

# Policies on stream tables that are not FOR SELECT. The fix drops the policy;
# a FOR ALL policy with a USING clause is recreated FOR SELECT with the same
# roles and USING, so that readers keep what it let them see.
_SQL = """
SELECT i.identity, p.polname, p.polcmd, ti.identity AS table_identity,
       CASE WHEN p.polcmd = '*' AND p.polqual IS NOT NULL THEN
           pg_catalog.format('CREATE POLICY %%I ON %%s AS %%s FOR SELECT TO %%s USING (%%s);',
               p.polname, ti.identity,
               CASE WHEN p.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END,
               (SELECT pg_catalog.string_agg(CASE WHEN r.oid = 0 THEN 'PUBLIC'
                                                  ELSE pg_catalog.quote_ident(a.rolname) END, ', ' ORDER BY r.n)
                  FROM pg_catalog.unnest(p.polroles) WITH ORDINALITY r(oid, n)
                  LEFT JOIN pg_catalog.pg_roles a ON a.oid = r.oid),
               pg_catalog.pg_get_expr(p.polqual, p.polrelid))
       END AS recreate
  FROM (%s) st
  JOIN pg_catalog.pg_policy p ON p.polrelid = st.relid
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_policy'::pg_catalog.regclass, p.oid, 0) i
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, p.polrelid, 0) ti
 WHERE p.polcmd <> 'r'
""" % pgtrickle.STREAM_TABLES_SQL


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    for row in ctx.query(_SQL):
        fix = ["DROP POLICY %s ON %s;" % (ctx.ident(row["polname"]), row["table_identity"])]
        if row["recreate"]:
            fix.append(row["recreate"])
        yield Finding(
            object_type="policy",
            object_identity=row["identity"],
            message="policy %s on stream table %s is FOR %s; stream tables are written by pg_trickle only, "
                    "so their policies should be FOR SELECT"
                    % (row["polname"], row["table_identity"], _COMMANDS[row["polcmd"]]),
            remediation="\n".join(fix),
        )


RULE = Rule(
    name="stream_table_write_policy",
    severity="low",
    category="pg_trickle",
    title="A stream table has a policy that is not FOR SELECT",
    rationale="Stream tables are maintained by pg_trickle's refresh; no consumer should write them. "
              "A policy FOR ALL, INSERT, UPDATE or DELETE describes writes that should never "
              "happen, and when a write privilege slips in later the policy makes it work. The RLS "
              "tutorial creates FOR SELECT policies only.",
    reference="pg_trickle RLS tutorial, tips (write policies)",
    remediation="DROP POLICY <policy> ON <stream table>; recreate it FOR SELECT if it also "
                "governed reads.",
    audit=audit,
)
