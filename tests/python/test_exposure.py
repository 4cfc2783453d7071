"""Exposure checks (issue 14) on splinter's own scenarios, and each new check's
positive, negative and fixed case.

The scenarios follow Supabase splinter's tests (github.com/supabase/splinter,
test/sql/00xx_*.sql, Apache-2.0), rewritten here as our own SQL: splinter's
anon and authenticated roles are renamed to arbitrary roles (wëb anon,
Signed "In") configured as exposed with harden.configure('exposed_roles',
...), and its auth.jwt()/auth.uid() helpers are stand-ins of our own. Where
harden deliberately differs from splinter, the test says so and
docs/general_checks.md says why.
"""

import psycopg
import pytest

from conftest import report
from test_general_checks import fix, found, identities
from test_packaging import new_database  # noqa: F401 (a fixture)

ANON = '"wëb anon"'
AUTHED = '"Signed ""In"""'
EXPOSED = 'PUBLIC, wëb anon, Signed "In"'


@pytest.fixture(autouse=True)
def bypass_guard(db):
    db.execute("SET harden.bypass = on")


@pytest.fixture
def api(db):
    """splinter's fixture, renamed: two API roles configured as exposed, USAGE on
    public, new tables in public readable by PUBLIC, and auth helpers."""
    db.execute(f"CREATE ROLE {ANON} NOLOGIN")
    db.execute(f"CREATE ROLE {AUTHED} NOLOGIN")
    db.execute("SELECT harden.configure('exposed_roles', %s)", [EXPOSED])
    db.execute(f"GRANT USAGE ON SCHEMA public TO {ANON}, {AUTHED}")
    db.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO PUBLIC")
    db.execute("CREATE SCHEMA auth")
    db.execute("CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql SET search_path = pg_catalog"
               " AS 'SELECT NULL::uuid'")
    db.execute("CREATE FUNCTION auth.jwt() RETURNS jsonb LANGUAGE sql SET search_path = pg_catalog"
               " AS 'SELECT ''{}''::jsonb'")
    return db


# -- the setting ------------------------------------------------------------------

def test_exposed_roles_setting(db):
    assert db.execute("SELECT value FROM harden.settings() WHERE name = 'exposed_roles'").fetchone()[0] \
        == "PUBLIC,anon,authenticated,web_anon"
    assert db.execute("SELECT harden.configure('exposed_roles', ' public , x y ')").fetchone()[0] == "PUBLIC,x y"
    with pytest.raises(psycopg.errors.InvalidParameterValue) as err:
        db.execute("SELECT harden.configure('exposed_roles', ' , ')")
    assert "empty" in err.value.diag.message_primary and err.value.diag.message_hint
    # No role has a longer name (the server truncates one at 63 bytes).
    with pytest.raises(psycopg.errors.InvalidParameterValue) as err:
        db.execute("SELECT harden.configure('exposed_roles', %s)", ["PUBLIC, " + "x" * 64])
    assert "invalid role name" in err.value.diag.message_primary


def test_exposure_follows_membership(api, auditor):
    db = api
    db.execute('CREATE ROLE "api base" NOLOGIN')
    db.execute('CREATE ROLE "in ternal" NOLOGIN')
    db.execute(f'GRANT "api base" TO {ANON}')
    db.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT ON TABLES FROM PUBLIC")
    db.execute("CREATE TABLE public.inherited (id int)")
    db.execute('GRANT SELECT ON public.inherited TO "api base"')
    db.execute("CREATE TABLE public.internal_only (id int)")
    db.execute('GRANT SELECT ON public.internal_only TO "in ternal"')
    assert identities(auditor, "exposed_table_without_rls") == ["public.inherited"]
    # Not exposed any more: the setting decides.
    db.execute("SELECT harden.configure('exposed_roles', 'in ternal')")
    assert identities(auditor, "exposed_table_without_rls") == ["public.internal_only"]


# -- exposed_table_without_rls: splinter 0013 and 0023 ------------------------------

def test_exposed_table_without_rls_splinter_0013(server, api, auditor):
    db = api
    assert found(auditor, "exposed_table_without_rls") == []
    db.execute("CREATE TABLE public.foo (it int PRIMARY KEY)")
    rows = found(auditor, "exposed_table_without_rls")
    assert [(r["object_identity"], r["severity"]) for r in rows] == [("public.foo", "critical")]
    assert "granted to PUBLIC" in rows[0]["message"]
    fix(server, rows)
    assert found(auditor, "exposed_table_without_rls") == []
    # A schema the exposed roles were given nothing in.
    db.execute("CREATE SCHEMA xyz")
    db.execute("CREATE TABLE xyz.bar (it int PRIMARY KEY)")
    assert found(auditor, "exposed_table_without_rls") == []


def test_exposed_table_without_rls_splinter_0023(server, api, auditor):
    db = api
    db.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT ON TABLES FROM PUBLIC")
    db.execute('CREATE TABLE public.users (id int PRIMARY KEY, username text, "Password" text, ssn text)')
    db.execute("CREATE TABLE public.payments (id int PRIMARY KEY, credit_card text, cvv text, amount numeric)")
    db.execute("CREATE TABLE public.posts (id int PRIMARY KEY, title text)")
    db.execute("CREATE SCHEMA private_schema")
    db.execute("CREATE TABLE private_schema.secrets (id int, api_key text, secret_token text)")
    db.execute(f"GRANT SELECT ON public.users, public.payments, public.posts TO {AUTHED}")
    db.execute(f"GRANT UPDATE (title) ON public.posts TO {ANON}")
    rows = {r["object_identity"]: r for r in found(auditor, "exposed_table_without_rls")}
    assert sorted(rows) == ["public.payments", "public.posts", "public.users"]
    assert rows["public.users"]["severity"] == "critical"
    assert 'sensitive columns: "Password", ssn' in rows["public.users"]["message"]
    assert rows["public.payments"]["severity"] == "critical"
    assert rows["public.posts"]["severity"] == "high"
    assert "SELECT, UPDATE" in rows["public.posts"]["message"]
    fix(server, [rows["public.users"]])
    assert identities(auditor, "exposed_table_without_rls") == ["public.payments", "public.posts"]
    fix(server, [rows["public.payments"], rows["public.posts"]])
    assert found(auditor, "exposed_table_without_rls") == []


def test_exposed_table_without_rls_one_hole_one_finding(api, auditor):
    db = api
    db.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT ON TABLES FROM PUBLIC")
    db.execute("CREATE TABLE public.public_write (id int)")
    db.execute("GRANT INSERT ON public.public_write TO PUBLIC")
    db.execute("CREATE TABLE public.with_policy (id int)")
    db.execute(f"GRANT SELECT ON public.with_policy TO {ANON}")
    db.execute("CREATE POLICY p ON public.with_policy USING (id > 0)")
    assert found(auditor, "exposed_table_without_rls") == []
    assert identities(auditor, "table_public_write") == ["public.public_write"]
    assert identities(auditor, "policy_exists_rls_disabled") == ["public.with_policy"]


# -- security_definer_exposed_execute: splinter 0028 and 0029 ------------------------

def test_security_definer_exposed_execute_splinter_0028_0029(server, api, auditor):
    db = api
    db.execute("CREATE FUNCTION public.invoker_func() RETURNS int LANGUAGE sql AS 'SELECT 1'")
    assert found(auditor, "security_definer_exposed_execute") == []
    db.execute("CREATE FUNCTION public.priv_op(target_id int) RETURNS int LANGUAGE sql SECURITY DEFINER"
               " SET search_path = pg_catalog, pg_temp AS 'SELECT target_id'")
    db.execute("CREATE FUNCTION public.dispatch(target_id int) RETURNS int LANGUAGE sql SECURITY DEFINER"
               " SET search_path = pg_catalog, pg_temp AS 'SELECT target_id'")
    db.execute("CREATE FUNCTION public.dispatch(target_id int, label text) RETURNS int LANGUAGE sql"
               " SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS 'SELECT target_id'")
    # Revoked from PUBLIC, still granted to one exposed role: found (0029's case).
    db.execute("CREATE FUNCTION public.user_only() RETURNS int LANGUAGE sql SECURITY DEFINER"
               " SET search_path = pg_catalog, pg_temp AS 'SELECT 1'")
    db.execute("REVOKE EXECUTE ON FUNCTION public.user_only() FROM PUBLIC")
    db.execute(f"GRANT EXECUTE ON FUNCTION public.user_only() TO {AUTHED}")
    # Near misses: revoked from every exposed role; granted to a role that is not exposed.
    db.execute('CREATE ROLE "in ternal" NOLOGIN')
    db.execute("CREATE FUNCTION public.admin_only() RETURNS int LANGUAGE sql SECURITY DEFINER"
               " SET search_path = pg_catalog, pg_temp AS 'SELECT 1'")
    db.execute("REVOKE EXECUTE ON FUNCTION public.admin_only() FROM PUBLIC")
    db.execute('GRANT EXECUTE ON FUNCTION public.admin_only() TO "in ternal"')
    # Deliberate difference: a SECURITY DEFINER trigger function cannot be called directly.
    db.execute("CREATE FUNCTION public.trg() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
               " SET search_path = pg_catalog, pg_temp AS 'BEGIN RETURN NEW; END'")
    rows = found(auditor, "security_definer_exposed_execute")
    assert sorted(r["object_identity"] for r in rows) == [
        "public.dispatch(integer)", "public.dispatch(integer,pg_catalog.text)", "public.priv_op(integer)",
        "public.user_only()"]
    assert len({r["fingerprint"] for r in rows}) == 4
    user_only = [r for r in rows if r["object_identity"] == "public.user_only()"][0]
    assert f"FROM {AUTHED}" in user_only["remediation"]
    fix(server, rows)
    assert found(auditor, "security_definer_exposed_execute") == []


def test_waiver_of_security_definer_public_execute_survives_the_update(server, db, new_database):
    """0.1.0's rule name is part of its fingerprints: the update rewrites the waiver."""
    conn = new_database("harden_exposure_update")
    conn.execute("CREATE EXTENSION harden VERSION '0.1.0' CASCADE")
    conn.execute("SET harden.bypass = on")
    conn.execute('CREATE FUNCTION public."Sé cret"(int) RETURNS int LANGUAGE sql SECURITY DEFINER'
                 " SET search_path = pg_catalog, pg_temp AS 'SELECT $1'")
    conn.execute("CREATE PROCEDURE public.proc() LANGUAGE sql SECURITY DEFINER"
                 " SET search_path = pg_catalog, pg_temp AS 'SELECT 1'")
    old = {r[0]: r[1] for r in conn.execute(
        "SELECT object_identity, fingerprint FROM harden.audit_report()"
        " WHERE check_name = 'security_definer_public_execute'")}
    assert sorted(old) == ['public."Sé cret"(integer)', "public.proc()"]
    for fp in old.values():
        conn.execute("SELECT harden.waive(%s, 'reviewed')", [fp])
    conn.close()
    # A session that loaded 0.1.0's Python cannot run 0.2.0's: a new one updates and reads.
    conn = server.connect(dbname="harden_exposure_update")
    conn.execute("ALTER EXTENSION harden UPDATE")
    rows = conn.execute("SELECT object_identity, fingerprint, waived FROM harden.audit_report(true)"
                        " WHERE check_name = 'security_definer_exposed_execute'").fetchall()
    assert sorted((r[0], r[2]) for r in rows) == [('public."Sé cret"(integer)', True), ("public.proc()", True)]
    waivers = conn.execute("SELECT check_name, fingerprint FROM harden.waivers ORDER BY object_identity").fetchall()
    assert {w[0] for w in waivers} == {"security_definer_exposed_execute"}
    assert {w[1] for w in waivers} == {r[1] for r in rows}
    assert not {w[1] for w in waivers} & set(old.values())
    conn.close()


# -- view_privilege_bypass: splinter 0010, 0016, 0017 -------------------------------

def test_view_privilege_bypass_views_and_materialized_views(server, api, auditor):
    db = api
    db.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT ON TABLES FROM PUBLIC")
    db.execute('CREATE TABLE public."Sec ret" (id int, note text)')
    db.execute("CREATE TABLE public.open (id int)")
    db.execute(f"GRANT SELECT ON public.open TO {AUTHED}")
    db.execute('CREATE VIEW public."my view" AS SELECT id FROM public."Sec ret"')
    db.execute('CREATE MATERIALIZED VIEW public.my_mv AS SELECT id FROM public."Sec ret"')
    db.execute('CREATE VIEW public.wrapped WITH (security_invoker = true) AS SELECT note FROM public."Sec ret"')
    db.execute("CREATE VIEW public.outer_view AS SELECT * FROM public.wrapped")
    # Near misses: the readers may read the base; a security_invoker view; a view over nothing
    # (splinter reports `select 1`: harden does not, it bypasses nothing); a view nobody exposed reads.
    db.execute("CREATE VIEW public.open_view AS SELECT id FROM public.open")
    db.execute('CREATE VIEW public.invoker WITH (security_invoker = on) AS SELECT id FROM public."Sec ret"')
    db.execute("CREATE VIEW public.constant AS SELECT 1 AS one")
    db.execute('CREATE VIEW public.unread AS SELECT id FROM public."Sec ret"')
    for v in ('public."my view"', "public.my_mv", "public.outer_view", "public.open_view", "public.invoker",
              "public.constant"):
        db.execute(f"GRANT SELECT ON {v} TO {ANON}")
    rows = {r["object_identity"]: r for r in found(auditor, "view_privilege_bypass")}
    assert sorted(rows) == ['public."my view"', "public.my_mv", "public.outer_view"]
    assert 'public."Sec ret"' in rows['public."my view"']["message"]
    fix(server, list(rows.values()))
    assert found(auditor, "view_privilege_bypass") == []


def test_view_privilege_bypass_leaves_rls_to_security_definer_view(api, auditor):
    db = api
    db.execute("CREATE TABLE public.rls_base (id int)")
    db.execute("ALTER TABLE public.rls_base ENABLE ROW LEVEL SECURITY")
    db.execute("CREATE POLICY p ON public.rls_base USING (id > 0)")
    db.execute("REVOKE ALL ON public.rls_base FROM PUBLIC")
    db.execute("CREATE VIEW public.rls_view AS SELECT id FROM public.rls_base")
    db.execute(f"GRANT SELECT ON public.rls_view TO {ANON}")
    assert found(auditor, "view_privilege_bypass") == []
    assert identities(auditor, "security_definer_view") == ["public.rls_view"]


def test_view_privilege_bypass_foreign_table_splinter_0017(server, api, auditor):
    db = api
    db.execute("CREATE SCHEMA extensions")
    db.execute("CREATE EXTENSION postgres_fdw SCHEMA extensions")
    db.execute("CREATE SERVER foreign_server FOREIGN DATA WRAPPER postgres_fdw"
               " OPTIONS (host 'foreignhost', port '5432', dbname 'foreign_db')")
    db.execute("CREATE FOREIGN TABLE public.fdw_table (id integer, data text) SERVER foreign_server"
               " OPTIONS (table_name 'foreign_table')")
    rows = found(auditor, "view_privilege_bypass")
    assert [r["object_identity"] for r in rows] == ["public.fdw_table"]
    assert "REVOKE SELECT ON TABLE public.fdw_table FROM PUBLIC" in rows[0]["remediation"]
    fix(server, rows)
    assert found(auditor, "view_privilege_bypass") == []


# -- policy_trusts_session_setting: splinter 0015, and custom settings ----------------

def test_policy_trusts_session_setting(server, api, auditor):
    db = api
    db.execute('CREATE TABLE public.foo (id int PRIMARY KEY, user_id uuid, "Tenant" text)')
    db.execute("ALTER TABLE public.foo ENABLE ROW LEVEL SECURITY")
    db.execute(f"CREATE POLICY bad_policy_1 ON public.foo FOR SELECT TO {AUTHED}"
               " USING (((SELECT auth.jwt()) ->> 'user_metadata')::bool)")
    db.execute(f"CREATE POLICY bad_policy_2 ON public.foo FOR INSERT TO {AUTHED}"
               " WITH CHECK ((current_setting('request.jwt.claims', true)::json ->> 'user_metadata')::boolean)")
    db.execute('CREATE POLICY "Tenant ""pol""" ON public.foo AS RESTRICTIVE FOR UPDATE'
               " USING (user_id = auth.uid()) WITH CHECK (\"Tenant\" = current_setting('app.tenant'))")
    # Near misses: a claim that is not user_metadata, read through a function; a built-in setting.
    db.execute(f"CREATE POLICY ok_policy_1 ON public.foo FOR SELECT TO {AUTHED}"
               " USING (((SELECT auth.jwt()) ->> 'is_acessible')::bool)")
    db.execute("CREATE POLICY ok_policy_2 ON public.foo FOR DELETE"
               " USING (current_setting('TimeZone') = 'UTC' AND user_id = auth.uid())")
    rows = {r["object_identity"]: r for r in found(auditor, "policy_trusts_session_setting")}
    assert sorted(rows) == ['"Tenant ""pol""" on public.foo', "bad_policy_1 on public.foo",
                            "bad_policy_2 on public.foo"]
    assert rows['"Tenant ""pol""" on public.foo']["remediation"] == \
        'ALTER POLICY "Tenant ""pol""" ON public.foo WITH CHECK (false);'
    assert "custom setting" in rows["bad_policy_2 on public.foo"]["message"]
    fix(server, list(rows.values()))
    assert found(auditor, "policy_trusts_session_setting") == []


# -- extension_in_public: splinter 0014 --------------------------------------------

def test_extension_in_public(server, api, auditor):
    db = api
    assert found(auditor, "extension_in_public") == []
    db.execute(f"GRANT CREATE ON SCHEMA public TO {AUTHED}")
    db.execute("CREATE EXTENSION ltree SCHEMA public")
    # Near miss: a schema only its owner creates in.
    db.execute("CREATE SCHEMA extensions")
    db.execute("CREATE EXTENSION hstore SCHEMA extensions")
    rows = found(auditor, "extension_in_public")
    assert [r["object_identity"] for r in rows] == ["ltree"]
    assert AUTHED in rows[0]["message"]
    fix(server, rows)
    assert found(auditor, "extension_in_public") == []


# -- rls_policy_always_true: splinter 0024 ------------------------------------------

def test_rls_policy_always_true_splinter_0024(api, auditor):
    db = api
    db.execute("CREATE TABLE public.posts (id int PRIMARY KEY, user_id uuid, title text)")
    db.execute("ALTER TABLE public.posts ENABLE ROW LEVEL SECURITY")
    db.execute('CREATE ROLE "custom role"')
    reported = {
        "update_using_true": f"FOR UPDATE TO {AUTHED} USING (true)",
        "delete_using_true": f"FOR DELETE TO {AUTHED} USING (true)",
        "all_using_true": f"FOR ALL TO {AUTHED} USING (true)",
        "insert_with_check_true": f"FOR INSERT TO {AUTHED} WITH CHECK (true)",
        "insert_with_check_1eq1": f"FOR INSERT TO {AUTHED} WITH CHECK (1=1)",
        "update_with_check_true": f"FOR UPDATE TO {AUTHED} USING (user_id = auth.uid()) WITH CHECK (true)",
        "update_both_true": f"FOR UPDATE TO {AUTHED} USING (true) WITH CHECK (true)",
        "update_using_TRUE_spaces": f"FOR UPDATE TO {AUTHED} USING (  TRUE  )",
        "anon_update_true": f"FOR UPDATE TO {ANON} USING (true)",
        "public_update_true": "FOR UPDATE USING (true)",
    }
    safe = {
        "select_using_true": f"FOR SELECT TO {AUTHED} USING (true)",
        "restrictive_true": f"AS RESTRICTIVE FOR UPDATE TO {AUTHED} USING (true)",
        "custom_role_policy": 'FOR UPDATE TO "custom role" USING (true)',
        "proper_policy": f"FOR UPDATE TO {AUTHED} USING (user_id = auth.uid()) WITH CHECK (user_id = auth.uid())",
        "all_proper_using_no_with_check": f"FOR ALL TO {AUTHED} USING (user_id = auth.uid())",
        # Deliberate difference: splinter reports an INSERT policy without WITH CHECK; PostgreSQL
        # admits no row through a policy without a predicate.
        "insert_no_with_check": f"FOR INSERT TO {AUTHED}",
    }
    for name, body in {**reported, **safe}.items():
        db.execute(f'CREATE POLICY "{name}" ON public.posts {body}')
    # On a table without RLS, policy_exists_rls_disabled reports the table instead.
    db.execute("CREATE TABLE public.no_rls_table (id int PRIMARY KEY)")
    db.execute(f"CREATE POLICY no_rls_policy ON public.no_rls_table FOR UPDATE TO {AUTHED} USING (true)")
    got = {r["object_identity"] for r in found(auditor, "rls_policy_always_true")}
    assert got == {'%s on public.posts' % (n if n.islower() else '"%s"' % n) for n in reported}
    assert identities(auditor, "policy_exists_rls_disabled") == ["public.no_rls_table"]


# -- function_search_path_mutable for every routine (splinter 0011) ------------------

def test_function_search_path_mutable_every_routine_is_opt_in(server, api, auditor):
    db = api
    db.execute('CREATE FUNCTION public."Plain fn"() RETURNS int LANGUAGE plpgsql AS \'BEGIN RETURN 1; END\'')
    db.execute("CREATE PROCEDURE public.proc() LANGUAGE sql AS 'SELECT 1'")
    db.execute("CREATE FUNCTION public.pinned() RETURNS int LANGUAGE sql SET search_path = '' AS 'SELECT 1'")
    db.execute("CREATE FUNCTION public.atomic() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END")
    assert found(auditor, "function_search_path_mutable") == []
    db.execute("SELECT harden.configure('search_path_all_routines', 'on')")
    rows = found(auditor, "function_search_path_mutable")
    assert sorted((r["object_identity"], r["severity"]) for r in rows) == [
        ('public."Plain fn"()', "info"), ("public.proc()", "info")]
    fix(server, rows)
    assert found(auditor, "function_search_path_mutable") == []
    assert report(auditor, "security_definer_search_path") == []
