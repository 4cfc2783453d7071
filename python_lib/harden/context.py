"""What one audit or guard run knows about the database, read once and shared."""

from functools import cached_property

from harden import pgtrickle, quoting
from harden.settings import Settings

# One of harden's own tables (harden.config, harden.waivers): a member of
# extension harden, which only a superuser installs. The command-line audit
# also reads databases without the extension, where any role with CREATE on
# the database can make a schema harden holding views of its own: read by a
# superuser, they would run that role's code as the superuser and forge the
# configuration and waivers (found by an attacker helper).
OWN_TABLE_SQL = """
SELECT EXISTS (SELECT FROM pg_catalog.pg_depend d
                 JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'harden'
                 JOIN pg_catalog.pg_class c ON c.oid = d.objid AND c.relkind = 'r'
                 JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                  AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.deptype = 'e'
                  AND n.nspname = 'harden' AND c.relname = $1) AS ok
"""


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
        rows = self.query("SELECT name, value FROM harden.config") if self.own_table("config") else []
        return Settings({r["name"]: r["value"] for r in rows})

    def own_table(self, name):
        """harden.<name> is harden's own table (OWN_TABLE_SQL)."""
        return self.query(OWN_TABLE_SQL, [name])[0]["ok"]

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
