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
# table (ALTER DEFAULT PRIVILEGES ... GRANT ALL ON TABLES). A new table in a
# schema takes the role's global row and its row for that schema together,
# so a schema's row is judged with the global one (each is reported where
# it is enough alone). $1, when not NULL, limits them to those
# pg_default_acl rows, and to the schema rows that need the global row of a
# role whose global row is among them. own_tr, global_tr: of TRIGGER and
# REFERENCES, those the row and the role's global row give the grantee,
# each revoked where it is, for a fix that works as written.
DEFAULT_SQL = """
WITH e AS (
    SELECT d.oid, d.defaclrole, d.defaclnamespace, a.grantee, a.privilege_type
      FROM pg_catalog.pg_default_acl d
     CROSS JOIN LATERAL pg_catalog.aclexplode(d.defaclacl) a
     WHERE d.defaclobjtype = 'r' AND a.grantee <> d.defaclrole
), judged AS (
    SELECT s.oid, s.defaclrole, s.defaclnamespace, s.grantee,
           pg_catalog.count(DISTINCT x.privilege_type) FILTER (WHERE x.oid = s.oid) AS own,
           pg_catalog.count(DISTINCT x.privilege_type) FILTER (WHERE x.defaclnamespace = 0) AS global,
           pg_catalog.count(DISTINCT x.privilege_type) AS together,
           pg_catalog.array_agg(DISTINCT x.privilege_type)
               FILTER (WHERE x.oid = s.oid AND x.privilege_type IN ('TRIGGER', 'REFERENCES')) AS own_tr,
           pg_catalog.array_agg(DISTINCT x.privilege_type)
               FILTER (WHERE x.oid <> s.oid AND x.privilege_type IN ('TRIGGER', 'REFERENCES')) AS global_tr
      FROM (SELECT DISTINCT e.oid, e.defaclrole, e.defaclnamespace, e.grantee FROM e) s
      JOIN e x ON x.defaclrole = s.defaclrole AND x.grantee = s.grantee
              AND (x.oid = s.oid OR x.defaclnamespace = 0)
     WHERE $1::pg_catalog.oid[] IS NULL OR s.oid = ANY ($1::pg_catalog.oid[])
        OR s.defaclnamespace <> 0 AND EXISTS (SELECT FROM e g
                                               WHERE g.oid = ANY ($1::pg_catalog.oid[])
                                                 AND g.defaclnamespace = 0 AND g.defaclrole = s.defaclrole)
     GROUP BY s.oid, s.defaclrole, s.defaclnamespace, s.grantee
)
SELECT i.type, i.identity, {grantee_sql} AS grantee_sql, {grantee_label} AS grantee,
       pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(j.defaclrole)) AS for_role,
       (SELECT pg_catalog.quote_ident(n.nspname) FROM pg_catalog.pg_namespace n WHERE n.oid = j.defaclnamespace)
           AS schema,
       j.own < {all_privileges} AS with_global, j.own_tr, j.global_tr
  FROM judged j
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_default_acl'::pg_catalog.regclass, j.oid, 0) i
 WHERE ($1::pg_catalog.oid[] IS NULL OR j.oid = ANY ($1::pg_catalog.oid[])) AND j.own = {all_privileges}
    OR j.defaclnamespace <> 0 AND j.together = {all_privileges} AND j.own < {all_privileges}
       AND j.global < {all_privileges}
 ORDER BY i.identity, 3
""".format(grantee_sql=acl.grantee("j.grantee"), grantee_label=acl.grantee_label("j.grantee"),
           all_privileges=acl.ALL_TABLE_PRIVILEGES)

_TR_ORDER = ("TRIGGER", "REFERENCES")


def _default_findings(ctx, oids):
    for r in ctx.query(DEFAULT_SQL, [oids]):
        for_role = "FOR ROLE %s" % r["for_role"]
        in_schema = " IN SCHEMA %s" % r["schema"] if r["schema"] else ""
        # The global row's first: revoked there, the schema's row no longer
        # completes with it, and the guard lets the second statement through.
        revokes = [(for_role, r["global_tr"]), (for_role + in_schema, r["own_tr"])]
        yield Finding(
            object_type=r["type"],
            object_identity=r["identity"],
            message="default privileges give %s every privilege on each new table that %s creates%s, TRIGGER and "
                    "REFERENCES included%s" % (
                        r["grantee_sql"], r["for_role"], " in schema %s" % r["schema"] if r["schema"] else "",
                        " (this schema's default privileges together with those for every schema)"
                        if r["with_global"] else ""),
            remediation=" ".join("ALTER DEFAULT PRIVILEGES %s REVOKE %s ON TABLES FROM %s;"
                                 % (where, ", ".join(p for p in _TR_ORDER if p in privileges), r["grantee_sql"])
                                 for where, privileges in revokes if privileges),
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
