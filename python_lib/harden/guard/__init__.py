"""The guard: event triggers that check DDL as it happens (docs/guard.md).

sql/idempotent/40_guard.sql creates thin PL/pgSQL event-trigger functions that call
harden.guard.entry; the engine reads the event's commands, hands each to the
rules that asked for its command tag, turns their Violations into verdicts
under the configured mode and rule actions, records the history and hands
any blocking verdict back to PL/pgSQL, which raises it.
"""

from collections import namedtuple

from harden.rule import Violation

# Object types harden.ddl_history records whatever the rules say
# (docs/guard.md): the engine's watched() and the gate's WATCH and DROP_WATCH
# (harden.guard.gate) are made from this one list.
WATCHED_OBJECT_TYPES = frozenset((
    "policy", "trigger", "publication", "publication relation", "publication namespace", "subscription",
))

# What a reacting rule (rls_source_changed) did rather than what it objects
# to: a Violation's fields, and the stream tables it marked for
# reinitialisation.
Reaction = namedtuple("Reaction", Violation._fields + ("marked_stream_tables",),
                      defaults=tuple(Violation._field_defaults.values()) + ((),))


def server_error(db, exc):
    """Whether `exc` is an error PostgreSQL raised (a query cancel, a statement
    or lock timeout, any ERROR of a query the guard ran) rather than a bug in
    harden's Python. The caller of the DDL controls the first three, so the
    guard never lets the DDL through on one: it propagates and aborts the DDL."""
    spi_error = getattr(getattr(db, "plpy", None), "SPIError", None)
    return spi_error is not None and isinstance(exc, spi_error)


def as_violation(finding):
    return Violation(message=finding.message, remediation=finding.remediation,
                     object_type=finding.object_type, object_identity=finding.object_identity)


def findings_on(audit, ctx, identities, remediation=None):
    """A rule's own audit findings about the objects a DDL touched, as
    Violations: the guard says what the audit would say about them.
    `remediation(finding)`, when given, says what to do instead of the
    audit's fix, for a command whose rollback leaves nothing that fix names."""
    for f in audit(ctx):
        if f.object_identity in identities:
            yield as_violation(f if remediation is None else f._replace(remediation=remediation(f)))
