"""harden.apply(), harden.revert() and harden.verify() on a real server.

The insecure deployment is tests/fixtures/pgtrickle.sql + pgtrickle_demo.sql
(names with quotes and unicode). The tutorial's own verification queries run
as real login roles that a test grants the configured roles (apply never
grants membership). "Unchanged" is checked on a snapshot of roles, role
memberships, owners, ACLs with grantors and grant options (column privileges
too), default privileges and database settings.
"""

import contextlib
import threading
import time

import psycopg
import pytest
from psycopg.rows import dict_row

from conftest import load_fixture, report
from test_pgtrickle_checks import cloned_server

from harden.quoting import quote_ident

# The rules whose findings apply fixes; the others it reports as manual rows.
FIXED_BY_APPLY = (
    "pgt_role_missing", "pgt_role_attributes", "stream_table_owner", "stream_table_consumer_grant_missing",
    "stream_table_default_privileges_missing", "stream_table_writable", "change_buffer_exposed",
    "pgtrickle_function_public_execute", "ddl_logging_disabled",
)
DEFAULT_ROLES = ("pgtrickle_admin", "pgtrickle_user", "pgtrickle_readonly")
CUSTOM_ROLES = ('My "Admin"', "app user Ñ", "Read Only")


def q(name):
    return '"' + name.replace('"', '""') + '"'


def rows(conn, sql, params=None):
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, params)
        return cur.fetchall()


def apply(conn, dry_run=False):
    return rows(conn, "SELECT * FROM harden.apply(dry_run => %s)", [dry_run])


def revert(conn, run_id):
    return rows(conn, "SELECT * FROM harden.revert(%s)", [run_id])


def last_run(conn):
    return conn.execute("SELECT max(run_id) FROM harden.apply_runs").fetchone()[0]


def statuses(result):
    return {r["status"] for r in result}


def configure(conn, roles):
    for setting, name in zip(("admin_role", "user_role", "readonly_role"), roles):
        conn.execute("SELECT harden.configure(%s, %s)", [setting, name])


@contextlib.contextmanager
def guard_off(conn):
    """Insecure set-up DDL that harden's guard would refuse."""
    conn.execute("SELECT harden.configure('mode', 'off')")
    try:
        yield
    finally:
        conn.execute("SELECT harden.configure('mode', NULL)")


def insecure(conn):
    """The insecure demo deployment."""
    with guard_off(conn):
        load_fixture(conn, "pgtrickle.sql")
        load_fixture(conn, "pgtrickle_demo.sql")


def run_script(conn, sql):
    """Runs SQL apply returned as psql would: one statement at a time."""
    for statement in sql.split(";\n"):
        conn.execute(statement)


# ---------------------------------------------------------------- snapshots

def _entries(kind, oid_expr, owner, acl, default_kind, where, name_expr):
    return (
        "SELECT '{kind}' AS kind, {name} AS object, pg_catalog.pg_get_userbyid({owner}) AS owner,"
        " COALESCE(pg_catalog.pg_get_userbyid(NULLIF(a.grantee, 0)), 'PUBLIC') AS grantee,"
        " pg_catalog.pg_get_userbyid(a.grantor) AS grantor, a.privilege_type, a.is_grantable"
        " FROM {oid_expr} LEFT JOIN LATERAL pg_catalog.aclexplode(COALESCE({acl},"
        " pg_catalog.acldefault({default_kind}, {owner}))) a ON true WHERE {where}"
    ).format(kind=kind, name=name_expr, owner=owner, acl=acl, default_kind=default_kind,
             oid_expr=oid_expr, where=where)


USER_NSP = "NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"
SNAPSHOT = {
    "roles": "SELECT rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication,"
             " rolbypassrls, rolconnlimit FROM pg_roles WHERE rolname !~ '^pg_'",
    "members": "SELECT roleid::regrole::text, member::regrole::text, grantor::regrole::text, admin_option"
               " FROM pg_auth_members",
    "relations": _entries("rel", "c.oid", "c.relowner", "c.relacl",
                          "CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::\"char\"",
                          "c.relnamespace::regnamespace::text " + USER_NSP, "c.oid::regclass::text")
                 .replace("FROM c.oid", "FROM pg_class c"),
    "columns": "SELECT c.oid::regclass::text, att.attname, COALESCE(NULLIF(a.grantee, 0)::regrole::text, 'PUBLIC'),"
               " a.grantor::regrole::text, a.privilege_type, a.is_grantable"
               " FROM pg_class c JOIN pg_attribute att ON att.attrelid = c.oid,"
               " aclexplode(att.attacl) a WHERE c.relnamespace::regnamespace::text " + USER_NSP,
    "functions": _entries("func", "p.oid", "p.proowner", "p.proacl", "'f'::\"char\"",
                          "p.pronamespace::regnamespace::text " + USER_NSP, "p.oid::regprocedure::text")
                 .replace("FROM p.oid", "FROM pg_proc p"),
    "schemas": _entries("nsp", "n.oid", "n.nspowner", "n.nspacl", "'n'::\"char\"",
                        "n.nspname !~ '^pg_(toast_)?temp_'", "n.nspname::text")
               .replace("FROM n.oid", "FROM pg_namespace n"),
    "database": _entries("db", "d.oid", "d.datdba", "d.datacl", "'d'::\"char\"",
                         "d.datname = current_database()", "d.datname::text")
                .replace("FROM d.oid", "FROM pg_database d"),
    "default_acls": "SELECT defaclrole::regrole::text, defaclnamespace::regnamespace::text, defaclobjtype::text,"
                    " COALESCE(NULLIF(a.grantee, 0)::regrole::text, 'PUBLIC'), a.grantor::regrole::text,"
                    " a.privilege_type, a.is_grantable FROM pg_default_acl, aclexplode(defaclacl) a",
    "settings": "SELECT setdatabase, setrole, unnest(setconfig) FROM pg_db_role_setting",
}
# Byte for byte: the raw ACL arrays (a NULL ACL and an equal explicit one
# differ here), every namespace, and harden's own tables and sequence.
RAW = {
    "raw_acls": "SELECT 'r', oid::regclass::text, relacl::text FROM pg_class UNION ALL"
                " SELECT 'p', oid::regprocedure::text, proacl::text FROM pg_proc UNION ALL"
                " SELECT 'n', nspname::text, nspacl::text FROM pg_namespace UNION ALL"
                " SELECT 'd', datname::text, datacl::text FROM pg_database UNION ALL"
                " SELECT 'a', attrelid::regclass::text || '.' || attname, attacl::text FROM pg_attribute"
                " WHERE attacl IS NOT NULL",
    "apply_runs": "SELECT * FROM harden.apply_runs",
    "apply_actions": "SELECT * FROM harden.apply_actions",
    "config": "SELECT * FROM harden.config",
    "run_id_seq": "SELECT last_value, is_called FROM harden.apply_runs_run_id_seq",
}


def snapshot(conn, raw=False):
    """What apply may change, as sets; raw adds byte-for-byte state."""
    queries = dict(SNAPSHOT, **(RAW if raw else {}))
    return {name: sorted(tuple(str(v) for v in r) for r in conn.execute(sql).fetchall())
            for name, sql in queries.items()}


def assert_same(before, after):
    for name in before:
        assert (name, before[name]) == (name, after[name])


def login(server, db, name, member_of=None):
    db.execute("CREATE ROLE %s LOGIN" % q(name))
    if member_of:
        db.execute("GRANT %s TO %s" % (q(member_of), q(name)))
    return server.connect(user=name)


# ---------------------------------------------------------------- the tutorial

@pytest.mark.parametrize("roles", [DEFAULT_ROLES, CUSTOM_ROLES], ids=["default roles", "quoted roles"])
def test_tutorial_verification_queries_answer_as_the_tutorial_says(server, db, roles):
    insecure(db)
    if roles != DEFAULT_ROLES:
        configure(db, roles)
    admin, user, readonly = roles
    result = apply(db)
    assert "applied" in statuses(result) and "planned" not in statuses(result)

    # Step 5: no configured role has a grant on a change buffer.
    assert db.execute(
        "SELECT table_name FROM information_schema.role_table_grants"
        " WHERE table_schema = 'pgtrickle_changes' AND grantee IN (%s, %s, %s)", list(roles)).fetchall() == []
    # Checklist 4: nobody but the superuser (owner) can see change buffers.
    assert db.execute(
        "SELECT count(*) FROM information_schema.role_table_grants"
        " WHERE table_schema = 'pgtrickle_changes' AND grantee NOT IN (%s, 'pg_trickle')",
        [server.superuser]).fetchone()[0] == 0

    de_alice = login(server, db, "de alice", admin)
    app_backend = login(server, db, "app backend Ñ", user)
    bi_tool = login(server, db, "bi tool", readonly)
    # Checklist 1: the admin role can create stream tables.
    assert de_alice.execute("SELECT pgtrickle.validate_query('SELECT 1')").fetchone()[0] is True
    # Checklist 2: the user role reads stream tables and cannot modify them.
    assert app_backend.execute("SELECT count(*) FROM public.order_totals").fetchone()[0] == 2
    assert app_backend.execute('SELECT count(*) FROM public."Région totals"').fetchone()[0] == 0
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
        app_backend.execute("INSERT INTO public.order_totals VALUES ('west', 1)")
    assert app_backend.execute("SELECT has_function_privilege('pgtrickle.pgt_status()', 'EXECUTE'),"
                               " has_function_privilege('pgtrickle.refresh_stream_table(text)', 'EXECUTE')"
                               ).fetchone() == (True, False)
    # Checklist 3: the readonly role cannot call extension functions, but reads stream tables.
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
        bi_tool.execute("SELECT pgtrickle.refresh_stream_table('public.order_totals')")
    assert bi_tool.execute("SELECT count(*) FROM public.order_totals").fetchone()[0] == 2
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
        bi_tool.execute("SELECT * FROM pgtrickle_changes.%s" % db.execute(
            "SELECT quote_ident(relname) FROM pg_class WHERE relnamespace = 'pgtrickle_changes'::regnamespace"
            " AND relkind = 'r' LIMIT 1").fetchone()[0])


@pytest.mark.parametrize("roles", [DEFAULT_ROLES, CUSTOM_ROLES], ids=["default roles", "quoted roles"])
def test_verify_passes_every_item_after_apply(db, roles):
    insecure(db)
    if roles != DEFAULT_ROLES:
        configure(db, roles)
    before = {r["item"]: r for r in rows(db, "SELECT * FROM harden.verify()")}
    assert [before[i]["passed"] for i in range(1, 8)] == [False] * 7
    apply(db)
    after = rows(db, "SELECT * FROM harden.verify()")
    assert [r["item"] for r in after] == list(range(1, 10))
    assert [(r["item"], r["passed"]) for r in after] == [(i, True) for i in range(1, 9)] + [(9, None)]
    assert quote_ident(roles[0]) in after[0]["check_item"]
    assert "not a replica" in after[8]["detail"]


def test_verify_reads_the_catalog_live(db):
    insecure(db)
    apply(db)
    with guard_off(db):
        db.execute("GRANT USAGE ON SCHEMA pgtrickle_changes TO PUBLIC")
        db.execute("ALTER ROLE pgtrickle_user LOGIN")
    items = {r["item"]: r for r in rows(db, "SELECT * FROM harden.verify()")}
    assert (items[5]["passed"], items[5]["detail"]) == (False, "PUBLIC holds USAGE on schema pgtrickle_changes")
    assert (items[2]["passed"], items[2]["detail"]) == (False, "role pgtrickle_user has LOGIN")


@pytest.mark.parametrize("roles", [DEFAULT_ROLES, CUSTOM_ROLES], ids=["default roles", "quoted roles"])
def test_audit_shows_no_finding_apply_fixes(db, auditor, roles):
    insecure(db)
    if roles != DEFAULT_ROLES:
        configure(db, roles)
    # The readonly role is missing; the others exist, INHERIT, without grants:
    # every rule apply fixes has findings before it runs.
    with guard_off(db):
        db.execute("CREATE ROLE %s NOLOGIN CREATEDB" % q(roles[0]))
        db.execute("CREATE ROLE %s NOLOGIN" % q(roles[1]))
    known = {r[0] for r in db.execute("SELECT name FROM harden.checks()")}
    assert set(FIXED_BY_APPLY) <= known
    assert set(FIXED_BY_APPLY) <= {r["check_name"] for r in report(auditor)}
    result = apply(db)
    after = report(auditor)
    assert [r for r in after if r["check_name"] in FIXED_BY_APPLY + ("harden_check_failed",)] == []
    # What stays needs a human and is in apply's manual rows.
    manual_rules = {r["rule"] for r in result if r["status"] == "manual"}
    assert "cdc_trigger_owned_by_superuser" in manual_rules
    assert {r["check_name"] for r in after} & {"cdc_trigger_owned_by_superuser"} <= manual_rules


def test_existing_roles_with_wrong_attributes_are_fixed(db, auditor):
    insecure(db)
    with guard_off(db):
        db.execute("CREATE ROLE pgtrickle_admin NOLOGIN INHERIT CREATEDB BYPASSRLS")
        db.execute("CREATE ROLE pgtrickle_user NOLOGIN SUPERUSER")
        db.execute("CREATE ROLE pgtrickle_readonly NOLOGIN NOINHERIT")
    assert {r["object_identity"] for r in report(auditor, "pgt_role_attributes")} == {
        "pgtrickle_admin", "pgtrickle_user"}
    before = snapshot(db)
    result = apply(db)
    step1 = [(r["status"], r["sql"]) for r in result if r["step"] == 1]
    assert step1 == [("applied", "ALTER ROLE pgtrickle_admin NOINHERIT NOCREATEDB NOBYPASSRLS;"),
                     ("applied", "ALTER ROLE pgtrickle_user NOINHERIT NOSUPERUSER;"),
                     ("already", None)]
    assert report(auditor, *FIXED_BY_APPLY) == []
    revert(db, last_run(db))
    assert_same(before, snapshot(db))


# ---------------------------------------------------------------- dry run, idempotence

def test_dry_run_changes_nothing_and_shows_what_a_run_applies(db):
    insecure(db)
    before = snapshot(db, raw=True)
    planned = apply(db, dry_run=True)
    assert statuses(planned) == {"planned", "already", "manual"}
    assert_same(before, snapshot(db, raw=True))
    applied = apply(db)
    assert [(r["step"], r["rule"], r["action"], r["sql"]) for r in planned if r["status"] == "planned"] == \
           [(r["step"], r["rule"], r["action"], r["sql"]) for r in applied if r["status"] == "applied"]
    assert [r for r in planned if r["status"] != "planned"] == [r for r in applied if r["status"] != "applied"]


def test_second_run_applies_nothing(db):
    insecure(db)
    first = apply(db)
    assert sum(r["status"] == "applied" for r in first) > 20
    second = apply(db)
    assert "applied" not in statuses(second)
    assert apply(db, dry_run=True) == second
    runs = rows(db, "SELECT run_id, dry_run, applied, already, manual, performed_by FROM harden.apply_runs"
                    " ORDER BY run_id")
    assert [(r["dry_run"], r["applied"] > 0) for r in runs] == [(False, True), (False, False)]
    assert runs[1]["manual"] == sum(r["status"] == "manual" for r in second)
    assert runs[1]["already"] == sum(r["status"] == "already" for r in second)


def test_every_applied_action_is_recorded_with_its_undo(db):
    insecure(db)
    result = apply(db)
    recorded = rows(db, "SELECT * FROM harden.apply_actions WHERE run_id = %s ORDER BY seq", [last_run(db)])
    assert [(r["step"], r["rule"], r["action"], r["sql"], r["status"]) for r in recorded] == \
           [(r["step"], r["rule"], r["action"], r["sql"], r["status"]) for r in result]
    applied = [r for r in recorded if r["status"] == "applied"]
    assert all(r["undo_sql"] and r["undo"] for r in applied)
    assert all(r["undo_sql"] is None for r in recorded if r["status"] != "applied")
    owner = {r["object_identity"]: r["undo_sql"] for r in applied if r["rule"] == "stream_table_owner"}
    assert owner['public."Région totals"'].startswith('ALTER TABLE public."Région totals" OWNER TO ')


# ---------------------------------------------------------------- revert

def test_apply_then_revert_restores_the_catalog(server, db):
    insecure(db)
    # Grant chains, grant options, column grants, a pre-existing admin role with
    # a grant on a stream table, a database setting apply changes, and PUBLIC's
    # EXECUTE granted by a role that has since lost USAGE on the schema.
    buffer = db.execute("SELECT c.oid::regclass::text FROM pg_class c WHERE c.relnamespace ="
                        " 'pgtrickle_changes'::regnamespace AND c.relkind = 'r' ORDER BY 1 LIMIT 1").fetchone()[0]
    dbname = db.execute("SELECT current_database()").fetchone()[0]
    with guard_off(db):
        for sql in ('CREATE ROLE "gr A" NOLOGIN', 'CREATE ROLE "gr B" NOLOGIN',
                    "CREATE ROLE pgtrickle_admin NOLOGIN NOINHERIT",
                    'GRANT INSERT, UPDATE ON public.order_totals TO "gr A" WITH GRANT OPTION',
                    "GRANT SELECT ON public.order_totals TO pgtrickle_admin",
                    'SET ROLE "gr A"', 'GRANT INSERT ON public.order_totals TO "gr B" WITH GRANT OPTION',
                    "RESET ROLE",
                    'SET ROLE "gr B"', "GRANT INSERT ON public.order_totals TO PUBLIC", "RESET ROLE",
                    'GRANT UPDATE (n) ON public."Région totals" TO "gr B"',
                    'GRANT SELECT ON %s TO "gr A" WITH GRANT OPTION' % buffer,
                    'SET ROLE "gr A"', 'GRANT SELECT ON %s TO "gr B"' % buffer, "RESET ROLE",
                    "ALTER DATABASE %s SET log_statement = 'none'" % q(dbname),
                    'GRANT USAGE ON SCHEMA pgtrickle TO "gr A"',
                    'GRANT EXECUTE ON FUNCTION pgtrickle.pgt_status() TO "gr A" WITH GRANT OPTION',
                    'SET ROLE "gr A"', "GRANT EXECUTE ON FUNCTION pgtrickle.pgt_status() TO PUBLIC", "RESET ROLE",
                    'REVOKE USAGE ON SCHEMA pgtrickle FROM "gr A"'):
            db.execute(sql)
    before = snapshot(db)

    result = apply(db)
    run_id = last_run(db)
    writes = [r["sql"] for r in result if r["rule"] == "stream_table_writable"]
    assert writes == ['REVOKE UPDATE (n) ON TABLE public."Région totals" FROM "gr B" CASCADE;',
                      'REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLE public.order_totals FROM PUBLIC;\n'
                      'REVOKE INSERT, UPDATE ON TABLE public.order_totals FROM "gr A" CASCADE;']
    assert db.execute("SELECT count(*) FROM pg_class c, aclexplode(c.relacl) a"
                      " WHERE c.oid = 'public.order_totals'::regclass AND a.grantee <> c.relowner"
                      " AND a.privilege_type IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')").fetchone()[0] == 0
    (status,) = [r["sql"] for r in result if r["rule"] == "pgtrickle_function_public_execute"
                 and "pgt_status" in r["sql"]]
    assert status == ('SET ROLE "gr A"; REVOKE EXECUTE ON FUNCTION pgtrickle.pgt_status() FROM PUBLIC; RESET ROLE;\n'
                      "REVOKE EXECUTE ON FUNCTION pgtrickle.pgt_status() FROM PUBLIC;")
    assert not db.execute("SELECT has_function_privilege('public', 'pgtrickle.pgt_status()', 'EXECUTE')").fetchone()[0]
    assert snapshot(db) != before

    undone = revert(db, run_id)
    assert statuses(undone) == {"reverted"}
    assert len(undone) == sum(r["status"] == "applied" for r in result)
    assert_same(before, snapshot(db))
    run = rows(db, "SELECT reverted_at, reverted_by FROM harden.apply_runs WHERE run_id = %s", [run_id])[0]
    assert run["reverted_at"] is not None and run["reverted_by"] == server.superuser
    assert rows(db, "SELECT DISTINCT revert_status FROM harden.apply_actions WHERE run_id = %s"
                    " AND status = 'applied'", [run_id]) == [{"revert_status": "reverted"}]


def test_revert_with_quoted_role_names(db):
    insecure(db)
    configure(db, CUSTOM_ROLES)
    before = snapshot(db)
    apply(db)
    assert {r[0] for r in db.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)",
                                     [list(CUSTOM_ROLES)])} == set(CUSTOM_ROLES)
    revert(db, last_run(db))
    assert_same(before, snapshot(db))


def test_revert_keeps_roles_that_others_came_to_depend_on(server, db):
    insecure(db)
    result = apply(db)
    run_id = last_run(db)
    login(server, db, "app backend", "pgtrickle_user")  # a DBA's step 2
    with guard_off(db):
        db.execute("CREATE TABLE public.report_log (id int)")
        db.execute("GRANT SELECT ON public.report_log TO pgtrickle_readonly")
    undone = revert(db, run_id)
    roles = {r["sql"].splitlines()[-1]: r for r in undone if r["step"] == 1}
    # The new table got SELECT for the admin role from the default privileges
    # apply set for the sources' owner, and for the readonly role from the DBA.
    for role in ("pgtrickle_admin", "pgtrickle_readonly"):
        kept = roles["DROP ROLE %s;" % role]
        assert kept["status"] == "kept"
        assert kept["sql"].startswith("-- kept: role %s owns or holds what harden did not give it: "
                                      "privileges for table public.report_log" % role)
    user = roles["DROP ROLE pgtrickle_user;"]
    assert user["status"] == "kept"
    assert user["sql"].startswith('-- kept: role pgtrickle_user has members harden did not add: "app backend"')
    assert {r[0] for r in db.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE 'pgtrickle%%'")} == set(
        DEFAULT_ROLES)
    assert len(undone) == sum(r["status"] == "applied" for r in result)


def test_revert_bad_input(db):
    insecure(db)
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="no harden.apply\\(\\) run 42"):
        revert(db, 42)
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="must not be NULL"):
        revert(db, None)
    apply(db)
    first = last_run(db)
    with guard_off(db):
        db.execute("GRANT INSERT ON public.order_totals TO PUBLIC")
    apply(db)
    second = last_run(db)
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="run %d changed the database after run %d"
                       % (second, first)) as exc:
        revert(db, first)
    assert "harden.revert(%d)" % second in exc.value.diag.message_hint
    revert(db, second)
    assert db.execute("SELECT has_table_privilege('public', 'public.order_totals', 'INSERT')").fetchone()[0]
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="run %d was already reverted" % second):
        revert(db, second)
    revert(db, first)


def test_revert_skips_an_object_that_is_gone(db):
    insecure(db)
    apply(db)
    with guard_off(db):
        db.execute('DROP TABLE public."Région totals"')
    undone = revert(db, last_run(db))
    skipped = [r for r in undone if r["status"] == "skipped"]
    assert len(skipped) == 2  # its ownership and its SELECT grants
    assert all('"Région totals"' in r["sql"] and "does not exist" in r["sql"] for r in skipped)
    assert db.execute("SELECT pg_get_userbyid(relowner) FROM pg_class"
                      " WHERE oid = 'public.order_totals'::regclass").fetchone()[0] != "pgtrickle_admin"


# ---------------------------------------------------------------- other deployments

def test_database_without_pgtrickle(db, auditor):
    """No pg_trickle: no pg_trickle role, no pg_trickle step, and verify() shows no pg_trickle item."""
    before = snapshot(db)
    result = apply(db)
    assert {r["step"] for r in result} == {9, 13, 14, 15, 17}
    assert [r["sql"] for r in result if r["status"] == "applied"] == [
        "ALTER DATABASE %s SET log_statement = 'ddl';" % quote_ident(db.info.dbname)]
    assert db.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'pgtrickle%'").fetchone()[0] == 0
    assert report(auditor, "ddl_logging_disabled") == []
    items = rows(db, "SELECT * FROM harden.verify()")
    assert [(r["item"], r["passed"]) for r in items] == [(1, True)]
    assert "log_statement" in items[0]["check_item"]
    revert(db, last_run(db))
    assert_same(before, snapshot(db))


def test_unrecognised_pgtrickle_catalog_is_skipped_with_a_manual_row(db):
    db.execute("CREATE SCHEMA pgtrickle")
    db.execute("CREATE TABLE pgtrickle.pgt_stream_tables (pgt_id bigint)")
    db.execute("CREATE TABLE pgtrickle.pgt_dependencies (pgt_id bigint)")
    result = apply(db)
    (row,) = [r for r in result if r["rule"] == "pgt_catalog_unrecognized"]
    assert row["status"] == "manual" and "pgtrickle.pgt_stream_tables.pgt_relid" in row["action"]
    assert {r["step"] for r in result} == {2, 9, 13, 14, 15, 17}


def test_rls_exposure_gets_a_manual_row_whose_sql_clears_the_finding(db, auditor):
    insecure(db)
    with guard_off(db):
        db.execute("ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY")
    result = apply(db)
    manual = [r for r in result if r["rule"] == "stream_table_rls_exposure"]
    assert [r["status"] for r in manual] == ["manual", "manual"]
    assert {r["object_identity"] for r in report(auditor, "stream_table_rls_exposure")} == {
        'public."Région totals"', "public.order_totals"}
    for r in manual:
        run_script(db, r["sql"])
    assert report(auditor, "stream_table_rls_exposure") == []
    assert "stream_table_rls_exposure" not in {r["rule"] for r in apply(db) if r["status"] == "manual"}


def test_cdc_triggers_owned_by_a_superuser_get_manual_rows(db):
    insecure(db)
    result = apply(db, dry_run=True)
    manual = {r["action"].split(" run as ")[0]: r["sql"] for r in result
              if r["rule"] == "cdc_trigger_owned_by_superuser"}
    assert set(manual) == {'the CDC triggers feeding stream table public."Région totals"',
                           "the CDC triggers feeding stream table public.order_totals"}
    sql = manual["the CDC triggers feeding stream table public.order_totals"]
    assert sql.splitlines() == [
        "-- Read the defining query first: it runs as pgtrickle_admin, and whoever made the stream table wrote it.",
        "SELECT pgtrickle.drop_stream_table('public.order_totals');",
        "SET ROLE pgtrickle_admin;",
        "SELECT pgtrickle.create_stream_table('public.order_totals', 'SELECT region, sum(amount) AS total"
        " FROM public.orders GROUP BY region', '1m');",
        "RESET ROLE;",
        "SELECT * FROM harden.apply();"]


def test_session_settings_do_not_fool_the_logging_step(db):
    db.execute("SET log_statement = 'all'")
    result = apply(db, dry_run=True)
    (row,) = [r for r in result if r["step"] == 9 and r["status"] == "planned"]
    assert row["sql"].startswith("ALTER DATABASE ") and row["sql"].endswith(" SET log_statement = 'ddl';")
    manual = [r["sql"] for r in result if r["step"] == 9 and r["status"] == "manual"]
    assert manual == ["ALTER SYSTEM SET log_statement = 'ddl';\nSELECT pg_catalog.pg_reload_conf();"]


def test_database_that_logs_more_is_left_alone(db):
    dbname = db.execute("SELECT current_database()").fetchone()[0]
    db.execute("ALTER DATABASE %s SET log_statement = 'mod'" % q(dbname))
    result = apply(db, dry_run=True)
    assert [r["status"] for r in result if r["step"] == 9] == ["manual"]  # only the server-wide form


# ---------------------------------------------------------------- a standby, pgaudit

def test_on_a_standby_apply_returns_only_manual_rows(server, db):
    insecure(db)
    dbname = db.execute("SELECT current_database()").fetchone()[0]
    with cloned_server(server, standby=True) as connect:
        standby = connect(dbname)
        assert standby.execute("SELECT pg_is_in_recovery()").fetchone()[0]
        for dry_run in (True, False):
            result = apply(standby, dry_run)
            assert statuses(result) == {"manual"}
            assert [(r["step"], r["rule"], r["sql"]) for r in result] == [
                (10, None, "SELECT * FROM harden.apply();  -- on the primary"),
                (10, "pgtrickle_enabled_on_replica",
                 "ALTER SYSTEM SET pg_trickle.enabled = off;\nSELECT pg_catalog.pg_reload_conf();"),
                (9, "ddl_logging_disabled",
                 "ALTER SYSTEM SET log_statement = 'ddl';\nSELECT pg_catalog.pg_reload_conf();")]
        items = {r["item"]: r for r in rows(standby, "SELECT * FROM harden.verify()")}
        assert (items[9]["passed"], items[9]["detail"]) == (False, "in recovery, pg_trickle.enabled = on")
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction, match="in recovery"):
            revert(standby, 1)
    # Turned off in the standby's own configuration: nothing left for step 10 but the primary's work.
    with cloned_server(server, standby=True, extra_conf="pg_trickle.enabled = off\n") as connect:
        standby = connect(dbname)
        assert [r["rule"] for r in apply(standby) if r["step"] == 10] == [None]
        assert rows(standby, "SELECT passed FROM harden.verify() WHERE item = 9") == [{"passed": True}]


def test_pgaudit_log_gets_ddl_when_pgaudit_is_loaded(server, db):
    insecure(db)
    dbname = db.execute("SELECT current_database()").fetchone()[0]
    db.execute("ALTER DATABASE %s SET pgaudit.log = 'read, write'" % q(dbname))
    with cloned_server(server, standby=False, options="-c shared_preload_libraries=pgaudit") as connect:
        su = connect(dbname)
        before = snapshot(su)
        result = apply(su)
        step9 = [(r["status"], r["sql"]) for r in result if r["step"] == 9]
        assert step9 == [
            ("applied", "ALTER DATABASE %s SET log_statement = 'ddl';" % quote_ident(dbname)),
            ("manual", "ALTER SYSTEM SET log_statement = 'ddl';\nSELECT pg_catalog.pg_reload_conf();"),
            ("applied", "ALTER DATABASE %s SET pgaudit.log = 'read, write, ddl';" % quote_ident(dbname)),
            ("manual", "ALTER SYSTEM SET pgaudit.log = 'ddl';\nSELECT pg_catalog.pg_reload_conf();")]
        assert report(su, "ddl_logging_disabled") == []
        revert(su, last_run(su))
        assert_same(before, snapshot(su))


# ---------------------------------------------------------------- roles apply must not touch

def test_login_role_gets_a_manual_row_and_keeps_its_login(server, db, auditor):
    insecure(db)
    with guard_off(db):
        db.execute("CREATE ROLE pgtrickle_user LOGIN")
    result = apply(db)
    (row,) = [r for r in result if r["step"] == 1 and r["status"] == "manual"]
    assert row["rule"] == "pgt_role_attributes"
    assert row["sql"] == "ALTER ROLE pgtrickle_user NOLOGIN NOINHERIT;"
    assert "never locks out a login role" in row["action"]
    assert server.connect(user="pgtrickle_user").execute("SELECT count(*) FROM public.order_totals").fetchone()
    assert db.execute("SELECT count(*) FROM pg_auth_members WHERE member = 'pgtrickle_user'::regrole"
                      " OR roleid = 'pgtrickle_user'::regrole").fetchone()[0] == 0
    assert [r["check_name"] for r in report(auditor, *FIXED_BY_APPLY)] == ["pgt_role_attributes"]


def test_login_superuser_as_configured_role_is_refused_before_anything(db):
    insecure(db)
    with guard_off(db):
        db.execute('CREATE ROLE "Boss ""Ñ""" LOGIN SUPERUSER')
    db.execute("SELECT harden.configure('admin_role', 'Boss \"Ñ\"')")
    before = snapshot(db, raw=True)
    for dry_run in (True, False):
        with pytest.raises(psycopg.errors.InvalidParameterValue,
                           match='configured role "Boss ""Ñ""" is a superuser that can log in') as exc:
            apply(db, dry_run)
        assert "nothing was changed" in exc.value.diag.message_hint
    assert_same(before, snapshot(db, raw=True))


@pytest.mark.parametrize("value, message", [
    ("pg_admin", "invalid role name 'pg_admin'"),
    ("x" * 64, "invalid role name"),
    ("none", "is reserved"),
    ("harden_admin", "is reserved"),
    ("pgtrickle_user", "three different roles"),
])
def test_bad_configured_role_names_are_refused_before_anything(db, value, message):
    insecure(db)
    # harden.configure() validates; a hand-edited harden.config must not get through either.
    db.execute("INSERT INTO harden.config (name, value) VALUES ('admin_role', %s)", [value])
    before = snapshot(db, raw=True)
    with pytest.raises(psycopg.errors.InvalidParameterValue, match=message) as exc:
        apply(db)
    assert "nothing was changed" in exc.value.diag.message_hint
    assert_same(before, snapshot(db, raw=True))


def test_null_dry_run_is_refused(db):
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="dry_run must be true or false"):
        apply(db, None)


def test_grant_by_a_superuser_that_is_not_the_owner_is_a_manual_row(db, auditor):
    """PostgreSQL runs a superuser's REVOKE as the owner's and never cascades
    from a superuser, so a grant recorded with a superuser as grantor cannot be
    revoked while it is one: apply says how, and does the rest."""
    insecure(db)
    with guard_off(db):
        for sql in ('CREATE ROLE "gr S" NOLOGIN', 'CREATE ROLE "gr X" NOLOGIN',
                    'GRANT INSERT ON public."Région totals" TO "gr S" WITH GRANT OPTION',
                    'SET ROLE "gr S"', 'GRANT INSERT ON public."Région totals" TO "gr X"', "RESET ROLE",
                    'ALTER ROLE "gr S" SUPERUSER'):
            db.execute(sql)
    result = apply(db)
    (row,) = [r for r in result if r["rule"] == "stream_table_writable" and r["status"] == "manual"]
    assert row["action"].startswith('"gr X" holds INSERT on public."Région totals" from superuser "gr S"')
    assert row["sql"].splitlines() == [
        'ALTER ROLE "gr S" NOSUPERUSER;',
        'GRANT INSERT ON TABLE public."Région totals" TO "gr S" WITH GRANT OPTION;',
        'REVOKE INSERT ON TABLE public."Région totals" FROM "gr S" CASCADE;',
        'ALTER ROLE "gr S" SUPERUSER;']
    # The rest was applied: "gr S"'s own grant is gone, "gr X"'s waits for the DBA.
    assert [r["message"].split(" can ")[0] for r in report(auditor, "stream_table_writable")] == ['"gr X"']
    with guard_off(db):
        run_script(db, row["sql"])
    assert report(auditor, "stream_table_writable") == []
    assert "applied" not in statuses(apply(db))


# ---------------------------------------------------------------- privileges, concurrency, failures

def test_only_superusers_and_harden_admin_members_can_run_it(server, db):
    insecure(db)
    outsider = login(server, db, "out sider")
    reader = login(server, db, "aud reader", "harden_auditor")
    for conn in (outsider, reader):
        for sql in ("SELECT * FROM harden.apply(true)", "SELECT * FROM harden.revert(1)",
                    "SELECT * FROM harden.verify()", "SELECT * FROM harden.apply_runs"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
    admin = login(server, db, "ops admin", "harden_admin")
    result = apply(admin)
    assert "applied" in statuses(result)
    assert rows(admin, "SELECT performed_by FROM harden.apply_runs") == [{"performed_by": "ops admin"}]
    assert rows(admin, "SELECT passed FROM harden.verify() WHERE item = 4") == [{"passed": True}]
    assert statuses(revert(admin, last_run(admin))) == {"reverted"}


def wait_until(condition, what):
    """Polls for another session's state (no timed assertion: the limit only
    keeps a broken test from hanging)."""
    deadline = time.monotonic() + 60
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting for " + what
        time.sleep(0.02)


def test_concurrent_runs_serialise(server, db):
    insecure(db)
    first = server.connect(autocommit=False)
    second = server.connect()
    first_result = apply(first)  # holds the lock until it commits
    done = {}

    def run_second():
        try:
            done["rows"] = apply(second)
        except Exception as exc:  # reported by the assertion below
            done["error"] = exc

    thread = threading.Thread(target=run_second)
    thread.start()
    pid = second.info.backend_pid
    wait_until(lambda: db.execute("SELECT count(*) FROM pg_locks WHERE pid = %s AND locktype = 'advisory'"
                                  " AND NOT granted", [pid]).fetchone()[0] == 1, "the second run to wait")
    first.commit()
    thread.join(60)
    assert "error" not in done
    assert "applied" in statuses(first_result)
    assert "applied" not in statuses(done["rows"])
    runs = rows(db, "SELECT applied FROM harden.apply_runs ORDER BY run_id")
    assert [r["applied"] > 0 for r in runs] == [True, False]


def test_second_run_in_a_repeatable_read_transaction_fails_clearly(server, db):
    insecure(db)
    first = server.connect(autocommit=False)
    apply(first)
    second = server.connect(autocommit=False)
    second.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
    with pytest.raises(psycopg.errors.LockNotAvailable, match="another harden.apply\\(\\) or harden.revert"):
        apply(second)
    second.rollback()
    first.rollback()
    assert db.execute("SELECT count(*) FROM harden.apply_runs").fetchone()[0] == 0


def test_object_vanishing_mid_run_leaves_nothing_applied(server, db):
    insecure(db)
    dropper = server.connect(autocommit=False)
    dropper.execute("SELECT harden.configure('mode', 'off')")
    dropper.execute("DROP TABLE public.order_totals")  # holds its lock until it commits
    runner = server.connect()
    done = {}

    def run():
        try:
            done["rows"] = apply(runner)
        except Exception as exc:
            done["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    pid = runner.info.backend_pid
    wait_until(lambda: db.execute("SELECT count(*) FROM pg_locks WHERE pid = %s AND locktype = 'relation'"
                                  " AND NOT granted", [pid]).fetchone()[0] == 1, "apply to wait for the table")
    dropper.execute("SELECT harden.configure('mode', NULL)")
    dropper.commit()
    thread.join(60)
    error = done.get("error")
    assert isinstance(error, psycopg.errors.SerializationFailure), done
    assert "vanished while harden ran" in str(error) and "order_totals" in str(error)
    assert error.diag.message_hint.startswith("Nothing was changed")
    assert db.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'pgtrickle%%'").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM harden.apply_runs").fetchone()[0] == 0
    assert db.execute("SELECT has_function_privilege('public', 'pgtrickle.pgt_status()', 'EXECUTE')").fetchone()[0]
