"""Entry points for the PL/Python wrappers in sql/: plpy in, rows out.

Each takes the plpy module, builds the adapter, and turns a HardenError into
an ERROR with detail, hint and SQLSTATE. Nothing else lives here.
"""

import functools
import operator

from harden import __version__, audit, catalogue, config
from harden.db import PlpyDatabase, given_fields
from harden.errors import HardenError


def entry_point(fn):
    """Wraps an entry point: plpy in, a HardenError out as an ERROR with detail, hint, SQLSTATE."""
    @functools.wraps(fn)
    def wrapper(plpy, *args):
        try:
            return fn(PlpyDatabase(plpy), *args)
        except HardenError as exc:
            plpy.error("harden: " + exc.message, sqlstate=exc.sqlstate, **given_fields(detail=exc.detail, hint=exc.hint))
    return wrapper


def version():
    return __version__


def checks():
    return [
        (r.name, r.severity, r.category, r.title, r.rationale, r.reference)
        for r in catalogue.load().values()
    ]


# A report's row as the tuple of audit_report()'s columns.
_REPORT_ROW = operator.itemgetter(*audit.COLUMNS)


@entry_point
def audit_report(db, include_waived):
    rows = audit.report(db, include_waived=include_waived)
    return list(map(_REPORT_ROW, rows))


@entry_point
def audit_summary(db):
    return [(r["severity"], r["findings"]) for r in audit.summary(audit.report(db))]


@entry_point
def audit_report_json(db):
    import json  # here: the guard imports this module, and json costs its first DDL a millisecond
    return json.dumps(audit.report(db))


@entry_point
def configure(db, name, value):
    return config.configure(db, name, value)


@entry_point
def set_config(db, name, value):
    return config.set_config(db, name, value)


@entry_point
def settings(db):
    return config.effective(db)
