"""Entry points for the guard's SQL functions in sql/idempotent/40_guard.sql."""

import functools

from harden.db import PlpyDatabase
from harden.guard import admin, engine
from harden.server import entry_point as _admin_entry


def _event_entry(fn):
    """A failure of the engine itself (not of one rule, which the engine
    catches) lets the DDL through with a WARNING, unless fail_closed is on."""
    @functools.wraps(fn)
    def wrapper(plpy, *args):
        db = PlpyDatabase(plpy)
        try:
            return fn(db, *args)
        except Exception as exc:
            db.log("harden: guard_failed rule=- error=%r" % str(exc))
            if _fail_closed(db):
                return ["harden: guard: the guard failed (%s), and fail_closed is on" % exc,
                        "The DDL was not checked.",
                        "Fix the cause (see the server log), or let DDL through while the guard fails:"
                        " SELECT harden.configure('fail_closed', 'off');"]
            db.warning("harden: the guard failed (%s); the DDL was not checked" % exc,
                       hint="Report this as a bug in harden; the server log has the details.")
            return None
    return wrapper


def _fail_closed(db):
    try:
        rows = db.query("SELECT value FROM harden.config WHERE name = 'fail_closed'")
    except Exception:
        return False
    return bool(rows) and rows[0]["value"] == "on"


@_event_entry
def ddl_command_end(db, tag, top_level):
    return engine.ddl_command_end(db, tag, top_level)


@_event_entry
def sql_drop(db, tag):
    return engine.sql_drop(db, tag)


@_event_entry
def ddl_command_start(db):
    engine.ddl_command_start(db)


@_admin_entry
def sync_gate_settings(db):
    admin.sync_gate_settings(db)


@_admin_entry
def set_mode(db, mode):
    return admin.set_mode(db, mode)


@_admin_entry
def set_rule_action(db, rule, action):
    return admin.set_rule_action(db, rule, action)


@_admin_entry
def status(db):
    return admin.status(db)


@_admin_entry
def prune_history(db, older_than):
    return admin.prune_history(db, older_than)
