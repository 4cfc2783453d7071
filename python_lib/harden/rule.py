"""What a rule is, and what its checks produce.

A rule is metadata plus up to two checks: `audit(ctx)` looks at the state of
the database and yields Findings; `guard(ctx, command)` looks at one DDL
command as it happens and yields Violations. The rule's name is the contract:
it is the check_name of the report, the prefix of a blocked DDL's error and
the heading in docs/checks.md.
"""

from typing import Callable, Iterable, NamedTuple, Optional

SEVERITIES = ("critical", "high", "medium", "low", "info")
GUARD_ACTIONS = ("block", "warn", "notice", "off")


# NamedTuple, not dataclass: the guard loads these classes at a session's
# first checked DDL, where importing dataclasses (and with it inspect, ast,
# dis) and generating each class's methods cost about 15 ms.
class Finding(NamedTuple):
    object_type: str
    object_identity: str
    message: str
    remediation: Optional[str] = None
    # Tells apart several findings of one rule on one object (a grantee, a setting).
    key: str = ""
    severity: Optional[str] = None


class Violation(NamedTuple):
    message: str
    remediation: Optional[str] = None
    object_type: str = ""
    object_identity: str = ""


class Rule(NamedTuple):
    name: str
    severity: str
    category: str
    title: str
    rationale: str
    reference: str
    remediation: str
    audit: Optional[Callable[..., Iterable[Finding]]] = None
    guard: Optional[Callable[..., Iterable[Violation]]] = None
    guard_action: Optional[str] = None
    # Guard: the command tags the guard check wants to see (None: all).
    guard_tags: Optional[frozenset] = None
    # Gate: for a command tag, a SQL boolean that is true whenever the guard
    # check could object to a command of that tag; otherwise the event
    # trigger does not load Python for it (harden.guard.gate). A tag without
    # one always reaches Python.
    gate: Optional[dict] = None
    min_server_version: int = 0
    # apply: fix(planner) plans the changes that clear the rule's findings
    # (harden.apply.general), as step fix_step; auto_fix: harden.apply() with
    # no list of rules makes them (nothing an application relies on is taken).
    fix: Optional[Callable] = None
    fix_step: int = 0
    auto_fix: bool = False

    def check(self):
        """Raises ValueError for a rule that cannot work (harden.catalogue
        checks every rule it loads)."""
        if self.severity not in SEVERITIES:
            raise ValueError("%s: bad severity %r" % (self.name, self.severity))
        if self.guard is not None and self.guard_action not in GUARD_ACTIONS:
            raise ValueError("%s: a guard needs a guard_action" % self.name)
        if self.gate is not None and not set(self.gate) <= set(self.guard_tags or ()):
            raise ValueError("%s: a gate predicate for a tag the guard does not ask for" % self.name)


def fingerprint(check_name, object_type, object_identity, key=""):
    # Imported here: only the audit fingerprints, and hashlib's OpenSSL start
    # would cost the guard's first DDL of a session 1 to 3 ms.
    import hashlib
    text = "\x1f".join((check_name, object_type, object_identity, key))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
