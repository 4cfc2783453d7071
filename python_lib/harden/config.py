"""Reading and changing harden.config through harden.configure()."""

from harden import settings as _settings


def configure(db, name, value):
    value = _settings.validate(name, value)
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
