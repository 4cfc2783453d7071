"""Planning: the rules' fixes as actions, decided from the state apply read.

apply is the union of the rules' plans: the pg_trickle tutorial's steps where
pg_trickle is deployed (and selected), DDL logging, and the general rules'
fixes (harden.apply.general, named by each Rule's fix). With no list of
rules, it makes the pg_trickle steps, DDL logging and every rule marked
auto_fix; with a list, exactly the steps of those rules.

The plan is made once, before anything changes, and is what a dry run returns.
Steps run in order and later steps read what earlier ones leave: the planner
keeps each object's predicted ACL up to date (a grant adds an entry, an owner
change rewrites the ACL as PostgreSQL does), so the dry run shows exactly the
statements a real run executes.

Steps (the `step` column):
  1  roles: create the configured roles NOLOGIN NOINHERIT, fix their attributes
  2  the admin role's privileges (tutorial step 1)
  3  the user and readonly roles' privileges (tutorial step 1)
  4  stream tables owned by the admin role (tutorial step 3)
  5  SELECT on stream tables and default privileges for new ones (tutorial step 4)
  6  no write privilege on a stream table but the owner's
  7  change buffers closed to every role but superusers and their owner (tutorial step 5)
  8  no EXECUTE for PUBLIC on pgtrickle's functions (checklist)
  9  DDL logging for this database (tutorial step 7)
  10 pg_trickle.enabled = off on a server in recovery (tutorial step 8)
  11 CDC triggers that run as a superuser (tutorial step 6)
  12 stream tables that expose rows of sources under row-level security (RLS tutorial)
  13 and later: the general rules' fixes, one step per rule (Rule.fix_step)

Before an owner change or a grant, apply looks at the code the relation
carries (harden.apply.code): planted code of another role makes it manual.
"""

from dataclasses import dataclass, field
from typing import Callable, Optional

from harden import catalogue, server_settings
from harden import settings as _settings
from harden.apply import acl as _acl
from harden.apply import code as _code
from harden.apply import general as _general
from harden.apply import state as _state
from harden.errors import HardenError
from harden.quoting import comment
# The audit's reading of pgaudit.log, so that apply and the audit agree.
from harden.rules import stream_table_writable
from harden.rules.ddl_logging_disabled import pgaudit_logs_ddl

WRITE_PRIVILEGES = ("INSERT", "UPDATE", "DELETE", "TRUNCATE")
MONITORING_FUNCTIONS = ("pgt_status", "refresh_efficiency", "health_check")
LOGS_DDL = ("ddl", "mod", "all")

# (pg_roles column, the keyword that fixes it, the keyword that restores it)
ROLE_ATTRIBUTES = (
    ("inherit", "NOINHERIT", "INHERIT"),
    ("superuser", "NOSUPERUSER", "SUPERUSER"),
    ("createrole", "NOCREATEROLE", "CREATEROLE"),
    ("createdb", "NOCREATEDB", "CREATEDB"),
    ("replication", "NOREPLICATION", "REPLICATION"),
    ("bypassrls", "NOBYPASSRLS", "BYPASSRLS"),
)


# The rules of the pg_trickle tutorial's steps (see the step list above).
PGTRICKLE_RULES = frozenset((
    "pgt_role_missing", "pgt_role_attributes", "stream_table_owner", "stream_table_consumer_grant_missing",
    "stream_table_default_privileges_missing", "stream_table_writable", "change_buffer_exposed",
    "pgtrickle_function_public_execute", "pgtrickle_enabled_on_replica", "cdc_trigger_owned_by_superuser",
    "stream_table_rls_exposure",
))
LOGGING_RULE = "ddl_logging_disabled"


def selection(rules):
    """The rule names apply makes (None: the default set), checked against the catalogue."""
    if rules is None:
        return None
    chosen = set()
    for name in rules:
        if name is None:
            raise HardenError("rules must not contain NULL",
                              hint="Pass rule names, e.g. harden.apply(rules => ARRAY['schema_public_create']).")
        rule = catalogue.get(name)
        if rule.fix is None and name not in PGTRICKLE_RULES and name != LOGGING_RULE:
            raise HardenError("rule %s has no fix that apply can make" % name,
                              detail="apply fixes: %s." % ", ".join(sorted(fixable())),
                              hint="Run the remediation of its findings in harden.audit_report() by hand.")
        chosen.add(name)
    return frozenset(chosen)


def fixable():
    return PGTRICKLE_RULES | {LOGGING_RULE} | {r.name for r in catalogue.load().values() if r.fix is not None}


@dataclass
class Stmt:
    """One statement. When obj is set, statements that differ only in it run as
    one (GRANT ... ON TABLE a, b, c): head + objects + tail."""
    head: str
    obj: Optional[str] = None
    tail: str = ""
    as_role: Optional[str] = None   # run as this grantor (None: as the object's owner)
    schema: Optional[str] = None    # with as_role: the schema the grantor must be able to look in
    order: int = 0                  # within a step, lower runs first

    @property
    def text(self):
        return self.head + (self.obj or "") + self.tail


def display(ident, as_role, text):
    """A statement as a DBA runs it by hand, as a superuser."""
    if as_role is None:
        return text + ";"
    return "SET ROLE %s; %s; RESET ROLE;" % (ident(as_role), text)


@dataclass
class Action:
    step: int
    rule: Optional[str]
    action: str
    status: str                       # apply, already, manual
    stmts: list = field(default_factory=list)
    manual_sql: Optional[str] = None
    target: Optional[_state.Obj] = None   # its ACL is observed before and after
    owner_change: Optional[tuple] = None  # (old owner, new owner)
    undo: Optional[list] = None           # fixed undo; None: computed from the ACLs
    # (kind, oid, name) of the object a fixed statement and its undo name,
    # whose ACL is not observed: apply changes nothing, and revert skips the
    # undo, once another object has that name (a schema owner swapped two
    # schemas' names and had revert reset another role's view; found by an
    # attacker helper).
    named: Optional[tuple] = None
    object_type: Optional[str] = None
    object_identity: Optional[str] = None
    # (owner, acl) -> what should be gone but is not, checked after the step ran
    postcheck: Optional[Callable] = None
    # [(role, kinds)]: the foreign-code checks (foreign_code) the plan made of
    # the target for this change, made again right before it runs.
    code_checks: list = field(default_factory=list)


def is_off(value):
    return server_settings.parse_bool(value) is False


def logs_ddl(value):
    return value is not None and value.strip().lower() in LOGS_DDL


def configured_roles(settings):
    """The admin, user and readonly role names, validated: a bad name stops
    apply before it reads or changes anything."""
    names = []
    for key in ("admin_role", "user_role", "readonly_role"):
        value = getattr(settings, key)
        try:
            _settings.validate(key, value)
        except HardenError as exc:
            raise HardenError("configured %s" % exc.message, detail=exc.detail,
                              hint="Fix it with SELECT harden.configure('%s', '<role name>'); "
                                   "nothing was changed." % key) from None
        if value in ("none", "harden_admin", "harden_auditor"):
            raise HardenError("configured %s %r is reserved" % (key, value),
                              detail="PostgreSQL reserves the role name none; harden_admin and harden_auditor "
                                     "are harden's own.",
                              hint="Choose another name with harden.configure('%s', ...); nothing was changed."
                                   % key)
        names.append(value)
    if len(set(names)) != 3:
        raise HardenError("admin_role, user_role and readonly_role must name three different roles",
                          detail="configured: %s" % ", ".join(names),
                          hint="Set them apart with harden.configure(); nothing was changed.")
    return names


class Planner:
    def __init__(self, ctx, state, roles, chosen=None):
        self.ctx, self.state = ctx, state
        self.q = ctx.ident
        self.admin, self.user, self.readonly = roles
        self.actions = []
        self.cb_schema = ctx.settings.change_buffer_schema
        self.superusers = set(state.superusers)
        self.chosen = chosen
        self.every = _general.table_privileges(ctx)
        self._code = None
        # Relations left to a human because of the code they carry: no later
        # step grants or revokes on them either, so the review finds them as they were.
        self.held = set()

    def selected(self, rule):
        """Whether this run makes the fixes of rule (None: the default set)."""
        if self.chosen is None:
            return rule in PGTRICKLE_RULES or rule == LOGGING_RULE or catalogue.get(rule).auto_fix
        return rule in self.chosen

    def fix_step(self, rule):
        return catalogue.get(rule).fix_step

    @property
    def code(self):
        """The code the relations apply may hand over carry, read on first use."""
        if self._code is None:
            s = self.state
            self._code = _code.Code(self.ctx, [o.oid for o in list(s.stream_tables) + list(s.sources)])
        return self._code

    def fixed(self, step, rule, text, sql, undo_sql, object_type, object_identity, named):
        """One statement with a fixed undo (no ACL to observe) naming the object `named`."""
        self.apply(step, rule, text, [Stmt(sql)], undo=[{"sql": undo_sql, "target": list(named)}],
                   object_type=object_type, object_identity=object_identity, named=named)

    def foreign_code(self, step, rule, obj, role, kinds, change):
        """A manual row when obj carries code of a role other than role and the
        superusers (harden.apply.code); True when it does."""
        if obj.kind == "func":
            found = ([] if obj.owner in self.superusers or obj.owner == role
                     else ["%s is owned by %s" % (obj.name, self.q(obj.owner))])
        else:
            found = self.code.foreign(obj.oid, role, kinds)
        if not found:
            return False
        self.manual(step, rule, "%s %s would run code %s did not write as %s: review it, then make the change "
                    "by hand (%s)" % (obj.object_type, obj.name, self.q(role), self.q(role), "; ".join(found)),
                    "\n".join([comment("review: " + f) for f in found] + [change + ";"]),
                    object_type=obj.object_type, object_identity=obj.name)
        return True

    # -- building actions -------------------------------------------------

    def _add(self, step, rule, text, status, **kw):
        self.actions.append(Action(step, rule, text, status, **kw))

    def apply(self, step, rule, text, stmts, **kw):
        self._add(step, rule, text, "apply", stmts=stmts, **kw)

    def manual(self, step, rule, text, sql, **kw):
        self._add(step, rule, text, "manual", manual_sql=sql, **kw)

    def step_done(self, step, rule, text):
        """An `already` row for a step that found nothing to do."""
        if not any(a.step == step for a in self.actions):
            self._add(step, rule, text, "already")

    def grant(self, step, rule, obj, wanted, text):
        """GRANT what each grantee lacks on obj: wanted is {grantee: privileges}."""
        if obj.kind == "rel" and obj.oid in self.held:
            return
        by_privileges = {}
        for grantee, privileges in wanted.items():
            missing = tuple(p for p in privileges if not _acl.holds(obj.acl, grantee, p))
            if missing and grantee != obj.owner:
                by_privileges.setdefault(missing, []).append(grantee)
        if not by_privileges:
            return
        if obj.kind in ("rel", "func"):
            for privileges, grantees in list(by_privileges.items()):
                for g in list(grantees):
                    change = "GRANT %s ON %s TO %s" % (_acl.privileges_sql(privileges), obj.sql,
                                                        _acl.grantee_sql(self.q, g))
                    if self.foreign_code(step, rule, obj, g, _code.READ_KINDS, change):
                        grantees.remove(g)
                if not grantees:
                    del by_privileges[privileges]
            if not by_privileges:
                return
        stmts = []
        for privileges, grantees in sorted(by_privileges.items()):
            stmts.append(Stmt("GRANT %s ON %s " % (_acl.privileges_sql(privileges), obj.keyword), obj.name,
                              " TO %s" % ", ".join(_acl.grantee_sql(self.q, g) for g in grantees)))
            for g in grantees:
                obj.grant(g, privileges)
        whom = ", ".join(_acl.grantee_sql(self.q, g) for gs in by_privileges.values() for g in gs)
        checks = ([(g, _code.READ_KINDS) for gs in by_privileges.values() for g in gs]
                  if obj.kind == "rel" and obj.oid in self.code.relids else [])
        self.apply(step, rule, text % {"obj": obj.name, "whom": whom}, stmts, target=obj,
                   object_type=obj.object_type, object_identity=obj.name, code_checks=checks)

    def revoke(self, step, rule, obj, doomed, text, postcheck):
        """REVOKE the entries doomed from obj, each as its grantor, deepest first.

        A grant made by a role whose own grant option this step removes goes
        with it (CASCADE) and needs no statement. A grant recorded with a
        superuser that is not the owner as grantor cannot be revoked while that
        role is a superuser: PostgreSQL runs a superuser's REVOKE as the owner's
        and never cascades from a superuser, who keeps every grant option. That
        one is a manual row.
        """
        if not doomed or (obj.kind == "rel" and obj.oid in self.held):
            return
        gone = {(e.grantee, e.grantor, e.privilege) for e in doomed}
        options = {}
        for e in obj.acl:
            if e.grantable:
                options.setdefault((e.grantee, e.privilege), []).append(e.grantor)
        depth = _acl.depths(obj.acl, obj.owner)
        groups, manual = {}, []
        for e in doomed:
            if e.grantor != obj.owner:
                if e.grantor in self.superusers:
                    manual.append(e)
                    continue
                parents = options.get((e.grantor, e.privilege), [])
                if parents and all((e.grantor, p, e.privilege) in gone for p in parents):
                    continue  # revoked by CASCADE with the grantor's own grant option
            key = (-depth[(e.grantee, e.grantor, e.privilege)], None if e.grantor == obj.owner else e.grantor,
                   e.grantee)
            groups.setdefault(key, set()).add(e.privilege)
        stmts = []
        for (order, as_role, grantee), privileges in sorted(groups.items(), key=lambda kv: (
                kv[0][0], kv[0][1] or "", kv[0][2] or "")):
            stmts.append(Stmt("REVOKE %s ON %s " % (_acl.privileges_sql(privileges), obj.keyword), obj.name,
                              " FROM %s%s" % (_acl.grantee_sql(self.q, grantee),
                                              "" if grantee is None else " CASCADE"),
                              as_role=as_role, schema=obj.schema if as_role else None, order=order))
        kept = frozenset((e.grantee, e.grantor, e.privilege) for e in manual)
        if stmts:
            whom = sorted({_acl.grantee_sql(self.q, e.grantee) for e in doomed if e not in manual})
            self.apply(step, rule, text % {"obj": obj.name, "whom": ", ".join(whom)}, stmts, target=obj,
                       object_type=obj.object_type, object_identity=obj.name,
                       postcheck=lambda owner, entries: [e for e in postcheck(owner, entries)
                                                         if (e.grantee, e.grantor, e.privilege) not in kept])
            obj.acl = frozenset(e for e in obj.acl
                                if (e.grantee, e.grantor, e.privilege) not in gone) | frozenset(manual)
        for e in manual:
            # While the grantor is briefly not a superuser, revoking its grant
            # option cascades to what it granted (the GRANT first makes sure
            # there is one to revoke, whether or not apply already took it).
            q = self.q(e.grantor)
            self.manual(step, rule, "%s holds %s on %s from superuser %s, which PostgreSQL lets no one revoke "
                        "while %s is a superuser" % (_acl.grantee_sql(self.q, e.grantee), e.privilege, obj.name,
                                                     q, q),
                        "ALTER ROLE %s NOSUPERUSER;\nGRANT %s ON %s TO %s WITH GRANT OPTION;\n"
                        "REVOKE %s ON %s FROM %s CASCADE;\nALTER ROLE %s SUPERUSER;"
                        % (q, e.privilege, obj.sql, q, e.privilege, obj.sql, q, q),
                        object_type=obj.object_type, object_identity=obj.name)

    # -- the steps --------------------------------------------------------

    def check_roles(self):
        for name in (self.admin, self.user, self.readonly):
            role = self.state.roles.get(name)
            if role is not None and role.login and role.superuser:
                raise HardenError(
                    "configured role %s is a superuser that can log in" % self.q(name),
                    detail="apply makes the configured roles NOLOGIN NOSUPERUSER; it never locks out a login "
                           "role, and stream tables owned by or granted to a superuser are not hardened.",
                    hint="Configure a dedicated role, e.g. SELECT harden.configure('admin_role', "
                         "'pgtrickle_admin'); nothing was changed.")

    def roles(self):
        for kind, name in (("admin", self.admin), ("user", self.user), ("readonly", self.readonly)):
            role = self.state.roles.get(name)
            q = self.q(name)
            if role is None:
                self.apply(1, "pgt_role_missing", "create the %s role %s NOLOGIN NOINHERIT" % (kind, q),
                           [Stmt("CREATE ROLE %s NOLOGIN NOINHERIT" % q)], undo=[{"drop_role": name}],
                           object_type="role", object_identity=q)
                continue
            wrong = [(fix, restore) for column, fix, restore in ROLE_ATTRIBUTES if getattr(role, column)]
            if role.login:
                self.manual(1, "pgt_role_attributes",
                            "the %s role %s can log in: harden never locks out a login role; make it NOLOGIN "
                            "once no one logs in as it, or configure another role" % (kind, q),
                            "ALTER ROLE %s %s;" % (q, " ".join(["NOLOGIN"] + [f for f, _ in wrong])),
                            object_type="role", object_identity=q)
            elif wrong:
                self.apply(1, "pgt_role_attributes",
                           "make the %s role %s %s" % (kind, q, " ".join(f for f, _ in wrong)),
                           [Stmt("ALTER ROLE %s %s" % (q, " ".join(f for f, _ in wrong)))],
                           undo=[{"sql": "ALTER ROLE %s %s" % (q, " ".join(r for _, r in wrong))}],
                           object_type="role", object_identity=q)
                self.superusers.discard(name)
            else:
                self._add(1, "pgt_role_attributes", "the %s role %s exists, NOLOGIN NOINHERIT" % (kind, q),
                          "already",
                          object_type="role", object_identity=q)

    def admin_privileges(self):
        s = self.state
        wanted = {}
        for name in ("pgtrickle", self.cb_schema):
            if s.schema(name) is not None:
                wanted.setdefault(s.schema_names[name], set()).add("USAGE")
        for obj in s.stream_tables:
            wanted.setdefault(obj.nsp, set()).update(("USAGE", "CREATE"))
        for obj in s.sources:
            wanted.setdefault(obj.nsp, set()).add("USAGE")
        for obj in sorted((s.schemas[oid] for oid in wanted), key=lambda o: o.name):
            privileges = [p for p in ("USAGE", "CREATE") if p in wanted[obj.oid]]
            self.grant(2, None, obj, {self.admin: privileges}, "grant %(whom)s access to schema %(obj)s")
        for obj in s.functions:
            self.grant(2, None, obj, {self.admin: ["EXECUTE"]}, "grant %(whom)s EXECUTE on %(obj)s")
        for obj in s.sources:
            self.grant(2, None, obj, {self.admin: ["SELECT"]}, "grant %(whom)s SELECT on source %(obj)s")
        # Future source tables stay readable: for each role that owns sources in a schema.
        for owner, nsp in sorted({(o.owner, o.nsp) for o in s.sources if o.owner != self.admin},
                                 key=lambda k: (s.schemas[k[1]].name, k[0])):
            if not self._default_grants(owner, nsp, self.admin, "SELECT"):
                self.default_privileges(2, None, owner, nsp, [self.admin],
                                        "new tables %s creates in schema %s stay readable by %s")
        self.step_done(2, None, "the admin role %s has the privileges of tutorial step 1" % self.q(self.admin))

    def user_privileges(self):
        s = self.state
        wanted = {}
        pgt = s.schema("pgtrickle")
        if pgt is not None:
            wanted.setdefault(pgt.oid, {})[self.user] = ["USAGE"]
        for obj in s.stream_tables:
            w = wanted.setdefault(obj.nsp, {})
            w[self.user] = w[self.readonly] = ["USAGE"]
        for oid in sorted(wanted, key=lambda o: s.schemas[o].name):
            self.grant(3, None, s.schemas[oid], wanted[oid], "grant %(whom)s USAGE on schema %(obj)s")
        for obj in s.functions:
            if obj.proname in MONITORING_FUNCTIONS:
                self.grant(3, None, obj, {self.user: ["EXECUTE"]}, "grant %(whom)s EXECUTE on %(obj)s")
        self.step_done(3, None, "the user and readonly roles have the privileges of tutorial step 1")

    def ownership(self):
        for obj in self.state.stream_tables:
            if obj.owner == self.admin:
                continue
            old = obj.owner
            if self.foreign_code(4, "stream_table_owner", obj, self.admin, None,
                                 "ALTER TABLE %s OWNER TO %s" % (obj.name, self.q(self.admin))):
                self.held.add(obj.oid)
                continue
            self.apply(4, "stream_table_owner", "transfer stream table %s from %s to %s"
                       % (obj.name, self.q(old), self.q(self.admin)),
                       [Stmt("ALTER TABLE %s OWNER TO %s" % (obj.name, self.q(self.admin)))],
                       target=obj, owner_change=(old, self.admin),
                       object_type=obj.object_type, object_identity=obj.name,
                       code_checks=[(self.admin, None)])
            obj.set_owner(self.admin)
        self.step_done(4, "stream_table_owner", "every stream table is owned by %s" % self.q(self.admin))

    def consumers(self):
        s = self.state
        for obj in s.stream_tables:
            self.grant(5, "stream_table_consumer_grant_missing", obj,
                       {self.user: ["SELECT"], self.readonly: ["SELECT"]},
                       "grant %(whom)s SELECT on stream table %(obj)s")
        for nsp in sorted({o.nsp for o in s.stream_tables}, key=lambda o: s.schemas[o].name):
            missing = [g for g in (self.user, self.readonly)
                       if not self._default_grants(self.admin, nsp, g, "SELECT")]
            if missing:
                self.default_privileges(5, "stream_table_default_privileges_missing", self.admin, nsp, missing,
                                        "new tables %s creates in schema %s are readable by %s")
        self.step_done(5, "stream_table_consumer_grant_missing",
                       "the user and readonly roles can read every stream table, and new ones")

    def writes(self):
        every = self.every

        def writable(owner, entries):
            # A grantee of GRANT ALL loses its TRIGGER and REFERENCES with the
            # writes: left alone they would turn from grant_all_privileges'
            # finding into trigger_ and references_privilege_granted's.
            whole = _general.every_privilege_grantees(entries, owner, every)
            return [e for e in entries if e.grantee != owner and (
                _acl.base(e.privilege) in WRITE_PRIVILEGES
                or (e.grantee in whole and _acl.base(e.privilege) in ("TRIGGER", "REFERENCES")))]
        for obj in self.state.stream_tables:
            self.revoke(6, "stream_table_writable", obj, writable(obj.owner, obj.acl),
                        "revoke write privileges on stream table %(obj)s from %(whom)s", writable)
        for f in stream_table_writable.default_privilege_findings(self.ctx):
            self.manual(6, "stream_table_writable", f.message + " (this changes every new table of the role: "
                        "review it)", f.remediation, object_type=f.object_type, object_identity=f.object_identity)
        self.step_done(6, "stream_table_writable", "only the owner can write to a stream table")

    def change_buffers(self):
        s = self.state
        superusers = frozenset(self.superusers)
        admin = self.admin

        def exposed_schema(owner, entries):
            return [e for e in entries if e.grantee not in superusers and e.grantee != owner
                    and not (e.grantee == admin and e.privilege == "USAGE")]

        def exposed(owner, entries):
            return [e for e in entries if e.grantee not in superusers and e.grantee != owner]

        schema = s.schema(self.cb_schema)
        if schema is not None:
            self.revoke(7, "change_buffer_exposed", schema, exposed_schema(schema.owner, schema.acl),
                        "revoke access to the change-buffer schema %(obj)s from %(whom)s", exposed_schema)
        for obj in s.change_buffers:
            self.revoke(7, "change_buffer_exposed", obj, exposed(obj.owner, obj.acl),
                        "revoke access to change buffer %(obj)s from %(whom)s", exposed)
        self.step_done(7, "change_buffer_exposed",
                       "only superusers and the owner can reach the change buffers")

    def public_execute(self):
        def public(owner, entries):
            return [e for e in entries if e.grantee is None and e.privilege == "EXECUTE"]
        for obj in self.state.functions:
            self.revoke(8, "pgtrickle_function_public_execute", obj, public(obj.owner, obj.acl),
                        "revoke EXECUTE on %(obj)s from %(whom)s", public)
        self.step_done(8, "pgtrickle_function_public_execute", "PUBLIC cannot execute pgtrickle's functions")

    def logging(self, in_recovery=False):
        db = self.q(self.state.dbname)
        ls = self.state.settings["log_statement"]
        if not logs_ddl(ls.effective) and not in_recovery:
            self.apply(9, "ddl_logging_disabled",
                       "log DDL in database %s (log_statement was %s)" % (db, ls.effective),
                       [Stmt("ALTER DATABASE %s SET log_statement = 'ddl'" % db)],
                       undo=[{"sql": self._database_setting(db, "log_statement", ls.database)}],
                       object_type="database", object_identity=db)
        if not logs_ddl(ls.server):
            self.manual(9, "ddl_logging_disabled",
                        "log DDL in every database of the server: ALTER SYSTEM cannot run in a transaction",
                        "ALTER SYSTEM SET log_statement = 'ddl';\nSELECT pg_catalog.pg_reload_conf();",
                        object_type="setting", object_identity="log_statement")
        if "pgaudit" in self.state.shared_preload:
            pa = self.state.settings["pgaudit.log"]
            if not pgaudit_logs_ddl(pa.effective) and not in_recovery:
                value = self._with_ddl(pa.effective)
                self.apply(9, "ddl_logging_disabled", "pgaudit logs DDL in database %s" % db,
                           [Stmt("ALTER DATABASE %s SET pgaudit.log = %s" % (db, self.ctx.literal(value)))],
                           undo=[{"sql": self._database_setting(db, "pgaudit.log", pa.database)}],
                           object_type="database", object_identity=db)
            if not pgaudit_logs_ddl(pa.server):
                self.manual(9, "ddl_logging_disabled",
                            "pgaudit logs DDL in every database of the server: ALTER SYSTEM cannot run in a "
                            "transaction",
                            "ALTER SYSTEM SET pgaudit.log = %s;\nSELECT pg_catalog.pg_reload_conf();"
                            % self.ctx.literal(self._with_ddl(pa.server)),
                            object_type="setting", object_identity="pgaudit.log")
        self.step_done(9, "ddl_logging_disabled", "DDL is logged (log_statement = %s)" % ls.effective)

    def replica(self):
        enabled = self.state.settings["pg_trickle.enabled"]
        if is_off(enabled.effective):
            return
        if enabled.database is not None:
            # ALTER DATABASE replays from the primary and outranks this server's files.
            self.manual(10, "pgtrickle_enabled_on_replica",
                        "this server is in recovery and the primary sets pg_trickle.enabled = %s for this "
                        "database: reset it on the primary, then turn it off in each standby's configuration"
                        % enabled.database,
                        "-- on the primary:\nALTER DATABASE %s RESET pg_trickle.enabled;\n-- on this standby:\n"
                        "ALTER SYSTEM SET pg_trickle.enabled = off;\nSELECT pg_catalog.pg_reload_conf();"
                        % self.q(self.state.dbname),
                        object_type="setting", object_identity="pg_trickle.enabled")
        else:
            self.manual(10, "pgtrickle_enabled_on_replica",
                        "this server is in recovery: stop pg_trickle's scheduler here",
                        "ALTER SYSTEM SET pg_trickle.enabled = off;\nSELECT pg_catalog.pg_reload_conf();",
                        object_type="setting", object_identity="pg_trickle.enabled")

    def cdc_triggers(self):
        found = _state.cdc_superuser_owners(self.ctx)
        admin = self.q(self.admin)
        for obj in self.state.stream_tables:
            if obj.oid not in found:
                continue
            owners, query, schedule = found[obj.oid]
            text = ("the CDC triggers feeding stream table %s run as superuser %s: recreate it under %s "
                    "(its CDC triggers are recreated with it once no other stream table uses them)"
                    % (obj.name, ", ".join(self.q(o) for o in owners), admin))
            if query is None:
                sql = comment("pgtrickle.pgt_stream_tables holds no defining query for %s" % obj.name)
            else:
                args = [self.ctx.literal(obj.name), self.ctx.literal(query)]
                if schedule is not None:
                    args.append(self.ctx.literal(schedule))
                # Whoever made the stream table wrote the query, which then runs as the admin role.
                sql = ("%s\nSELECT pgtrickle.drop_stream_table(%s);\nSET ROLE %s;\n"
                       "SELECT pgtrickle.create_stream_table(%s);\nRESET ROLE;\nSELECT * FROM harden.apply();"
                       % (comment("Read the defining query first: it runs as %s, and whoever made the stream "
                                  "table wrote it." % admin),
                          self.ctx.literal(obj.name), admin, ", ".join(args)))
            self.manual(11, "cdc_trigger_owned_by_superuser", text, sql,
                        object_type=obj.object_type, object_identity=obj.name)
        self.step_done(11, "cdc_trigger_owned_by_superuser",
                       "no CDC trigger of a stream table runs as a superuser")

    def rls(self):
        sources = _state.rls_sources(self.ctx)
        readers = "%s, %s" % (self.q(self.user), self.q(self.readonly))
        for obj in self.state.stream_tables:
            if obj.rls or obj.oid not in sources:
                continue
            self.manual(12, "stream_table_rls_exposure",
                        "stream table %s holds every row of %s, which row-level security filters, and %s can "
                        "read it: enable RLS on it with FOR SELECT policies (the policy is a template)"
                        % (obj.name, ", ".join(sources[obj.oid]), readers),
                        "ALTER TABLE %s ENABLE ROW LEVEL SECURITY;\n"
                        "CREATE POLICY stream_table_readers ON %s FOR SELECT TO %s\n"
                        "    USING (false);  -- replace false with the rows these roles may see"
                        % (obj.name, obj.name, readers),
                        object_type=obj.object_type, object_identity=obj.name)
        self.step_done(12, "stream_table_rls_exposure",
                       "no stream table exposes rows that row-level security filters on its sources")

    # -- helpers ----------------------------------------------------------

    def _default_grants(self, role, nsp, grantee, privilege):
        acls = self.state.default_acls
        return any((grantee, privilege) in acls.get((role, n), ()) for n in (nsp, 0))

    def default_privileges(self, step, rule, role, nsp, grantees, text):
        schema = self.state.schemas[nsp].name
        q = self.q(role)
        whom = ", ".join(self.q(g) for g in grantees)
        head = "ALTER DEFAULT PRIVILEGES FOR ROLE %s IN SCHEMA %s " % (q, schema)
        for g in grantees:
            self.state.default_acls.setdefault((role, nsp), set()).add((g, "SELECT"))
        named = ("nsp", nsp, schema)
        self.apply(step, rule, text % (q, schema, whom), [Stmt(head + "GRANT SELECT ON TABLES TO " + whom)],
                   undo=[{"sql": head + "REVOKE SELECT ON TABLES FROM " + whom, "target": list(named)}],
                   object_type="default acl", object_identity="FOR ROLE %s IN SCHEMA %s" % (q, schema),
                   named=named)

    def _database_setting(self, db, name, previous):
        if previous is None:
            return "ALTER DATABASE %s RESET %s" % (db, name)
        return "ALTER DATABASE %s SET %s = %s" % (db, name, self.ctx.literal(previous))

    @staticmethod
    def _with_ddl(value):
        classes = [c.strip() for c in (value or "").split(",") if c.strip() and c.strip().lower() != "none"]
        return ", ".join(classes + ["ddl"])


def plan(ctx, state, roles, chosen=None):
    p = Planner(ctx, state, roles, chosen)
    trickle = state.deployed and (chosen is None or bool(chosen & PGTRICKLE_RULES))
    if trickle:
        p.check_roles()
    if state.in_recovery:
        # Nothing can be written here: what replicates is hardened on the primary.
        p.manual(10, None, "this server is in recovery: run harden.apply() on the primary, where changes "
                 "replicate from", "SELECT * FROM harden.apply();  -- on the primary")
        if trickle and p.selected("pgtrickle_enabled_on_replica"):
            p.replica()
        if p.selected(LOGGING_RULE):
            p.logging(in_recovery=True)
        return p.actions
    if state.deployment is not None and state.deployment.untrusted:
        # A catalog someone other than a superuser made lists whatever they chose.
        p.manual(2, "pgt_catalog_untrusted",
                 "pg_trickle's catalog was not made by a superuser (%s): the pg_trickle steps were skipped"
                 % ", ".join("%s owned by %s" % (o.identity, o.owner) for o in state.deployment.untrusted),
                 "SELECT * FROM harden.audit_report() WHERE check_name = 'pgt_catalog_untrusted';")
    elif state.deployment is not None and not state.deployment.recognized:
        p.manual(2, "pgt_catalog_unrecognized",
                 "the pg_trickle catalog lacks what harden reads (%s): the pg_trickle steps were skipped"
                 % ", ".join(state.deployment.missing),
                 "-- upgrade harden to a version that knows this pg_trickle")
    if trickle:
        # Steps 1 to 3 make the roles and privileges every later step relies on.
        p.roles()
        p.admin_privileges()
        p.user_privileges()
        for rules, step in ((("stream_table_owner",), p.ownership),
                            (("stream_table_consumer_grant_missing", "stream_table_default_privileges_missing"),
                             p.consumers),
                            (("stream_table_writable",), p.writes), (("change_buffer_exposed",), p.change_buffers),
                            (("pgtrickle_function_public_execute",), p.public_execute)):
            if any(p.selected(r) for r in rules):
                step()
    if p.selected(LOGGING_RULE):
        p.logging()
    if trickle:
        if p.selected("cdc_trigger_owned_by_superuser"):
            p.cdc_triggers()
        if p.selected("stream_table_rls_exposure"):
            p.rls()
    for rule in sorted((r for r in catalogue.load().values() if r.fix is not None), key=lambda r: r.fix_step):
        if p.selected(rule.name):
            rule.fix(p)
    return p.actions
