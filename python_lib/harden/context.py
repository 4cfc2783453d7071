"""What one audit or guard run knows about the database, read once and shared."""

from functools import cached_property

from harden import pgtrickle, quoting
from harden.settings import Settings


class Context:
    def __init__(self, db):
        self.db = db

    def query(self, sql, params=()):
        return self.db.query(sql, params)

    @cached_property
    def server_version_num(self):
        return int(self.query("SELECT pg_catalog.current_setting('server_version_num') AS v")[0]["v"])

    @cached_property
    def settings(self):
        rows = self.query("SELECT name, value FROM harden.config") if self._has_config_table else []
        return Settings({r["name"]: r["value"] for r in rows})

    @cached_property
    def _has_config_table(self):
        return self.query("SELECT pg_catalog.to_regclass('harden.config') IS NOT NULL AS ok")[0]["ok"]

    @cached_property
    def keywords(self):
        rows = self.query("SELECT word FROM pg_catalog.pg_get_keywords() WHERE catcode <> 'U'")
        return frozenset(r["word"] for r in rows)

    def ident(self, name):
        return quoting.quote_ident(name, self.keywords)

    def literal(self, value):
        return quoting.quote_literal(value)

    @cached_property
    def pgtrickle(self):
        """The pg_trickle deployment found in the catalog, or None."""
        return pgtrickle.detect(self)
