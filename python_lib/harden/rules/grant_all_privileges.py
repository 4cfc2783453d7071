from harden import acl, relation_acl
from harden.apply import general
from harden.guard import as_violation, facts
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
    yield from _default_findings(ctx, None)


# Default privileges that will give a non-owner every privilege on each new
# table (ALTER DEFAULT PRIVILEGES ... GRANT ALL ON TABLES): $1, when not NULL,
# limits them to those pg_default_acl rows.
DEFAULT_SQL = """
SELECT i.type, i.identity, {grantee_sql} AS grantee_sql, {grantee_label} AS grantee,
       pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(d.defaclrole)) AS for_role,
       (SELECT pg_catalog.quote_ident(n.nspname) FROM pg_catalog.pg_namespace n WHERE n.oid = d.defaclnamespace)
           AS schema
  FROM pg_catalog.pg_default_acl d
 CROSS JOIN LATERAL pg_catalog.aclexplode(d.defaclacl) a
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_default_acl'::pg_catalog.regclass, d.oid, 0) i
 WHERE d.defaclobjtype = 'r' AND a.grantee <> d.defaclrole
   AND ($1::pg_catalog.oid[] IS NULL OR d.oid = ANY ($1::pg_catalog.oid[]))
 GROUP BY d.oid, d.defaclrole, d.defaclnamespace, a.grantee, i.type, i.identity
HAVING pg_catalog.count(DISTINCT a.privilege_type) = {all_privileges}
 ORDER BY i.identity, 3
""".format(grantee_sql=acl.grantee("a.grantee"), grantee_label=acl.grantee_label("a.grantee"),
           all_privileges=acl.ALL_TABLE_PRIVILEGES)


def _default_findings(ctx, oids):
    for r in ctx.query(DEFAULT_SQL, [oids]):
        yield Finding(
            object_type=r["type"],
            object_identity=r["identity"],
            message="default privileges give %s every privilege on each new table %s, TRIGGER and REFERENCES "
                    "included" % (r["grantee_sql"], "that %s creates%s" % (
                        r["for_role"], " in schema %s" % r["schema"] if r["schema"] else "")),
            remediation="ALTER DEFAULT PRIVILEGES FOR ROLE %s%s REVOKE TRIGGER, REFERENCES ON TABLES FROM %s;"
                        % (r["for_role"], " IN SCHEMA %s" % r["schema"] if r["schema"] else "", r["grantee_sql"]),
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
HAVING pg_catalog.count(DISTINCT a.privilege_type) = {all_privileges}
""".format(grantee_sql=acl.grantee("a.grantee"), all_privileges=acl.ALL_TABLE_PRIVILEGES)


def guard(ctx, cmd):
    if cmd.tag == "ALTER DEFAULT PRIVILEGES":
        # The pg_default_acl rows this transaction wrote: the server's own
        # reading of the statement.
        oids = [r["oid"] for r in facts.touched_default_acls(ctx, cmd)]
        if oids:
            yield from map(as_violation, _default_findings(ctx, oids))
        return
    relids = facts.touched_tables(ctx, cmd)
    if not relids:
        return
    for r in ctx.query(GUARD_SQL, [relids]):
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
    guard_tags=frozenset(("GRANT", "ALTER DEFAULT PRIVILEGES")),
    # gr.holds_all: a non-owner holds every privilege on a relation the
    # gate read from a top-level GRANT's text (NULL when it could not read
    # them); ALTER DEFAULT PRIVILEGES always.
    gate={"GRANT": "c.object_type IN ('TABLE', 'FOREIGN TABLE') AND gr.holds_all"},
)
