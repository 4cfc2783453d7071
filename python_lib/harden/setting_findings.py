"""Findings about server settings, shared by the checks that read them.

Values come from harden.server_settings: what new sessions of this database
start with (ALTER DATABASE / ALTER ROLE ALL, the command line, the
configuration files, the default), never the auditing session's own value,
which a SET could change. Per-role settings (ALTER ROLE r [IN DATABASE d] SET)
are reported on the role.
"""

from harden import server_settings
from harden.rule import Finding


def _database(ctx):
    return ctx.ident(ctx.query("SELECT pg_catalog.current_database()::text AS d")[0]["d"])


def bad_values(ctx, names, is_bad, good_literal, what):
    """Findings for each setting in `names` whose value is_bad(value), wherever
    it is set; good_literal is the SQL literal of the value to set instead and
    what(name, value) says what is wrong."""
    values = server_settings.database_values(ctx, names)
    for name in names:
        v = values[name]
        if v.value is None or not is_bad(v.value):
            continue
        if v.database_level:
            fix = "ALTER DATABASE %s SET %s = %s;" % (_database(ctx), name, good_literal)
        elif v.source == "the server command line":
            fix = None  # the service's start options, not SQL, hold it; ALTER SYSTEM would lose to them
        else:
            fix = "ALTER SYSTEM SET %s = %s;\nSELECT pg_catalog.pg_reload_conf();" % (name, good_literal)
        yield Finding(
            object_type="setting",
            object_identity=name,
            message="%s (set by %s)" % (what(name, v.value), v.source),
            remediation=fix,
        )
    for name in names:
        for r in server_settings.role_values(ctx, name):
            if not is_bad(r["value"]):
                continue
            scope = " IN DATABASE %s" % _database(ctx) if r["this_database"] else ""
            yield Finding(
                object_type="role",
                object_identity=r["role_sql"],
                message="%s for role %s%s (ALTER ROLE ... SET)" % (what(name, r["value"]), r["role_sql"],
                                                                    scope.replace(" IN DATABASE", " in database")),
                remediation="ALTER ROLE %s%s RESET %s;" % (r["role_sql"], scope, name),
                key=name + (" in database" if r["this_database"] else ""),
            )
