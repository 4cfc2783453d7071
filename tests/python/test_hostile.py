"""Attacks on harden's superuser powers, each by a real non-superuser login
role on a real server (issue 12). Each must fail and leave nothing changed.

The attacker holds CREATE on the database, which is all it takes to make a
schema named pgtrickle or install a trusted extension such as hstore. The
guard is turned off while the attacker builds (as if the objects predated
harden): these tests are about what audit_report(), apply() and verify()
read and execute; the guard's own reading of the catalog is tested with the
guard.
"""

import time

import psycopg
import pytest
from psycopg import sql

from conftest import load_fixture, report
from harden import pgtrickle, quoting, trust
from harden.guard import engine

ATTACKER = 'mal "lory"\n'
VICTIM = "vic tim Ñ"

# Records every call and, when run by a superuser, makes its owner one.
PWN = """
CREATE SCHEMA mine;
CREATE TABLE mine.calls (who text, super boolean);
GRANT USAGE ON SCHEMA mine TO PUBLIC;
GRANT INSERT ON mine.calls TO PUBLIC;
CREATE FUNCTION mine.pwn() RETURNS bigint LANGUAGE plpgsql AS $f$
BEGIN
    INSERT INTO mine.calls SELECT current_user, r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user;
    IF (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        EXECUTE pg_catalog.format('ALTER ROLE %I SUPERUSER', (SELECT r.rolname FROM pg_catalog.pg_roles r
                                                              JOIN mine.me m ON m.oid = r.oid));
    END IF;
    RETURN 1;
END $f$;
CREATE TABLE mine.me AS SELECT oid FROM pg_catalog.pg_roles WHERE rolname = current_user;
GRANT SELECT ON mine.me TO PUBLIC;
"""

# The fake catalog's columns, as harden reads them, listing the victim's table.
FAKE_COLUMNS = ("{id} AS pgt_id, 'public.victim'::regclass::oid AS pgt_relid, 'public'::text AS pgt_schema,"
                " 'victim'::text AS pgt_name, false AS needs_reinit")
FAKE_DEPS = "{id} AS pgt_id, 'public.victim_src'::regclass::oid AS source_relid, 'TABLE'::text AS source_type"

FAKE_CATALOGS = {
    "views": [
        "CREATE SCHEMA pgtrickle",
        "CREATE VIEW pgtrickle.pgt_stream_tables AS SELECT " + FAKE_COLUMNS.format(id="mine.pwn()"),
        "CREATE VIEW pgtrickle.pgt_dependencies AS SELECT " + FAKE_DEPS.format(id="mine.pwn()"),
    ],
    "tables": [
        "CREATE SCHEMA pgtrickle",
        "CREATE TABLE pgtrickle.pgt_stream_tables AS SELECT " + FAKE_COLUMNS.format(id="1::bigint"),
        "CREATE TABLE pgtrickle.pgt_dependencies AS SELECT " + FAKE_DEPS.format(id="1::bigint"),
    ],
    "partitioned": [
        "CREATE SCHEMA pgtrickle",
        "CREATE TABLE pgtrickle.pgt_stream_tables (pgt_id bigint, pgt_relid oid, pgt_schema text, pgt_name text,"
        " needs_reinit boolean) PARTITION BY LIST (pgt_id)",
        "CREATE TABLE pgtrickle.st_1 PARTITION OF pgtrickle.pgt_stream_tables FOR VALUES IN (1)",
        "INSERT INTO pgtrickle.pgt_stream_tables SELECT " + FAKE_COLUMNS.format(id="1::bigint"),
        "CREATE TABLE pgtrickle.pgt_dependencies (pgt_id bigint, source_relid oid, source_type text)"
        " PARTITION BY LIST (pgt_id)",
        "CREATE TABLE pgtrickle.d_1 PARTITION OF pgtrickle.pgt_dependencies FOR VALUES IN (1)",
        "INSERT INTO pgtrickle.pgt_dependencies SELECT " + FAKE_DEPS.format(id="1::bigint"),
    ],
    "rule": [
        "CREATE SCHEMA pgtrickle",
        "CREATE TABLE pgtrickle.pgt_stream_tables AS SELECT " + FAKE_COLUMNS.format(id="1::bigint"),
        "CREATE TABLE pgtrickle.pgt_dependencies AS SELECT " + FAKE_DEPS.format(id="1::bigint"),
        # The guard's rls_source_changed updates needs_reinit: the rule would run then.
        "CREATE RULE pwn AS ON UPDATE TO pgtrickle.pgt_stream_tables DO ALSO SELECT mine.pwn()",
    ],
}


def ident(name):
    return sql.Identifier(name)


@pytest.fixture
def attacker(server, db):
    """A non-superuser login role with CREATE on the database, and its mine.pwn();
    a victim role owning public.victim and public.victim_src. The guard is off."""
    db.execute(sql.SQL("CREATE ROLE {} LOGIN").format(ident(ATTACKER)))
    db.execute(sql.SQL("CREATE ROLE {} LOGIN").format(ident(VICTIM)))
    db.execute(sql.SQL("GRANT CREATE ON DATABASE {} TO {}").format(ident(server.dbname), ident(ATTACKER)))
    db.execute("SELECT harden.set_mode('off')")
    db.execute("CREATE TABLE public.victim (id int, secret text)")
    db.execute("CREATE TABLE public.victim_src (id int)")
    db.execute(sql.SQL("ALTER TABLE public.victim OWNER TO {}").format(ident(VICTIM)))
    db.execute(sql.SQL("ALTER TABLE public.victim_src OWNER TO {}").format(ident(VICTIM)))
    conn = server.connect(user=ATTACKER)
    conn.execute(PWN)
    return conn


def snapshot(db):
    """What an attack may not change: role attributes, owners and ACLs of
    relations, functions and schemas outside harden's."""
    return (
        db.execute("SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication"
                   " FROM pg_roles WHERE rolname = ANY(%s) ORDER BY 1", [[ATTACKER, VICTIM]]).fetchall(),
        db.execute("SELECT c.oid::regclass::text, c.relowner::regrole::text, c.relacl::text FROM pg_class c"
                   " WHERE c.relnamespace IN ('public'::regnamespace, 'mine'::regnamespace) ORDER BY 1").fetchall(),
        db.execute("SELECT p.oid::regprocedure::text, p.proowner::regrole::text, p.proacl::text FROM pg_proc p"
                   " WHERE p.pronamespace = 'mine'::regnamespace ORDER BY 1").fetchall(),
    )


def superuser_calls(db):
    return db.execute("SELECT count(*) FROM mine.calls WHERE super").fetchone()[0]


def run_everything(db):
    """Every entry point that runs as a superuser and reads pg_trickle's catalog."""
    db.execute("SELECT * FROM harden.audit_report()").fetchall()
    db.execute("SELECT * FROM harden.audit_summary()").fetchall()
    db.execute("SELECT harden.audit_report_json()").fetchall()
    db.execute("SELECT * FROM harden.verify()").fetchall()
    dry = db.execute("SELECT step, rule, status, sql FROM harden.apply(dry_run => true)").fetchall()
    done = db.execute("SELECT step, rule, status, sql FROM harden.apply()").fetchall()
    return dry, done


# ------------------------------------------------------------ fake pg_trickle catalogs

@pytest.mark.parametrize("kind", sorted(FAKE_CATALOGS))
def test_fake_catalog_is_ignored_and_reported(kind, attacker, db):
    for statement in FAKE_CATALOGS[kind]:
        attacker.execute(statement)
    before = snapshot(db)
    assert db.execute("SELECT harden._pgt_catalog_trusted()").fetchone()[0] is False

    dry, done = run_everything(db)

    assert superuser_calls(db) == 0
    assert snapshot(db) == before  # no owner, ACL or role attribute changed; the attacker is no superuser
    for rows in (dry, done):
        untrusted = [r for r in rows if r[1] == "pgt_catalog_untrusted"]
        assert len(untrusted) == 1 and untrusted[0][2] == "manual"
        assert not any("victim" in (r[3] or "") for r in rows)
    findings = report(db, "pgt_catalog_untrusted")
    assert {f["severity"] for f in findings} == {"critical"}
    assert {f["object_identity"] for f in findings} == {"pgtrickle", "pgtrickle.pgt_stream_tables",
                                                        "pgtrickle.pgt_dependencies"}
    owner = quoting.quote_ident(ATTACKER)
    assert all("owner %s" % owner in f["message"] for f in findings)
    # Nothing else is read from it: no pg_trickle check speaks, none failed.
    others = report(db, "pgt_catalog_unrecognized", "stream_table_owner", "stream_table_writable",
                    "harden_check_failed", "stream_table_rls_exposure")
    assert others == []
    assert superuser_calls(db) == 0


def test_view_catalog_would_have_run_as_superuser(attacker, db):
    """The attack is real: reading the fake catalog as a superuser runs pwn()
    as one (inside a transaction rolled back here)."""
    for statement in FAKE_CATALOGS["views"]:
        attacker.execute(statement)
    with db.transaction():
        db.execute("SELECT * FROM pgtrickle.pgt_stream_tables").fetchall()
        assert superuser_calls(db) == 1
        raise psycopg.Rollback


def test_rule_catalog_names_the_rule(attacker, db):
    for statement in FAKE_CATALOGS["rule"]:
        attacker.execute(statement)
    found = {f["object_identity"]: f for f in report(db, "pgt_catalog_untrusted")}
    table = found["pgtrickle.pgt_stream_tables"]
    assert "rules (pwn)" in table["message"] and "it is owned by" in table["message"]
    assert table["remediation"].startswith("DROP RULE pwn ON pgtrickle.pgt_stream_tables;\n")
    assert superuser_calls(db) == 0


# A trigger function the attacker owns (and so may replace at will).
TRIGGER_FUNCTION = ("CREATE FUNCTION mine.\"pwn trg\"() RETURNS trigger LANGUAGE plpgsql"
                    " AS $f$BEGIN PERFORM mine.pwn(); RETURN NEW; END$f$;"
                    " ALTER FUNCTION mine.\"pwn trg\"() OWNER TO {attacker}")


# A genuine catalog (the superuser ran pg_trickle's script) that was then
# changed so that reading or updating it runs someone else's code: each is
# reported, and the remediation, run as given, makes it trusted again.
TAMPERING = {
    "schema owner": ("ALTER SCHEMA pgtrickle OWNER TO {attacker}", "schema", "pgtrickle", True),
    "rule": ("CREATE RULE pwn AS ON UPDATE TO pgtrickle.pgt_stream_tables DO ALSO SELECT mine.pwn()",
             "table", "pgtrickle.pgt_stream_tables", True),
    "child table": ("CREATE TABLE mine.kid () INHERITS (pgtrickle.pgt_dependencies);"
                    " ALTER TABLE mine.kid OWNER TO {attacker}", "table", "pgtrickle.pgt_dependencies", True),
    "column type": ("CREATE DOMAIN mine.relid AS oid; ALTER TABLE pgtrickle.pgt_dependencies"
                    " ALTER COLUMN source_relid TYPE mine.relid", "table", "pgtrickle.pgt_dependencies", False),
    "table owner": ("ALTER TABLE pgtrickle.pgt_stream_tables OWNER TO {attacker}", "table",
                    "pgtrickle.pgt_stream_tables", True),
    "trigger": (TRIGGER_FUNCTION + "; CREATE TRIGGER pwn BEFORE UPDATE ON pgtrickle.pgt_stream_tables"
                " FOR EACH ROW EXECUTE FUNCTION mine.\"pwn trg\"()", "table", "pgtrickle.pgt_stream_tables", True),
    "index expression": ("CREATE FUNCTION mine.\"pwn idx\"(bigint) RETURNS bigint LANGUAGE sql IMMUTABLE"
                         " AS 'SELECT $1'; ALTER FUNCTION mine.\"pwn idx\"(bigint) OWNER TO {attacker};"
                         " CREATE INDEX ON pgtrickle.pgt_dependencies (mine.\"pwn idx\"(pgt_id))",
                         "table", "pgtrickle.pgt_dependencies", True),
}


@pytest.mark.parametrize("change", sorted(TAMPERING))
def test_tampered_catalog_is_untrusted_until_fixed(change, attacker, db):
    load_fixture(db, "pgtrickle.sql")
    assert db.execute("SELECT harden._pgt_catalog_trusted()").fetchone()[0] is True
    statement, object_type, identity, fixable = TAMPERING[change]
    db.execute(statement.format(attacker=sql.Identifier(ATTACKER).as_string(db)))
    assert db.execute("SELECT harden._pgt_catalog_trusted()").fetchone()[0] is False
    from harden.context import Context
    from harden.db import PsycopgDatabase
    decision = trust.pgt_catalog(Context(PsycopgDatabase(server_conn(db))))
    assert decision.present and not decision.trusted
    findings = report(db, "pgt_catalog_untrusted")
    assert [(f["object_type"], f["object_identity"]) for f in findings] == [(object_type, identity)]
    run_everything(db)
    assert superuser_calls(db) == 0
    if fixable:
        db.execute(findings[0]["remediation"])
        assert report(db, "pgt_catalog_untrusted") == []
        assert db.execute("SELECT harden._pgt_catalog_trusted()").fetchone()[0] is True


def test_a_trigger_on_the_catalog_never_runs_as_superuser(attacker, db):
    """An attacker helper's finding: the guard marks stream tables for
    reinitialisation (rls_source_changed) with an UPDATE of
    pgt_stream_tables as a superuser, which a trigger there whose function
    another role owns would turn into that role's code run as one."""
    load_fixture(db, "pgtrickle.sql")
    db.execute("CREATE TABLE public.src (id int)")
    db.execute("SELECT pgtrickle.create_stream_table('public.st', 'SELECT id FROM public.src')")
    db.execute(TRIGGER_FUNCTION.format(attacker=sql.Identifier(ATTACKER).as_string(db)))
    db.execute("CREATE TRIGGER pwn BEFORE UPDATE ON pgtrickle.pgt_stream_tables"
               " FOR EACH ROW EXECUTE FUNCTION mine.\"pwn trg\"()")
    db.execute("SELECT harden.set_mode('enforce')")
    db.execute("CREATE POLICY p ON public.src USING (true)")
    assert superuser_calls(db) == 0
    assert db.execute("SELECT needs_reinit FROM pgtrickle.pgt_stream_tables").fetchone()[0] is False
    assert [f["object_identity"] for f in report(db, "pgt_catalog_untrusted")] == ["pgtrickle.pgt_stream_tables"]


def server_conn(db):
    """A second superuser connection, so that PsycopgDatabase's search_path stays off db."""
    info = db.info
    return psycopg.connect(host=info.host, port=info.port, user=info.user, dbname=info.dbname, autocommit=True)


def test_sql_predicate_is_the_python_text(db):
    body = db.execute("SELECT prosrc FROM pg_proc WHERE oid = 'harden._pgt_catalog_trusted()'::regprocedure"
                      ).fetchone()[0]
    assert body.strip() == "BEGIN\nRETURN (SELECT %s);\nEND" % trust.PGT_CATALOG_TRUSTED_SQL


# ------------------------------------------------------------ extension membership

def test_objects_added_to_an_extension_stay_in_the_audit(attacker, db):
    db.execute(sql.SQL("GRANT TRIGGER ON public.victim TO {}").format(ident(ATTACKER)))
    for statement in [
        "CREATE EXTENSION hstore SCHEMA mine",
        "CREATE FUNCTION mine.f() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1'",
        "CREATE FUNCTION mine.tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$",
        "CREATE TRIGGER planted BEFORE INSERT ON public.victim FOR EACH ROW EXECUTE FUNCTION mine.tf()",
    ]:
        attacker.execute(statement)
    wanted = {("security_definer_search_path", "mine.f()"),
              ("trigger_function_owner_mismatch", "planted on public.victim")}

    def found():
        return {(r["check_name"], r["object_identity"]) for r in report(db)} & wanted

    assert found() == wanted
    attacker.execute("ALTER EXTENSION hstore ADD FUNCTION mine.f()")
    attacker.execute("ALTER EXTENSION hstore ADD FUNCTION mine.tf()")
    assert db.execute("SELECT count(*) FROM pg_depend WHERE deptype = 'e' AND classid = 'pg_proc'::regclass"
                      " AND objid IN ('mine.f()'::regprocedure, 'mine.tf()'::regprocedure)").fetchone()[0] == 2
    assert found() == wanted
    # hstore's own members, made by the extension script as the bootstrap
    # superuser, are still the extension's business.
    hstore = db.execute("SELECT count(*) FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid"
                        " WHERE d.deptype = 'e' AND d.refobjid = (SELECT oid FROM pg_extension"
                        " WHERE extname = 'hstore') AND p.proowner = 10").fetchone()[0]
    assert hstore > 50
    assert not [r for r in report(db) if "hstore" in r["object_identity"]]


# ------------------------------------------------------------ linear closures

def build_diamonds(db, first, last):
    """Levels first..last of a chain of diamonds over dia.src (RLS on): two
    stream tables per level, each reading both of the level below."""
    db.execute("""
DO $$
DECLARE
    below oid[];
    here oid[];
    rel oid;
    id bigint;
    side text;
BEGIN
    IF %(first)s = 1 THEN
        below := ARRAY['dia.src'::regclass::oid];
    ELSE
        below := ARRAY(SELECT st.pgt_relid FROM pgtrickle.pgt_stream_tables st
                        WHERE st.pgt_name LIKE 'st\\_' || (%(first)s - 1) || '\\_%%');
    END IF;
    FOR level IN %(first)s .. %(last)s LOOP
        here := '{}';
        FOREACH side IN ARRAY ARRAY['a', 'b'] LOOP
            EXECUTE pg_catalog.format('CREATE TABLE dia.%%I (id int)', 'st_' || level || '_' || side);
            rel := pg_catalog.format('dia.%%I', 'st_' || level || '_' || side)::regclass::oid;
            INSERT INTO pgtrickle.pgt_stream_tables (pgt_relid, pgt_name, pgt_schema, defining_query)
            VALUES (rel, 'st_' || level || '_' || side, 'dia', 'SELECT 1') RETURNING pgt_id INTO id;
            INSERT INTO pgtrickle.pgt_dependencies (pgt_id, source_relid, source_type)
            SELECT id, s, 'TABLE' FROM pg_catalog.unnest(below) s;
            here := here || rel;
        END LOOP;
        below := here;
    END LOOP;
END $$""" % {"first": first, "last": last})


def best_of(db, query, runs=3):
    best = None
    for _ in range(runs):
        start = time.perf_counter()
        db.execute(query).fetchall()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def test_diamonds_cost_grows_with_pairs_not_paths(db):
    db.execute("SELECT harden.set_mode('off')")
    load_fixture(db, "pgtrickle.sql")
    db.execute("CREATE SCHEMA dia; CREATE TABLE dia.src (id int); ALTER TABLE dia.src ENABLE ROW LEVEL SECURITY")
    closure = "SELECT * FROM (%s) cl" % pgtrickle.SOURCE_CLOSURE_SQL
    figures = {}
    for first, last in ((1, 15), (16, 20), (21, 30)):
        build_diamonds(db, first, last)
        db.execute("GRANT USAGE ON SCHEMA dia TO PUBLIC; GRANT SELECT ON ALL TABLES IN SCHEMA dia TO PUBLIC")
        # Each stream table at level l reads dia.src and both tables of every lower level.
        assert len(db.execute(closure).fetchall()) == 2 * last * last
        figures[last] = (best_of(db, closure), best_of(db, "SELECT * FROM harden.audit_report()"))
    exposed = report(db, "stream_table_rls_exposure")
    assert len(exposed) == 60
    print("closure and audit_report() seconds by levels: %r" % figures)
    # 40 stream tables in diamonds: well under a second.
    assert figures[20][1] < 1.0
    # Paths double per level (2^30 at 30 levels); pairs grow with the square.
    assert figures[30][0] < 8 * figures[15][0] + 0.01
    assert figures[30][1] < 1.5
    dry = best_of(db, "SELECT * FROM harden.apply(dry_run => true)", runs=1)
    assert dry < 2.0


# ------------------------------------------------------------ whole-string matches

@pytest.mark.parametrize("name", ["x\n", "plain\n\n", "a\r", "\nx"])
def test_a_trailing_newline_is_quoted(name, db):
    quoted = quoting.quote_ident(name)
    assert quoted == db.execute("SELECT quote_ident(%s)", [name]).fetchone()[0]
    assert engine.log_field(name) != name
    assert "\n" not in engine.log_field(name) and "\r" not in engine.log_field(name)


@pytest.mark.parametrize("line_end", ["\n", "\r"])
def test_a_name_never_ends_a_comment_line_of_a_remediation(server, db, line_end):
    """Remediations explain themselves in -- comment lines that name objects;
    a line end in a name would end the comment, and a DBA running the
    remediation as written would run the rest of the name (found by an
    attacker helper: publication_rls_table's row-filter hint)."""
    from test_general_checks import psql
    db.execute("SET harden.bypass = on")
    table = "p%sCREATE TABLE public.pwned_by_comment();--" % line_end
    db.execute(sql.SQL("CREATE TABLE public.{} (a int)").format(sql.Identifier(table)))
    db.execute(sql.SQL("ALTER TABLE public.{} ENABLE ROW LEVEL SECURITY").format(sql.Identifier(table)))
    db.execute(sql.SQL("CREATE PUBLICATION {} FOR TABLE public.{}").format(
        sql.Identifier("pub%s--" % line_end), sql.Identifier(table)))
    db.execute("CREATE PUBLICATION \"every\r\nthing\" FOR ALL TABLES")
    rows = report(db, "publication_rls_table", "publication_all_tables")
    assert {r["check_name"] for r in rows} == {"publication_rls_table", "publication_all_tables"}
    for r in rows:
        psql(server, r["remediation"])
    assert db.execute("SELECT to_regclass('public.pwned_by_comment')").fetchone() == (None,)
    assert not any("\r" in line for r in rows for line in r["remediation"].split("\n") if line.startswith("--"))
