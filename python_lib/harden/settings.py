"""harden's configuration: names, defaults and validation.

Values live in the table harden.config (only the ones a DBA changed; the
defaults stay here), which pg_dump keeps through pg_extension_config_dump.
They are changed with harden.configure(), never with a GUC: any user can set
a custom GUC, so none of these may come from one.
"""

from harden.errors import HardenError


def _is_name(value):
    """1 to 63 characters, no NUL: what a role name or an identifier may be."""
    return 0 < len(value) <= 63 and "\x00" not in value


def _role_name(value):
    if not _is_name(value) or value.startswith("pg_") or value.lower() == "public":
        raise HardenError(
            "invalid role name %r" % value,
            detail="A role name has 1 to 63 characters; pg_ prefixes and PUBLIC are reserved.",
            hint="Pass the role name as it is stored, without quotes.",
        )
    return value


def _identifier(value):
    if not _is_name(value):
        raise HardenError("invalid identifier %r" % value,
                          detail="An identifier has 1 to 63 characters.",
                          hint="Pass the name as it is stored, without quotes.")
    return value


# Schemas apply must never take for pg_trickle's change buffers: it revokes
# every privilege on that schema and its tables from all but their owners and
# the superusers (an attacker helper emptied pg_catalog's privileges that way).
_NOT_CHANGE_BUFFERS = ("pg_catalog", "information_schema", "pg_toast", "public", "harden", "pgtrickle")


def _change_buffer_schema(value):
    _identifier(value)
    if value in _NOT_CHANGE_BUFFERS or value.startswith(("pg_temp_", "pg_toast_temp_")):
        raise HardenError("schema %s cannot hold pg_trickle's change buffers" % value,
                          detail="apply() revokes every privilege on the change-buffer schema and its tables.",
                          hint="Name the schema pg_trickle keeps its change buffers in (pg_trickle's default: "
                               "pgtrickle_changes).")
    return value


def _choice(*allowed):
    def check(value):
        if value not in allowed:
            raise HardenError("invalid value %r" % value,
                              hint="Use one of: %s." % ", ".join(allowed))
        return value
    return check


def _boolean(value):
    lowered = value.strip().lower()
    if lowered in ("on", "true", "yes", "1"):
        return "on"
    if lowered in ("off", "false", "no", "0"):
        return "off"
    raise HardenError("invalid boolean %r" % value, hint="Use on or off.")


def _role_list(value):
    names = [v.strip() for v in value.split(",") if v.strip()]
    for name in names:
        _role_name(name)
    return ",".join(names)


def _exposed_list(value):
    """PUBLIC (any spelling) or role names, comma-separated; stored as given, PUBLIC upper case."""
    names = []
    for name in (v.strip() for v in value.split(",")):
        if not name:
            continue
        if name.lower() == "public":
            names.append("PUBLIC")
            continue
        if not _is_name(name):
            raise HardenError("invalid role name %r" % name,
                              detail="A role name has 1 to 63 characters.",
                              hint="Pass the role names as they are stored, without quotes, separated by commas.")
        names.append(name)
    if not names:
        raise HardenError("the list of exposed roles is empty",
                          hint="Name at least PUBLIC; SELECT harden.configure('exposed_roles', NULL) restores "
                               "the default.")
    return ",".join(names)


class Setting:
    def __init__(self, name, default, validate, description, superuser_only=False):
        self.name = name
        self.default = default
        self.validate = validate
        self.description = description
        # Only a superuser may change it: apply() grants to, hands objects to
        # or revokes from what it names, as a superuser. A member of
        # harden_admin who named itself admin_role was handed the sources'
        # data and the stream tables (found by an attacker helper).
        self.superuser_only = superuser_only


SETTINGS = {s.name: s for s in [
    Setting("admin_role", "pgtrickle_admin", _role_name,
            "Role that owns and manages stream tables (tutorial step 1).", superuser_only=True),
    Setting("user_role", "pgtrickle_user", _role_name,
            "Role for application backends: reads stream tables, calls monitoring functions.", superuser_only=True),
    Setting("readonly_role", "pgtrickle_readonly", _role_name,
            "Role for BI and reporting: reads stream tables only.", superuser_only=True),
    Setting("change_buffer_schema", "pgtrickle_changes", _change_buffer_schema,
            "Schema holding pg_trickle's change buffers.", superuser_only=True),
    Setting("mode", "enforce", _choice("enforce", "warn", "off"),
            "Guard mode: enforce blocks rule violations, warn raises WARNINGs, off disables the guard."),
    Setting("fail_closed", "off", _boolean,
            "When on, an internal error in a guard rule that only warns blocks the DDL too "
            "(a blocking rule's always does)."),
    Setting("record_all_ddl", "off", _boolean,
            "When on, harden.ddl_history records every DDL, not only DDL on watched objects."),
    Setting("role_attribute_exceptions", "", _role_list,
            "Comma-separated login roles allowed CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS."),
    Setting("exposed_roles", "PUBLIC,anon,authenticated,web_anon", _exposed_list,
            "Comma-separated roles whose access is what an outsider gets (API roles); PUBLIC for every role. "
            "Names that are not roles are ignored; exposure follows role membership."),
    Setting("search_path_all_routines", "off", _boolean,
            "When on, function_search_path_mutable reports every routine without a pinned search_path "
            "(at info severity), not only trigger, index and constraint functions."),
]}


def validate(name, value):
    setting = SETTINGS.get(name)
    if setting is None:
        raise HardenError("unknown setting %r" % name,
                          hint="Settings are: %s." % ", ".join(sorted(SETTINGS)))
    if value is None:
        return None
    try:
        return setting.validate(value)
    except HardenError as exc:
        raise HardenError("setting %s: %s" % (name, exc.message), detail=exc.detail or setting.description,
                          hint=exc.hint) from None


class Settings:
    """Effective values: the stored ones over the defaults."""

    def __init__(self, stored):
        self._values = {name: s.default for name, s in SETTINGS.items()}
        for name, value in stored.items():
            if name in self._values:
                self._values[name] = value

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def items(self):
        return sorted(self._values.items())

    @property
    def pgtrickle_roles(self):
        return (self.admin_role, self.user_role, self.readonly_role)

    @property
    def exposed_roles_list(self):
        return [r for r in self.exposed_roles.split(",") if r]

    @property
    def attribute_exceptions(self):
        return [r for r in self.role_attribute_exceptions.split(",") if r]
