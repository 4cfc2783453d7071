from harden import visibility
from harden.rule import Finding, Rule

# shared_preload_libraries can only change with a restart, so the running
# value (no session can SET it) says what is loaded; the configuration files,
# read as they are now, say whether a restart would load pgaudit.
RUNNING_SQL = "SELECT s.setting FROM pg_catalog.pg_settings s WHERE s.name = 'shared_preload_libraries'"
CONFIGURED_SQL = ("SELECT f.setting, f.sourcefile FROM pg_catalog.pg_file_settings f"
                  " WHERE f.name = 'shared_preload_libraries' ORDER BY f.seqno DESC LIMIT 1")


def libraries(value):
    """Library names of a shared_preload_libraries value, quotes removed."""
    names = []
    for part in (value or "").split(","):
        part = part.strip()
        if len(part) >= 2 and part[0] == part[-1] == '"':
            part = part[1:-1].replace('""', '"')
        if part:
            names.append(part)
    return names


def is_pgaudit(library):
    base = library.rsplit("/", 1)[-1]
    return base in ("pgaudit", "pgaudit.so")


def audit(ctx):
    running = ctx.query(RUNNING_SQL)
    if not running:  # a superuser-only setting: pg_settings hides its row
        raise visibility.NotVisible("shared_preload_libraries in pg_catalog.pg_settings "
                                    "(superusers and members of pg_read_all_settings)")
    running = libraries(running[0]["setting"])
    if any(is_pgaudit(lib) for lib in running):
        return
    configured = ctx.query(CONFIGURED_SQL)
    if configured and any(is_pgaudit(lib) for lib in libraries(configured[0]["setting"])):
        yield Finding(
            object_type="setting",
            object_identity="shared_preload_libraries",
            message="pgaudit is configured in shared_preload_libraries (%s) but not loaded: the server "
                    "has not been restarted since" % configured[0]["sourcefile"],
        )
        return
    wanted = running + ["pgaudit"]
    yield Finding(
        object_type="setting",
        object_identity="shared_preload_libraries",
        message="pgaudit is not loaded (shared_preload_libraries = %s): statements are not audit-logged; "
                "after the remediation, restart the server and CREATE EXTENSION pgaudit"
                % ctx.literal(", ".join(running)),
        remediation="ALTER SYSTEM SET shared_preload_libraries = %s;" % ", ".join(ctx.literal(l) for l in wanted),
    )


RULE = Rule(
    name="pgaudit_not_loaded",
    severity="low",
    category="logging",
    title="The pgAudit extension is not loaded",
    rationale="pgAudit writes session and object audit records (who read or changed what, with "
              "which statement) that log_statement cannot give: it sees through functions and "
              "dynamic SQL and classifies each statement. The CIS benchmark requires it. It only "
              "works from shared_preload_libraries, which changes at a restart; the check reads the "
              "running value, and says so when the configuration already has pgaudit but the server "
              "was not restarted.",
    reference="CIS PostgreSQL benchmark 3.2 (Ensure the PostgreSQL Audit Extension (pgAudit) is enabled)",
    remediation="Install the pgaudit package, add pgaudit to shared_preload_libraries (ALTER SYSTEM), "
                "restart the server, CREATE EXTENSION pgaudit, and set pgaudit.log (e.g. 'ddl, role').",
    audit=audit,
)
