"""Randomised differential test of the guard (issue 13): a seeded grammar of
DDL, run by several roles, with and without a pg_trickle deployment, checks

1. guard == audit: every DDL the guard lets through in enforce mode leaves no
   new finding of a blocking rule (the audit of those rules runs after each
   statement the guard allowed);
2. gate == Python: the PL/pgSQL gate (harden.guard_ddl_command_end) hands
   Python only some DDL; with `harden.internal = on` it hands it every DDL.
   Each statement runs in two twin databases, one with that setting, and both
   must give the same verdict (error or not, the same error, the same harden
   NOTICEs and WARNINGs) and add the same rows to harden.ddl_history.

Bounded by default; longer and replayable with
    HARDEN_DIFFERENTIAL_STATEMENTS=N   statements per deployment (default 800, about
                                       30 to 50 s each on the 2-core machine)
    HARDEN_DIFFERENTIAL_SEED=S         the seed (default: a fixed one)
A failure names the seed and writes every statement it ran, with its role and
outcome, to a log file it names.
"""

import dataclasses
import os
import random
import tempfile

import psycopg
import pytest
from psycopg import sql as psql

from conftest import REPO

from harden import audit, catalogue
from harden.db import PsycopgDatabase

STATEMENTS = int(os.environ.get("HARDEN_DIFFERENTIAL_STATEMENTS", "800"))
SEED = int(os.environ.get("HARDEN_DIFFERENTIAL_SEED", "20240613"))
PGTRICKLE_FIXTURE = REPO / "tests" / "fixtures" / "pgtrickle_0.67_layout.sql"

# The rules whose guard blocks by default: the ones check 1 is about.
BLOCKING = frozenset(r.name for r in catalogue.load().values() if r.guard_action == "block")
# A rule whose audit could not run is itself a finding of one of these.
CHECK_FAILED = ("harden_check_failed", "insufficient_privilege")

# Roles (cluster-wide; the server fixture drops them). Names with quotes,
# spaces, unicode and a trailing newline on purpose.
O1 = 'own"er Ñ'            # owns schema S1 and its tables
O2 = "zwei own\n"          # owns schema S2 and its tables
TR = "trig réf"            # holds TRIGGER and REFERENCES on O1's tables, owns S3
MEM = "mem ber"            # member of O1
SU = "sü per"              # a superuser
ADM = "ad min"             # member of harden_admin, may create in S3
ROLES = (O1, O2, TR, MEM, SU, ADM)
NOLOGIN = ("pgtrickle_admin",)

S1, S2, S3 = 'app "Ñ" sp', "zwei\n", "trig ger"
S4 = "vier ø"              # empty, named by the path of a routine in public
LATER = "spä ter"           # a schema that paths name before it exists
HOME = {O1: [S1], MEM: [S1], O2: [S2], TR: [S3], ADM: [S3], SU: [S1, S2, S3, "public"]}
CHANGES = "pgtrickle_changes"

NAME_PARTS = ("t", "Tä", 'a "q"', "sp ace", "nl\n", "Ω", "x")


def qi(name):
    return '"%s"' % name.replace('"', '""')


def qn(schema, name):
    return "%s.%s" % (qi(schema), qi(name))


@dataclasses.dataclass
class Table:
    schema: str
    name: str
    owner: str

    @property
    def q(self):
        return qn(self.schema, self.name)


@dataclasses.dataclass
class Func:
    schema: str
    name: str
    trigger: bool

    @property
    def q(self):
        return qn(self.schema, self.name) + "()"


class Pools:
    """What the grammar draws names from: the objects it knows exist. A
    statement about one that no longer does just fails, in both twins."""

    def __init__(self):
        self.tables, self.funcs, self.policies, self.triggers = [], [], [], []
        self.publications, self.schemas, self.views = [], [S1, S2, S3, S4, "public"], []
        self.stream_tables, self.sources, self.internal = [], [], []


# ------------------------------------------------------------------ setup

# Run as a superuser in each twin with the guard off: the state the grammar
# starts from ({db}: the twin's name).
SETUP = [
    "GRANT CREATE ON DATABASE {db} TO %s, %s" % (qi(O1), qi(TR)),
    "CREATE SCHEMA %s AUTHORIZATION %s" % (qi(S1), qi(O1)),
    "CREATE SCHEMA %s AUTHORIZATION %s" % (qi(S2), qi(O2)),
    "CREATE SCHEMA %s AUTHORIZATION %s" % (qi(S3), qi(TR)),
    "GRANT USAGE ON SCHEMA %s, %s, %s TO PUBLIC" % (qi(S1), qi(S2), qi(S3)),
    "GRANT CREATE ON SCHEMA %s TO %s" % (qi(S3), qi(ADM)),
    # DDL from a function, not the top-level query: the gate tells Python so.
    "CREATE FUNCTION public.run_ddl(text) RETURNS void LANGUAGE plpgsql"
    " SET search_path = pg_catalog, pg_temp AS $f$BEGIN EXECUTE $1; END$f$",
    "GRANT EXECUTE ON FUNCTION public.run_ddl(text) TO PUBLIC",
    # Safe while only their owners can create objects in S1 and S2.
    "CREATE FUNCTION %s.definer() RETURNS int LANGUAGE sql SECURITY DEFINER"
    " SET search_path = pg_catalog, %s, pg_temp AS $f$SELECT 1$f$" % (qi(S1), qi(S1)),
    "ALTER FUNCTION %s.definer() OWNER TO %s" % (qi(S1), qi(O1)),
    "CREATE FUNCTION %s.definer() RETURNS int LANGUAGE sql SECURITY DEFINER"
    " SET search_path = pg_catalog, %s, pg_temp AS $f$SELECT 1$f$" % (qi(S2), qi(S2)),
    "ALTER FUNCTION %s.definer() OWNER TO %s" % (qi(S2), qi(O2)),
    "CREATE SCHEMA %s AUTHORIZATION %s" % (qi(S4), qi(O2)),
    "CREATE FUNCTION public.definer() RETURNS int LANGUAGE sql SECURITY DEFINER"
    " SET search_path = pg_catalog, %s, pg_temp AS $f$SELECT 1$f$" % qi(S4),
    "ALTER FUNCTION public.definer() OWNER TO %s" % qi(O2),
]


INITIAL_TABLES = [(O1, S1, "t one"), (O1, S1, 'Tä "2"'), (O2, S2, "zwei t\n"), (O2, S2, "Ω"), (TR, S3, "tr t")]


def _build(conn, dbname, pgtrickle, pools):
    conn.execute("SELECT harden.set_mode('off')")
    for stmt in SETUP:
        conn.execute(stmt.replace("{db}", qi(dbname)))
    for owner, schema, name in INITIAL_TABLES:
        t = Table(schema, name, owner)
        conn.execute("CREATE TABLE %s (id int PRIMARY KEY, v text, r int)" % t.q)
        conn.execute("ALTER TABLE %s OWNER TO %s" % (t.q, qi(owner)))
        if pools is not None:
            pools.tables.append(t)
    conn.execute("GRANT TRIGGER, REFERENCES ON %s TO %s" % (Table(S1, "t one", O1).q, qi(TR)))
    conn.execute("GRANT REFERENCES ON %s TO %s" % (Table(S2, "Ω", O2).q, qi(TR)))
    conn.execute("GRANT SELECT ON %s TO %s" % (Table(S1, 'Tä "2"', O1).q, qi(O2)))
    for owner, schema, name in ((O1, S1, "f ü"), (TR, S3, "tf"), (O2, S2, "own tf")):
        conn.execute("CREATE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS $b$BEGIN RETURN NEW; END$b$"
                     % qn(schema, name))
        conn.execute("ALTER FUNCTION %s() OWNER TO %s" % (qn(schema, name), qi(owner)))
        if pools is not None:
            pools.funcs.append(Func(schema, name, True))
    if pools is not None:
        pools.internal += ["harden.config", "harden.ddl_history"]
    if pgtrickle:
        conn.execute(PGTRICKLE_FIXTURE.read_text())
        # pg_trickle's tracker runs as whoever runs the DDL in 0.67 and would
        # fail every ALTER TABLE of a role that cannot read its catalog;
        # later releases make it SECURITY DEFINER with a pinned path.
        conn.execute("ALTER FUNCTION pgtrickle._on_ddl_end() SECURITY DEFINER"
                     " SET search_path = pgtrickle, pg_catalog, pg_temp")
        # A second stream table, owned by O1, over O1's source with RLS.
        src, st = Table(S1, "src ü", O1), Table(S1, "st ü", O1)
        conn.execute("CREATE TABLE %s (id int PRIMARY KEY, v text, r int)" % src.q)
        conn.execute("CREATE TABLE %s (id int, v text, r int)" % st.q)
        for t in (src, st):
            conn.execute("ALTER TABLE %s OWNER TO %s" % (t.q, qi(O1)))
            conn.execute("ALTER TABLE %s ENABLE ROW LEVEL SECURITY" % t.q)
        conn.execute("INSERT INTO pgtrickle.pgt_stream_tables (pgt_relid, pgt_name, pgt_schema, defining_query,"
                     " status, is_populated) VALUES (%s::regclass, %s, %s, 'SELECT * FROM src', 'ACTIVE', true)",
                     [st.q, st.name, st.schema])
        conn.execute("INSERT INTO pgtrickle.pgt_dependencies (pgt_id, source_relid, source_type, column_snapshot)"
                     " SELECT pgt_id, %s::regclass, 'TABLE', '{\"rls_enabled\": true, \"rls_forced\": false}'"
                     " FROM pgtrickle.pgt_stream_tables WHERE pgt_relid = %s::regclass", [src.q, st.q])
        conn.execute("GRANT SELECT ON %s TO %s" % (src.q, qi(TR)))
        if pools is not None:
            orders, totals = Table("public", "orders", SU), Table("public", "order_totals", SU)
            buffer = Table(CHANGES, "changes_d6ad704b2cddddcd", SU)
            pools.tables += [src, st, orders, totals, buffer]
            pools.stream_tables += [st, totals]
            pools.sources += [src, orders]
            pools.internal += [buffer.q, "pgtrickle.pgt_stream_tables"]
            pools.schemas.append(CHANGES)
            pools.funcs.append(Func(CHANGES, "pg_trickle_cdc_ins_fn_d6ad704b2cddddcd", True))
    conn.execute("SELECT harden.set_mode('enforce')")


# ---------------------------------------------------------------- grammar

class Grammar:
    def __init__(self, rng, pools, pgtrickle):
        self.rng, self.pools, self.pgtrickle = rng, pools, pgtrickle
        self.n = 0

    def pick(self, seq):
        return self.rng.choice(seq)

    def fresh(self):
        self.n += 1
        return "%s %d" % (self.pick(NAME_PARTS), self.n)

    def home(self, role):
        """A schema the role may create in (a superuser also in the change-buffer schema)."""
        return self.pick(HOME[role] + ([CHANGES] if self.pgtrickle and role == SU else []))

    def schema(self):
        """A schema, more often one of the first three (whose names the
        search paths of routines list)."""
        return self.pick([S1, S2, S3] if self.rng.random() < 0.7 else self.pools.schemas)

    def grantee(self):
        return self.pick(["PUBLIC", '"public"', qi(O1), qi(O2), qi(TR), qi(MEM), qi(ADM), "pgtrickle_admin"])

    def table(self, role=None):
        """A table; for a role, more often one it may change (its own, its owner's)."""
        pool = self.pools.tables
        r = self.rng.random()
        if self.pools.stream_tables and r < 0.25:
            pool = self.pools.stream_tables + self.pools.sources
        elif role is not None and r < 0.7:
            mine = [t for t in pool if t.owner == role or (role == MEM and t.owner == O1)
                    or (role == TR and t.name == "t one")]
            pool = mine or pool
        return self.pick(pool)

    def privileges(self):
        return self.pick(["SELECT", "INSERT", "UPDATE, DELETE", "TRUNCATE", "TRIGGER", "REFERENCES", "ALL",
                          "ALL PRIVILEGES", "SELECT, INSERT", "TRIGGER, REFERENCES", 'U&"\\0074rigger"',
                          "INSERT (v)", "SELECT (id)", '"select"', "SELECT /* c */, TRIGGER",
                          "REFERENCES, TRIGGER, SELECT"])

    def search_path(self, home):
        return self.pick(["pg_catalog, pg_temp", "pg_temp, pg_catalog", "pg_catalog", "public",
                          '"$user", public', "%s, pg_temp" % qi(home), "''", "pg_catalog, %s" % qi(S3),
                          '"pg_catalog", "pg_temp"', "pg_catalog, pg_temp, public",
                          "pg_catalog, %s, pg_temp" % qi(LATER), "pg_catalog, %s, pg_temp" % qi(home),
                          "'pg_catalog, pg_temp'"])

    def statement(self, role):
        """(kind, SQL, what to remember when it succeeds)."""
        kinds = [self.create_table, self.create_index, self.create_function, self.create_function,
                 self.alter_function, self.alter_function, self.create_trigger, self.create_trigger,
                 self.grant, self.grant, self.grant, self.revoke, self.default_privileges, self.policy,
                 self.row_security, self.publication, self.foreign_key, self.create_schema, self.owner_to,
                 self.create_view, self.alter_view, self.create_rule, self.inherit, self.schema_gone]
        return self.pick(kinds)(role)

    def create_table(self, role):
        t = Table(self.home(role), self.fresh(), role)
        ref = self.table()
        stmt = "CREATE TABLE %s (id int PRIMARY KEY, v text, r int%s)%s" % (
            t.q, self.pick(["", " REFERENCES %s" % ref.q, " REFERENCES %s (id)" % ref.q]),
            self.pick(["", "", " INHERITS (%s)" % self.table(role).q]))
        return "create table", stmt, lambda: self.pools.tables.append(t)

    def create_index(self, role):
        t = self.table(role)
        return "create index", "CREATE INDEX %s ON %s (v)" % (
            self.pick(["", qi(self.fresh())]), t.q), None

    def create_function(self, role):
        home = self.home(role)
        if self.pools.funcs and self.rng.random() < 0.4:
            f = self.pick(self.pools.funcs)
            replace = True
        else:
            f, replace = Func(home, self.fresh(), self.rng.random() < 0.6), False
        security = self.pick(["", " SECURITY DEFINER", " SECURITY DEFINER", " SECURITY INVOKER"])
        setting = self.pick(["", " SET search_path = " + self.search_path(home), " SET search_path FROM CURRENT"])
        if f.trigger:
            body = "RETURNS trigger LANGUAGE plpgsql%s%s AS $b$BEGIN RETURN NEW; END$b$" % (security, setting)
        else:
            body = "RETURNS int LANGUAGE sql%s%s AS $b$SELECT 1$b$" % (security, setting)
        stmt = "CREATE %sFUNCTION %s %s" % ("OR REPLACE " if replace else "", f.q, body)
        return "create function", stmt, (None if replace else lambda: self.pools.funcs.append(f))

    def alter_function(self, role):
        f = self.pick(self.pools.funcs)
        action = self.pick(["SECURITY DEFINER", "SECURITY INVOKER", "EXTERNAL SECURITY INVOKER",
                            "SET search_path = " + self.search_path(f.schema), "RESET search_path", "RESET ALL",
                            "SECURITY DEFINER SET search_path = pg_catalog, pg_temp",
                            "OWNER TO " + self.pick([qi(r) for r in ROLES])])
        return "alter function", "ALTER %s %s %s" % (self.pick(["FUNCTION", "ROUTINE"]), f.q, action), None

    def create_trigger(self, role):
        t = self.table(role)
        funcs = [f for f in self.pools.funcs if f.trigger]
        f = self.pick(funcs)
        name = self.pick(["tg %d", "pg_trickle_cdc_ins_%d", "pgt_cdc_%d", "pgt_ivm_%d"]) % self.n
        self.n += 1
        stmt = "CREATE %sTRIGGER %s BEFORE INSERT ON %s FOR EACH ROW EXECUTE FUNCTION %s" % (
            self.pick(["", "OR REPLACE "]), qi(name), t.q, f.q)
        return "create trigger", stmt, lambda: self.pools.triggers.append((t, name))

    def _grant_target(self):
        r = self.rng.random()
        if r < 0.15:
            return "ON ALL TABLES IN SCHEMA %s" % qi(self.pick(self.pools.schemas))
        if r < 0.25 and self.pools.internal:
            return "ON TABLE %s" % self.pick(self.pools.internal)
        if r < 0.35:
            return "ON %s, %s" % (self.table().q, self.table().q)
        return "ON %s%s" % (self.pick(["", "TABLE "]), self.table().q)

    def grant(self, role):
        r = self.rng.random()
        if r < 0.25:
            stmt = "GRANT %s ON SCHEMA %s TO %s" % (self.pick(["USAGE", "CREATE", "ALL"]),
                                                    qi(self.schema()), self.grantee())
        else:
            stmt = "GRANT %s %s TO %s%s" % (self.privileges(), self._grant_target(), self.grantee(),
                                            self.pick(["", "", " WITH GRANT OPTION"]))
        form = self.rng.random()
        if form < 0.1:
            stmt = "DO $d$BEGIN EXECUTE $g$%s$g$; END$d$" % stmt
        elif form < 0.2:
            stmt = "SELECT public.run_ddl($g$%s$g$)" % stmt
        elif form < 0.25:
            t = self.table()
            stmt = "SET LOCAL search_path = %s; GRANT %s ON %s TO %s" % (
                qi(t.schema), self.privileges(), qi(t.name), self.grantee())
        return "grant", stmt, None

    def revoke(self, role):
        return "revoke", "REVOKE %s %s FROM %s" % (self.privileges(), self._grant_target(), self.grantee()), None

    def default_privileges(self, role):
        verb, to = self.pick([("GRANT", "TO"), ("REVOKE", "FROM")])
        stmt = "ALTER DEFAULT PRIVILEGES%s%s %s %s ON TABLES %s %s" % (
            self.pick(["", " FOR ROLE " + qi(role), " FOR ROLE " + qi(O1)]),
            self.pick(["", " IN SCHEMA " + qi(self.pick(self.pools.schemas))]),
            verb, self.privileges(), to, self.grantee())
        return "alter default privileges", stmt, None

    def policy(self, role):
        r = self.rng.random()
        if r < 0.5 or not self.pools.policies:
            t, name = self.table(role), self.fresh()
            stmt = "CREATE POLICY %s ON %s%s USING (%s)" % (qi(name), t.q, self.pick(["", " FOR SELECT"]),
                                                            self.pick(["true", "v IS NOT NULL"]))
            return "create policy", stmt, lambda: self.pools.policies.append((t, name))
        t, name = self.pick(self.pools.policies)
        if r < 0.8:
            return "alter policy", "ALTER POLICY %s ON %s USING (id > 0)" % (qi(name), t.q), None
        return "drop policy", "DROP POLICY %s ON %s" % (qi(name), t.q), None

    def row_security(self, role):
        t = self.table(role)
        return "alter table rls", "ALTER TABLE %s %s ROW LEVEL SECURITY" % (
            t.q, self.pick(["ENABLE", "DISABLE", "FORCE", "NO FORCE"])), None

    def publication(self, role):
        target = self.pick(self.pools.internal + [t.q for t in self.pools.tables])
        r = self.rng.random()
        if r < 0.4 or not self.pools.publications:
            name = self.fresh()
            stmt = "CREATE PUBLICATION %s %s" % (qi(name), self.pick([
                "FOR TABLE %s" % target, "FOR TABLES IN SCHEMA %s" % qi(self.pick(self.pools.schemas)),
                "FOR ALL TABLES"]))
            return "create publication", stmt, lambda: self.pools.publications.append(name)
        name = self.pick(self.pools.publications)
        return "alter publication", "ALTER PUBLICATION %s %s" % (qi(name), self.pick([
            "ADD TABLE %s" % target, "SET TABLE %s" % target,
            "ADD TABLES IN SCHEMA %s" % qi(self.pick(self.pools.schemas))])), None

    def foreign_key(self, role):
        t, ref = self.table(role), self.table()
        return "add foreign key", "ALTER TABLE %s ADD FOREIGN KEY (r) REFERENCES %s (id)%s" % (
            t.q, ref.q, self.pick(["", "", " ON DELETE CASCADE", " ON UPDATE SET NULL"])), None

    def create_schema(self, role):
        s, t = self.fresh(), self.fresh()
        if LATER not in self.pools.schemas and self.rng.random() < 0.2:
            s = LATER
        f = self.pick([f for f in self.pools.funcs if f.trigger])
        stmt = "CREATE SCHEMA %s%s CREATE TABLE %s (id int PRIMARY KEY, v text, r int) %s" % (
            qi(s), self.pick(["", "", " AUTHORIZATION " + qi(self.pick(ROLES))]), qi(t), self.pick([
                "GRANT %s ON %s TO %s" % (self.privileges(), qi(t), self.grantee()),
                "CREATE TRIGGER %s BEFORE INSERT ON %s FOR EACH ROW EXECUTE FUNCTION %s" % (
                    qi("pgt_cdc_" + t), qi(t), f.q),
                "GRANT %s ON %s TO %s" % (self.privileges(), self.table().q, self.grantee())]))

        def remember():
            self.pools.schemas.append(s)
            self.pools.tables.append(Table(s, t, role))
        return "create schema", stmt, remember

    def schema_gone(self, role):
        """S4 dropped or renamed: a role with CREATE on the database (O1,
        TR) could then create a schema of the name public.definer() lists."""
        if S4 not in self.pools.schemas:
            return self.create_schema(role)
        new = self.fresh()

        def gone(renamed):
            self.pools.schemas.remove(S4)
            if renamed:
                self.pools.schemas.append(new)
        if self.rng.random() < 0.5:
            return "drop schema", "DROP SCHEMA %s" % qi(S4), lambda: gone(False)
        return "rename schema", "ALTER SCHEMA %s RENAME TO %s" % (qi(S4), qi(new)), lambda: gone(True)

    def create_view(self, role):
        """A view (also a relation the other statements use, GRANT above
        all), over stream tables a quarter of the time; or one replaced."""
        base = self.table(role)
        options = self.pick(["", " WITH (security_invoker = true)", " WITH (security_invoker = false)"])
        if self.pools.views and self.rng.random() < 0.3:
            v = self.pick(self.pools.views)
            return "create view", "CREATE OR REPLACE VIEW %s%s AS SELECT * FROM %s" % (v.q, options, base.q), None
        v = Table(self.home(role), self.fresh(), role)

        def remember():
            self.pools.views.append(v)
            self.pools.tables.append(v)
        return "create view", "CREATE VIEW %s%s AS SELECT * FROM %s" % (v.q, options, base.q), remember

    def alter_view(self, role):
        if not self.pools.views:
            return self.create_view(role)
        v = self.pick(self.pools.views)
        action = self.pick(["SET (security_invoker = true)", "SET (security_invoker = off)",
                            "RESET (security_invoker)", "OWNER TO " + self.pick([qi(r) for r in ROLES])])
        return "alter view", "ALTER VIEW %s %s" % (v.q, action), None

    def create_rule(self, role):
        """A rule whose action writes to a relation, a stream table a quarter
        of the time (it runs as the owner of the relation it is on)."""
        t, target = self.table(role), self.table()
        stmt = "CREATE %sRULE %s AS ON INSERT TO %s DO %s INSERT INTO %s (id) VALUES (NEW.id)" % (
            self.pick(["", "OR REPLACE "]), qi(self.fresh()), t.q, self.pick(["ALSO", "INSTEAD"]), target.q)
        return "create rule", stmt, None

    def inherit(self, role):
        """A table (a stream table a quarter of the time) made to inherit
        from another, or no longer."""
        t, parent = self.table(role), self.table()
        return "inherit", "ALTER TABLE %s %s %s" % (t.q, self.pick(["INHERIT", "NO INHERIT"]), parent.q), None

    def owner_to(self, role):
        new = self.pick(ROLES)
        r = self.rng.random()
        if r < 0.2:
            return "schema owner to", "ALTER SCHEMA %s OWNER TO %s" % (qi(self.schema()), qi(new)), None
        if r < 0.6:
            t = self.table(role)

            def owned():
                t.owner = new
            return "table owner to", "ALTER TABLE %s OWNER TO %s" % (t.q, qi(new)), owned
        t = self.table(role)
        schema = self.pick(self.pools.schemas)

        def moved():
            t.schema = schema
        return "set schema", "ALTER TABLE %s SET SCHEMA %s" % (t.q, qi(schema)), moved


# ------------------------------------------------------------- the twins

@dataclasses.dataclass
class Outcome:
    error: tuple          # (sqlstate, message, detail, hint) of harden's errors, sqlstate of others, or None
    messages: tuple       # harden NOTICEs and WARNINGs
    history: tuple        # rows added to harden.ddl_history, without id and time


HISTORY_SQL = """
SELECT id, performed_by, acting_role, command_tag, object_type, object_identity, statement, rule, verdict,
       stream_table, marked_stream_tables
  FROM harden.ddl_history WHERE id > %s ORDER BY id
"""


class Twin:
    """One of the twin databases: a connection per role, and a superuser's."""

    def __init__(self, server, dbname, internal):
        self.dbname = dbname
        self.su = server.connect(dbname=dbname)
        options = "-c harden.internal=on" if internal else ""
        self.conns = {}
        self.messages = []
        for role in ROLES:
            conn = server.connect(user=role, dbname=dbname, options=options)
            conn.add_notice_handler(lambda d: self.messages.append(
                (d.severity_nonlocalized, d.message_primary, d.message_detail, d.message_hint)))
            self.conns[role] = conn
        self.last_id = self.su.execute("SELECT coalesce(max(id), 0) FROM harden.ddl_history").fetchone()[0]

    def run(self, role, stmt):
        self.messages.clear()
        error = None
        try:
            self.conns[role].execute(stmt)
        except psycopg.Error as exc:
            d = exc.diag
            error = (d.sqlstate, d.message_primary, d.message_detail, d.message_hint)
        rows = self.su.execute(HISTORY_SQL, [self.last_id]).fetchall()
        if rows:
            self.last_id = rows[-1][0]
        messages = tuple(m for m in self.messages if (m[1] or "").startswith("harden: "))
        if error is not None and not error[1].startswith("harden: "):
            # The server's own errors come from the first object it refused,
            # in the order of each twin's catalog pages (GRANT ... ON ALL
            # TABLES IN SCHEMA: permission denied, or a grant option to PUBLIC).
            error = ("(not harden's)",)
        # Rows of one statement in the order the catalog returned the objects.
        history = tuple(sorted((r[1:] for r in rows), key=repr))
        return Outcome(self.same_name(error), tuple(map(self.same_name, messages)), history)

    def same_name(self, fields):
        """Messages that name the database name the same one in both twins."""
        if fields is None:
            return None
        return tuple(f.replace('"%s"' % self.dbname, '"<db>"').replace(" %s" % self.dbname, " <db>")
                     if isinstance(f, str) else f for f in fields)


def blocking_findings(conn):
    """{fingerprint: row} of the blocking rules' audit (and of a check that failed)."""
    rows = audit.report(PsycopgDatabase(conn), rules=BLOCKING | set(CHECK_FAILED))
    return {r["fingerprint"]: r for r in rows}


def excused(conn, role, kind, row):
    """Why a new finding is not the guard's to block, per docs/guard.md ("Every
    path to a blocking rule's forbidden state"), or None."""
    rule = row["check_name"]
    if rule == "trigger_function_owner_mismatch":
        # PGD's rule exempts superusers, harden_admin and the table's owner
        # (and its members); the audit reports every such trigger.
        if role in (SU, ADM):
            return "PGD exempts superusers and harden_admin"
        owner_member = conn.execute(
            "SELECT pg_has_role(%s, c.relowner, 'USAGE') FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " WHERE (pg_identify_object('pg_trigger'::regclass, t.oid, 0)).identity = %s",
            [role, row["object_identity"]]).fetchone()
        if owner_member and owner_member[0]:
            return "PGD exempts the table's owner and its members"
    if rule == "stream_table_rls_exposure" and kind == "alter table rls":
        # Enabling RLS on a source protects it: the guard lets it through,
        # rls_source_changed's notice names the stream tables, and the audit
        # reports those still readable without RLS (docs/guard.md).
        enabled = conn.execute(
            "SELECT bool_or(s.relrowsecurity) FROM pgtrickle.pgt_dependencies d"
            " JOIN pg_class s ON s.oid = d.source_relid").fetchone()
        if enabled and enabled[0]:
            return "enabling RLS on a source is not blocked"
    if rule in ("change_buffer_exposed", "stream_table_writable") and kind in ("table owner to",):
        return "ownership, not a grant: the audit reports the owner"
    return None


@pytest.fixture
def twins(server, db):
    twin = "%s_twin" % server.dbname
    db.execute(psql.SQL("CREATE DATABASE {} TEMPLATE harden_test_tmpl").format(psql.Identifier(twin)))
    for role in ROLES:
        db.execute("CREATE ROLE %s LOGIN%s" % (qi(role), " SUPERUSER" if role == SU else ""))
    for role in NOLOGIN:
        db.execute("CREATE ROLE %s" % qi(role))
    db.execute("GRANT %s TO %s" % (qi(O1), qi(MEM)))
    db.execute("GRANT harden_admin TO %s" % qi(ADM))
    yield twin
    server.close_all()
    with psycopg.connect(host=server.host, port=server.port, user=server.superuser, dbname="postgres",
                         autocommit=True) as conn:
        conn.execute(psql.SQL("DROP DATABASE {} WITH (FORCE)").format(psql.Identifier(twin)))


@pytest.mark.parametrize("pgtrickle", [False, True], ids=["plain", "pgtrickle"])
def test_guard_differential(server, db, twins, pgtrickle):
    seed = SEED + (1 if pgtrickle else 0)
    rng = random.Random(seed)
    pools = Pools()
    _build(db, server.dbname, pgtrickle, pools)
    with psycopg.connect(host=server.host, port=server.port, user=server.superuser, dbname=twins,
                         autocommit=True) as conn:
        _build(conn, twins, pgtrickle, None)
    a = Twin(server, server.dbname, internal=False)
    b = Twin(server, twins, internal=True)
    auditor = server.connect()
    grammar = Grammar(rng, pools, pgtrickle)
    before = blocking_findings(auditor)
    log = tempfile.NamedTemporaryFile("w", prefix="harden-differential-", suffix=".log", delete=False)
    where = "seed %d (HARDEN_DIFFERENTIAL_SEED=%d), pg_trickle %s, log %s" % (
        seed, SEED, "deployed" if pgtrickle else "absent", log.name)
    unexcused, counts = [], {}
    with log:
        for i in range(STATEMENTS):
            role = grammar.pick(ROLES)
            kind, stmt, remember = grammar.statement(role)
            out_a = a.run(role, stmt)
            out_b = b.run(role, stmt)
            verdict = "ok" if out_a.error is None else " ".join(out_a.error[:2])
            log.write("-- %d as %r (%s): %s\n%s;\n" % (i, role, kind, verdict, stmt))
            log.flush()
            counts[kind, out_a.error is None] = counts.get((kind, out_a.error is None), 0) + 1
            assert out_a == out_b, (
                "gate != Python at statement %d, %s\nrole %r: %s\nwithout harden.internal: %r\n"
                "with harden.internal = on: %r" % (i, where, role, stmt, out_a, out_b))
            if out_a.error is not None:
                continue
            if remember:
                remember()
            after = blocking_findings(auditor)
            for fp in set(after) - set(before):
                row = after[fp]
                reason = excused(auditor, role, kind, row)
                log.write("--   new finding %s %s: %s\n" % (row["check_name"], reason or "NOT EXCUSED",
                                                           row["message"]))
                if reason is None:
                    unexcused.append((i, role, stmt, row["check_name"], row["message"]))
            before = after
    print("statements by kind and success:", sorted(counts.items()))
    if not unexcused:
        os.unlink(log.name)
    assert not unexcused, "guard != audit (%s):\n%s" % (where, "\n".join(
        "statement %d as %r: %s\n    -> %s: %s" % u for u in unexcused))
