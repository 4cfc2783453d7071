"""Reading and changing harden.config through harden.configure()."""

from harden import settings as _settings
from harden.errors import HardenError
from harden.quoting import quote_literal

# Whether current_user is a superuser. harden.configure() runs with its
# caller's rights, so this is the role whose code calls it: a SECURITY
# DEFINER function could only guess that from session_user and SET ROLE, and
# a superuser's session runs other roles' code as those roles (an index
# expression at ANALYZE or autovacuum, a SECURITY DEFINER function), which
# then changed admin_role as the superuser (found by an attacker helper).
_SUPERUSER_SQL = """
SELECT COALESCE((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user), false) AS ok
"""


def _refuse_superuser_only(name):
    if _settings.SETTINGS[name].superuser_only:
        raise HardenError("only a superuser may change setting %s" % name,
                          detail="harden.apply() grants to, gives objects to or revokes from what it names, "
                                 "with a superuser's rights.",
                          hint="Ask a superuser to run: SELECT harden.configure(%s, ...);" % quote_literal(name),
                          sqlstate="42501")


def configure(db, name, value):
    """harden.configure(), with the caller's rights: a superuser writes
    harden.config itself; anyone else (harden_admin) through
    harden._set_config(), which never changes a superuser-only setting."""
    value = _settings.validate(name, value)
    if db.query(_SUPERUSER_SQL)[0]["ok"]:
        return write(db, name, value)
    _refuse_superuser_only(name)
    return db.query("SELECT harden._set_config($1, $2) AS value", [name, value])[0]["value"]


def set_config(db, name, value):
    """harden._set_config(), SECURITY DEFINER, which harden_admin may call
    directly: every setting but the superuser-only ones."""
    value = _settings.validate(name, value)
    _refuse_superuser_only(name)
    return write(db, name, value)


def write(db, name, value):
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
