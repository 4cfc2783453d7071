from harden import acl, scope
from harden.guard import facts, grants
from harden.rule import Finding, Rule, Violation

# "Every privilege" is what the owner gets by default (acldefault), so the set
# follows the server version (MAINTAIN joins it in PostgreSQL 17).
GRANT_ALL_SQL = """
WITH entries AS (
    SELECT c.oid AS relid, c.relowner, c.relkind, a.grantee, a.grantor, a.privilege_type, a.is_grantable
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a
     WHERE c.relacl IS NOT NULL AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
       AND a.grantee <> c.relowner
       AND {user_schema}
       AND {not_member}
), holders AS (
    SELECT e.relid, e.relowner, e.relkind, e.grantee
      FROM entries e
     GROUP BY e.relid, e.relowner, e.relkind, e.grantee
    HAVING pg_catalog.count(DISTINCT e.privilege_type) =
           (SELECT pg_catalog.count(*) FROM pg_catalog.aclexplode(pg_catalog.acldefault('r', 10::pg_catalog.oid)))
), named AS (
    SELECT h.*, i.type, i.identity FROM holders h
     CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, h.relid, 0) i
), revokes AS (
    SELECT h.relid, h.grantee, h.type, h.identity,
           {revoke} AS stmt
      FROM named h
      JOIN entries e ON e.relid = h.relid AND e.grantee = h.grantee
     WHERE e.privilege_type IN ('TRIGGER', 'REFERENCES')
     GROUP BY h.relid, h.relowner, h.relkind, h.grantee, h.type, h.identity, e.grantor
)
SELECT r.type, r.identity, {label} AS grantee, {grantee_sql} AS grantee_sql,
       pg_catalog.string_agg(r.stmt, ' ' ORDER BY r.stmt) AS remediation
  FROM revokes r
 GROUP BY r.relid, r.grantee, r.type, r.identity
""".format(user_schema=scope.user_schema("n"),
           not_member=scope.not_extension_member("pg_class", "c.oid"),
           revoke=acl.revoke("pg_catalog.string_agg(e.privilege_type, ', ' ORDER BY e.privilege_type DESC)",
                             acl.relation_target("h.relkind", "h.identity"),
                             "h.grantee", "e.grantor", "h.relowner", "pg_catalog.bool_or(e.is_grantable)"),
           label=acl.grantee_label("r.grantee"), grantee_sql=acl.grantee("r.grantee"))


def audit(ctx):
    for r in ctx.query(GRANT_ALL_SQL):
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
    guard=guard,
    guard_action="warn",
    guard_tags=frozenset(("GRANT",)),
)
