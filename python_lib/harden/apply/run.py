"""Running a plan: one transaction, serialised, every change recorded with its undo.

apply runs inside the caller's transaction (a PL/Python function cannot commit),
so any error rolls back everything it did. An advisory lock on a harden key
makes two runs (or a run and a revert) wait for each other. Statements that
differ only in their object run as one (GRANT ... ON TABLE a, b, c), while each
object keeps its own recorded action: after each step apply reads the ACLs it
touched and records, per object, the statements that lead back to the ACL it
saw before, so a revert restores grantors and grant options too.
"""

import json
from contextlib import contextmanager

from harden import internal_ddl
from harden.apply import acl as _acl
from harden.apply import code as _code
from harden.apply import plan as _plan
from harden.apply import state as _state
from harden.context import Context
from harden.errors import HardenError

# pg_advisory_xact_lock key shared by apply and revert.
LOCK_SQL = "pg_catalog.hashtextextended('harden.apply', 0)"
BATCH = 500

# An object planned for went away while the run went on.
VANISHED = {"42P01", "42883", "3F000", "42704"}


def execute(db, sql):
    """Run one statement as text: DDL is not worth a cached plan."""
    plpy = getattr(db, "plpy", None)
    if plpy is not None:
        plpy.execute(sql)
    else:
        db.query(sql)


def lock(db):
    if db.query("SELECT pg_catalog.pg_try_advisory_xact_lock(%s) AS ok" % LOCK_SQL)[0]["ok"]:
        return
    isolation = db.query("SELECT pg_catalog.current_setting('transaction_isolation') AS i")[0]["i"]
    if isolation != "read committed":
        raise HardenError("another harden.apply() or harden.revert() is running",
                          detail="This transaction is %s: after waiting, it would plan from a snapshot taken "
                                 "before the other run's changes." % isolation,
                          hint="Run it again in a READ COMMITTED transaction, or once the other run has ended.",
                          sqlstate="55P03")
    db.notice("harden: waiting for another harden.apply() or harden.revert() to end")
    db.query("SELECT pg_catalog.pg_advisory_xact_lock(%s)" % LOCK_SQL)


def read_committed(db):
    """apply reads the relations' code again, locked, before its first
    change: from a snapshot older than the lock, that read would miss what
    another session committed in between."""
    isolation = db.query("SELECT pg_catalog.current_setting('transaction_isolation') AS i")[0]["i"]
    if isolation != "read committed":
        raise HardenError("harden.apply() must run in a READ COMMITTED transaction, not %s" % isolation,
                          detail="It checks what its owner changes and grants hand over once it holds the "
                                 "relations' locks, and needs to see what other sessions committed up to then.",
                          hint="Run it again in a READ COMMITTED transaction; "
                               "harden.apply(dry_run => true) runs in any.", sqlstate="25000")


class Executor:
    """Runs statements as harden's own DDL, as the owner or as a given grantor.

    Inside a SECURITY DEFINER function SET ROLE is refused, and a superuser's
    GRANT or REVOKE acts as the object's owner; a statement that must be made as
    another grantor runs in a temporary SECURITY DEFINER function owned by that
    role, dropped before the run ends.
    """

    def __init__(self, db, ctx):
        self.db, self.ctx = db, ctx
        self._as = {}

    def run(self, sql, as_role=None, schema=None):
        """schema: where the statement's object lives. A grantor finds an object by
        name only in a schema it may use; one that lost USAGE since it granted is
        lent USAGE for this statement, taken back right after."""
        with internal_ddl.running():
            if as_role is None:
                execute(self.db, sql)
                return
            helper = self._helper(as_role)
            lend = schema is not None and not self.db.query(
                "SELECT pg_catalog.has_schema_privilege($1, $2, 'USAGE') AS ok", [as_role, schema])[0]["ok"]
            if lend:
                execute(self.db, "GRANT USAGE ON SCHEMA %s TO %s" % (self.ctx.ident(schema), self.ctx.ident(as_role)))
            execute(self.db, "SELECT %s(%s)" % (helper, self.ctx.literal(sql)))
            if lend:
                execute(self.db, "REVOKE USAGE ON SCHEMA %s FROM %s"
                                 % (self.ctx.ident(schema), self.ctx.ident(as_role)))

    def _helper(self, role):
        name = self._as.get(role)
        if name is None:
            name = "pg_temp.harden_as_%d" % (len(self._as) + 1)
            with internal_ddl.running():
                execute(self.db, "CREATE FUNCTION %s(statement text) RETURNS void LANGUAGE plpgsql"
                                 " SECURITY DEFINER SET search_path = pg_catalog, pg_temp"
                                 " AS $harden$BEGIN EXECUTE statement; END$harden$" % name)
                execute(self.db, "ALTER FUNCTION %s(text) OWNER TO %s" % (name, self.ctx.ident(role)))
            self._as[role] = name
        return name

    def mark(self):
        return set(self._as)

    def forget_since(self, mark):
        """Helpers created inside a rolled-back subtransaction are gone with it."""
        for role in set(self._as) - mark:
            del self._as[role]

    def close(self):
        with internal_ddl.running():
            for name in self._as.values():
                execute(self.db, "DROP FUNCTION %s(text)" % name)
        self._as.clear()


def vanished(exc, what):
    return HardenError("%s vanished while harden ran: %s" % (what, getattr(exc, "message", None) or exc),
                       detail="Another session dropped or renamed it after harden had read the catalog.",
                       hint="Nothing was changed; run it again.", sqlstate="40001")


def sqlstate(exc):
    return getattr(exc, "sqlstate", None)


def detail(exc):
    """An error's DETAIL: PL/Python keeps it in spidata, psycopg in diag."""
    spidata = getattr(exc, "spidata", None)
    if spidata:
        return spidata[1]
    diag = getattr(exc, "diag", None)
    return getattr(diag, "message_detail", None)


def _run_step(executor, actions):
    stmts = [s for a in actions for s in a.stmts]
    stmts.sort(key=lambda s: (s.order, s.as_role or "", s.head, s.tail))
    i = 0
    while i < len(stmts):
        s = stmts[i]
        if s.obj is None:
            executor.run(s.text, s.as_role, s.schema)
            i += 1
            continue
        j = i
        while (j < len(stmts) and j - i < BATCH and stmts[j].obj is not None
               and (stmts[j].order, stmts[j].as_role, stmts[j].head, stmts[j].tail)
               == (s.order, s.as_role, s.head, s.tail)):
            j += 1
        executor.run(s.head + ", ".join(t.obj for t in stmts[i:j]) + s.tail, s.as_role, s.schema)
        i = j


def _undo(ident, action, before, after):
    """What leads from the ACL after the action back to the one before it."""
    obj = action.target
    before_owner, before_acl = before
    after_owner, after_acl = after
    # The object each statement names, by oid too: harden.revert() runs them
    # only while that name is still this object's.
    target = [obj.kind, obj.oid, obj.name]
    def entries(stmts):
        return [{"as": r, "sql": s, "schema": obj.schema if r else None, "target": target} for r, s in stmts]
    if action.owner_change is None:
        return entries(_acl.converge(ident, obj.sql, after_owner, after_acl, before_acl))
    old = action.owner_change[0]
    back = _acl.new_owner(after_acl, after_owner, old)
    return ([{"as": None, "sql": "ALTER TABLE %s OWNER TO %s" % (obj.name, ident(old)), "schema": None,
              "target": target}]
            + entries(_acl.converge(ident, obj.sql, old, back, before_acl)))


def undo_sql(ident, undo):
    lines = []
    for u in undo or ():
        if "drop_role" in u:
            lines.append("DROP ROLE %s;" % ident(u["drop_role"]))
        else:
            lines.append(_plan.display(ident, u.get("as"), u["sql"]))
    return "\n".join(lines) or None


def action_sql(ident, action):
    if action.status == "manual":
        return action.manual_sql
    if not action.stmts:
        return None
    return "\n".join(_plan.display(ident, s.as_role, s.text) for s in action.stmts)


# The relations' names as the server prints them (quoted, qualified where
# not on the search_path), for LOCK TABLE.
_LOCKABLE_SQL = ("SELECT pg_catalog.string_agg(c.oid::pg_catalog.regclass::pg_catalog.text, ', ' ORDER BY c.oid)"
                 " AS names FROM pg_catalog.pg_class c WHERE c.oid = ANY ($1::pg_catalog.oid[])"
                 " AND c.relkind IN ('r', 'p', 'v')")


def _check_code_again(db, ctx, todo):
    """The plan read each relation's code before any lock: a role that owns
    one could add an index, trigger, policy or statistics calling its own
    function after that read, and have this run hand it over (found by an
    attacker helper). So before the first step, the relations the run hands
    over or grants on are locked, until it commits, against every command
    that adds code to a table (SHARE UPDATE EXCLUSIVE conflicts with CREATE
    INDEX, TRIGGER, STATISTICS, POLICY and ALTER TABLE), and their code read
    again, as it is now (apply runs only in READ COMMITTED); anything new
    stops the run."""
    checked = [a for a in todo if a.code_checks]
    if checked:
        oids = sorted({a.target.oid for a in checked})
        names = db.query(_LOCKABLE_SQL, [oids])[0]["names"]
        if names:
            execute(db, "LOCK TABLE %s IN SHARE UPDATE EXCLUSIVE MODE" % names)
    # The statements name their objects: one renamed since the plan (LOCK
    # TABLE too finds a name's relation anew once it gets the lock), and
    # another relation given its name, would take the change in its place
    # (found by an attacker helper).
    moved = _state.renamed(db, [(a.target.kind, a.target.oid, a.target.name) for a in todo if a.target is not None]
                           + [a.named for a in todo if a.named is not None])
    if moved:
        raise HardenError("%s was renamed while harden.apply() ran" % moved[0][2],
                          detail="Its statements name it, and another object may have its name now.",
                          hint="Nothing was changed; run harden.apply() again.", sqlstate="40001")
    if not checked:
        return
    code = _code.Code(ctx, oids)
    for a in checked:
        for role, kinds in a.code_checks:
            found = code.foreign(a.target.oid, role, kinds)
            if found:
                raise HardenError("%s was changed while harden.apply() ran: it would now run code %s did not "
                                  "write as %s" % (a.target.name, ctx.ident(role), ctx.ident(role)),
                                  detail="; ".join(found),
                                  hint="Nothing was changed. Run harden.apply() again: it lists this change "
                                       "as manual.", sqlstate="40001")


@contextmanager
def _vanishing():
    """An object the plan named that another session dropped or renamed
    meanwhile (apply waited for its lock, then found it gone): 40001."""
    try:
        yield
    except HardenError:
        raise
    except Exception as exc:
        if sqlstate(exc) in VANISHED:
            raise vanished(exc, "an object harden.apply() planned to change") from None
        raise


def _execute(db, ctx, actions):
    """Run the apply actions step by step; fills in each action's undo."""
    executor = Executor(db, ctx)
    seen = {}  # (kind, oid) -> (owner, acl) as the last step left it
    steps = sorted({a.step for a in actions})
    with _vanishing():
        _check_code_again(db, ctx, [a for a in actions if a.status == "apply"])
    for step in steps:
        todo = [a for a in actions if a.step == step and a.status == "apply"]
        if not todo:
            continue
        with _vanishing():
            _run_step(executor, todo)
        targets = [a.target for a in todo if a.target is not None]
        observed = {}
        for kind in ("rel", "func", "nsp"):
            oids = [o.oid for o in targets if o.kind == kind]
            for oid, value in _acl.read(db, kind, oids).items():
                observed[(kind, oid)] = value
        for a in todo:
            if a.target is None:
                continue
            key = (a.target.kind, a.target.oid)
            if key not in observed:
                raise HardenError("%s vanished while harden.apply() ran" % a.target.name,
                                  hint="Nothing was changed; run harden.apply() again.", sqlstate="40001")
            if a.owner_change is not None and observed[key][0] != a.owner_change[1]:
                raise HardenError("%s was renamed or replaced while harden.apply() ran" % a.target.name,
                                  detail="Its owner is %s, not %s as planned." % (
                                      ctx.ident(observed[key][0]), ctx.ident(a.owner_change[1])),
                                  hint="Nothing was changed; run harden.apply() again.", sqlstate="40001")
            if a.postcheck is not None:
                left = a.postcheck(*observed[key])
                if left:
                    raise HardenError(
                        "harden.apply() could not revoke every privilege on %s" % a.target.name,
                        detail="still granted: %s" % "; ".join(
                            "%s to %s by %s" % (e.privilege, e.grantee or "PUBLIC", e.grantor) for e in left),
                        hint="Nothing was changed. Revoke these grants by hand (as their grantor) and run "
                             "harden.apply() again; please report this case.")
            before = seen.get(key, (a.target.read_owner, a.target.read_acl))
            a.undo = _undo(ctx.ident, a, before, observed[key])
            seen[key] = observed[key]
    executor.close()


def apply(db, dry_run, rules=None):
    if dry_run is None:
        raise HardenError("dry_run must be true or false, not NULL",
                          hint="SELECT * FROM harden.apply(dry_run => true) shows the plan.")
    chosen = _plan.selection(rules)
    ctx = Context(db)
    roles = _plan.configured_roles(ctx.settings)
    in_recovery = db.query("SELECT pg_catalog.pg_is_in_recovery() AS r")[0]["r"]
    if not in_recovery:
        lock(db)
        if not dry_run:
            read_committed(db)
    st = _state.read(ctx, roles)
    actions = _plan.plan(ctx, st, roles, chosen)
    if dry_run or st.in_recovery:
        return [(a.step, a.rule, a.action, action_sql(ctx.ident, a),
                 "planned" if a.status == "apply" else a.status) for a in actions]
    _execute(db, ctx, actions)
    rows = [(a.step, a.rule, a.action, action_sql(ctx.ident, a),
             "applied" if a.status == "apply" else a.status) for a in actions]
    _record(db, ctx, actions, rows)
    return rows


def _record(db, ctx, actions, rows):
    """The run and every row it returned, in two statements."""
    counts = [sum(1 for r in rows if r[4] == s) for s in ("applied", "already", "manual")]
    run_id = db.query("INSERT INTO harden.apply_runs (applied, already, manual) VALUES ($1, $2, $3)"
                      " RETURNING run_id", counts)[0]["run_id"]
    applied = [r[4] == "applied" for r in rows]
    columns = [
        list(range(1, len(rows) + 1)),
        [a.step for a in actions],
        [a.rule for a in actions],
        [a.action for a in actions],
        [r[3] for r in rows],
        [undo_sql(ctx.ident, a.undo) if done else None for a, done in zip(actions, applied)],
        [json.dumps(a.undo) if done else None for a, done in zip(actions, applied)],
        [r[4] for r in rows],
        [a.object_type for a in actions],
        [a.object_identity for a in actions],
    ]
    db.query(
        "INSERT INTO harden.apply_actions (run_id, seq, step, rule, action, sql, undo_sql, undo, status,"
        " object_type, object_identity)"
        " SELECT $1, u.* FROM ROWS FROM (pg_catalog.unnest($2::integer[]), pg_catalog.unnest($3::integer[]),"
        " pg_catalog.unnest($4::text[]), pg_catalog.unnest($5::text[]), pg_catalog.unnest($6::text[]),"
        " pg_catalog.unnest($7::text[]), pg_catalog.unnest($8::jsonb[]), pg_catalog.unnest($9::text[]),"
        " pg_catalog.unnest($10::text[]), pg_catalog.unnest($11::text[]))"
        " AS u(seq, step, rule, action, sql, undo_sql, undo, status, object_type, object_identity)",
        [run_id] + columns)
