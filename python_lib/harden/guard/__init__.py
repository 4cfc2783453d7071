"""The guard: event triggers that check DDL as it happens (docs/guard.md).

sql/40_guard.sql creates thin PL/pgSQL event-trigger functions that call
harden.guard.entry; the engine reads the event's commands, hands each to the
rules that asked for its command tag, turns their Violations into verdicts
under the configured mode and rule actions, records the history and hands
any blocking verdict back to PL/pgSQL, which raises it.
"""

from dataclasses import dataclass

from harden.rule import Violation


@dataclass(frozen=True)
class Reaction(Violation):
    """What a reacting rule (rls_source_changed) did rather than what it
    objects to: the stream tables it marked for reinitialisation."""
    marked_stream_tables: tuple = ()
