"""The rule catalogue: every module in harden.rules defines one RULE."""

import importlib
import pkgutil

from harden import rules as _rules_pkg

_CATALOGUE = None


def load():
    global _CATALOGUE
    if _CATALOGUE is None:
        found = {}
        for info in pkgutil.iter_modules(_rules_pkg.__path__):
            module = importlib.import_module("harden.rules." + info.name)
            rule = module.RULE
            if rule.name != info.name:
                raise RuntimeError("harden.rules.%s defines rule %s" % (info.name, rule.name))
            found[rule.name] = rule
        _CATALOGUE = dict(sorted(found.items()))
    return _CATALOGUE


def get(name):
    rule = load().get(name)
    if rule is None:
        from harden.errors import HardenError
        raise HardenError("unknown rule %r" % name, hint="SELECT name FROM harden.checks() lists the rules.")
    return rule
