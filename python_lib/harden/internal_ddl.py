"""DDL that harden itself runs (apply, revert), which its own guard lets through.

The mark lives in this backend's Python memory, not in a setting: any user can
SET a custom GUC, but only harden's own code, running in the same interpreter
that the event trigger calls back into, can enter this context.
"""

import contextlib

_depth = 0


@contextlib.contextmanager
def running():
    global _depth
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1


def active():
    return _depth > 0


def route_to_python(db):
    """Until the transaction ends, the PL/pgSQL gate hands every DDL straight
    to Python (sql/idempotent/40_guard.sql, harden.internal), which lets harden's own DDL
    through at once while active(). The setting only routes: anyone may set
    it, and Python checks for itself."""
    db.query("SELECT pg_catalog.set_config('harden.internal', 'on', true) AS internal")
