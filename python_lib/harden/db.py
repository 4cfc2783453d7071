"""The one way harden reaches a database: run a query with parameters, get rows.

Queries use PostgreSQL's native placeholders ($1, $2, ...), so the same text
runs through PL/Python's prepared plans and psycopg's RawCursor. Rows come
back as dicts keyed by column name.
"""

import contextlib


def _pg_type(value):
    # bool before int: bool is a subclass of int.
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "bigint"
    if isinstance(value, float):
        return "double precision"
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            return "bigint[]"
        return "text[]"
    return "text"


def given_fields(**fields):
    # PL/Python prints a None detail or hint as the text "None".
    return {k: v for k, v in fields.items() if v is not None}


class PlpyDatabase:
    """Inside the server: plpy, with plans prepared once per session."""

    _plans = {}  # shared by every instance in the session

    def __init__(self, plpy):
        self.plpy = plpy

    def query(self, sql, params=()):
        params = list(params)
        types = tuple(_pg_type(p) for p in params)
        key = (sql, types)
        plan = self._plans.get(key)
        if plan is None:
            plan = self.plpy.prepare(sql, list(types))
            self._plans[key] = plan
        return self.plpy.execute(plan, params)

    def subtransaction(self):
        return self.plpy.subtransaction()

    def notice(self, message, hint=None):
        self.plpy.notice(message, **given_fields(hint=hint))

    def warning(self, message, detail=None, hint=None):
        self.plpy.warning(message, **given_fields(detail=detail, hint=hint))

    def log(self, message):
        self.plpy.log(message)


class PsycopgDatabase:
    """Outside the server: a psycopg 3 connection (tests, tools, benchmarks)."""

    def __init__(self, conn):
        # Imported here, not at the top: the server loads this module at a
        # session's first checked DDL and never logs through logging.
        import logging
        self._log = logging.getLogger("harden")
        self.conn = conn
        self.notices = []
        # The same path the SQL wrappers pin, so queries resolve as in the server.
        conn.execute("SELECT pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', false)")

    def query(self, sql, params=()):
        import psycopg
        from psycopg.rows import dict_row

        with psycopg.RawCursor(self.conn, row_factory=dict_row) as cur:
            cur.execute(sql, list(params))
            return cur.fetchall() if cur.description else []

    @contextlib.contextmanager
    def subtransaction(self):
        with self.conn.transaction():
            yield

    def notice(self, message, hint=None):
        self.notices.append(("NOTICE", message))

    def warning(self, message, detail=None, hint=None):
        self.notices.append(("WARNING", message))
        self._log.warning("%s", message)

    def log(self, message):
        self._log.info("%s", message)
