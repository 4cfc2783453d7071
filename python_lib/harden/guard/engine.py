"""From an event's commands to verdicts: run the rules, apply mode, rule
actions and bypass, write the history and the log, return what blocks."""

from harden import catalogue, internal_ddl
from harden.context import Context
from harden.guard import WATCHED_OBJECT_TYPES, Reaction, facts, server_error, snapshot
from harden.guard.command import Event

PG_NAMESPACE = 2615  # the fixed oid of pg_catalog.pg_namespace

INSERT_HISTORY_SQL = """
INSERT INTO harden.ddl_history (performed_by, acting_role, command_tag, object_type, object_identity,
                                statement, rule, verdict, stream_table, marked_stream_tables)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text[])
"""

# The row-security flags ddl_command_start saw before each ALTER TABLE that
# ddl_command_end is about to report, by nesting depth (an ALTER TABLE may
# run inside another, from a function the outer one calls, and must not take
# or overwrite the outer one's snapshot). A new statement at one depth ends
# whatever ran deeper, so deeper entries (left by a nested ALTER TABLE that
# failed inside an exception block) are dropped then.
_rls_before = {}


def _drop_deeper(depth):
    for d in [d for d in _rls_before if _depth(d) > _depth(depth)]:
        del _rls_before[d]


def _depth(depth):
    return int(depth) if depth and depth.isdigit() else 0


_dispatch = {}


def _rules_for(tag, server_version):
    """Rules with a guard that asked for this command tag, in catalogue order."""
    key = (tag, server_version)
    rules = _dispatch.get(key)
    if rules is None:
        rules = catalogue.guarded_for(tag, server_version)
        _dispatch[key] = rules
    return rules


def _server_version(db):
    version = _dispatch.get("server_version")
    if version is None:
        version = _dispatch["server_version"] = int(
            db.query("SELECT pg_catalog.current_setting('server_version_num') AS v")[0]["v"])
    return version


def effective_action(event, rule):
    """The rule's action (block, warn, notice, off) under the rule overrides
    and the mode: in warn mode nothing blocks."""
    action = event.rule_actions.get(rule.name, rule.guard_action)
    if action == "block" and event.mode == "warn":
        return "warn"
    return action


# Characters a log field may hold unquoted: a value holding any other (a
# newline would start a forged log line) is written as a JSON string.
_PLAIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.:@/-")


def log_field(value):
    """A value for a server log line: plain text as it is, anything else as a
    JSON string, so that no value can end the line or forge a field."""
    if value is None:
        return "-"
    text = str(value)
    if text and _PLAIN.issuperset(text):
        return text
    # Imported here: most sessions never log, and json costs a session's
    # first checked DDL over a millisecond.
    import json
    return json.dumps(text, ensure_ascii=False)


def log_line(verb, event, cmd, rule_name, identity, **extra):
    """One line for the server log: blocked attempts vanish with their
    transaction, so the log is their only record."""
    fields = [("rule", rule_name), ("session_user", event.session_user), ("current_user", event.invoker),
              ("tag", cmd.tag), ("object", identity)]
    fields += sorted(extra.items())
    fields.append(("statement", event.statement))
    return "harden: %s %s" % (verb, " ".join("%s=%s" % (k, log_field(v)) for k, v in fields))


def _detail(event, cmd, identity):
    return "%s %s by session user %s, current user %s." % (
        cmd.tag, cmd.object_identity or identity or "", event.session_user, event.invoker)


class _Run:
    def __init__(self, db, event):
        self.db = db
        self.event = event
        self.ctx = Context(db)
        # The event already read harden.config; rules see the same values.
        self.ctx.__dict__["settings"] = event.settings
        if not event.pgtrickle:
            # No catalog, or one a superuser did not make: every rule sees no
            # pg_trickle deployment, and none reads pgtrickle.* as the
            # extension owner.
            self.ctx.__dict__["pgtrickle"] = None
        self.blocked = None
        self.history = []
        self.reported = set()
        self.failures = set()

    def check(self, cmd):
        event = self.event
        # DDL run by another extension's script is that extension's business.
        rules = [] if cmd.in_extension else _rules_for(cmd.tag, _server_version(self.db))
        actions = {r.name: effective_action(event, r) for r in rules}
        rules = [r for r in rules if actions[r.name] != "off"]
        verdicts = [v for rule, violation in self.run_rules(cmd, rules, actions)
                    for v in [self.judge(cmd, rule, actions[rule.name], violation)] if v is not None]
        if verdicts:
            self.history.extend(verdicts)
        elif not cmd.in_extension or event.settings.record_all_ddl == "on":
            self.history.extend(self.watched_rows(cmd))

    def run_rules(self, cmd, rules, actions):
        """(rule, violation) pairs, each reported once per event. All the
        rules run in one subtransaction; when one raises, they run again one
        subtransaction each, so that only the failing rule's check is lost."""
        if not rules:
            return []
        try:
            with self.db.subtransaction():
                found = [(rule, v) for rule in rules for v in rule.guard(self.ctx, cmd)]
        except Exception as exc:
            # An error PostgreSQL raised (a cancel, a timeout, a failed
            # query) aborts the DDL: its caller may have caused it on purpose.
            if server_error(self.db, exc):
                raise
            found = []
            for rule in rules:
                try:
                    with self.db.subtransaction():
                        found += [(rule, v) for v in rule.guard(self.ctx, cmd)]
                except Exception as exc:
                    if server_error(self.db, exc):
                        raise
                    # A bug in one rule's Python must not block unrelated
                    # DDL, but may be one a role can bring about on purpose.
                    self.failed(cmd, rule, exc, actions[rule.name])
        fresh = []
        for rule, v in found:
            key = (rule.name, v.object_identity, v.message)
            if key not in self.reported:
                self.reported.add(key)
                fresh.append((rule, v))
        return fresh

    def judge(self, cmd, rule, action, v):
        """Warn, notify, bypass or block one violation; returns its history
        row, or None for a block (its transaction is about to roll back)."""
        event = self.event
        identity = v.object_identity or cmd.object_identity
        object_type = v.object_type or cmd.object_type
        message = "harden: %s: %s" % (rule.name, v.message)
        hint = v.remediation or rule.remediation
        detail = _detail(event, cmd, identity)
        if isinstance(v, Reaction):
            if action == "warn":
                self.db.warning(message, detail=detail, hint=hint)
            else:
                self.db.notice(message, hint=hint)
            return self.row(cmd, object_type, identity, rule.name, "allowed", list(v.marked_stream_tables))
        if action == "warn":
            self.db.warning(message, detail=detail, hint=hint)
            return self.row(cmd, object_type, identity, rule.name, "warned", [])
        if event.bypass_requested and event.may_bypass:
            self.db.log(log_line("bypassed", event, cmd, rule.name, identity))
            self.db.warning(message + " (let through: harden.bypass is on)", detail=detail, hint=hint)
            return self.row(cmd, object_type, identity, rule.name, "bypassed", [])
        self.db.log(log_line("blocked", event, cmd, rule.name, identity,
                             **({"bypass": "refused"} if event.bypass_requested else {})))
        if self.blocked is None:
            detail += (" An administrator can make this rule warn instead of block:"
                       " SELECT harden.set_rule_action(%s, 'warn');" % self.ctx.literal(rule.name))
            if event.bypass_requested:
                detail += (" harden.bypass is set but ignored: only superusers and members of harden_admin"
                           " may bypass the guard.")
            self.blocked = [message, detail, hint]
        return None

    def failed(self, cmd, rule, exc, action):
        """A rule's check raised an exception that is not a PostgreSQL error.
        The command may be one the rule forbids, and its author may have
        made the check fail (a name the check mishandles): a blocking rule's
        failure refuses it. A rule that only warns or notifies warns, unless
        fail_closed is on."""
        event = self.event
        if rule.name in self.failures:
            return
        self.failures.add(rule.name)
        self.db.log(log_line("guard_failed", event, cmd, rule.name, cmd.object_identity, error=str(exc)))
        detail = _detail(event, cmd, cmd.object_identity)
        if action == "block" and not (event.bypass_requested and event.may_bypass):
            if self.blocked is None:
                self.blocked = [
                    "harden: %s: the guard check failed (%s), so the DDL was not checked by it and is refused"
                    % (rule.name, exc),
                    detail + " An administrator can make this rule warn instead of block, and such a failure"
                    " with it: SELECT harden.set_rule_action(%s, 'warn');" % self.ctx.literal(rule.name),
                    "Report this as a bug in harden; the server log has the details.",
                ]
            return
        if event.settings.fail_closed == "on":
            if self.blocked is None:
                self.blocked = [
                    "harden: %s: the guard check failed (%s), and fail_closed is on" % (rule.name, exc), detail,
                    "Fix the cause (see the server log), or let DDL through while a check fails:"
                    " SELECT harden.configure('fail_closed', 'off');",
                ]
            return
        self.db.warning("harden: guard check %s failed (%s); the DDL was not checked by it" % (rule.name, exc),
                        detail=detail, hint="Report this as a bug in harden; the server log has the details.")

    def watched_rows(self, cmd):
        """History rows of a command nobody objected to: one per watched
        object it touched, or one for the command when all DDL is recorded."""
        event = self.event
        if cmd.tag == "GRANT":
            rows = [self.row(cmd, r["relkind"] == "S" and "sequence" or "table", r["identity"], None,
                             "allowed", [], stream_table=r["stream_table"])
                    for r in facts.touched_watched_relations(self.ctx, cmd)]
            rows += [self.row(cmd, "schema", s["name"], None, "allowed", [])
                     for s in facts.touched_schemas(self.ctx, cmd) if s["oid"] in event.watched_schema_oids]
            if rows or event.settings.record_all_ddl != "on":
                return rows
        elif event.settings.record_all_ddl != "on" and not self.watched(cmd):
            return []
        return [self.row(cmd, cmd.object_type, cmd.object_identity, None, "allowed", [])]

    def watched(self, cmd):
        """Cheapest tests first: most DDL is decided without a query."""
        event = self.event
        return (cmd.object_type in WATCHED_OBJECT_TYPES
                or cmd.schema_name in event.watched_schema_names
                or (cmd.classid == PG_NAMESPACE and cmd.objid in event.watched_schema_oids)
                or cmd.security_definer
                or cmd.is_stream_table or cmd.is_source)

    def row(self, cmd, object_type, identity, rule, verdict, marked, stream_table=None):
        if stream_table is None and identity == cmd.object_identity:
            stream_table = cmd.stream_table
        return (object_type, identity, rule, verdict, stream_table, marked, cmd.tag)

    def record(self):
        event = self.event
        for object_type, identity, rule, verdict, stream_table, marked, tag in self.history:
            self.db.query(INSERT_HISTORY_SQL, [
                event.session_user, event.invoker, tag, object_type, identity, event.statement,
                rule, verdict, stream_table, marked])


def _run(db, kind, tag):
    if internal_ddl.active():
        internal_ddl.route_to_python(db)
        return None
    event = Event(db, kind, tag)
    if kind == "ddl_command_end" and tag == "ALTER TABLE":
        event.rls_before = _rls_before.pop(event.depth, None)
        _drop_deeper(event.depth)
    if event.mode == "off":
        return None
    if snapshot.committed_since(db, event):
        refused = _refuse_stale(db, event)
        if refused is not None:
            return refused
    run = _Run(db, event)
    for cmd in event.commands:
        run.check(cmd)
    if run.blocked is not None:
        return run.blocked
    run.record()
    return None


def _refuse_stale(db, event):
    """The guard cannot judge DDL on a catalog it may see as it was
    (harden.guard.snapshot): refused in enforce mode (as a serialization
    failure, which the transaction may retry), warned in warn mode or under
    a bypass."""
    message = ("harden: could not check %s: another transaction committed after this transaction's snapshot"
               % event.tag)
    detail = ("A %s transaction reads the catalog through the snapshot of its first statement, which does not "
              "show what was committed since, and the DDL acts on the catalog as it is now."
              % event.isolation.upper())
    hint = "Retry the transaction, or run the DDL in a READ COMMITTED transaction."
    # A DROP reports no commands at ddl_command_end: the log line takes the
    # event's tag (log_line reads only .tag of the command it is given).
    cmd = event.commands[0] if event.commands else event
    identity = event.commands[0].object_identity if event.commands else ""
    if event.mode == "warn" or (event.bypass_requested and event.may_bypass):
        db.log(log_line("stale_snapshot_allowed", event, cmd, "-", identity))
        db.warning(message, detail=detail, hint=hint)
        return None
    db.log(log_line("stale_snapshot_refused", event, cmd, "-", identity))
    return [message, detail, hint, "40001"]


def ddl_command_end(db, tag):
    return _run(db, "ddl_command_end", tag)


def sql_drop(db, tag):
    return _run(db, "sql_drop", tag)


def ddl_command_start(db):
    """Before an ALTER TABLE: note the row-security flags of stream tables and
    their sources (rls_source_changed, stream_table_rls_exposure)."""
    if internal_ddl.active():
        return
    event = Event(db, "ddl_command_start", "ALTER TABLE")
    _drop_deeper(event.depth)
    _rls_before.pop(event.depth, None)
    if event.mode == "off" or not event.pgtrickle:
        return
    rows = db.query(facts.RLS_SNAPSHOT_SQL)
    _rls_before[event.depth] = {r["relid"]: (r["enabled"], r["forced"]) for r in rows}
