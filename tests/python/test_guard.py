"""The guard (issue 4): event triggers that block unsafe DDL, react to row
security changes on stream-table sources, and keep the DDL history.

Every test runs real DDL as real roles on a real server. Names carry quotes,
spaces, upper case and unicode on purpose.
"""

import dataclasses
import json
import pathlib
import re

import psycopg
import pytest
from psycopg.rows import dict_row

from conftest import REPO, load_fixture

from harden import catalogue, trust
from harden.guard import gate

S = '"Sales ""EU"" Ñandú"'          # a schema
T = S + '."Or ders"'                # a table in it
OWNER = '"Own er"'                  # owns S and T
TRIG = '"Trig gér"'                 # holds TRIGGER on T
OTHER = '"X ñ"'                     # owns functions, nothing else
ADMIN = '"Ad min"'                  # member of harden_admin
OUTSIDER = '"Out sider"'            # no harden role at all


def unquote(name):
    return name[1:-1].replace('""', '"')


class Conn:
    """A connection that keeps the NOTICEs and WARNINGs it receives."""

    def __init__(self, conn):
        self.conn = conn
        self.messages = []
        conn.add_notice_handler(lambda d: self.messages.append(
            (d.severity_nonlocalized, d.message_primary, d.message_hint)))

    def execute(self, query, params=None):
        return self.conn.execute(query, params)

    def harden_messages(self, severity=None):
        return [m for m in self.messages if m[1].startswith("harden: ") and severity in (None, m[0])]


def login(server, db, role, *member_of):
    db.execute("CREATE ROLE %s LOGIN" % role)
    for parent in member_of:
        db.execute("GRANT %s TO %s" % (parent, role))
    return Conn(server.connect(user=unquote(role)))


def blocked(conn, statement, rule):
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as exc:
        conn.execute(statement)
    diag = exc.value.diag
    assert diag.message_primary.startswith("harden: %s: " % rule), diag.message_primary
    assert diag.message_hint
    return diag


def history(db, rule=None):
    with db.cursor(row_factory=dict_row) as cur:
        cur.execute("SELECT * FROM harden.ddl_history WHERE rule IS NOT DISTINCT FROM coalesce(%s, rule)"
                    " ORDER BY id", [rule])
        return cur.fetchall()


def one(db, query, params=None):
    return db.execute(query, params).fetchone()[0]


def relkind_exists(db, name):
    return one(db, "SELECT to_regclass(%s) IS NOT NULL", [name])


@pytest.fixture
def sales(db):
    """S owned by OWNER, with table T; OTHER owns functions in S."""
    for role in (OWNER, TRIG, OTHER):
        db.execute("CREATE ROLE %s LOGIN" % role)
    db.execute("CREATE SCHEMA %s AUTHORIZATION %s" % (S, OWNER))
    db.execute("GRANT USAGE ON SCHEMA %s TO PUBLIC" % S)
    db.execute("GRANT CREATE ON SCHEMA %s TO %s, %s" % (S, TRIG, OTHER))
    db.execute("SET ROLE %s" % OWNER)
    db.execute("CREATE TABLE %s (id int PRIMARY KEY, who text)" % T)
    db.execute("CREATE FUNCTION %s.owner_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$" % S)
    db.execute("GRANT TRIGGER ON %s TO %s" % (T, TRIG))
    db.execute("SET ROLE %s" % OTHER)
    db.execute('CREATE FUNCTION %s."x fn"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$' % S)
    db.execute("CREATE FUNCTION %s.x_definer() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
               " SET search_path = pg_catalog, pg_temp AS $$ BEGIN RETURN NEW; END $$" % S)
    db.execute("SET ROLE %s" % TRIG)
    db.execute("CREATE FUNCTION %s.trig_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$" % S)
    db.execute("RESET ROLE")
    db.execute("DELETE FROM harden.ddl_history")
    return db


@pytest.fixture
def trickle(db):
    """The pg_trickle test catalog: source public.orders feeds order_totals,
    which feeds "Région top"; public."Cus tomers" feeds an unrelated stream table."""
    load_fixture(db, "pgtrickle.sql")
    db.execute("CREATE TABLE public.orders (id int PRIMARY KEY, region text, amount numeric)")
    db.execute('CREATE TABLE public."Cus tomers" (id int PRIMARY KEY, name text)')
    db.execute("SELECT pgtrickle.create_stream_table('public.order_totals',"
               " 'SELECT region, sum(amount) AS total FROM public.orders GROUP BY region')")
    db.execute("""SELECT pgtrickle.create_stream_table('public."Région top"',"""
               """ 'SELECT region FROM public.order_totals WHERE total > 10')""")
    db.execute("""SELECT pgtrickle.create_stream_table('public."Cus count"',"""
               """ 'SELECT count(*) AS n FROM public."Cus tomers"')""")
    db.execute("DELETE FROM harden.ddl_history")
    return db


def marked(db):
    return {r[0] for r in db.execute("SELECT format('%I.%I', pgt_schema, pgt_name)"
                                     " FROM pgtrickle.pgt_stream_tables WHERE needs_reinit")}


# -- unrelated DDL ----------------------------------------------------------------

def test_unrelated_ddl_passes_untouched_and_unrecorded(server, db, sales):
    conn = Conn(server.connect(user=unquote(OWNER)))
    statements = [
        "CREATE TABLE %s.\"Ñew\" (id int PRIMARY KEY, t text)" % S,
        "CREATE INDEX ON %s.\"Ñew\" (t)" % S,
        "CREATE VIEW %s.\"V iew\" AS SELECT id FROM %s.\"Ñew\"" % (S, S),
        "GRANT SELECT ON %s.\"Ñew\" TO %s" % (S, OTHER),
        "CREATE FUNCTION %s.plain() RETURNS int LANGUAGE sql AS 'SELECT 1'" % S,
    ]
    for statement in statements:
        conn.execute(statement)
    assert conn.harden_messages() == []
    assert history(db) == []

    db.execute("SELECT harden.configure('record_all_ddl', 'on')")
    conn.execute("CREATE TABLE %s.\"Ñew 2\" (id int)" % S)
    conn.execute("GRANT SELECT ON %s.\"Ñew 2\" TO %s" % (S, OTHER))
    rows = history(db)
    assert [(r["command_tag"], r["object_identity"], r["verdict"]) for r in rows] == [
        ("CREATE TABLE", '%s."Ñew 2"' % S, "allowed"), ("GRANT", None, "allowed")]
    assert {r["performed_by"] for r in rows} == {unquote(OWNER)}


# -- PGD's CREATE TRIGGER rules, as real roles ----------------------------------------

@pytest.mark.parametrize("actor, function, allowed", [
    ("owner", '"x fn"', True),              # the table's owner, with anyone's function
    ("owner member", '"x fn"', True),       # a member of the owner role is the owner
    ("trigger holder", "trig_fn", False),   # TRIGGER privilege, own function
    ("trigger holder", '"x fn"', False),    # TRIGGER privilege, a third role's function
    ("trigger holder", "owner_fn", True),   # TRIGGER privilege, the owner's function
    ("trigger holder", "x_definer", True),  # TRIGGER privilege, a SECURITY DEFINER function
    ("superuser", '"x fn"', True),
    ("harden_admin member", '"x fn"', True),
])
def test_pgd_trigger_matrix(server, db, sales, actor, function, allowed):
    if actor == "owner":
        conn = Conn(server.connect(user=unquote(OWNER)))
    elif actor == "owner member":
        conn = login(server, db, '"Mem ber"', OWNER)
    elif actor == "trigger holder":
        conn = Conn(server.connect(user=unquote(TRIG)))
    elif actor == "superuser":
        conn = Conn(db)
    else:
        conn = login(server, db, ADMIN, "harden_admin")
        db.execute("GRANT TRIGGER ON %s TO %s" % (T, ADMIN))
    statement = 'CREATE TRIGGER "T rig" BEFORE INSERT ON %s FOR EACH ROW EXECUTE FUNCTION %s.%s()' % (
        T, S, function)
    if allowed:
        conn.execute(statement)
        assert one(db, "SELECT count(*) FROM pg_trigger WHERE tgname = 'T rig'") == 1
        assert conn.harden_messages() == []
        assert [r["object_identity"] for r in history(db)] == ['"T rig" on %s' % T]
    else:
        diag = blocked(conn, statement, "trigger_function_owner_mismatch")
        assert unquote(OWNER) in diag.message_primary
        assert one(db, "SELECT count(*) FROM pg_trigger WHERE tgname = 'T rig'") == 0


def test_system_constraint_triggers_are_not_affected(server, db, sales):
    """A foreign key creates internal triggers on the referenced table, whose
    owner is someone else: they are not the user's CREATE TRIGGER."""
    db.execute("GRANT SELECT, REFERENCES ON %s TO %s" % (T, TRIG))
    conn = Conn(server.connect(user=unquote(TRIG)))
    conn.execute('CREATE TABLE %s."Child" (id int REFERENCES %s)' % (S, T))
    assert conn.harden_messages() == []


# -- every blocking rule: enforce, warn, off, bypass ---------------------------------

@dataclasses.dataclass
class Scenario:
    rule: str
    actor: str          # a non-superuser role that runs the DDL
    ddl: str
    applied: str        # SQL: did the DDL take effect?


def _trigger(db):
    return Scenario("trigger_function_owner_mismatch", TRIG,
                    'CREATE TRIGGER "T rig" BEFORE INSERT ON %s FOR EACH ROW EXECUTE FUNCTION %s.trig_fn()' % (T, S),
                    "SELECT count(*) = 1 FROM pg_trigger WHERE tgname = 'T rig'")


def _definer(db):
    return Scenario("security_definer_search_path", OTHER,
                    'CREATE FUNCTION %s."S d"() RETURNS int LANGUAGE sql SECURITY DEFINER AS \'SELECT 1\'' % S,
                    "SELECT count(*) = 1 FROM pg_proc WHERE proname = 'S d'")


def _foreign_key(db):
    db.execute("GRANT REFERENCES ON %s TO %s" % (T, OTHER))
    return Scenario("references_only_foreign_key", OTHER,
                    'CREATE TABLE %s."Ref erer" (id int REFERENCES %s)' % (S, T),
                    "SELECT to_regclass('%s.\"Ref erer\"') IS NOT NULL" % S.replace("'", "''"))


def _foreign_key_added(db):
    """The same rule through ALTER TABLE, which the gate reads like any other tag."""
    db.execute("GRANT REFERENCES ON %s TO %s" % (T, OTHER))
    db.execute("SET ROLE %s" % OTHER)
    db.execute('CREATE TABLE %s."Ref erer 2" (id int)' % S)
    db.execute("RESET ROLE")
    return Scenario("references_only_foreign_key", OTHER,
                    'ALTER TABLE %s."Ref erer 2" ADD FOREIGN KEY (id) REFERENCES %s' % (S, T),
                    "SELECT count(*) = 1 FROM pg_constraint WHERE conrelid = '%s.\"Ref erer 2\"'::regclass"
                    " AND contype = 'f'" % S.replace("'", "''"))


def _writable(db):
    load_fixture(db, "pgtrickle.sql")
    db.execute("CREATE TABLE public.orders (id int PRIMARY KEY, region text, amount numeric)")
    db.execute("SELECT pgtrickle.create_stream_table('public.order_totals',"
               " 'SELECT region, sum(amount) AS total FROM public.orders GROUP BY region')")
    db.execute("ALTER TABLE public.order_totals OWNER TO %s" % OWNER)
    return Scenario("stream_table_writable", OWNER, "GRANT INSERT, SELECT ON public.order_totals TO %s" % OTHER,
                    "SELECT has_table_privilege('%s', 'public.order_totals', 'INSERT')"
                    % unquote(OTHER).replace("'", "''"))


def _rls_exposure(db):
    _writable(db)
    db.execute("ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY")
    db.execute("ALTER TABLE public.order_totals ENABLE ROW LEVEL SECURITY")
    return Scenario("stream_table_rls_exposure", OWNER, "ALTER TABLE public.order_totals DISABLE ROW LEVEL SECURITY",
                    "SELECT NOT relrowsecurity FROM pg_class WHERE oid = 'public.order_totals'::regclass")


def unguarded(db, statement):
    """A state the test starts from that the guard refuses, made with the
    guard off (as before harden was installed)."""
    db.execute("SELECT harden.set_mode('off')")
    db.execute(statement)
    db.execute("SELECT harden.set_mode('enforce')")


def _change_buffer(db):
    _writable(db)
    # pg_trickle's SECURITY DEFINER CDC functions name the schema on their
    # path: security_definer_search_path objects as well, and has its tests.
    unguarded(db, "ALTER SCHEMA pgtrickle_changes OWNER TO %s" % OWNER)
    db.execute("SELECT harden.set_rule_action('security_definer_search_path', 'off')")
    return Scenario("change_buffer_exposed", OWNER, "GRANT CREATE ON SCHEMA pgtrickle_changes TO %s" % OTHER,
                    "SELECT has_schema_privilege('%s', 'pgtrickle_changes', 'CREATE')"
                    % unquote(OTHER).replace("'", "''"))


SCENARIOS = [_trigger, _definer, _foreign_key, _foreign_key_added, _writable, _rls_exposure, _change_buffer]
IDS = [s.__name__.strip("_") for s in SCENARIOS]


@pytest.mark.parametrize("make", SCENARIOS, ids=IDS)
def test_blocked_in_enforce(server, db, sales, make):
    s = make(db)
    conn = Conn(server.connect(user=unquote(s.actor)))
    diag = blocked(conn, s.ddl, s.rule)
    assert diag.sqlstate == "42501"
    assert not one(db, s.applied)
    assert history(db, s.rule) == []


@pytest.mark.parametrize("how", ["mode warn", "rule action warn"])
@pytest.mark.parametrize("make", SCENARIOS, ids=IDS)
def test_warns_in_warn(server, db, sales, make, how):
    s = make(db)
    if how == "mode warn":
        db.execute("SELECT harden.set_mode('warn')")
    else:
        db.execute("SELECT harden.set_rule_action(%s, 'warn')", [s.rule])
    conn = Conn(server.connect(user=unquote(s.actor)))
    conn.execute(s.ddl)
    assert one(db, s.applied)
    warnings = conn.harden_messages("WARNING")
    assert [m[1].split(":")[1].strip() for m in warnings] == [s.rule]
    assert warnings[0][2]
    assert [(r["verdict"], r["performed_by"]) for r in history(db, s.rule)] == [("warned", unquote(s.actor))]


@pytest.mark.parametrize("how", ["mode off", "rule action off"])
@pytest.mark.parametrize("make", SCENARIOS, ids=IDS)
def test_silent_when_off(server, db, sales, make, how):
    s = make(db)
    if how == "mode off":
        db.execute("SELECT harden.set_mode('off')")
    else:
        db.execute("SELECT harden.set_rule_action(%s, 'off')", [s.rule])
    conn = Conn(server.connect(user=unquote(s.actor)))
    conn.execute(s.ddl)
    assert one(db, s.applied)
    assert conn.harden_messages() == []
    assert history(db, s.rule) == []


def test_off_mode_disables_the_event_triggers(db):
    """Off costs nothing: no event trigger fires. Leaving off enables them; a
    change of another setting leaves an administrator's own choice alone."""
    def states():
        return dict(db.execute("SELECT evtname, evtenabled FROM pg_event_trigger"
                               " WHERE evtname LIKE 'harden\\_guard\\_%' ORDER BY 1").fetchall())
    assert set(states().values()) == {"O"}
    db.execute("SELECT harden.set_mode('off')")
    assert set(states().values()) == {"D"} and len(states()) == 6
    db.execute("SELECT harden.configure('record_all_ddl', 'on')")
    assert set(states().values()) == {"D"}
    db.execute("SELECT harden.set_mode('warn')")
    assert set(states().values()) == {"O"}
    db.execute("ALTER EVENT TRIGGER harden_guard_sql_drop DISABLE")
    db.execute("SELECT harden.set_mode('enforce')")
    db.execute("SELECT harden.configure('record_all_ddl', 'off')")
    assert states()["harden_guard_sql_drop"] == "D"
    db.execute("ALTER EVENT TRIGGER harden_guard_sql_drop ENABLE")


@pytest.mark.parametrize("make", SCENARIOS, ids=IDS)
def test_bypass_refused_to_an_ordinary_role(server, db, postgresql_proc, sales, make):
    s = make(db)
    conn = Conn(server.connect(user=unquote(s.actor)))
    conn.execute("SET harden.bypass = on")
    diag = blocked(conn, s.ddl, s.rule)
    assert "harden.bypass is set but ignored" in diag.message_detail
    assert not one(db, s.applied)
    log = pathlib.Path(postgresql_proc.logfile).read_text(errors="replace")
    lines = [ln for ln in log.splitlines() if "harden: blocked rule=%s " % s.rule in ln and "bypass=refused" in ln]
    assert lines and "session_user=%s " % json.dumps(unquote(s.actor), ensure_ascii=False) in lines[-1]


@pytest.mark.parametrize("who", ["superuser", "harden_admin member"])
@pytest.mark.parametrize("make", SCENARIOS, ids=IDS)
def test_bypass_honoured_for_admins(server, db, sales, make, who):
    """The session user is an administrator; the DDL runs as the actor (SET
    ROLE), so the rule objects, and the bypass lets it through, recorded."""
    s = make(db)
    if who == "superuser":
        conn, session_user = Conn(server.connect()), one(db, "SELECT current_user")
    else:
        conn, session_user = login(server, db, ADMIN, "harden_admin", s.actor), unquote(ADMIN)
    conn.execute("SET ROLE %s" % s.actor)
    conn.execute("SET harden.bypass = on")
    conn.execute(s.ddl)
    assert one(db, s.applied)
    assert [m[1].split(":")[1].strip() for m in conn.harden_messages("WARNING")] == [s.rule]
    rows = history(db, s.rule)
    assert [(r["verdict"], r["performed_by"], r["acting_role"]) for r in rows] == [
        ("bypassed", session_user, unquote(s.actor))]


# -- warning rules ------------------------------------------------------------------------

def test_grant_all_privileges_warns(server, db, sales):
    conn = Conn(server.connect(user=unquote(OWNER)))
    conn.execute("GRANT SELECT, INSERT ON %s TO %s" % (T, OTHER))
    assert conn.harden_messages() == []
    conn.execute("GRANT ALL ON %s TO %s, %s" % (T, OTHER, TRIG))
    warned = conn.harden_messages("WARNING")
    assert len(warned) == 2 and all(m[1].startswith("harden: grant_all_privileges: ") for m in warned)
    assert {r["object_identity"] for r in history(db, "grant_all_privileges")} == {T}
    # Inside a DO block the statement text says nothing: the resulting ACL decides.
    conn.messages.clear()
    conn.execute("DO $$ BEGIN EXECUTE format('GRANT %%s ON %%s TO %%I', 'AL' || 'L', '%s', '%s'); END $$"
                 % (T, unquote(OTHER)))
    assert [m[1].split(":")[1].strip() for m in conn.harden_messages("WARNING")] == ["grant_all_privileges"] * 2
    db.execute("SELECT harden.set_rule_action('grant_all_privileges', 'block')")
    blocked(conn, "GRANT ALL ON %s TO %s" % (T, OTHER), "grant_all_privileges")
    db.execute("SELECT harden.set_rule_action('grant_all_privileges', 'off')")
    conn.messages.clear()
    conn.execute("GRANT ALL ON %s TO %s" % (T, OTHER))
    assert conn.harden_messages() == []


def test_publication_all_tables_warns(db):
    conn = Conn(db)
    conn.execute('CREATE PUBLICATION "All pub" FOR ALL TABLES')
    assert [m[1].split(":")[1].strip() for m in conn.harden_messages("WARNING")] == ["publication_all_tables"]
    conn.messages.clear()
    conn.execute("CREATE TABLE public.t (id int PRIMARY KEY)")
    conn.execute('CREATE PUBLICATION "Some pub" FOR TABLE public.t')
    assert conn.harden_messages() == []
    assert [r["verdict"] for r in history(db, "publication_all_tables")] == ["warned"]


def test_cdc_trigger_owned_by_superuser_warns(db, trickle):
    conn = Conn(db)
    conn.execute("CREATE TABLE public.src (id int PRIMARY KEY)")
    conn.execute("SELECT pgtrickle.create_stream_table('public.src_copy', 'SELECT id FROM public.src')")
    warned = conn.harden_messages("WARNING")
    assert warned and all(m[1].startswith("harden: cdc_trigger_owned_by_superuser: ") for m in warned)


def test_a_trigger_inside_create_schema_is_checked(db, trickle):
    """CREATE SCHEMA reports its CREATE TRIGGER under its own tag."""
    db.execute("CREATE FUNCTION public.cdc_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$")
    conn = Conn(db)
    conn.execute('CREATE SCHEMA "Sch ë" CREATE TABLE t (id int)'
                 " CREATE TRIGGER pg_trickle_cdc_1 AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION public.cdc_fn()")
    warned = conn.harden_messages("WARNING")
    assert [m[1].split(":")[1].strip() for m in warned] == ["cdc_trigger_owned_by_superuser"]


def test_a_grant_is_read_from_its_text_only_at_top_level(server, db, sales, trickle):
    """The gate looks only at the relations a top-level GRANT names, schema-
    qualified; otherwise at every watched relation this transaction wrote."""
    db.execute("CREATE TABLE public.plain (id int)")
    db.execute("ALTER TABLE public.order_totals OWNER TO %s" % OWNER)
    db.execute("GRANT USAGE, CREATE ON SCHEMA public TO %s" % OWNER)
    conn = Conn(server.connect(user=unquote(OWNER)))
    # Not schema-qualified: found through the ACLs this transaction wrote.
    conn.execute("SET search_path = public")
    blocked(conn, "GRANT INSERT ON order_totals TO %s" % OTHER, "stream_table_writable")
    # From another event trigger, while the top-level query names another table.
    db.execute("""
        CREATE FUNCTION public.regrant() RETURNS event_trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF pg_catalog.current_setting('test.regrant', true) IS DISTINCT FROM 'done' THEN
                PERFORM pg_catalog.set_config('test.regrant', 'done', true);
                EXECUTE 'GRANT INSERT ON public.order_totals TO %s';
            END IF;
        END $$""" % OTHER.replace("'", "''"))
    db.execute("CREATE EVENT TRIGGER regrant ON ddl_command_end WHEN TAG IN ('GRANT')"
               " EXECUTE FUNCTION public.regrant()")
    try:
        blocked(db, "GRANT SELECT ON public.plain TO %s" % OTHER, "stream_table_writable")
    finally:
        db.execute("DROP EVENT TRIGGER regrant")
    assert not one(db, "SELECT has_table_privilege('%s', 'public.order_totals', 'INSERT')"
                   % unquote(OTHER).replace("'", "''"))


@pytest.mark.parametrize("statement", [
    "GRANT INSERT ON public.plain, public.order_totals TO {r}",
    "grant insert on table PUBLIC.Order_Totals to {r}",
    'GRANT UPDATE ON "public"."Région top" TO {r}',
    'GRANT DELETE ON public."Région top" , "public".order_totals TO {r}, "dot.ted"',
    "GRANT\tTRUNCATE\nON public.order_totals\nTO {r};",
    "GRANT INSERT ON plain, order_totals TO {r}",
    'GRANT INSERT ON "Région top", Order_Totals TO {r}',
    'GRANT INSERT ON TABLE "order_totals" TO {r}',
    "GRANT INSERT ON public.plain,public.order_totals TO{r}",          # no space before the quote
    "GRANT INSERT ON\tpublic.plain\n,\fPUBLIC.ORDER_TOTALS\rTO {r}",  # the lexer's white space (\v too from 16)
])
def test_a_top_level_grant_names_its_relations_in_any_spelling(db, trickle, statement):
    """The gate reads the relations of a top-level GRANT from its text: quoted,
    unquoted in any case, in a list, across lines, schema-qualified or not
    (then every relation of that name, whatever the session's search_path);
    a quoted role name holding a dot does not hide them."""
    db.execute("CREATE TABLE public.plain (id int)")
    db.execute('CREATE ROLE "dot.ted"')
    db.execute("CREATE ROLE %s" % OTHER)
    blocked(db, statement.format(r=OTHER), "stream_table_writable")


def test_a_catalog_another_superuser_made_is_read(server, db):
    """pg_trickle installed by a superuser other than the bootstrap one: the
    gate's cheap check (harden.trust.PGT_CATALOG_READABLE_SQL) does not vouch
    for its catalog, the full trust check does, and the gate reads it."""
    db.execute('CREATE ROLE "Other su" SUPERUSER LOGIN')
    db.execute("CREATE ROLE %s" % OTHER)
    other = server.connect(user="Other su")
    load_fixture(other, "pgtrickle.sql")
    other.execute("CREATE TABLE public.orders (id int PRIMARY KEY, region text, amount numeric)")
    other.execute("SELECT pgtrickle.create_stream_table('public.order_totals',"
                  " 'SELECT region, sum(amount) AS total FROM public.orders GROUP BY region')")
    assert db.execute("SELECT %s, harden._pgt_catalog_trusted()" % trust.PGT_CATALOG_READABLE_SQL).fetchone() \
        == (False, True)
    db.execute("DELETE FROM harden.ddl_history")
    blocked(db, "GRANT INSERT ON public.order_totals TO %s" % OTHER, "stream_table_writable")
    db.execute("CREATE POLICY p ON public.orders USING (true)")
    assert db.execute("SELECT needs_reinit FROM pgtrickle.pgt_stream_tables").fetchone()[0] is True
    db.execute("CREATE INDEX ON public.order_totals (region)")
    assert [(r["command_tag"], r["stream_table"]) for r in history(db) if r["command_tag"] == "CREATE INDEX"] \
        == [("CREATE INDEX", "public.order_totals")]


# -- row security of stream-table sources ------------------------------------------

RLS_DDL = [
    ("CREATE POLICY", None, 'CREATE POLICY "P ñ" ON public.orders USING (true)'),
    ("ALTER POLICY", 'CREATE POLICY "P ñ" ON public.orders USING (true)',
     'ALTER POLICY "P ñ" ON public.orders USING (amount > 0)'),
    ("DROP POLICY", 'CREATE POLICY "P ñ" ON public.orders USING (true)', 'DROP POLICY "P ñ" ON public.orders'),
    ("ENABLE", None, "ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY"),
    ("DISABLE", "ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY",
     "ALTER TABLE public.orders DISABLE ROW LEVEL SECURITY"),
    ("FORCE", None, "ALTER TABLE public.orders FORCE ROW LEVEL SECURITY"),
    ("NO FORCE", "ALTER TABLE public.orders FORCE ROW LEVEL SECURITY",
     "ALTER TABLE public.orders NO FORCE ROW LEVEL SECURITY"),
]


@pytest.mark.parametrize("form, before, ddl", RLS_DDL, ids=[f for f, _, _ in RLS_DDL])
def test_rls_change_on_a_source_marks_dependent_stream_tables(db, trickle, form, before, ddl):
    if before:
        db.execute(before)
    db.execute("UPDATE pgtrickle.pgt_stream_tables SET needs_reinit = false")
    db.execute("DELETE FROM harden.ddl_history")
    conn = Conn(db)
    conn.execute(ddl)
    expected = {"public.order_totals", 'public."Région top"'}
    assert marked(db) == expected                       # downstream too; "Cus count" untouched
    notices = conn.harden_messages("NOTICE")
    assert len(notices) == 1 and notices[0][1].startswith("harden: rls_source_changed: ")
    assert "order_totals" in notices[0][1] and '"Région top"' in notices[0][1]
    rows = history(db, "rls_source_changed")
    assert [(r["verdict"], sorted(r["marked_stream_tables"])) for r in rows] == [("allowed", sorted(expected))]
    view = db.execute("SELECT pgt_name, action FROM harden.stream_table_ddl_history ORDER BY pgt_name").fetchall()
    assert [v[0] for v in view] == ["Région top", "order_totals"]
    assert all(v[1].startswith("marked for reinit: ") for v in view)


def test_rls_change_on_a_stream_table_source_marks_only_downstream(db, trickle):
    db.execute("UPDATE pgtrickle.pgt_stream_tables SET needs_reinit = false")
    db.execute("CREATE POLICY p ON public.order_totals USING (true)")
    assert marked(db) == {'public."Région top"'}


def test_ddl_that_leaves_row_security_alone_marks_nothing(db, trickle):
    db.execute("UPDATE pgtrickle.pgt_stream_tables SET needs_reinit = false")
    conn = Conn(db)
    conn.execute("ALTER TABLE public.orders ADD COLUMN note text")
    conn.execute("ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY, DISABLE ROW LEVEL SECURITY")
    conn.execute("CREATE INDEX ON public.orders (region)")
    conn.execute("CREATE TABLE public.lonely (id int)")
    conn.execute("CREATE POLICY p ON public.lonely USING (true)")
    assert marked(db) == set()
    assert conn.harden_messages() == []
    # A policy on another source marks that source's stream table only.
    conn.execute('CREATE POLICY p ON public."Cus tomers" USING (true)')
    assert marked(db) == {'public."Cus count"'}


def test_rls_reaction_is_off_with_the_guard(db, trickle):
    db.execute("SELECT harden.set_mode('off')")
    db.execute("UPDATE pgtrickle.pgt_stream_tables SET needs_reinit = false")
    db.execute("CREATE POLICY p ON public.orders USING (true)")
    assert marked(db) == set()


# -- the history ------------------------------------------------------------------------

def test_history_records_watched_ddl_with_roles_and_statement(server, db, sales, trickle):
    db.execute("GRANT CREATE ON SCHEMA public TO %s" % OWNER)
    db.execute("GRANT SELECT ON public.order_totals TO %s WITH GRANT OPTION" % OWNER)
    db.execute("DELETE FROM harden.ddl_history")
    conn = Conn(server.connect())
    conn.execute("SET ROLE %s" % OWNER)
    conn.execute('CREATE POLICY "Pol ï" ON %s USING (true)' % T)
    conn.execute("GRANT SELECT ON public.order_totals TO %s" % OTHER)
    conn.execute("RESET ROLE")
    conn.execute("CREATE INDEX ON public.order_totals (region)")
    rows = history(db)
    superuser = one(db, "SELECT current_user")
    assert [(r["command_tag"], r["object_identity"], r["performed_by"], r["acting_role"], r["stream_table"])
            for r in rows] == [
        ("CREATE POLICY", '"Pol ï" on %s' % T, superuser, unquote(OWNER), None),
        ("GRANT", "public.order_totals", superuser, unquote(OWNER), "public.order_totals"),
        ("CREATE INDEX", "public.order_totals_region_idx", superuser, superuser, "public.order_totals"),
    ]
    assert rows[0]["statement"] == 'CREATE POLICY "Pol ï" ON %s USING (true)' % T



def test_every_command_of_a_statement_is_recorded_with_its_text(db, sales, trickle):
    """Python reads the statement's text once per event (in the first row of
    its commands, not in each): the later commands of one statement are
    recorded with it all the same, for ddl_command_end and sql_drop."""
    create = ('CREATE SCHEMA "Sch ï" CREATE TABLE t (id int) CREATE TRIGGER "tr\n" BEFORE INSERT ON t'
              ' FOR EACH ROW EXECUTE FUNCTION %s.owner_fn()' % S)
    db.execute(create)
    for i in range(3):
        db.execute('CREATE TABLE "Sch ï".p%d (id int)' % i)
        db.execute('CREATE POLICY "pol %d" ON "Sch ï".p%d USING (true)' % (i, i))
    db.execute("DELETE FROM harden.ddl_history")
    drop = 'DROP TABLE "Sch ï".p0, "Sch ï".p1, "Sch ï".p2'
    db.execute(drop)
    db.execute("SET harden.internal = on")  # the CREATE SCHEMA's commands go to Python
    db.execute("DROP SCHEMA \"Sch ï\" CASCADE")
    db.execute(create)
    db.execute("RESET harden.internal")
    rows = [(r["command_tag"], r["object_type"], r["object_identity"], r["statement"]) for r in history(db)
            if r["object_type"] in ("policy", "trigger")]
    assert sorted(rows[:3]) == [("DROP TABLE", "policy", '"pol %d" on "Sch ï".p%d' % (i, i), drop) for i in range(3)]
    assert rows[-1] == ("CREATE TRIGGER", "trigger", '"tr\n" on "Sch ï".t', create)


def test_the_gate_and_python_record_a_constraint_command_on_a_source_alike(db, trickle):
    """A command about a constraint is about its table: the gate (through
    the pgt fact) and the engine (RELATIONS_SQL) read one expression for it,
    so both record a COMMENT on a source's or a stream table's constraint."""
    db.execute('ALTER TABLE public.orders ADD CONSTRAINT "chk ï" CHECK (amount > 0)')
    db.execute('ALTER TABLE public.order_totals ADD CONSTRAINT "tot\n" CHECK (total > 0)')
    db.execute("DELETE FROM harden.ddl_history")
    for internal in ("off", "on"):
        db.execute("SET harden.internal = %s" % internal)
        db.execute("""COMMENT ON CONSTRAINT "chk ï" ON public.orders IS 'x'""")
        db.execute("""COMMENT ON CONSTRAINT "tot\n" ON public.order_totals IS 'x'""")
    db.execute("RESET harden.internal")
    rows = [(r["object_type"], r["object_identity"], r["stream_table"]) for r in history(db)]
    expected = [("table constraint", '"chk ï" on public.orders', None),
                ("table constraint", '"tot\n" on public.order_totals', "public.order_totals")]
    assert rows == expected + expected

def test_tutorial_step_7_query_works_for_the_auditor(db, auditor, trickle):
    db.execute("ALTER TABLE public.order_totals ENABLE ROW LEVEL SECURITY")
    rows = auditor.execute("SELECT pgt_name, action, performed_by, performed_at"
                           " FROM harden.stream_table_ddl_history ORDER BY performed_at DESC LIMIT 50").fetchall()
    assert ("order_totals", "alter table") in [(r[0], r[1]) for r in rows]


def test_prune_history(server, db, sales):
    db.execute('CREATE POLICY "Old" ON %s USING (true)' % T)
    db.execute('CREATE POLICY "New" ON %s USING (true)' % T)
    db.execute("UPDATE harden.ddl_history SET performed_at = now() - interval '100 days'"
               " WHERE object_identity LIKE '\"Old\"%'")
    admin = login(server, db, ADMIN, "harden_admin")
    assert one(admin, "SELECT harden.prune_history('90 days')") == 1
    assert [r["object_identity"] for r in history(db)] == ['"New" on %s' % T]
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        admin.execute("SELECT harden.prune_history('-1 day')")
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        admin.execute("SELECT harden.prune_history(NULL)")


# -- nobody but harden and its administrators steers the guard ---------------------------

TAMPERING = [
    "SELECT harden.set_mode('off')",
    "SELECT harden.configure('mode', 'off')",
    "SELECT harden.set_rule_action('trigger_function_owner_mismatch', 'off')",
    "SELECT harden.prune_history('0 seconds')",
    "INSERT INTO harden.ddl_history (performed_by, acting_role, command_tag, verdict)"
    " VALUES ('x', 'x', 'x', 'allowed')",
    "UPDATE harden.ddl_history SET verdict = 'allowed'",
    "DELETE FROM harden.ddl_history",
    "UPDATE harden.config SET value = 'off'",
    "INSERT INTO harden.config (name, value) VALUES ('mode', 'off')",
    "INSERT INTO harden.rule_actions (rule, action) VALUES ('trigger_function_owner_mismatch', 'off')",
    "DROP EVENT TRIGGER harden_guard_ddl_command_end",
    "ALTER EVENT TRIGGER harden_guard_ddl_command_end DISABLE",
    "ALTER EVENT TRIGGER harden_guard_sql_drop ENABLE REPLICA",
    "SET session_replication_role = replica",
    "SELECT harden._guard_ddl_command_end('GRANT')",
    "CREATE OR REPLACE FUNCTION harden.guard_ddl_command_end() RETURNS event_trigger"
    " LANGUAGE plpgsql AS $$ BEGIN END $$",
]


@pytest.mark.parametrize("statement", TAMPERING)
@pytest.mark.parametrize("who", ["outsider", "auditor"])
def test_a_non_superuser_cannot_tamper_with_the_guard(server, db, who, statement):
    conn = login(server, db, OUTSIDER, *(["harden_auditor"] if who == "auditor" else []))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(statement)


@pytest.mark.parametrize("statement", [s for s in TAMPERING if "set_mode" not in s and "configure" not in s
                                       and "set_rule_action" not in s and "prune_history" not in s])
def test_harden_admin_steers_the_guard_only_through_its_functions(server, db, statement):
    conn = login(server, db, ADMIN, "harden_admin")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(statement)


def test_harden_admin_sets_mode_and_rule_actions(server, db):
    conn = login(server, db, ADMIN, "harden_admin")
    assert one(conn, "SELECT harden.set_mode('warn')") == "warn"
    assert one(conn, "SELECT harden.set_rule_action('grant_all_privileges', 'off')") == "off"
    assert one(conn, "SELECT harden.set_rule_action('grant_all_privileges', NULL)") == "warn"
    assert one(db, "SELECT value FROM harden.config WHERE name = 'mode'") == "warn"
    assert one(db, "SELECT count(*) FROM harden.rule_actions") == 0


@pytest.mark.parametrize("call, error", [
    ("SELECT harden.set_mode('loud')", psycopg.errors.InvalidParameterValue),
    ("SELECT harden.set_mode(NULL)", psycopg.errors.InvalidParameterValue),
    ("SELECT harden.set_rule_action('no_such_rule', 'off')", psycopg.errors.InvalidParameterValue),
    ("SELECT harden.set_rule_action('pgt_role_missing', 'off')", psycopg.errors.InvalidParameterValue),
    ("SELECT harden.set_rule_action('grant_all_privileges', 'loud')", psycopg.errors.InvalidParameterValue),
    ("SELECT harden.set_rule_action('rls_source_changed', 'block')", psycopg.errors.InvalidParameterValue),
    ("SELECT harden.set_rule_action(NULL, 'off')", psycopg.errors.InvalidParameterValue),
])
def test_bad_input_is_refused_with_a_hint(db, call, error):
    with pytest.raises(error) as exc:
        db.execute(call)
    # Errors of harden's functions come through plpy.error, which prefixes "plpy.Error: ".
    assert "harden: " in exc.value.diag.message_primary
    assert exc.value.diag.message_hint
    assert one(db, "SELECT count(*) FROM harden.rule_actions") == 0


# -- the gate's settings ------------------------------------------------------------------

def gate_settings(db):
    return dict(e.split("=", 1) for e in one(
        db, "SELECT proconfig FROM pg_proc WHERE oid = 'harden.guard_ddl_command_end()'::regprocedure")
        if e.startswith("harden."))


def test_gate_settings_follow_the_configuration(db):
    defaults = {"harden.mode": "enforce", "harden.record_all_ddl": "off",
                "harden.change_buffer_schema": "pgtrickle_changes"}
    assert gate_settings(db) == defaults
    db.execute("SELECT harden.set_mode('warn')")
    db.execute("SELECT harden.configure('change_buffer_schema', %s)", ['Chänge "buf" s'])
    db.execute("SELECT harden.configure('record_all_ddl', 'on')")
    assert gate_settings(db) == {"harden.mode": "warn", "harden.record_all_ddl": "on",
                                 "harden.change_buffer_schema": 'Chänge "buf" s'}
    assert one(db, "SELECT value FROM harden.status() WHERE name = 'gate_settings'") == "as configured"
    # Harden's own ALTER FUNCTION is not recorded.
    assert history(db) == []
    db.execute("TRUNCATE harden.config")
    assert gate_settings(db) == defaults
    # A change made behind harden's back shows in status().
    db.execute("ALTER FUNCTION harden.guard_ddl_command_end() SET harden.mode = 'off'")
    assert one(db, "SELECT value FROM harden.status() WHERE name = 'gate_settings'").startswith(
        "differ from harden.config (mode=off)")
    # What an update script that replaces the gate ends with (docs/packaging.md).
    db.execute("UPDATE harden.config SET value = value WHERE false")
    assert gate_settings(db) == defaults


def test_a_session_setting_does_not_steer_the_gate(server, db, sales):
    conn = Conn(server.connect(user=unquote(OTHER)))
    for name, value in [("mode", "off"), ("record_all_ddl", "on"), ("change_buffer_schema", "x")]:
        conn.execute("SET harden.%s = '%s'" % (name, value))
    blocked(conn, "CREATE FUNCTION %s.f() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1'" % S,
            "security_definer_search_path")
    conn.execute("CREATE TABLE %s.\"Not recorded\" (id int)" % S)
    assert history(db) == []


def test_the_configured_change_buffer_schema_is_guarded(db, trickle):
    schema = '"Chänge ""buf"" s"'
    db.execute("SELECT harden.configure('change_buffer_schema', %s)", [unquote(schema)])
    db.execute("CREATE SCHEMA %s" % schema)
    db.execute("CREATE TABLE %s.\"Ch 1\" (id int)" % schema)
    db.execute("CREATE ROLE %s" % OUTSIDER)
    blocked(db, "GRANT SELECT ON %s.\"Ch 1\" TO %s" % (schema, OUTSIDER), "change_buffer_exposed")


# -- status -----------------------------------------------------------------------------

def test_status(db, auditor):
    def status():
        return {(r[0], r[1]): r[2] for r in auditor.execute("SELECT * FROM harden.status()")}

    s = status()
    assert s[("harden", "version")] == one(db, "SELECT harden.version()")
    assert s[("harden", "mode")] == "enforce (default)"
    assert {k[1]: v for k, v in s.items() if k[0] == "event_trigger"} == {
        "harden_guard_ddl_command_end": "enabled", "harden_guard_sql_drop": "enabled",
        "harden_guard_ddl_command_start": "enabled", "harden_guard_acting_ddl_command_end": "enabled",
        "harden_guard_acting_sql_drop": "enabled", "harden_guard_acting_ddl_command_start": "enabled"}
    assert {k[1] for k in s if k[0] == "rule"} == {r.name for r in catalogue.load().values() if r.guard}
    assert s[("rule", "trigger_function_owner_mismatch")] == "block (default)"
    assert s[("apply", "last_run")] == "never"

    db.execute("ALTER EVENT TRIGGER harden_guard_sql_drop DISABLE")
    db.execute("SELECT harden.set_mode('warn')")
    db.execute("SELECT harden.set_rule_action('grant_all_privileges', 'off')")
    db.execute("INSERT INTO harden.apply_runs (applied) VALUES (3)")
    s = status()
    assert s[("event_trigger", "harden_guard_sql_drop")] == "disabled"
    assert s[("harden", "mode")] == "warn"
    assert s[("rule", "trigger_function_owner_mismatch")] == "block (default); mode warn: warns instead"
    assert s[("rule", "grant_all_privileges")].startswith("off (set by ")
    assert s[("apply", "last_run")].startswith("run 1 at ")


# -- robustness ---------------------------------------------------------------------------

BREAK_RULE = """
DO $$
from harden import catalogue
from harden.guard import engine

def broken(ctx, cmd):
    raise RuntimeError("boom")
    yield

rule = catalogue.load_guarded()["references_only_foreign_key"]
catalogue.load_guarded()["references_only_foreign_key"] = rule._replace(guard=broken)
engine._dispatch.clear()
$$ LANGUAGE plpython3u
"""


def test_a_broken_rule_refuses_what_it_would_block_and_warns_otherwise(server, db, sales, postgresql_proc):
    """A blocking rule whose check fails refuses the DDL (its author may have
    made the check fail on purpose); a rule that warns lets it through with
    a WARNING, unless fail_closed is on."""
    db.execute("GRANT REFERENCES ON %s TO %s" % (T, OTHER))
    conn = Conn(server.connect())
    conn.execute("SELECT harden.version()")  # loads harden's Python into this session
    conn.execute(BREAK_RULE)
    conn.execute("SET ROLE %s" % OTHER)
    diag = blocked(conn, 'CREATE TABLE %s."Child" (id int REFERENCES %s)' % (S, T), "references_only_foreign_key")
    assert diag.message_primary == ("harden: references_only_foreign_key: the guard check failed (boom), so the DDL"
                                    " was not checked by it and is refused")
    assert "SELECT harden.set_rule_action('references_only_foreign_key', 'warn');" in diag.message_detail
    assert not relkind_exists(db, '%s."Child"' % S)
    log = pathlib.Path(postgresql_proc.logfile).read_text(errors="replace")
    assert "harden: guard_failed rule=references_only_foreign_key " in log

    db.execute("SELECT harden.set_rule_action('references_only_foreign_key', 'warn')")
    conn.execute('CREATE TABLE %s."Child" (id int REFERENCES %s)' % (S, T))
    warned = conn.harden_messages("WARNING")
    assert len(warned) == 1 and "references_only_foreign_key failed (boom)" in warned[0][1]
    assert relkind_exists(db, '%s."Child"' % S)

    db.execute("SELECT harden.configure('fail_closed', 'on')")
    diag = blocked(conn, 'CREATE TABLE %s."Child 2" (id int REFERENCES %s)' % (S, T), "references_only_foreign_key")
    assert "fail_closed" in diag.message_primary
    assert not relkind_exists(db, '%s."Child 2"' % S)


def test_harden_own_ddl_is_never_blocked(db, trickle):
    db.execute("CREATE ROLE writer")
    blocked(db, "GRANT INSERT ON public.order_totals TO writer", "stream_table_writable")
    db.execute("""
        DO $$
        from harden import internal_ddl
        with internal_ddl.running():
            plpy.execute("GRANT INSERT ON public.order_totals TO writer")
        $$ LANGUAGE plpython3u""")
    assert one(db, "SELECT has_table_privilege('writer', 'public.order_totals', 'INSERT')")


# Statements of each kind the gate has a branch for, in the forms that make
# PostgreSQL report more than the statement itself.
BRANCH_STATEMENTS = [
    'CREATE TABLE "Tä b\n" (id serial PRIMARY KEY, n int GENERATED ALWAYS AS IDENTITY, v text UNIQUE)',
    'COMMENT ON COLUMN "Tä b\n".v IS \'c\'',
    'CREATE STATISTICS "St ä" ON id, v FROM "Tä b\n"',
    'CREATE TABLE "Li ke" (LIKE "Tä b\n" INCLUDING ALL)',
    'CREATE TABLE "Pa rt" (id int, k int) PARTITION BY LIST (k)',
    'CREATE INDEX "Pa rt_i" ON ONLY "Pa rt" (id)',
    'CREATE TABLE "Pa rt 1" PARTITION OF "Pa rt" FOR VALUES IN (1)',
    'CREATE TABLE "Pa rt 2" (id int, k int)',
    'CREATE INDEX "Pa rt 2_i" ON "Pa rt 2" (id)',
    'CREATE TABLE "Ch ild" (id int REFERENCES "Tä b\n", v text)',
    'CREATE TABLE "As" AS SELECT 1 AS one',
    'ALTER TABLE "Pa rt" ATTACH PARTITION "Pa rt 2" FOR VALUES IN (2)',
    'ALTER INDEX "Pa rt_i" ATTACH PARTITION "Pa rt 2_i"',
    'ALTER TABLE "Pa rt" DETACH PARTITION "Pa rt 2"',
    'ALTER TABLE "Ch ild" ADD COLUMN s serial, ADD COLUMN g int GENERATED BY DEFAULT AS IDENTITY',
    'ALTER TABLE "Ch ild" ADD PRIMARY KEY (s), ADD CONSTRAINT "U q" UNIQUE (v)',
    'ALTER TABLE "Ch ild" ADD FOREIGN KEY (g) REFERENCES "Tä b\n"',
    'ALTER TABLE "Tä b\n" ALTER COLUMN v TYPE varchar(50)',
    'ALTER TABLE "Ch ild" ENABLE ROW LEVEL SECURITY, SET (fillfactor = 90)',
    'ALTER TABLE "Ch ild" RENAME COLUMN v TO "v ë"',
    'ALTER TABLE "As" RENAME TO "A s"',
    'ALTER TABLE "A s" SET SCHEMA "Sche ma"',
    'ALTER TABLE "Sche ma"."A s" OWNER TO "Ow ner"',
    'ALTER TABLE ALL IN TABLESPACE pg_default SET TABLESPACE pg_default',
    'ALTER INDEX "Pa rt 2_i" RENAME TO "Pa rt 2 ï"',
    'ALTER INDEX "Pa rt 2 ï" SET (fillfactor = 80)',
    'ALTER INDEX "Ch ild" RENAME TO "Chi ld"',
    'ALTER INDEX ALL IN TABLESPACE pg_default SET TABLESPACE pg_default',
    'CREATE POLICY "Po l" ON "Chi ld" USING (true)',
    'ALTER POLICY "Po l" ON "Chi ld" USING (false)',
    'CREATE FUNCTION "F n"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
    'ALTER FUNCTION "F n"() SET search_path = pg_catalog, pg_temp',
    'CREATE TRIGGER "Tr g" BEFORE INSERT ON "Chi ld" FOR EACH ROW EXECUTE FUNCTION "F n"()',
    'GRANT SELECT ON "Chi ld", "Tä b\n" TO "Ow ner"',
]


def test_each_gate_branch_knows_the_command_tags_its_statements_report(db):
    """A branch of the gate asks only the predicates of the command tags it
    lists (`reports`), and reads one command where it says one is reported
    (`single`). The statements above, in the forms that report most, are
    collected by an event trigger of the test's own; every tag they report is
    listed by their branch. (A tag missing there would send the command to
    Python, so this keeps the gate cheap, not safe: the gate is safe anyway.)"""
    db.execute('CREATE ROLE "Ow ner"')
    db.execute('CREATE SCHEMA "Sche ma"')
    db.execute("CREATE TABLE public.reported (statement text, statement_tag text, command_tag text)")
    db.execute("""CREATE FUNCTION public.collect() RETURNS event_trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO public.reported
            SELECT pg_catalog.current_query(), TG_TAG, c.command_tag FROM pg_catalog.pg_event_trigger_ddl_commands() c
             WHERE NOT c.in_extension AND c.schema_name IS DISTINCT FROM 'harden';
        END $$""")
    db.execute("CREATE EVENT TRIGGER collect ON ddl_command_end EXECUTE FUNCTION public.collect()")
    try:
        for statement in BRANCH_STATEMENTS:
            db.execute(statement)
    finally:
        db.execute("DROP EVENT TRIGGER collect")
    rows = db.execute("SELECT statement, statement_tag, array_agg(command_tag) FROM public.reported"
                      " GROUP BY 1, 2").fetchall()
    by_tag = {tag: b for b in gate.BRANCHES for tag in b.tags}
    seen = set()
    for statement, tag, reported in rows:
        branch = by_tag.get(tag)
        if branch is None:
            continue
        seen.add(tag)
        assert set(reported) <= branch.reports, (statement, reported)
        assert not branch.single or len(reported) == 1, (statement, reported)
    # Every branch was tried, and the forms that report more than themselves did.
    assert seen == set(by_tag) - {"SELECT INTO", "CREATE SEQUENCE", "CREATE FOREIGN TABLE", "CREATE MATERIALIZED VIEW",
                                  "ALTER PROCEDURE", "CREATE PROCEDURE", "ALTER ROUTINE"}
    reported = {(r[0], r[1]) for r in db.execute("SELECT statement_tag, command_tag FROM public.reported")}
    assert {("CREATE TABLE", "CREATE SEQUENCE"), ("CREATE TABLE", "CREATE INDEX"), ("CREATE TABLE", "COMMENT"),
            ("CREATE TABLE", "CREATE STATISTICS"), ("ALTER TABLE", "CREATE SEQUENCE"),
            ("ALTER TABLE", "ALTER SEQUENCE")} <= reported


def test_a_command_whose_tag_its_branch_does_not_list_reaches_python(db):
    """The safety net under `reports`: a branch built without CREATE SEQUENCE
    sends the sequence an ALTER TABLE makes to Python, and the ALTER TABLE
    itself not."""
    branch = gate.Branch(("ALTER TABLE",), frozenset(("ALTER TABLE",)), frozenset(("fk", "inh")))
    query = gate._query(gate.guard_rules(catalogue.load().values()), branch, False, False)
    db.execute("CREATE TABLE public.verdicts (python boolean, command_tag text)")
    db.execute(psycopg.sql.SQL("""CREATE FUNCTION public.branch() RETURNS event_trigger LANGUAGE plpgsql
        SET search_path = pg_catalog, pg_temp SET harden.record_all_ddl = 'off'
        SET harden.change_buffer_schema = 'pgtrickle_changes' AS $$
        DECLARE
            acting text := current_user;  -- the gate's variable (harden.guard.gate.INVOKER)
        BEGIN
            INSERT INTO public.verdicts SELECT q.python, q.command_tag FROM ({}) q(python, watched, command_tag, object_type, identity);
        END $$""").format(psycopg.sql.SQL(query)))
    db.execute("CREATE EVENT TRIGGER branch ON ddl_command_end WHEN TAG IN ('ALTER TABLE')"
               " EXECUTE FUNCTION public.branch()")
    db.execute('CREATE TABLE public."Se q" (id int)')
    try:
        db.execute('ALTER TABLE public."Se q" ADD COLUMN s serial')
    finally:
        db.execute("DROP EVENT TRIGGER branch")
    assert sorted(db.execute("SELECT command_tag, python FROM public.verdicts")) == [
        ("ALTER SEQUENCE", True), ("ALTER TABLE", False), ("CREATE SEQUENCE", True)]


def test_the_gate_asks_every_rule_for_its_command_tags():
    """The gate decides which DDL reaches Python: for every command tag a
    rule's guard asks for (DROPs reach Python through sql_drop), the branch
    of the generated gate that sees that tag asks the rule's predicate, or
    sends the tag to Python when the rule has none."""
    rules = gate.guard_rules(catalogue.load().values())
    for rule in rules:
        for tag in sorted(t for t in rule.guard_tags if not t.startswith("DROP ")):
            branch = next((b for b in gate.BRANCHES if b.reports is not None and tag in b.reports), gate.OTHER)
            predicates = "\n".join(gate._predicates(rules, branch))
            assert "-- %s\n" % rule.name in predicates, (rule.name, tag)
            assert (rule.gate or {}).get(tag, "true") in predicates, (rule.name, tag)
    # A tag no branch lists reaches the branch that asks every rule.
    assert gate.OTHER.reports is None


def test_gate_predicates_read_only_known_facts():
    """A predicate's fact.column must be a column its fact's query makes, or
    the generated gate would fail at the first DDL of that tag."""
    for rule in gate.guard_rules(catalogue.load().values()):
        for tag, predicate in (rule.gate or {}).items():
            for name, column in gate._FACT_COLUMN.findall(predicate):
                fact = gate.FACTS[name]
                for sql in filter(None, (fact.sql, fact.named_sql)):
                    assert re.search(r"\bAS %s\b" % column, sql), (rule.name, tag, name, column)


# -- reading a GRANT statement ------------------------------------------------------------

@pytest.mark.parametrize("statement, warned", [
    ("GRANT SELECT, INSERT ON public.t TO {r}", False),
    ('grant all privileges on public.t to {r}, "Bob B";', True),
    ("GRANT /* ALL */ SELECT ON public.t TO {r}", False),
    ('GRANT SELECT ON public.t TO {r}; GRANT ALL ON public.t TO "Bob B"', True),   # two statements
    ("DO $$ BEGIN EXECUTE 'GRANT ALL ON public.t TO \"Bob B\"'; END $$", True),
    ('CREATE SCHEMA s GRANT ALL ON public.t TO "Bob B"', True),
    ('GRANT U&"\\0074rigger", REFERENCES, SELECT ON public.t TO {r}; GRANT ALL ON public.t TO "Bob B"', True),
])
def test_the_gate_reads_a_grant_only_where_a_misreading_costs_a_look(db, statement, warned):
    """What the gate reads of a GRANT's privileges only spares Python a scan:
    a GRANT that gives a role every privilege is warned, however spelled and
    wherever it runs."""
    db.execute("CREATE TABLE public.t (id int)")
    db.execute('CREATE ROLE "Bob B"')
    db.execute("CREATE ROLE %s" % OTHER)
    conn = Conn(db)
    conn.execute(statement.format(r=OTHER))
    rules = {m[1].split(":")[1].strip() for m in conn.harden_messages("WARNING")}
    assert rules == ({"grant_all_privileges"} if warned else set())


def test_a_grant_naming_a_relation_the_server_truncates_is_read(db, trickle):
    """An unqualified name longer than 63 bytes names the relation whose name
    the server truncates it to, for the gate as for the GRANT."""
    name = "order_totals" + "x" * 51
    db.execute('ALTER TABLE public.order_totals RENAME TO "%s"' % name)
    db.execute("CREATE ROLE %s" % OTHER)
    db.execute("SET search_path = public")
    blocked(db, "GRANT INSERT ON %s TO %s" % (name + "yyyyyyy", OTHER), "stream_table_writable")
