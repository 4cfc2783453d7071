"""Entry points for the guard's SQL functions in sql/idempotent/40_guard.sql."""

import functools

from harden.db import PlpyDatabase
from harden.guard import engine, server_error


def _event_entry(fn):
    """An error PostgreSQL raised while the guard ran (a cancel, a timeout,
    any failed query: the caller of the DDL can cause those) propagates and
    aborts the DDL. A bug in the guard's own Python outside the rules (the
    engine catches a rule's) blocks the DDL too: the guard cannot tell what
    the DDL did, and only a rule's own failure may fall back to a WARNING."""
    @functools.wraps(fn)
    def wrapper(plpy, *args):
        db = PlpyDatabase(plpy)
        try:
            return fn(db, *args)
        except Exception as exc:
            if server_error(db, exc):
                raise
            db.log("harden: guard_failed rule=- error=%s" % engine.log_field(exc))
            return ["harden: the guard failed (%s), so the DDL was not checked and is refused" % exc,
                    "This is a bug in harden; the server log has the details.",
                    "While it is fixed, an administrator can let DDL through unchecked:"
                    " SELECT harden.set_mode('off');"]
    return wrapper


@_event_entry
def ddl_command_end(db, tag):
    return engine.ddl_command_end(db, tag)


@_event_entry
def sql_drop(db, tag):
    return engine.sql_drop(db, tag)


@_event_entry
def ddl_command_start(db):
    engine.ddl_command_start(db)


def _admin_entry(name):
    """harden.guard.admin's function `name` behind harden.server.entry_point,
    both imported at its first call: the event triggers, which load Python at
    a session's first checked DDL, need neither."""
    def call(plpy, *args):
        from harden.guard import admin
        from harden.server import entry_point
        return entry_point(getattr(admin, name))(plpy, *args)
    call.__name__ = name
    return call


sync_gate_settings = _admin_entry("sync_gate_settings")
set_mode = _admin_entry("set_mode")
set_rule_action = _admin_entry("set_rule_action")
status = _admin_entry("status")
prune_history = _admin_entry("prune_history")
