from harden import server_settings, setting_findings
from harden.rule import Rule


def _off(value):
    # PostgreSQL 18 made log_connections a list of stages, empty by default;
    # off, its boolean spellings and "on" are still accepted.
    return server_settings.parse_bool(value) is False or not value.strip()


def audit(ctx):
    return setting_findings.bad_values(
        ctx, ["log_connections", "log_disconnections"], _off, "on",
        lambda name, value: "%s is %s: %s are not logged"
                            % (name, value.strip() or "empty",
                               "connections" if name == "log_connections" else "session ends"))


RULE = Rule(
    name="connection_logging_disabled",
    severity="low",
    category="logging",
    title="Connections or disconnections are not logged",
    rationale="Without log_connections and log_disconnections the server log cannot say who "
              "connected, from where, when, and for how long: the first questions after an incident. "
              "Both default to off (log_connections to an empty list from PostgreSQL 18 on). The values are read where new sessions get them (database and "
              "role settings, command line, configuration files), not from the auditing session.",
    reference="CIS PostgreSQL benchmark 3.1.18 and 3.1.19",
    remediation="ALTER SYSTEM SET log_connections = on; ALTER SYSTEM SET log_disconnections = on; "
                "SELECT pg_reload_conf(); and remove database or role settings that turn them off.",
    audit=audit,
)
