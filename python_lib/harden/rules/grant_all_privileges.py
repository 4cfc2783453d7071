from harden import acl, relation_acl
from harden.apply import general
from harden.guard import facts, grants
from harden.rule import Finding, Rule, Violation

def audit(ctx):
    for r in relation_acl.findings(ctx, RULE.name):
        yield Finding(
            object_type=r["type"],
            object_identity=r["identity"],
            message="%s holds every privilege on %s %s, TRIGGER and REFERENCES included (the mark of GRANT ALL)"
                    % (r["grantee_sql"], r["type"], r["identity"]),
            remediation=r["remediation"],
            key=r["grantee"],
        )


# The guard: non-owners holding every privilege on the tables a GRANT touched.
GUARD_SQL = """
SELECT i.type, i.identity, {grantee_sql} AS grantee_sql
  FROM pg_catalog.pg_class c
 CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 0) i
 WHERE c.oid = ANY ($1::pg_catalog.oid[]) AND a.grantee <> c.relowner
 GROUP BY c.oid, a.grantee, i.type, i.identity
HAVING pg_catalog.count(DISTINCT a.privilege_type) =
       (SELECT pg_catalog.count(*) FROM pg_catalog.aclexplode(pg_catalog.acldefault('r', 10::pg_catalog.oid)))
""".format(grantee_sql=acl.grantee("a.grantee"))


def guard(ctx, cmd):
    # Finding the tables a GRANT touched takes a scan of pg_class: skipped
    # when the statement's own text shows it cannot grant every privilege.
    grant = grants.statement_grant(cmd)
    if not grants.may_grant_all_table_privileges(grant):
        return
    relids = facts.touched_tables(ctx, cmd)
    if not relids:
        return
    keys = grant.grantee_keys(ctx.ident) if grant else None
    for r in ctx.query(GUARD_SQL, [relids]):
        if keys is not None and r["grantee_sql"] not in keys:
            continue
        yield Violation(
            object_type=r["type"],
            object_identity=r["identity"],
            message="%s now holds every privilege on %s %s, TRIGGER and REFERENCES included"
                    % (r["grantee_sql"], r["type"], r["identity"]),
            remediation="REVOKE TRIGGER, REFERENCES ON TABLE %s FROM %s; (grant the privileges it needs "
                        "by name rather than ALL)" % (r["identity"], r["grantee_sql"]),
        )


RULE = Rule(
    name="grant_all_privileges",
    severity="medium",
    category="privileges",
    title="A role other than the owner holds every privilege on a table",
    rationale="GRANT ALL hands out TRIGGER and REFERENCES along with the privileges an application "
              "needs. TRIGGER lets the grantee attach code that runs with the privileges of whoever "
              "writes to the table; PGD restricts DDL that relies on TRIGGER or REFERENCES and "
              "recommends stating privileges explicitly (GRANT SELECT, INSERT, UPDATE, DELETE, "
              "TRUNCATE). A grantee reported here is not reported again by trigger_privilege_granted "
              "or references_privilege_granted: the remediation removes both.",
    reference="PGD security and roles, \"Privilege restrictions\"; CIS PostgreSQL benchmark 4.4",
    remediation="REVOKE TRIGGER, REFERENCES ON TABLE <table> FROM <grantee>, keeping the privileges "
                "the grantee needs.",
    audit=audit,
    fix=general.grant_all_privileges,
    fix_step=13,
    auto_fix=True,
    guard=guard,
    guard_action="warn",
    guard_tags=frozenset(("GRANT",)),
)
