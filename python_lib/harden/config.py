"""Reading and changing harden.config through harden.configure()."""

from harden import settings as _settings
from harden.errors import HardenError
from harden.quoting import quote_literal

# Whether the role that called harden.configure() (SECURITY DEFINER: the one
# SET ROLE chose, or else the session's user) is a superuser.
_CALLER_IS_SUPERUSER_SQL = """
SELECT COALESCE((SELECT r.rolsuper FROM pg_catalog.pg_roles r
                  WHERE r.rolname = COALESCE(NULLIF(pg_catalog.current_setting('role'), 'none'),
                                             session_user::pg_catalog.text)), false) AS ok
"""


def configure(db, name, value):
    value = _settings.validate(name, value)
    if _settings.SETTINGS[name].superuser_only and not db.query(_CALLER_IS_SUPERUSER_SQL)[0]["ok"]:
        raise HardenError("only a superuser may change setting %s" % name,
                          detail="harden.apply() grants to, gives objects to or revokes from what it names, "
                                 "with a superuser's rights.",
                          hint="Ask a superuser to run: SELECT harden.configure(%s, ...);" % quote_literal(name),
                          sqlstate="42501")
    if value is None:
        db.query("DELETE FROM harden.config WHERE name = $1", [name])
        return _settings.SETTINGS[name].default
    db.query(
        "INSERT INTO harden.config (name, value) VALUES ($1, $2)"
        " ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value,"
        " changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at",
        [name, value],
    )
    return value


def stored(db):
    """{name: value} of the settings a DBA changed."""
    return {r["name"]: r["value"] for r in db.query("SELECT name, value FROM harden.config")}


def effective(db):
    changed = stored(db)
    ctx_settings = _settings.Settings(changed)
    return [
        (name, value, name not in changed, _settings.SETTINGS[name].description)
        for name, value in ctx_settings.items()
    ]
