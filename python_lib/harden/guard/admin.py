"""Steering the guard: mode, rule actions, status, history retention."""

from harden import __version__, catalogue, config, internal_ddl
from harden.errors import HardenError
from harden.guard import triggers
from harden.settings import Settings

RULE_ACTIONS = ("block", "warn", "off")

# The settings the PL/pgSQL event-trigger functions read from their own SET
# clauses (see sql/idempotent/40_guard.sql): a query of harden.config per DDL statement
# would cost more than the rest of the gate. The gate on ddl_command_end and
# the sql_drop function read all three (which DROP concerns a rule), the
# ddl_command_start one the mode only (off: no Python at all).
GATE_FUNCTION = "harden.guard_ddl_command_end()"
GATE_SETTINGS = ("mode", "record_all_ddl", "change_buffer_schema")
EVENT_FUNCTION_SETTINGS = {
    GATE_FUNCTION: GATE_SETTINGS,
    "harden.guard_sql_drop()": GATE_SETTINGS,
    "harden.guard_ddl_command_start()": ("mode",),
}


def set_mode(db, mode):
    if mode is None:
        raise HardenError("the guard mode cannot be NULL", hint="Use enforce, warn or off.")
    return config.configure(db, "mode", mode)


def set_rule_action(db, rule_name, action):
    if rule_name is None:
        raise HardenError("the rule name cannot be NULL",
                          hint="SELECT name FROM harden.status() WHERE section = 'rule' lists the guard rules.")
    rule = catalogue.get(rule_name)
    if rule.guard is None:
        raise HardenError("rule %s has no guard check" % rule.name,
                          detail="It is an audit check only; its findings come from harden.audit_report().",
                          hint="SELECT name FROM harden.status() WHERE section = 'rule' lists the guard rules.")
    if action is None:
        db.query("DELETE FROM harden.rule_actions WHERE rule = $1", [rule.name])
        return rule.guard_action
    if action not in RULE_ACTIONS:
        raise HardenError("invalid rule action %r" % action, hint="Use block, warn or off, or NULL for the default.")
    if action == "block" and rule.guard_action == "notice":
        raise HardenError("rule %s never blocks" % rule.name,
                          detail="It reacts to DDL (it records and marks) rather than objecting to it.",
                          hint="Use warn, off, or NULL for the default.")
    db.query("INSERT INTO harden.rule_actions (rule, action) VALUES ($1, $2)"
             " ON CONFLICT (rule) DO UPDATE SET action = EXCLUDED.action,"
             " changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at",
             [rule.name, action])
    return action


def gate_settings(db, function=GATE_FUNCTION):
    """The settings as an event-trigger function's SET clauses hold them: {name: value}."""
    rows = db.query("SELECT pg_catalog.unnest(p.proconfig) AS entry FROM pg_catalog.pg_proc p"
                    " WHERE p.oid = $1::pg_catalog.regprocedure", [function])
    entries = dict(r["entry"].split("=", 1) for r in rows)
    return {name: entries.get("harden." + name) for name in EVENT_FUNCTION_SETTINGS[function]}


def sync_gate_settings(db):
    """Copies the guard's settings from harden.config into the SET clauses of
    the event-trigger functions (the trigger on harden.config calls this
    after every change)."""
    settings = Settings(config.stored(db))
    mode_was = gate_settings(db)["mode"]
    stale = [(function, name) for function in EVENT_FUNCTION_SETTINGS
             for name, value in gate_settings(db, function).items() if value != getattr(settings, name)]
    if not stale:
        return
    # So that the gate hands the ALTER FUNCTION to Python, which lets it
    # through unrecorded.
    internal_ddl.route_to_python(db)
    with internal_ddl.running():
        for function, name in stale:
            statement = db.query(
                "SELECT pg_catalog.format('ALTER FUNCTION %s SET harden.%%I = %%L', $1::text, $2::text) AS sql"
                % function, [name, getattr(settings, name)])[0]["sql"]
            db.query(statement)
        if settings.mode != mode_was and "off" in (settings.mode, mode_was):
            _switch_event_triggers(db, enable=settings.mode != "off")


def _switch_event_triggers(db, enable):
    """In off mode the event triggers are disabled, so that DDL costs nothing
    at all (a trigger that only returns still costs a function call per
    statement); leaving off enables those harden disabled. Only a change of
    mode switches them: an administrator's own ALTER EVENT TRIGGER stays."""
    for r in db.query("SELECT e.evtname::text AS name FROM pg_catalog.pg_event_trigger e"
                      " WHERE e.evtname = ANY ($1::text[]) AND (e.evtenabled = 'D') = $2::boolean",
                      [list(triggers.NAMES), enable]):
        db.query(db.query("SELECT pg_catalog.format('ALTER EVENT TRIGGER %I " + ("ENABLE" if enable else "DISABLE")
                          + "', $1::text) AS sql", [r["name"]])[0]["sql"])


def _event_trigger_state(enabled):
    return {"O": "enabled", "D": "disabled", "R": "enabled (replica only)", "A": "enabled (always)"}[enabled]


def status(db):
    rows = [("harden", "version", __version__)]
    stored = config.stored(db)
    settings = Settings(stored)
    for name in ("mode", "fail_closed", "record_all_ddl"):
        rows.append(("harden", name, getattr(settings, name) + ("" if name in stored else " (default)")))
    differ = sorted({"%s=%s" % (name, value) for function in EVENT_FUNCTION_SETTINGS
                     for name, value in gate_settings(db, function).items() if value != getattr(settings, name)})
    rows.append(("harden", "gate_settings", "as configured" if not differ else
                 "differ from harden.config (%s): a change to harden.config puts them right" % ", ".join(differ)))
    present = {r["evtname"]: r for r in db.query(
        "SELECT e.evtname::text AS evtname, e.evtenabled::text AS enabled"
        "  FROM pg_catalog.pg_event_trigger e WHERE e.evtname = ANY ($1::text[])", [list(triggers.NAMES)])}
    for name in triggers.NAMES:
        t = present.get(name)
        rows.append(("event_trigger", name, _event_trigger_state(t["enabled"]) if t else "missing"))
    overrides = {r["rule"]: r for r in db.query(
        "SELECT rule, action, changed_by, changed_at::text AS changed_at FROM harden.rule_actions")}
    version = int(db.query("SELECT pg_catalog.current_setting('server_version_num') AS v")[0]["v"])
    for rule in catalogue.load_guarded().values():
        o = overrides.get(rule.name)
        value = o["action"] + " (set by %s at %s)" % (o["changed_by"], o["changed_at"]) if o \
            else rule.guard_action + " (default)"
        if settings.mode == "off":
            value += "; mode off: not checked"
        elif settings.mode == "warn" and (o["action"] if o else rule.guard_action) == "block":
            value += "; mode warn: warns instead"
        if version < rule.min_server_version:
            value += "; needs PostgreSQL %d or later" % (rule.min_server_version // 10000)
        rows.append(("rule", rule.name, value))
    rows.append(("apply", "last_run", _last_apply_run(db)))
    return rows


def _last_apply_run(db):
    present = db.query("SELECT pg_catalog.to_regclass('harden.apply_runs') IS NOT NULL AS ok")[0]["ok"]
    if not present:
        return "unknown (this build has no harden.apply_runs)"
    runs = db.query("SELECT run_id, started_at::text AS started_at, performed_by, dry_run"
                    "  FROM harden.apply_runs ORDER BY started_at DESC, run_id DESC LIMIT 1")
    if not runs:
        return "never"
    r = runs[0]
    return "run %s at %s by %s%s" % (r["run_id"], r["started_at"], r["performed_by"],
                                     " (dry run)" if r["dry_run"] else "")


def prune_history(db, older_than):
    if older_than is None:
        raise HardenError("prune_history needs an age", hint="For example: SELECT harden.prune_history('90 days');")
    if db.query("SELECT $1::pg_catalog.interval < '0'::pg_catalog.interval AS negative", [older_than])[0]["negative"]:
        raise HardenError("prune_history needs a positive age, not %s" % older_than,
                          hint="For example: SELECT harden.prune_history('90 days');")
    rows = db.query("WITH gone AS (DELETE FROM harden.ddl_history"
                    " WHERE performed_at < pg_catalog.now() - $1::pg_catalog.interval RETURNING 1)"
                    " SELECT pg_catalog.count(*) AS n FROM gone", [older_than])
    return rows[0]["n"]
