"""harden.revert(run_id): a run's recorded undo, newest action first.

Each applied action was recorded with the statements that lead from the state
it left back to the state it found, so running them in reverse order restores
roles, owners, ACLs (grantors and grant options included), default privileges
and database settings. Runs are undone newest first: a run's undo assumes the
state that run left, so reverting an older run under a newer one is refused.
A role apply created is dropped only when it has no members, belongs to no
role and owns and holds nothing; otherwise it is kept and the row says why.
"""

import json

from harden.apply import run as _run
from harden.apply import state as _state
from harden.context import Context
from harden.errors import HardenError
from harden.quoting import comment

ROLE_TIES_SQL = """
SELECT (SELECT pg_catalog.array_agg(m.rolname::text ORDER BY m.rolname)
          FROM pg_catalog.pg_auth_members am JOIN pg_catalog.pg_roles m ON m.oid = am.member
         WHERE am.roleid = r.oid) AS members,
       (SELECT pg_catalog.array_agg(g.rolname::text ORDER BY g.rolname)
          FROM pg_catalog.pg_auth_members am JOIN pg_catalog.pg_roles g ON g.oid = am.roleid
         WHERE am.member = r.oid) AS member_of
  FROM pg_catalog.pg_roles r WHERE r.rolname = $1
"""


def _drop_role(db, ctx, executor, name):
    """(status, reason): drops a role apply created unless something ties it."""
    rows = db.query(ROLE_TIES_SQL, [name])
    if not rows:
        return "skipped", "role %s no longer exists" % ctx.ident(name)
    ties = rows[0]
    if ties["members"]:
        return "kept", "role %s has members harden did not add: %s" % (
            ctx.ident(name), ", ".join(ctx.ident(m) for m in ties["members"]))
    if ties["member_of"]:
        return "kept", "role %s belongs to roles harden did not grant it: %s" % (
            ctx.ident(name), ", ".join(ctx.ident(m) for m in ties["member_of"]))
    try:
        with db.subtransaction():
            executor.run("DROP ROLE %s" % ctx.ident(name))
    except Exception as exc:
        if _run.sqlstate(exc) != "2BP01":
            raise
        why = _run.detail(exc) or str(exc)
        return "kept", "role %s owns or holds what harden did not give it: %s" % (
            ctx.ident(name), "; ".join(why.splitlines()))
    return "reverted", None


def _renamed(db, undo):
    """Why an undo must not run: an object it names by name no longer has
    that name (found by an attacker helper: a schema owner swapped two
    schemas' names, and the undo of one table's owner change gave the other
    table, someone else's, to the first table's old owner). None if none."""
    for _, _, name, now in _state.renamed(db, {tuple(u["target"]) for u in undo if u.get("target")}):
        if now is None:
            return "%s does not exist any more" % name
        return "%s is no longer the object harden.apply() changed under that name (now %s)" % (name, now)
    return None


def _undo(db, executor, undo):
    renamed = _renamed(db, undo)
    if renamed:
        return "skipped", renamed
    mark = executor.mark()
    try:
        with db.subtransaction():
            for u in undo:
                executor.run(u["sql"], u.get("as"), u.get("schema"))
    except Exception as exc:
        executor.forget_since(mark)
        if _run.sqlstate(exc) not in _run.VANISHED:
            raise
        return "skipped", "%s" % (getattr(exc, "message", None) or exc)
    # The statements name their object, and may have waited for its lock
    # after the check above: renamed meanwhile, with another object taking
    # its name, that one took the undo.
    renamed = _renamed(db, undo)
    if renamed:
        raise HardenError("an object was renamed while harden.revert() ran", detail=renamed,
                          hint="Nothing was changed; run harden.revert() again.", sqlstate="40001")
    return "reverted", None


def revert(db, run_id):
    if run_id is None:
        raise HardenError("run_id must not be NULL", hint="SELECT run_id FROM harden.apply_runs lists the runs.")
    ctx = Context(db)
    if db.query("SELECT pg_catalog.pg_is_in_recovery() AS r")[0]["r"]:
        raise HardenError("this server is in recovery: nothing can be reverted here",
                          hint="Revert on the primary; the changes replicate.", sqlstate="25006")
    _run.lock(db)
    found = db.query("SELECT reverted_at::text AS reverted_at, reverted_by FROM harden.apply_runs"
                     " WHERE run_id = $1 FOR UPDATE", [run_id])
    if not found:
        raise HardenError("there is no harden.apply() run %d" % run_id,
                          detail="Dry runs change nothing and are not recorded.",
                          hint="SELECT * FROM harden.apply_runs ORDER BY run_id lists the runs.")
    if found[0]["reverted_at"] is not None:
        raise HardenError("run %d was already reverted" % run_id,
                          detail="reverted at %s by %s" % (found[0]["reverted_at"], found[0]["reverted_by"]),
                          hint="Nothing was changed. Run harden.apply() again to redo its changes.")
    later = db.query("SELECT run_id FROM harden.apply_runs WHERE run_id > $1 AND applied > 0"
                     " AND reverted_at IS NULL ORDER BY run_id DESC", [run_id])
    if later:
        ids = [r["run_id"] for r in later]
        raise HardenError("run %d changed the database after run %d" % (ids[-1], run_id),
                          detail="A run's undo starts from the state that run left; later runs: %s."
                                 % ", ".join(str(i) for i in ids),
                          hint="Revert them first, newest first: SELECT * FROM harden.revert(%d);" % ids[0])
    actions = db.query("SELECT seq, step, undo::text AS undo, undo_sql FROM harden.apply_actions"
                       " WHERE run_id = $1 AND status = 'applied' ORDER BY seq DESC", [run_id])
    executor = _run.Executor(db, ctx)
    rows, seqs, statuses = [], [], []
    for a in actions:
        undo = json.loads(a["undo"])
        if len(undo) == 1 and "drop_role" in undo[0]:
            status, reason = _drop_role(db, ctx, executor, undo[0]["drop_role"])
        else:
            status, reason = _undo(db, executor, undo)
        sql = a["undo_sql"]
        if reason:
            db.notice("harden: %s: %s" % (status, reason))
            sql = "%s\n%s" % (comment("%s: %s" % (status, reason)), sql or "")
        rows.append((a["step"], sql, status))
        seqs.append(a["seq"])
        statuses.append(status)
    executor.close()
    db.query("UPDATE harden.apply_actions a SET revert_status = u.status"
             " FROM ROWS FROM (pg_catalog.unnest($2::integer[]), pg_catalog.unnest($3::text[])) AS u(seq, status)"
             " WHERE a.run_id = $1 AND a.seq = u.seq", [run_id, seqs, statuses])
    db.query("UPDATE harden.apply_runs SET reverted_at = pg_catalog.now(), reverted_by = session_user"
             " WHERE run_id = $1", [run_id])
    return rows
