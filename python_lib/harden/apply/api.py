"""Entry points for harden.apply(), harden.revert() and harden.verify()."""

from harden.apply import revert as _revert
from harden.apply import run as _run
from harden.apply import verify as _verify
from harden.server import entry_point


@entry_point
def apply(db, dry_run, rules=None):
    return _run.apply(db, dry_run, rules)


@entry_point
def revert(db, run_id):
    return _revert.revert(db, run_id)


@entry_point
def verify(db):
    return _verify.verify(db)
