from harden import server_settings
from harden.rule import Finding, Rule

_LOGS_DDL = ("ddl", "mod", "all")

_DATABASE_SQL = """
SELECT i.identity,
       (SELECT p.setting FROM pg_catalog.pg_settings p WHERE p.name = 'shared_preload_libraries') AS preload
  FROM pg_catalog.pg_database d
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_database'::pg_catalog.regclass, d.oid, 0) i
 WHERE d.datname = pg_catalog.current_database()
"""


def _libraries(text):
    names = set()
    for item in (text or "").split(","):
        item = item.strip().strip('"').rsplit("/", 1)[-1]
        if item.endswith(".so"):
            item = item[:-3]
        if item:
            names.add(item.lower())
    return names


def pgaudit_logs_ddl(value):
    """Whether a pgaudit.log value ("read, ddl", "all, -misc", ...) includes the DDL class.
    Like pgaudit, classes add and "-class" removes in order; "none" adds nothing."""
    logs = False
    for item in (value or "").split(","):
        item = item.strip().lower()
        removed = item.startswith("-")
        if item.lstrip("-").strip() in ("ddl", "all"):
            logs = not removed
    return logs


def audit(ctx):
    # Not a pg_trickle-only check: DDL logging matters on every database.
    values = server_settings.database_values(ctx, ["log_statement", "pgaudit.log"])
    database = ctx.query(_DATABASE_SQL)[0]
    statement = values["log_statement"]
    if (statement.value or "").strip().lower() in _LOGS_DDL:
        return
    audit_log = values["pgaudit.log"]
    pgaudit_loaded = "pgaudit" in _libraries(database["preload"])
    if pgaudit_loaded and pgaudit_logs_ddl(audit_log.value):
        return
    if not pgaudit_loaded:
        pgaudit_text = "pgaudit is not in shared_preload_libraries"
    else:
        pgaudit_text = "pgaudit.log is '%s' (from %s), without ddl" % (audit_log.value or "", audit_log.source)
    yield Finding(
        object_type="database",
        object_identity=database["identity"],
        message="DDL in database %s is not logged: log_statement is '%s' (from %s) and %s"
                % (database["identity"], statement.value, statement.source, pgaudit_text),
        remediation="ALTER DATABASE %s SET log_statement = 'ddl';" % database["identity"],
    )


RULE = Rule(
    name="ddl_logging_disabled",
    severity="medium",
    category="logging",
    title="DDL in this database is not logged",
    rationale="Without a log of CREATE, ALTER, DROP, GRANT and REVOKE there is no record of who "
              "changed a schema or a privilege, or when. log_statement = 'ddl' (or 'mod', 'all'), "
              "or pgaudit with pgaudit.log including ddl, records them. harden reads the value new "
              "sessions of this database start with (ALTER DATABASE ... SET, ALTER ROLE ALL SET, "
              "the server's command line and configuration files), never the auditing session's "
              "own value, which a SET could change.",
    reference="pg_trickle security tutorial, step 7; CIS PostgreSQL benchmark, logging",
    remediation="ALTER DATABASE <database> SET log_statement = 'ddl' (or ALTER SYSTEM SET "
                "log_statement = 'ddl' and reload, for the whole server).",
    audit=audit,
)
