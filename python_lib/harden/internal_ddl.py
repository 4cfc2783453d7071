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
