"""The value a setting has for new sessions of this database, read from catalogs.

A session's own value (current_setting(), pg_settings.setting, and for
placeholder parameters even reset_val through startup options) is whatever that
session chose, so checks never read it: an auditor could SET a value to hide a
finding. What a new session of this database starts with is, strongest first:
ALTER DATABASE ... SET, ALTER ROLE ALL SET, the server's command line, its
configuration files (postgresql.conf, postgresql.auto.conf), the built-in
default. Settings for one role (ALTER ROLE r SET) apply to that role only and
are read separately (role_values).
"""

from typing import NamedTuple, Optional

# $1: text[] of lower-case parameter names.
DATABASE_VALUES_SQL = """
WITH wanted(name) AS (
    SELECT DISTINCT pg_catalog.lower(n) FROM pg_catalog.unnest($1::pg_catalog.text[]) n
), stored AS (
    SELECT pg_catalog.lower(pg_catalog.split_part(cfg, '=', 1)) AS name,
           pg_catalog.substr(cfg, pg_catalog.strpos(cfg, '=') + 1) AS value,
           s.setdatabase <> 0 AS this_database
      FROM pg_catalog.pg_db_role_setting s
     CROSS JOIN LATERAL pg_catalog.unnest(s.setconfig) cfg
     WHERE s.setrole = 0
       AND s.setdatabase IN (0, (SELECT d.oid FROM pg_catalog.pg_database d
                                  WHERE d.datname = pg_catalog.current_database()))
), files AS (
    SELECT DISTINCT ON (pg_catalog.lower(f.name))
           pg_catalog.lower(f.name) AS name, f.setting, f.sourcefile
      FROM pg_catalog.pg_file_settings f
     WHERE f.applied AND f.error IS NULL
     ORDER BY pg_catalog.lower(f.name), f.seqno DESC
)
SELECT w.name,
       (SELECT s.value FROM stored s WHERE s.name = w.name AND s.this_database) AS database_value,
       (SELECT s.value FROM stored s WHERE s.name = w.name AND NOT s.this_database) AS all_databases_value,
       (SELECT p.reset_val FROM pg_catalog.pg_settings p
         WHERE pg_catalog.lower(p.name) = w.name
           AND p.source IN ('command line', 'environment variable')) AS command_line_value,
       (SELECT f.setting FROM files f WHERE f.name = w.name) AS file_value,
       (SELECT f.sourcefile FROM files f WHERE f.name = w.name) AS file_name,
       (SELECT p.boot_val FROM pg_catalog.pg_settings p WHERE pg_catalog.lower(p.name) = w.name) AS default_value
  FROM wanted w
"""

# $1: lower-case parameter name. Per-role settings in this database or in all.
ROLE_VALUES_SQL = """
SELECT r.rolname, pg_catalog.quote_ident(r.rolname) AS role_sql, s.setdatabase <> 0 AS this_database,
       pg_catalog.substr(cfg, pg_catalog.strpos(cfg, '=') + 1) AS value
  FROM pg_catalog.pg_db_role_setting s
  JOIN pg_catalog.pg_roles r ON r.oid = s.setrole
 CROSS JOIN LATERAL pg_catalog.unnest(s.setconfig) cfg
 WHERE s.setdatabase IN (0, (SELECT d.oid FROM pg_catalog.pg_database d
                              WHERE d.datname = pg_catalog.current_database()))
   AND pg_catalog.lower(pg_catalog.split_part(cfg, '=', 1)) = $1
 ORDER BY r.rolname, s.setdatabase
"""

# Where a value came from, strongest first, as the column that holds it.
_LAYERS = (
    ("database_value", "ALTER DATABASE ... SET"),
    ("all_databases_value", "ALTER ROLE ALL SET"),
    ("command_line_value", "the server command line"),
    ("file_value", None),  # named after the file
    ("default_value", "the built-in default"),
)


class Value(NamedTuple):
    name: str
    value: Optional[str]  # None: not set anywhere and unknown to this server
    source: str

    @property
    def database_level(self):
        """Set in the catalog (replicated to standbys), not in this server's files."""
        return self.source in ("ALTER DATABASE ... SET", "ALTER ROLE ALL SET")


def database_values(ctx, names, defaults=None):
    """{name: Value} for new sessions of this database; defaults stand in for
    parameters this server does not know (a library that is not loaded)."""
    defaults = defaults or {}
    rows = ctx.query(DATABASE_VALUES_SQL, [[n.lower() for n in names]])
    by_name = {r["name"]: r for r in rows}
    out = {}
    for name in names:
        row = by_name[name.lower()]
        value, source = None, "not set"
        for column, label in _LAYERS:
            if row[column] is not None:
                value = row[column]
                source = label or "the configuration file %s" % row["file_name"]
                break
        if value is None and name in defaults:
            value, source = defaults[name], "the built-in default"
        out[name] = Value(name, value, source)
    return out


def role_values(ctx, name):
    """Rows (rolname, role_sql, this_database, value) of ALTER ROLE r [IN DATABASE d] SET name."""
    return ctx.query(ROLE_VALUES_SQL, [name.lower()])


def parse_bool(text):
    """PostgreSQL's boolean spelling (unique prefixes too); None when it is not one."""
    if text is None:
        return None
    word = text.strip().lower()
    if word in ("o", ""):
        return None
    if word in ("on", "1") or any(w.startswith(word) for w in ("true", "yes")):
        return True
    if word in ("off", "of", "0") or any(w.startswith(word) for w in ("false", "no")):
        return False
    return None
