"""The rule catalogue: every module in harden.rules defines one RULE."""

import os

from harden import rules as _rules_pkg

_CATALOGUE = None


def load():
    global _CATALOGUE
    if _CATALOGUE is None:
        found = {}
        # os.listdir, not pkgutil: pkgutil and importlib.util cost a
        # session's first checked DDL several milliseconds.
        for file_name in os.listdir(_rules_pkg.__path__[0]):
            name, ext = os.path.splitext(file_name)
            if ext != ".py" or name == "__init__":
                continue
            __import__("harden.rules." + name)
            rule = getattr(_rules_pkg, name).RULE
            if rule.name != name:
                raise RuntimeError("harden.rules.%s defines rule %s" % (name, rule.name))
            rule.check()
            found[rule.name] = rule
        _CATALOGUE = dict(sorted(found.items()))
    return _CATALOGUE


def get(name):
    rule = load().get(name)
    if rule is None:
        from harden.errors import HardenError
        raise HardenError("unknown rule %r" % name, hint="SELECT name FROM harden.checks() lists the rules.")
    return rule
