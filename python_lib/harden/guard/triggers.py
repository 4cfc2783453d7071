"""harden's event triggers, listed once: the build writes their CREATE EVENT
TRIGGER statements from this list (sql/idempotent/95_event_triggers.sql says
where), set_mode() switches them, status() shows them and the audit's
harden_guard_disabled checks them."""

from collections import namedtuple

EventTrigger = namedtuple("EventTrigger", "name event function when")

NOTE_ACTING_ROLE = "harden.guard_note_acting_role()"

_ALTER_TABLE = "WHEN TAG IN ('ALTER TABLE')"

# Event triggers of one event fire in the order of their names: each guard
# trigger has one that sorts before it and notes the acting role
# (harden.guard_note_acting_role(), docs/guard.md); without it the guard
# would take a role the session set as the acting one.
EVENT_TRIGGERS = (
    EventTrigger("harden_guard_acting_ddl_command_end", "ddl_command_end", NOTE_ACTING_ROLE, ""),
    EventTrigger("harden_guard_ddl_command_end", "ddl_command_end", "harden.guard_ddl_command_end()", ""),
    EventTrigger("harden_guard_acting_sql_drop", "sql_drop", NOTE_ACTING_ROLE, ""),
    EventTrigger("harden_guard_sql_drop", "sql_drop", "harden.guard_sql_drop()", ""),
    EventTrigger("harden_guard_acting_ddl_command_start", "ddl_command_start", NOTE_ACTING_ROLE, _ALTER_TABLE),
    EventTrigger("harden_guard_ddl_command_start", "ddl_command_start", "harden.guard_ddl_command_start()",
                 _ALTER_TABLE),
)

NAMES = tuple(t.name for t in EVENT_TRIGGERS)


def create_sql(t):
    """CREATE EVENT TRIGGER for `t` (the names and functions above are plain
    identifiers, so they need no quoting)."""
    return "CREATE EVENT TRIGGER %s ON %s%s EXECUTE FUNCTION %s" % (
        t.name, t.event, " " + t.when if t.when else "", t.function)


def create_missing_sql():
    """The statements of a DO block that creates each trigger that does not
    exist yet (CREATE EVENT TRIGGER has no OR REPLACE)."""
    return "\n".join(
        "IF NOT EXISTS (SELECT FROM pg_catalog.pg_event_trigger WHERE evtname = '%s') THEN\n    %s;\nEND IF;"
        % (t.name, create_sql(t)) for t in EVENT_TRIGGERS)
