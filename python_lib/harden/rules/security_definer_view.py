from harden import privileges, scope
from harden.apply import general
from harden.rule import Finding, Rule

VIEWS_SQL = """
SELECT x.relid, x.rls_tables, i.type, i.identity, pg_catalog.quote_ident(o.rolname) AS owner,
       pg_catalog.format('ALTER VIEW %s SET (security_invoker = true);', i.identity) AS remediation
  FROM ({reads}) x
  JOIN pg_catalog.pg_class v ON v.oid = x.relid
  JOIN pg_catalog.pg_roles o ON o.oid = v.relowner
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, v.oid, 0) i
 WHERE v.relkind = 'v'
   AND NOT {invoker}
""".format(reads=scope.RLS_READS_SQL, invoker=scope.security_invoker("v"))


def audit(ctx):
    views = ctx.query(VIEWS_SQL, [["v"]])
    readers = privileges.rls_subject_readers(ctx, [v["relid"] for v in views])
    for v in views:
        reader = readers.get(v["relid"])
        if reader is None:
            continue
        yield Finding(
            object_type=v["type"],
            object_identity=v["identity"],
            message="view %s reads %s (row-level security enabled) as its owner %s, not as the caller, "
                    "and %s, which is subject to row-level security, can select from it"
                    % (v["identity"], v["rls_tables"], v["owner"],
                       reader if reader == "PUBLIC" else ctx.ident(reader)),
            remediation=v["remediation"],
        )


RULE = Rule(
    name="security_definer_view",
    severity="high",
    category="rls",
    title="A view reads an RLS-protected table as its owner for roles subject to RLS",
    rationale="A view runs its query with its owner's privileges unless it has security_invoker "
              "(PostgreSQL 15+). When the owner bypasses a table's row-level security (it owns the "
              "table, is a superuser or has BYPASSRLS) or simply sees other rows than the caller, "
              "anyone allowed to select from the view sees the rows the policies would hide from "
              "them. Reported when a role that is not the view's owner, not a superuser and not "
              "BYPASSRLS (or PUBLIC) can select from it; views over views are followed.",
    reference="splinter lint security_definer_view, generalised to any role layout; PostgreSQL "
              "manual, CREATE VIEW (security_invoker)",
    remediation="ALTER VIEW <view> SET (security_invoker = true), and grant the view's readers "
                "SELECT on the tables it reads (the policies then decide their rows).",
    audit=audit,
    fix=general.security_definer_view,
    fix_step=19,
    auto_fix=False,
)
