"""The guard against the roles it guards (issue 12): nothing a non-superuser
controls (its own statement_timeout or lock_timeout, a cancel of its own
query, a fake pg_trickle catalog, a password in its DDL) lets DDL through
unchecked, turns the guard's rights against the database, or leaks a secret
into harden's history or log lines.

Every test runs as real roles on a real server; names carry quotes, spaces
and unicode on purpose.
"""

import pathlib
import threading
import time

import psycopg
import pytest

from test_guard import OTHER, OWNER, S, T, TRIG, Conn, blocked, history, one, sales, trickle, unquote  # noqa: F401
from harden.redact import MASK

TRIGGER_DDL = 'CREATE TRIGGER "T rig" BEFORE INSERT ON %s FOR EACH ROW EXECUTE FUNCTION %s.trig_fn()' % (T, S)
TRIGGER_EXISTS = "SELECT count(*) = 1 FROM pg_trigger WHERE tgname = 'T rig'"


def refused(conn, statement):
    """The DDL fails, whether the guard blocked it or PostgreSQL cancelled it."""
    with pytest.raises((psycopg.errors.InsufficientPrivilege, psycopg.errors.QueryCanceled,
                        psycopg.errors.LockNotAvailable)) as exc:
        conn.execute(statement)
    return exc.value


# -- never fail open on the caller's errors -------------------------------------------

@pytest.mark.parametrize("session", ["fresh", "warm"])
def test_a_statement_timeout_never_lets_blocked_ddl_through(server, db, sales, session):
    """Each timeout from 1 to 50 ms, in a session that has not loaded harden's
    Python yet (the timeout then falls while it loads) and in one that has."""
    warm = server.connect(user=unquote(TRIG))
    if session == "warm":
        refused(warm, TRIGGER_DDL)
    outcomes = set()
    for ms in range(1, 51):
        conn = warm if session == "warm" else server.connect(user=unquote(TRIG))
        conn.execute("SET statement_timeout = '%dms'" % ms)
        outcomes.add(type(refused(conn, TRIGGER_DDL)).__name__)
        conn.execute("RESET statement_timeout")
        assert not one(db, TRIGGER_EXISTS), "let through with statement_timeout = %d ms" % ms
        if session == "fresh":
            conn.close()
    # A warm session is quick enough to reach the rule at some of them.
    assert session == "fresh" or "InsufficientPrivilege" in outcomes


def _waiting(db, pid):
    for _ in range(200):
        if one(db, "SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = %s", [pid]):
            return
        time.sleep(0.02)
    raise AssertionError("backend %d never waited for the lock" % pid)


def _holding_harden_config(server):
    """A superuser's transaction holding harden.config, which the guard's
    Python reads for every event it sees."""
    holder = server.connect(autocommit=False)
    holder.execute("LOCK TABLE harden.config IN ACCESS EXCLUSIVE MODE")
    return holder


@pytest.mark.parametrize("mode", ["enforce", "warn"])
def test_a_lock_timeout_never_lets_blocked_ddl_through(server, db, sales, mode):
    """Not a rule's bug: warn mode (and fail_closed off) change nothing."""
    db.execute("SELECT harden.set_mode(%s)", [mode])
    conn = server.connect(user=unquote(TRIG))
    holder = _holding_harden_config(server)
    try:
        conn.execute("SET lock_timeout = '50ms'")
        assert isinstance(refused(conn, TRIGGER_DDL), psycopg.errors.LockNotAvailable)
    finally:
        holder.rollback()
    assert not one(db, TRIGGER_EXISTS)


def test_a_cancel_of_ones_own_query_never_lets_blocked_ddl_through(server, db, sales):
    """The role cancels its own DDL (pg_cancel_backend from a second session of
    the same role) while the guard waits inside its checks."""
    conn = server.connect(user=unquote(TRIG))
    canceller = server.connect(user=unquote(TRIG))
    pid = conn.info.backend_pid
    holder = _holding_harden_config(server)
    outcome = {}

    def run():
        try:
            conn.execute(TRIGGER_DDL)
            outcome["error"] = None
        except psycopg.Error as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    try:
        _waiting(db, pid)
        assert canceller.execute("SELECT pg_cancel_backend(%s)", [pid]).fetchone()[0]
        thread.join(10)
    finally:
        holder.rollback()
        thread.join(10)
    assert isinstance(outcome["error"], psycopg.errors.QueryCanceled)
    assert not one(db, TRIGGER_EXISTS)


# -- a fake pg_trickle catalog ------------------------------------------------------------

MALLORY = '"Mal lory ñ"'

# Run by a superuser, it makes Mallory one; the fake catalog calls it.
ESCALATE = """
CREATE FUNCTION public.escalate() RETURNS bigint LANGUAGE plpgsql AS $f$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = current_user AND rolsuper) THEN
        EXECUTE 'ALTER ROLE %s SUPERUSER';
    END IF;
    RETURN 1;
END $f$;
-- IMMUTABLE: the planner simplifies an expression by calling it.
CREATE FUNCTION public.escalate_immutable() RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $f$
BEGIN
    PERFORM public.escalate();
    RETURN true;
END $f$;
CREATE FUNCTION public.escalate_trigger() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
    PERFORM public.escalate();
    RETURN NEW;
END $f$;
""" % MALLORY.replace("'", "''")

# Mallory's type, with an implicit cast to oid (which calls her function) ...
MYOID_CAST = """
        CREATE TYPE public.myoid AS ENUM ('x');
        CREATE FUNCTION public.myoid_oid(public.myoid) RETURNS oid LANGUAGE plpgsql AS $f$
        BEGIN
            PERFORM public.escalate();
            RETURN 'public.victim'::regclass::oid;
        END $f$;
        CREATE CAST (public.myoid AS oid) WITH FUNCTION public.myoid_oid(public.myoid) AS IMPLICIT;
"""
# ... and catalog tables whose oid columns are of that type.
MYOID_TABLES = """
        CREATE TABLE pgtrickle.pgt_stream_tables (pgt_id bigint, pgt_relid public.myoid, pgt_schema text,
                                                  pgt_name text, needs_reinit boolean);
        CREATE TABLE pgtrickle.pgt_dependencies (pgt_id bigint, source_relid public.myoid, source_type text,
                                                 column_snapshot jsonb);
        INSERT INTO pgtrickle.pgt_stream_tables VALUES (1, 'x', 'public', 'victim', false);
        INSERT INTO pgtrickle.pgt_dependencies VALUES (1, 'x', 'TABLE', NULL);
"""

FAKE_CATALOG = {
    # Views whose every row calls Mallory's function.
    "view": """
        CREATE VIEW pgtrickle.pgt_stream_tables AS
        SELECT public.escalate() AS pgt_id, 'public.victim'::regclass::oid AS pgt_relid,
               'public'::text AS pgt_schema, 'victim'::text AS pgt_name, false AS needs_reinit;
        CREATE VIEW pgtrickle.pgt_dependencies AS
        SELECT public.escalate() AS pgt_id, 'public.victim'::regclass::oid AS source_relid,
               'TABLE'::text AS source_type, NULL::jsonb AS column_snapshot;
    """,
    # Plain tables whose UPDATE (marking a stream table) fires Mallory's trigger.
    "table": """
        CREATE TABLE pgtrickle.pgt_stream_tables (pgt_id bigint, pgt_relid oid, pgt_schema text, pgt_name text,
                                                  needs_reinit boolean);
        CREATE TABLE pgtrickle.pgt_dependencies (pgt_id bigint, source_relid oid, source_type text,
                                                 column_snapshot jsonb);
        CREATE TRIGGER t BEFORE UPDATE ON pgtrickle.pgt_stream_tables
            FOR EACH ROW EXECUTE FUNCTION public.escalate_trigger();
        INSERT INTO pgtrickle.pgt_stream_tables VALUES (1, 'public.victim'::regclass, 'public', 'victim', false);
        INSERT INTO pgtrickle.pgt_dependencies VALUES (1, 'public.victim'::regclass, 'TABLE', NULL);
    """,
    "partitioned table": """
        CREATE TABLE pgtrickle.pgt_stream_tables (pgt_id bigint, pgt_relid oid, pgt_schema text, pgt_name text,
                                                  needs_reinit boolean) PARTITION BY LIST (pgt_id);
        CREATE TABLE pgtrickle.st_1 PARTITION OF pgtrickle.pgt_stream_tables FOR VALUES IN (1);
        CREATE TABLE pgtrickle.pgt_dependencies (pgt_id bigint, source_relid oid, source_type text,
                                                 column_snapshot jsonb);
        CREATE TRIGGER t BEFORE UPDATE ON pgtrickle.st_1 FOR EACH ROW EXECUTE FUNCTION public.escalate_trigger();
        INSERT INTO pgtrickle.pgt_stream_tables VALUES (1, 'public.victim'::regclass, 'public', 'victim', false);
        INSERT INTO pgtrickle.pgt_dependencies VALUES (1, 'public.victim'::regclass, 'TABLE', NULL);
    """,
    # Tables whose oid columns are of Mallory's type, with an implicit cast
    # to oid that a comparison with an oid would call.
    "column type with a cast": MYOID_CAST + MYOID_TABLES,
    # Indexes with the catalog's names and columns: reading one is an error,
    # which must not stop anyone's DDL.
    "indexes": """
        CREATE TABLE pgtrickle.cat (pgt_relid oid, source_relid oid);
        CREATE INDEX pgt_stream_tables ON pgtrickle.cat (pgt_relid);
        CREATE INDEX pgt_dependencies ON pgtrickle.cat (source_relid);
    """,
    # Ordinary tables of the catalog's layout, carrying expressions the planner
    # simplifies (by calling Mallory's function) when it plans any read.
    "partial index": """
        CREATE TABLE pgtrickle.pgt_stream_tables (pgt_id bigint, pgt_relid oid, pgt_schema text, pgt_name text,
                                                  needs_reinit boolean);
        CREATE TABLE pgtrickle.pgt_dependencies (pgt_id bigint, source_relid oid, source_type text,
                                                 column_snapshot jsonb);
        CREATE INDEX ON pgtrickle.pgt_stream_tables (pgt_relid) WHERE public.escalate_immutable();
        CREATE INDEX ON pgtrickle.pgt_dependencies (source_relid) WHERE public.escalate_immutable();
    """,
    "statistics expression": """
        CREATE TABLE pgtrickle.pgt_stream_tables (pgt_id bigint, pgt_relid oid, pgt_schema text, pgt_name text,
                                                  needs_reinit boolean);
        CREATE TABLE pgtrickle.pgt_dependencies (pgt_id bigint, source_relid oid, source_type text,
                                                 column_snapshot jsonb);
        CREATE STATISTICS pgtrickle.s ON (CASE WHEN public.escalate_immutable() THEN pgt_relid END), pgt_relid
            FROM pgtrickle.pgt_stream_tables;
    """,
    "check constraint": """
        CREATE TABLE pgtrickle.pgt_stream_tables (pgt_id bigint, pgt_relid oid CHECK (public.escalate_immutable()),
                                                  pgt_schema text, pgt_name text, needs_reinit boolean);
        CREATE TABLE pgtrickle.pgt_dependencies (pgt_id bigint, source_relid oid CHECK (public.escalate_immutable()),
                                                 source_type text, column_snapshot jsonb);
    """,
    # Readable only once refreshed: reading it would be an error in everyone's DDL.
    "unpopulated materialized view": """
        CREATE MATERIALIZED VIEW pgtrickle.pgt_stream_tables AS
        SELECT 0::bigint AS pgt_id, 0::oid AS pgt_relid, ''::text AS pgt_schema, ''::text AS pgt_name,
               false AS needs_reinit WITH NO DATA;
        CREATE TABLE pgtrickle.pgt_dependencies (pgt_id bigint, source_relid oid, source_type text,
                                                 column_snapshot jsonb);
    """,
    "table with a rule": """
        CREATE TABLE pgtrickle.pgt_stream_tables (pgt_id bigint, pgt_relid oid, pgt_schema text, pgt_name text,
                                                  needs_reinit boolean);
        CREATE TABLE pgtrickle.pgt_dependencies (pgt_id bigint, source_relid oid, source_type text,
                                                 column_snapshot jsonb);
        CREATE RULE r AS ON UPDATE TO pgtrickle.pgt_stream_tables DO ALSO SELECT public.escalate();
        INSERT INTO pgtrickle.pgt_stream_tables VALUES (1, 'public.victim'::regclass, 'public', 'victim', false);
        INSERT INTO pgtrickle.pgt_dependencies VALUES (1, 'public.victim'::regclass, 'TABLE', NULL);
    """,
}

# DDL that takes the gate and the guard's Python through each of their reads
# of pg_trickle's catalog (and rls_source_changed's UPDATE of it).
VICTIM_DDL = [
    "ALTER TABLE public.victim ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY p ON public.victim USING (true)",
    "ALTER POLICY p ON public.victim USING (id > 0)",
    "DROP POLICY p ON public.victim",
    "CREATE INDEX ON public.victim (id)",
    "GRANT SELECT ON public.victim TO PUBLIC",
    "GRANT SELECT ON victim TO PUBLIC",
    "CREATE TRIGGER tr BEFORE INSERT ON public.victim FOR EACH ROW EXECUTE FUNCTION public.noop()",
    "ALTER TABLE public.victim ADD COLUMN note text",
    "COMMENT ON TABLE public.victim IS 'x'",
]


def is_superuser(db, role):
    return one(db, "SELECT rolsuper FROM pg_roles WHERE rolname = %s", [unquote(role)])


@pytest.mark.parametrize("kind", list(FAKE_CATALOG))
def test_a_fake_pgtrickle_catalog_never_runs_as_superuser(server, db, kind):
    db.execute("CREATE ROLE %s LOGIN" % MALLORY)
    db.execute("GRANT CREATE ON DATABASE %s TO %s" % (psycopg.sql.Identifier(server.dbname).as_string(db), MALLORY))
    db.execute("GRANT CREATE ON SCHEMA public TO %s" % MALLORY)
    db.execute("CREATE TABLE public.victim (id int PRIMARY KEY)")
    db.execute("CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$")
    mallory = server.connect(user=unquote(MALLORY))
    mallory.execute("SET harden.restore = on")  # believed only for a superuser: changes nothing
    mallory.execute("SET constraint_exclusion = on")  # CHECK constraints in every plan
    mallory.execute(ESCALATE)
    mallory.execute("CREATE SCHEMA pgtrickle")
    mallory.execute(FAKE_CATALOG[kind])
    mallory.execute("GRANT USAGE ON SCHEMA pgtrickle TO PUBLIC")
    superuser = server.connect()
    superuser.execute("SET search_path = public")
    superuser.execute("SET constraint_exclusion = on")
    for statement in VICTIM_DDL:
        superuser.execute(statement)
        assert not is_superuser(db, MALLORY), "escalated by: " + statement
    # Mallory's own DDL runs the gate as the extension owner too.
    mallory.execute("CREATE TABLE public.mine (id int)")
    mallory.execute("CREATE TRIGGER tr BEFORE INSERT ON public.mine FOR EACH ROW EXECUTE FUNCTION public.noop()")
    mallory.execute("ALTER TABLE public.mine ENABLE ROW LEVEL SECURITY")
    mallory.execute("CREATE POLICY p ON public.mine USING (true)")
    assert not is_superuser(db, MALLORY)
    # The catalog is ignored, not misread: no stream table was marked.
    if kind not in ("view", "indexes", "unpopulated materialized view"):
        assert not one(db, "SELECT bool_or(needs_reinit) FROM pgtrickle.pgt_stream_tables")



# The bootstrap superuser's own catalog of another layout: the gate's cheap
# check vouches for its owner, not for its columns.
SUPERUSER_LAYOUT = {
    "column of another role's type": MYOID_TABLES,
    "columns missing": """
        CREATE TABLE pgtrickle.pgt_stream_tables (pgt_id bigint, pgt_schema text, pgt_name text,
                                                  needs_reinit boolean);
        CREATE TABLE pgtrickle.pgt_dependencies (pgt_id bigint, source_type text, column_snapshot jsonb);
    """,
}


@pytest.mark.parametrize("layout", list(SUPERUSER_LAYOUT))
def test_a_superusers_catalog_of_another_layout_is_not_read_by_the_gate(server, db, layout):
    """Every DDL goes on working, none reaches Mallory's cast, and each
    statement goes to Python (which reads only a catalog of the layout it
    knows, and so finds no stream table here)."""
    db.execute("CREATE ROLE %s LOGIN" % MALLORY)
    db.execute("GRANT CREATE ON SCHEMA public TO %s" % MALLORY)
    db.execute("CREATE TABLE public.victim (id int PRIMARY KEY)")
    db.execute("CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$")
    mallory = server.connect(user=unquote(MALLORY))
    mallory.execute(ESCALATE)
    mallory.execute(MYOID_CAST)
    superuser = server.connect()
    superuser.execute("CREATE SCHEMA pgtrickle")
    superuser.execute(SUPERUSER_LAYOUT[layout])
    with superuser.transaction():
        superuser.execute("SET LOCAL track_functions = 'pl'")
        for statement in VICTIM_DDL:
            superuser.execute(statement)
            assert not is_superuser(superuser, MALLORY), "escalated by: " + statement
        calls = one(superuser, "SELECT pg_stat_get_xact_function_calls('harden._guard_ddl_command_end(text)'::regprocedure)")
    assert calls == len(VICTIM_DDL)
    mallory.execute("CREATE TABLE public.mine (id int)")
    mallory.execute("CREATE INDEX ON public.mine (id)")
    assert not is_superuser(db, MALLORY)


def test_a_sessions_check_of_the_catalogs_columns_follows_a_layout_change(server, db, trickle):
    """PL/pgSQL keeps the plan of the gate's column-type check for the
    session: after a superuser changes a column's type, the same session's
    next DDL sends its commands to Python rather than trust the old answer."""
    db.execute("CREATE TABLE public.plain (id int)")
    conn = server.connect()

    def python_calls(statement):
        with conn.transaction():
            conn.execute("SET LOCAL track_functions = 'pl'")
            conn.execute(statement)
            return one(conn, "SELECT coalesce(pg_stat_get_xact_function_calls("
                             "'harden._guard_ddl_command_end(text)'::regprocedure), 0)")

    assert python_calls("CREATE POLICY p0 ON public.plain USING (true)") == 0
    conn.execute("ALTER TABLE pgtrickle.pgt_dependencies ALTER COLUMN source_relid TYPE bigint")
    assert python_calls("CREATE POLICY p1 ON public.plain USING (true)") == 1

# -- no password in the history or in harden's log lines ----------------------------------

SECRET = "Sëcret pw"  # each statement's password holds it


@pytest.mark.parametrize("record_all", ["off", "on"])
def test_no_password_reaches_the_history(server, db, sales, record_all):
    """Through Python (a subscription, always watched) and through the gate's
    own INSERT (a policy, or anything with record_all_ddl on), whatever the
    statement the password rides in."""
    db.execute("SELECT harden.configure('record_all_ddl', %s)", [record_all])
    db.execute('CREATE FOREIGN DATA WRAPPER "w r"')
    db.execute("CREATE TABLE public.t (id int)")
    statements = [
        "CREATE SUBSCRIPTION \"S ub\" CONNECTION 'host=nowhere dbname=x password=''%s'' user=u'"
        " PUBLICATION p WITH (connect = false)" % SECRET,
        "ALTER SUBSCRIPTION \"S ub\" CONNECTION $c$postgresql://u:%s@nowhere/x$c$" % SECRET.replace(" ", "%20"),
        "ALTER SUBSCRIPTION \"S ub\" CONNECTION 'postgresql://nowhere/x?user=u&password=%s'" % SECRET.replace(" ", "+"),
        "CREATE SERVER \"S rv\" FOREIGN DATA WRAPPER \"w r\" OPTIONS (host 'h', password '%s')" % SECRET,
        "CREATE USER MAPPING FOR %s SERVER \"S rv\" OPTIONS (user 'u', \"password\" '%s')" % (OWNER, SECRET),
        "ALTER USER MAPPING FOR %s SERVER \"S rv\" OPTIONS (SET password '%s')" % (OWNER, SECRET),
        # The history keeps the whole query string: a policy rides with a role's password.
        "CREATE POLICY \"P ol\" ON public.t USING (true); ALTER ROLE %s PASSWORD '%s'" % (OTHER, SECRET),
        "ALTER ROLE %s ENCRYPTED PASSWORD E'%s'; DROP POLICY \"P ol\" ON public.t" % (OTHER, SECRET),
        # libpq's URIs: a percent-encoded key (and a password with a space, below).
        "ALTER SUBSCRIPTION \"S ub\" CONNECTION 'postgresql://nowhere/x?user=u&%%70assword=%s'"
        % SECRET.replace(" ", "%20"),
        # Strings continued on the next line: no secret word appears whole.
        "ALTER SUBSCRIPTION \"S ub\" CONNECTION 'host=nowhere dbname=x pa'\n'ssword=''%s'' user=u'" % SECRET,
        "COMMENT ON TABLE public.t IS 'host=nowhere pa' -- a comment\n  'ssword=''%s'''" % SECRET,
    ]
    if db.info.server_version < 180000:  # libpq 18 refuses a space in a URI
        statements.append("ALTER SUBSCRIPTION \"S ub\" CONNECTION 'postgresql://u:%s@nowhere/x'" % SECRET)
    try:
        for statement in statements:
            db.execute(statement)
        # With standard_conforming_strings off, the backslash escapes the quote
        # and the password runs on.
        db.execute("SET standard_conforming_strings = off")
        db.execute("CREATE USER MAPPING FOR %s SERVER \"S rv\" OPTIONS (user 'u', password 'a\\' %s ')"
                   % (OTHER, SECRET))
        db.execute("RESET standard_conforming_strings")
    finally:
        # A database holding a subscription cannot be dropped: left behind,
        # it would fail every later test of the run.
        if db.execute("SELECT FROM pg_subscription WHERE subname = 'S ub'").fetchone() is not None:
            db.execute("ALTER SUBSCRIPTION \"S ub\" DISABLE")
            db.execute("ALTER SUBSCRIPTION \"S ub\" SET (slot_name = NONE)")
            db.execute("DROP SUBSCRIPTION \"S ub\"")
    rows = history(db)
    assert len(rows) >= 4
    stored = "\n".join(r["statement"] or "" for r in rows)
    assert MASK in stored
    for part in SECRET.split():
        assert part not in stored
    assert "sëcret" not in stored.lower()


def test_the_gates_screen_leaves_no_secret_pythons_redaction_would_mask(db):
    """The gate records a policy without Python unless its text may hold a
    secret: it must think so of every text harden.redact masks, spellings
    only Python's case folding reads as a secret word and percent-encoded
    URI parameter names included (ASCII secrets: any other character sends
    the text to Python anyway)."""
    db.execute("CREATE TABLE public.scr (id int)")
    statements = ["CREATE POLICY p1 ON public.scr USING (true) /* pa\u017f\u017fword=hunter5x */",
                  "CREATE POLICY p2 ON public.scr USING (true) -- ?%70assword=hunter6x\n",
                  "CREATE POLICY p3 ON public.scr USING (true) -- host=h&api%5Fkey=hunter7x\n"]
    for statement in statements:
        db.execute(statement)
    stored = [r["statement"] for r in history(db) if r["command_tag"] == "CREATE POLICY"]
    assert len(stored) == len(statements)
    assert not [s for s in stored if "hunter" in s] and all(MASK in s for s in stored)

def test_no_password_reaches_hardens_log_lines(server, db, sales, postgresql_proc):
    conn = server.connect(user=unquote(TRIG))
    blocked(conn, "ALTER ROLE %s PASSWORD '%s'; %s" % (TRIG, SECRET, TRIGGER_DDL), "trigger_function_owner_mismatch")
    log = pathlib.Path(postgresql_proc.logfile).read_text(errors="replace")
    lines = [ln for ln in log.splitlines() if "harden: blocked rule=trigger_function_owner_mismatch" in ln
             and "PASSWORD" in ln]
    assert lines and all(SECRET not in ln and MASK in ln for ln in lines)
