from harden import pgtrickle, server_settings
from harden.rule import Finding, Rule

_NAME = "pg_trickle.allow_circular"

_DATABASE_SQL = """
SELECT i.identity
  FROM pg_catalog.pg_database d
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_database'::pg_catalog.regclass, d.oid, 0) i
 WHERE d.datname = pg_catalog.current_database()
"""


def _on(value):
    # Anything that is not clearly off counts as on.
    return server_settings.parse_bool(value) is not False


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    database = ctx.query(_DATABASE_SQL)[0]["identity"]
    setting = server_settings.database_values(ctx, [_NAME], defaults={_NAME: "off"})[_NAME]
    if _on(setting.value):
        yield Finding(
            object_type="database",
            object_identity=database,
            message="%s is '%s' (from %s) for database %s: stream tables may form cycles"
                    % (_NAME, setting.value, setting.source, database),
            remediation="ALTER DATABASE %s SET %s = off;" % (database, _NAME),
        )
    # A role's own setting applies to every session of that role, where stream
    # tables are created.
    for row in server_settings.role_values(ctx, _NAME):
        if not _on(row["value"]):
            continue
        where = "in database %s" % database if row["this_database"] else "in every database"
        yield Finding(
            object_type="role",
            object_identity=row["role_sql"],
            message="ALTER ROLE %s %s sets %s = '%s': its sessions may create cyclic stream tables"
                    % (row["role_sql"], where, _NAME, row["value"]),
            remediation="ALTER ROLE %s%s RESET %s;"
                        % (row["role_sql"], " IN DATABASE %s" % database if row["this_database"] else "", _NAME),
            key="this database" if row["this_database"] else "all databases",
        )


RULE = Rule(
    name="pgtrickle_allow_circular",
    severity="medium",
    category="pg_trickle",
    title="pg_trickle.allow_circular is on",
    rationale="With allow_circular off (the default), pg_trickle rejects a stream table that would "
              "close a cycle in the dependency graph. On, the members of a cycle are refreshed "
              "again and again until they converge (up to pg_trickle.max_fixpoint_iterations), so a "
              "mistaken definition costs repeated refreshes and ends in ERROR. The checklist keeps "
              "it off. harden reads the value "
              "configured for this database (ALTER DATABASE, ALTER ROLE ALL, the server's command "
              "line and files) and per-role settings, never the auditing session's own value.",
    reference="pg_trickle security tutorial, security hardening checklist",
    remediation="ALTER DATABASE <database> SET pg_trickle.allow_circular = off, and RESET it in "
                "per-role settings.",
    audit=audit,
)
