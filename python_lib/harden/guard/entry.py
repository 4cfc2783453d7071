"""Entry points for the guard's SQL functions in sql/idempotent/40_guard.sql."""

import functools

from harden.db import PlpyDatabase
from harden.guard import admin, engine, server_error
from harden.server import entry_point as _admin_entry


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
