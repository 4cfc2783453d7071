from harden import pgtrickle, server_settings
from harden.rule import Finding, Rule

_SQL = """
SELECT pg_catalog.pg_is_in_recovery() AS standby, i.identity
  FROM pg_catalog.pg_database d
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_database'::pg_catalog.regclass, d.oid, 0) i
 WHERE d.datname = pg_catalog.current_database()
"""


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    server = ctx.query(_SQL)[0]
    if not server["standby"]:
        return
    # pg_trickle's own default is on; a server without the library does not know the parameter.
    enabled = server_settings.database_values(
        ctx, ["pg_trickle.enabled"], defaults={"pg_trickle.enabled": "on"})["pg_trickle.enabled"]
    if server_settings.parse_bool(enabled.value) is False:
        return
    message = ("this server is a standby in recovery, and pg_trickle.enabled is '%s' (from %s) in database %s"
               % (enabled.value, enabled.source, server["identity"]))
    if enabled.database_level:
        remediation = None
        message += ("; the primary sets it in its catalog, which the standby replays: reset it there "
                    "and turn it off in each standby's configuration instead")
    elif enabled.source == "the server command line":
        remediation = None
        message += "; remove it from the command line that starts this standby"
    else:
        remediation = "ALTER SYSTEM SET pg_trickle.enabled = off;\nSELECT pg_catalog.pg_reload_conf();"
    yield Finding(
        object_type="database",
        object_identity=server["identity"],
        message=message,
        remediation=remediation,
    )


RULE = Rule(
    name="pgtrickle_enabled_on_replica",
    severity="medium",
    category="pg_trickle",
    title="pg_trickle is enabled on a standby",
    rationale="A standby replays its primary's stream tables; a pg_trickle scheduler that is "
              "enabled there keeps trying to refresh them on a read-only server, filling the log "
              "with errors and hiding real ones. The tutorial turns pg_trickle.enabled off on "
              "replicas and analysis copies. harden reads the configured value (catalog and "
              "configuration files), not the auditing session's own.",
    reference="pg_trickle security tutorial, step 8; checklist",
    remediation="On the standby: ALTER SYSTEM SET pg_trickle.enabled = off; SELECT pg_reload_conf();",
    audit=audit,
)
