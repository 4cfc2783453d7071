"""Entry points for harden.apply(), harden.revert() and harden.verify()."""

from harden.apply import revert as _revert
from harden.apply import run as _run
from harden.apply import verify as _verify
from harden.server import _entry


@_entry
def apply(db, dry_run):
    return _run.apply(db, dry_run)


@_entry
def revert(db, run_id):
    return _revert.revert(db, run_id)


@_entry
def verify(db):
    return _verify.verify(db)
