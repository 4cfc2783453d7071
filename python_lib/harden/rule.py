"""What a rule is, and what its checks produce.

A rule is metadata plus up to two checks: `audit(ctx)` looks at the state of
the database and yields Findings; `guard(ctx, command)` looks at one DDL
command as it happens and yields Violations. The rule's name is the contract:
it is the check_name of the report, the prefix of a blocked DDL's error and
the heading in docs/checks.md.
"""

from collections import namedtuple

SEVERITIES = ("critical", "high", "medium", "low", "info")
GUARD_ACTIONS = ("block", "warn", "notice", "off")


# collections.namedtuple, neither dataclass nor typing.NamedTuple: the guard
# loads these classes at a session's first checked DDL, where importing
# dataclasses (with inspect, ast, dis) cost about 15 ms and typing 2 to 3 ms.
class Finding(namedtuple("Finding", (
        "object_type", "object_identity", "message",
        "remediation",       # SQL or advice; None: the rule's remediation
        "key",               # tells apart several findings of one rule on one object (a grantee, a setting)
        "severity",          # None: the rule's severity
), defaults=(None, "", None))):
    __slots__ = ()


class Violation(namedtuple("Violation", (
        "message",
        "remediation",       # None: the rule's remediation
        "object_type",       # "": the command's
        "object_identity",   # "": the command's
), defaults=(None, "", ""))):
    __slots__ = ()


class Rule(namedtuple("Rule", (
        "name", "severity", "category", "title", "rationale", "reference", "remediation",
        "audit",             # audit(ctx) yields Findings; None: no audit check
        "guard",             # guard(ctx, command) yields Violations; None: no guard check
        "guard_action",      # one of GUARD_ACTIONS, for a rule with a guard
        # Guard: the command tags the guard check wants to see (None: all).
        "guard_tags",
        # Gate: a dict from command tag to a SQL boolean that is true whenever
        # the guard check could object to a command of that tag; otherwise the
        # event trigger does not load Python for it (harden.guard.gate). A tag
        # without one always reaches Python.
        "gate",
        "min_server_version",
        # apply: fix(planner) plans the changes that clear the rule's findings
        # (harden.apply.general), as step fix_step; auto_fix: harden.apply()
        # with no list of rules makes them (nothing an application relies on
        # is taken).
        "fix", "fix_step", "auto_fix",
), defaults=(None, None, None, None, None, 0, None, 0, False))):
    __slots__ = ()

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
