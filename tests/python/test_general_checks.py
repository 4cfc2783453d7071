"""The general checks (issue 5): PGD trigger and privilege rules, routine
safety, CIS privileges and roles, server settings, RLS lints.

Each check has a positive case (found, as the non-superuser auditor), a
negative case (a near miss that is not found) and a fixed case: the finding's
remediation, run as given through psql like a DBA would, makes it go away.
Object names carry quotes, spaces, upper case and unicode.
"""

import subprocess

import psycopg
import pytest

import pg_under_test
from conftest import PG_BINDIR, Server, report

from harden import audit
from harden.db import PsycopgDatabase

# A schema and table whose names need every kind of quoting.
S = '"Sales ""EU"" Ñandú"'
T = S + '."Ta ble"'
OWNER = '"Ow ner"'
READER = '"Rëad ""er"""'
READER_NAME = 'Rëad "er"'


def psql(server, sql, dbname=None):
    """Run SQL the way a DBA pastes a remediation into psql."""
    result = subprocess.run(
        [PG_BINDIR + "/psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", server.host, "-p", str(server.port),
         "-U", server.superuser, "-d", dbname or server.dbname],
        input=sql, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result


def found(conn, check):
    return report(conn, check)


def identities(conn, check):
    return sorted(r["object_identity"] for r in found(conn, check))


def fix(server, rows):
    assert rows, "nothing to fix"
    for r in rows:
        assert r["remediation"], r
        psql(server, r["remediation"])


@pytest.fixture(autouse=True)
def bypass_guard(db):
    """The scenarios build what the guard blocks; the superuser's session bypasses it."""
    db.execute("SET harden.bypass = on")


@pytest.fixture
def sales(db):
    """A schema and a table owned by a non-superuser, and a reader role."""
    db.execute(f"CREATE ROLE {OWNER} NOLOGIN")
    db.execute(f"CREATE ROLE {READER} LOGIN")
    db.execute(f"CREATE SCHEMA {S} AUTHORIZATION {OWNER}")
    db.execute(f'CREATE TABLE {T} (id int PRIMARY KEY, "Ré gion" text)')
    db.execute(f"ALTER TABLE {T} OWNER TO {OWNER}")
    db.execute(f"GRANT USAGE ON SCHEMA {S} TO {READER}")
    return db


# -- the clean database -------------------------------------------------------

def test_fresh_database_has_no_high_or_critical_finding(auditor):
    bad = [(r["check_name"], r["object_identity"]) for r in report(auditor)
           if r["severity"] in ("critical", "high")]
    assert bad == []


def test_every_general_check_is_in_the_catalogue(db):
    names = {r[0] for r in db.execute("SELECT name FROM harden.checks()")}
    assert GENERAL_CHECKS <= names


GENERAL_CHECKS = {
    "trigger_function_owner_mismatch", "trigger_privilege_granted", "references_privilege_granted",
    "grant_all_privileges", "function_search_path_mutable", "security_definer_search_path",
    "catalog_object_explicit_grant", "event_trigger_owner_not_superuser", "harden_guard_disabled",
    "security_definer_exposed_execute", "table_public_write", "schema_public_create",
    "superuser_login_roles", "role_excess_attributes", "password_encryption_md5", "role_md5_password",
    "connection_logging_disabled", "pgaudit_not_loaded", "policy_exists_rls_disabled",
    "rls_enabled_no_policy", "rls_policy_always_true", "security_definer_view",
    "materialized_view_rls_exposure", "exposed_table_without_rls", "view_privilege_bypass",
    "policy_trusts_session_setting", "extension_in_public",
}


# -- PGD rules ----------------------------------------------------------------

def test_trigger_function_owner_mismatch(server, sales, auditor):
    db = sales
    db.execute('CREATE ROLE "Fn ""Owner""" NOLOGIN')
    db.execute(f'CREATE FUNCTION {S}."trg fn"() RETURNS trigger LANGUAGE plpgsql'
               " SET search_path = pg_catalog AS 'BEGIN RETURN NEW; END'")
    db.execute(f'ALTER FUNCTION {S}."trg fn"() OWNER TO "Fn ""Owner"""')
    db.execute(f'CREATE TRIGGER "Tr ""g""" BEFORE INSERT ON {T} FOR EACH ROW EXECUTE FUNCTION {S}."trg fn"()')
    # Near misses: a SECURITY DEFINER function of another owner, the owner's own function.
    db.execute(f'CREATE FUNCTION {S}.sd_trg() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER'
               " SET search_path = pg_catalog, pg_temp AS 'BEGIN RETURN NEW; END'")
    db.execute(f'ALTER FUNCTION {S}.sd_trg() OWNER TO "Fn ""Owner"""')
    db.execute(f"CREATE TRIGGER sd BEFORE UPDATE ON {T} FOR EACH ROW EXECUTE FUNCTION {S}.sd_trg()")
    db.execute(f'CREATE FUNCTION {S}.own_trg() RETURNS trigger LANGUAGE plpgsql'
               " SET search_path = pg_catalog AS 'BEGIN RETURN NEW; END'")
    db.execute(f"ALTER FUNCTION {S}.own_trg() OWNER TO {OWNER}")
    db.execute(f"CREATE TRIGGER own BEFORE DELETE ON {T} FOR EACH ROW EXECUTE FUNCTION {S}.own_trg()")
    # A built-in trigger function is the server's code, not a grantee's.
    db.execute(f"CREATE TRIGGER builtin BEFORE UPDATE ON {T} FOR EACH ROW"
               " EXECUTE FUNCTION pg_catalog.suppress_redundant_updates_trigger()")

    rows = found(auditor, "trigger_function_owner_mismatch")
    assert [r["object_identity"] for r in rows] == [f'"Tr ""g""" on {T}']
    assert rows[0]["severity"] == "medium"
    assert rows[0]["remediation"] == f'ALTER FUNCTION {S}."trg fn"() OWNER TO {OWNER};'
    fix(server, rows)
    assert found(auditor, "trigger_function_owner_mismatch") == []


def test_trigger_privilege_granted(server, sales, auditor):
    db = sales
    db.execute(f"GRANT SELECT, TRIGGER ON {T} TO {READER}")
    db.execute(f"GRANT TRIGGER ON {T} TO PUBLIC")
    db.execute(f"GRANT SELECT ON {T} TO harden_auditor")  # near miss: no TRIGGER
    rows = found(auditor, "trigger_privilege_granted")
    assert sorted((r["object_identity"], r["message"].split(" holds")[0]) for r in rows) == \
        [(T, READER), (T, "PUBLIC")]
    fix(server, rows)
    assert found(auditor, "trigger_privilege_granted") == []
    # SELECT stays: the remediation revokes TRIGGER only.
    assert db.execute(f"SELECT has_table_privilege(%s, '{T}', 'SELECT')", [READER_NAME]).fetchone()[0]


def test_privilege_granted_by_a_non_owner_is_revoked_as_that_grantor(server, sales, auditor):
    db = sales
    db.execute('CREATE ROLE "Dé puty" NOLOGIN')
    db.execute(f'GRANT USAGE ON SCHEMA {S} TO "Dé puty"')
    db.execute(f'GRANT SELECT, TRIGGER ON {T} TO "Dé puty" WITH GRANT OPTION')
    db.execute('SET ROLE "Dé puty"')
    db.execute(f"GRANT TRIGGER ON {T} TO {READER}")
    db.execute("RESET ROLE")
    rows = found(auditor, "trigger_privilege_granted")
    by_grantee = {r["message"].split(" holds")[0]: r for r in rows}
    assert set(by_grantee) == {'"Dé puty"', READER}
    assert by_grantee[READER]["remediation"] == \
        f'SET ROLE "Dé puty"; REVOKE TRIGGER ON TABLE {T} FROM {READER}; RESET ROLE;'
    assert by_grantee['"Dé puty"']["remediation"].endswith("CASCADE;")
    fix(server, [by_grantee[READER]])
    assert [r["message"].split(" holds")[0] for r in found(auditor, "trigger_privilege_granted")] == ['"Dé puty"']
    fix(server, found(auditor, "trigger_privilege_granted"))
    assert found(auditor, "trigger_privilege_granted") == []


def test_references_privilege_granted_table_and_column(server, sales, auditor):
    db = sales
    db.execute('CREATE ROLE "Réf ""erer""" NOLOGIN')
    db.execute(f'GRANT REFERENCES ("Ré gion") ON {T} TO "Réf ""erer"""')
    db.execute(f"GRANT REFERENCES ON {T} TO {READER}")
    rows = found(auditor, "references_privilege_granted")
    messages = sorted(r["message"] for r in rows)
    assert messages == sorted([
        f'"Réf ""erer""" holds the REFERENCES privilege on column(s) "Ré gion" of table {T}',
        f"{READER} holds the REFERENCES privilege on table {T}",
    ])
    assert all(r["severity"] == "low" for r in rows)
    fix(server, rows)
    assert found(auditor, "references_privilege_granted") == []


def test_grant_all_privileges(server, sales, auditor):
    db = sales
    db.execute(f"GRANT ALL ON {T} TO {READER}")
    db.execute('CREATE ROLE "Ex plicit" NOLOGIN')
    db.execute(f'GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON {T} TO "Ex plicit"')  # PGD's advice
    rows = found(auditor, "grant_all_privileges")
    assert [(r["object_identity"], r["message"].split(" holds")[0]) for r in rows] == [(T, READER)]
    # One GRANT ALL is one finding: TRIGGER and REFERENCES are not reported again.
    assert found(auditor, "trigger_privilege_granted") == []
    assert found(auditor, "references_privilege_granted") == []
    fix(server, rows)
    assert found(auditor, "grant_all_privileges") == []
    assert found(auditor, "trigger_privilege_granted") == []
    assert db.execute(f"SELECT has_table_privilege(%s, '{T}', 'INSERT')", [READER_NAME]).fetchone()[0]


def test_grant_all_privileges_split_between_global_and_schema_default_privileges(server, sales, auditor):
    """A new table in a schema takes the role's default privileges for every
    schema and those for that schema together: split between the two, they
    give every privilege though neither row alone does."""
    db = sales
    every = "SELECT, INSERT, UPDATE, DELETE, TRUNCATE" + (", MAINTAIN" if pg_under_test.VERSION >= 17 else "")
    db.execute(f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER} GRANT TRIGGER ON TABLES TO {READER}")
    db.execute(f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER} IN SCHEMA {S} GRANT {every} ON TABLES TO {READER}")
    assert found(auditor, "grant_all_privileges") == []  # REFERENCES is missing
    db.execute(f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER} IN SCHEMA {S} GRANT REFERENCES ON TABLES TO {READER}")
    rows = found(auditor, "grant_all_privileges")
    assert [r["object_type"] for r in rows] == ["default acl"]
    assert "together with those for every schema" in rows[0]["message"]
    assert rows[0]["remediation"] == (
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER} REVOKE TRIGGER ON TABLES FROM {READER}; "
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER} IN SCHEMA {S} REVOKE REFERENCES ON TABLES FROM {READER};")
    # What a new table gets is what the check says.
    db.execute(f"SET ROLE {OWNER}")
    db.execute(f'CREATE TABLE {S}."Ne w" (id int)')
    db.execute("RESET ROLE")
    assert {r["object_identity"] for r in found(auditor, "grant_all_privileges")} == \
        {rows[0]["object_identity"], S + '."Ne w"'}
    db.execute(f'DROP TABLE {S}."Ne w"')
    fix(server, rows)
    assert found(auditor, "grant_all_privileges") == []
    assert db.execute("SELECT count(*) FROM pg_default_acl").fetchone()[0] == 1


def test_function_search_path_mutable(server, sales, auditor):
    db = sales
    db.execute(f'CREATE FUNCTION {S}."Trg fn"() RETURNS trigger LANGUAGE plpgsql AS \'BEGIN RETURN NEW; END\'')
    db.execute(f'CREATE TRIGGER t1 BEFORE INSERT ON {T} FOR EACH ROW EXECUTE FUNCTION {S}."Trg fn"()')
    db.execute(f'CREATE FUNCTION {S}."is pos"(int) RETURNS boolean LANGUAGE sql IMMUTABLE AS \'SELECT $1 > 0\'')
    db.execute(f'CREATE INDEX ON {T} (id) WHERE {S}."is pos"(id)')
    db.execute(f'CREATE FUNCTION {S}.norm(text) RETURNS text LANGUAGE sql IMMUTABLE AS \'SELECT lower($1)\'')
    db.execute(f'ALTER TABLE {T} ADD CONSTRAINT "Ré gion ok" CHECK ({S}.norm("Ré gion") <> \'\')')
    # Near misses: pinned, BEGIN ATOMIC, unused, and a SECURITY DEFINER trigger
    # function (security_definer_search_path reports that one).
    db.execute(f"CREATE FUNCTION {S}.pinned(int) RETURNS boolean LANGUAGE sql IMMUTABLE"
               " SET search_path = pg_catalog AS 'SELECT $1 < 100'")
    db.execute(f"ALTER TABLE {T} ADD CHECK ({S}.pinned(id))")
    db.execute(f"CREATE FUNCTION {S}.atomic(int) RETURNS boolean LANGUAGE sql IMMUTABLE"
               " BEGIN ATOMIC SELECT $1 <> 7; END")
    db.execute(f"ALTER TABLE {T} ADD CHECK ({S}.atomic(id))")
    db.execute(f"CREATE FUNCTION {S}.unused() RETURNS int LANGUAGE sql AS 'SELECT 1'")
    db.execute(f"CREATE FUNCTION {S}.sd_trg() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
               " AS 'BEGIN RETURN NEW; END'")
    db.execute(f"CREATE TRIGGER t2 BEFORE UPDATE ON {T} FOR EACH ROW EXECUTE FUNCTION {S}.sd_trg()")

    rows = found(auditor, "function_search_path_mutable")
    assert sorted(r["object_identity"] for r in rows) == sorted(
        [f'{S}."Trg fn"()', f'{S}."is pos"(integer)', f"{S}.norm(pg_catalog.text)"])
    messages = " ".join(r["message"] for r in rows)
    assert f"trigger t1 on {T}" in messages and '"Ré gion ok"' in messages and "index " in messages
    assert f"{S}.sd_trg()" in identities(auditor, "security_definer_search_path")
    fix(server, rows)
    assert found(auditor, "function_search_path_mutable") == []
    db.execute(f"INSERT INTO {T} VALUES (1, 'x')")  # the pinned functions still work


def test_security_definer_search_path(server, sales, auditor):
    db = sales
    db.execute('CREATE ROLE "Plan ter" NOLOGIN')
    db.execute('CREATE SCHEMA "Open Sch"')
    db.execute('GRANT CREATE ON SCHEMA "Open Sch" TO "Plan ter"')
    cases = {
        "un pinned": "",
        "with public": "SET search_path = public, pg_temp",
        "with user": "SET search_path = \"$user\", pg_catalog",
        "with open": f"SET search_path = {S}, \"Open Sch\", pg_temp",
        "temp first": f"SET search_path = pg_temp, {S}",
    }
    for name, setting in cases.items():
        db.execute(f'CREATE FUNCTION {S}."{name}"() RETURNS int LANGUAGE sql SECURITY DEFINER {setting}'
                   " AS 'SELECT 1'")
    # Near misses: a safe pin, a pin on a schema only the owner can create in,
    # a SECURITY INVOKER function without a pin.
    db.execute(f"CREATE FUNCTION {S}.safe() RETURNS int LANGUAGE sql SECURITY DEFINER"
               " SET search_path = pg_catalog, pg_temp AS 'SELECT 1'")
    db.execute(f"CREATE FUNCTION {S}.own_schema() RETURNS int LANGUAGE sql SECURITY DEFINER"
               f" SET search_path = {S}, pg_temp AS 'SELECT 1'")
    db.execute(f"ALTER FUNCTION {S}.own_schema() OWNER TO {OWNER}")
    db.execute(f"CREATE FUNCTION {S}.invoker() RETURNS int LANGUAGE sql AS 'SELECT 1'")

    rows = {r["object_identity"]: r for r in found(auditor, "security_definer_search_path")}
    assert sorted(rows) == sorted(f'{S}."{n}"()' for n in cases)
    assert "pins no search_path" in rows[f'{S}."un pinned"()']["message"]
    assert "includes public" in rows[f'{S}."with public"()']["message"]
    assert 'includes "$user"' in rows[f'{S}."with user"()']["message"]
    assert f'"Open Sch", where "Plan ter" can create objects' in rows[f'{S}."with open"()']["message"]
    # The superuser-owned routine may not trust the schema owned by "Ow ner".
    assert f'schema {S}, where {OWNER} can create objects' in rows[f'{S}."with open"()']["message"]
    assert f"lists pg_temp before {S}" in rows[f'{S}."temp first"()']["message"]
    assert all(r["severity"] == "high" for r in rows.values())
    fix(server, list(rows.values()))
    assert found(auditor, "security_definer_search_path") == []


def test_security_definer_search_path_missing_schema(server, sales, auditor):
    db = sales
    db.execute(f"CREATE FUNCTION {S}.ghost() RETURNS int LANGUAGE sql SECURITY DEFINER"
               " SET search_path = \"Not Yet\", pg_catalog, pg_temp AS 'SELECT 1'")
    assert found(auditor, "security_definer_search_path") == []  # only superusers can create schemas
    db.execute(f"GRANT CREATE ON DATABASE {server.dbname} TO {READER}")
    rows = found(auditor, "security_definer_search_path")
    assert len(rows) == 1 and f'"Not Yet", which does not exist and {READER} can create' in rows[0]["message"]
    fix(server, rows)
    assert found(auditor, "security_definer_search_path") == []


def test_catalog_object_explicit_grant(server, sales, auditor):
    db = sales
    db.execute(f"GRANT SELECT ON harden.config TO {READER}")
    db.execute(f'GRANT UPDATE ("value") ON harden.config TO {READER}')
    db.execute("GRANT EXECUTE ON FUNCTION harden.audit_report(boolean) TO PUBLIC")
    db.execute(f"GRANT USAGE ON SCHEMA harden TO {READER}")
    # Another extension's member: plpgsql's validator lives in pg_catalog.
    db.execute(f"GRANT EXECUTE ON FUNCTION pg_catalog.plpgsql_validator(oid) TO {READER}")
    # Near misses: the extension's own roles, and roles named after the extension.
    db.execute('CREATE ROLE "harden_Réports" NOLOGIN')
    db.execute('GRANT SELECT ON harden.config TO "harden_Réports"')
    db.execute("CREATE ROLE plpgsql_users NOLOGIN")
    db.execute("GRANT EXECUTE ON FUNCTION pg_catalog.plpgsql_validator(oid) TO plpgsql_users")
    db.execute(f"GRANT harden_auditor TO {READER}")  # membership is the right way

    rows = found(auditor, "catalog_object_explicit_grant")
    got = sorted((r["object_identity"], r["message"].split(" holds")[0]) for r in rows)
    assert got == sorted([
        ("harden", READER), ("harden.audit_report(boolean)", "PUBLIC"), ("harden.config", READER),
        ("harden.config.value", READER), ("pg_catalog.plpgsql_validator(pg_catalog.oid)", READER)])
    assert "extension plpgsql" in next(r["message"] for r in rows if "plpgsql" in r["object_identity"])
    fix(server, rows)
    assert found(auditor, "catalog_object_explicit_grant") == []


def test_catalog_object_explicit_grant_ignores_initial_privileges(auditor):
    assert found(auditor, "catalog_object_explicit_grant") == []


def test_event_trigger_owner_not_superuser(server, sales, auditor):
    db = sales
    db.execute(f'CREATE FUNCTION {S}."Évt fn"() RETURNS event_trigger LANGUAGE plpgsql'
               " SET search_path = pg_catalog AS 'BEGIN END'")
    db.execute(f'CREATE EVENT TRIGGER "Évt ""trg""" ON ddl_command_end EXECUTE FUNCTION {S}."Évt fn"()')
    assert found(auditor, "event_trigger_owner_not_superuser") == []  # superuser-owned function
    db.execute(f'ALTER FUNCTION {S}."Évt fn"() OWNER TO {OWNER}')
    db.execute('ALTER EVENT TRIGGER "Évt ""trg""" DISABLE')
    rows = found(auditor, "event_trigger_owner_not_superuser")
    assert [(r["object_identity"], r["severity"]) for r in rows] == [('"Évt ""trg"""', "critical")]
    assert "(disabled)" in rows[0]["message"]
    fix(server, rows)
    assert found(auditor, "event_trigger_owner_not_superuser") == []


# -- privileges and roles (CIS) ---------------------------------------------------

def test_security_definer_exposed_execute(server, sales, auditor):
    db = sales
    db.execute(f'CREATE FUNCTION {S}."Sé cret"(int) RETURNS int LANGUAGE sql SECURITY DEFINER'
               " SET search_path = pg_catalog, pg_temp AS 'SELECT $1'")
    db.execute(f"CREATE PROCEDURE {S}.proc() LANGUAGE sql SECURITY DEFINER"
               " SET search_path = pg_catalog, pg_temp AS 'SELECT 1'")
    # Near misses: revoked, SECURITY INVOKER, a trigger function.
    db.execute(f"CREATE FUNCTION {S}.closed() RETURNS int LANGUAGE sql SECURITY DEFINER"
               " SET search_path = pg_catalog, pg_temp AS 'SELECT 1'")
    db.execute(f"REVOKE EXECUTE ON FUNCTION {S}.closed() FROM PUBLIC")
    db.execute(f"CREATE FUNCTION {S}.invoker() RETURNS int LANGUAGE sql AS 'SELECT 1'")
    db.execute(f"CREATE FUNCTION {S}.trg() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
               " SET search_path = pg_catalog, pg_temp AS 'BEGIN RETURN NEW; END'")
    rows = found(auditor, "security_definer_exposed_execute")
    assert sorted(r["object_identity"] for r in rows) == sorted([f'{S}."Sé cret"(integer)', f"{S}.proc()"])
    fix(server, rows)
    assert found(auditor, "security_definer_exposed_execute") == []


def test_table_public_write(server, sales, auditor):
    db = sales
    db.execute(f"GRANT INSERT, DELETE ON {T} TO PUBLIC")
    db.execute(f'CREATE TABLE {S}."Col umn" (a int, "Bé" int)')
    db.execute(f'GRANT UPDATE ("Bé") ON {S}."Col umn" TO PUBLIC')
    db.execute(f"CREATE TABLE {S}.readable (a int)")
    db.execute(f"GRANT SELECT ON {S}.readable TO PUBLIC")  # near miss: reading only
    rows = found(auditor, "table_public_write")
    assert sorted((r["object_identity"], r["severity"]) for r in rows) == \
        sorted([(T, "high"), (f'{S}."Col umn"', "high")])
    fix(server, rows)
    assert found(auditor, "table_public_write") == []


def test_schema_public_create(server, sales, auditor):
    assert found(auditor, "schema_public_create") == []  # PostgreSQL 15's public schema
    sales.execute(f"GRANT CREATE ON SCHEMA {S} TO PUBLIC")
    sales.execute(f"GRANT CREATE ON SCHEMA {S} TO {READER}")  # near miss: one role, not PUBLIC
    rows = found(auditor, "schema_public_create")
    assert [(r["object_identity"], r["severity"]) for r in rows] == [(S, "high")]
    fix(server, rows)
    assert found(auditor, "schema_public_create") == []


def test_superuser_login_roles(server, db, auditor):
    db.execute('CREATE ROLE "Sü ""per""" SUPERUSER NOLOGIN')  # near miss: cannot log in
    assert found(auditor, "superuser_login_roles") == []
    db.execute('CREATE ROLE "Sü per 2" SUPERUSER LOGIN')
    rows = found(auditor, "superuser_login_roles")
    assert [r["object_identity"] for r in rows] == ['"Sü per 2"']
    fix(server, rows)
    assert found(auditor, "superuser_login_roles") == []


def test_role_excess_attributes(server, db, auditor):
    db.execute('CREATE ROLE "Crë ""ator""" LOGIN CREATEDB CREATEROLE')
    db.execute('CREATE ROLE "Rep lica" LOGIN REPLICATION BYPASSRLS')
    db.execute('CREATE ROLE "No login" NOLOGIN CREATEDB')  # near miss
    rows = {r["object_identity"]: r for r in found(auditor, "role_excess_attributes")}
    assert sorted(rows) == ['"Crë ""ator"""', '"Rep lica"']
    assert "CREATEROLE, CREATEDB" in rows['"Crë ""ator"""']["message"]
    # A configured exception is not reported.
    db.execute("SELECT harden.configure('role_attribute_exceptions', 'Rep lica')")
    assert identities(auditor, "role_excess_attributes") == ['"Crë ""ator"""']
    fix(server, [rows['"Crë ""ator"""']])
    assert found(auditor, "role_excess_attributes") == []
    db.execute("SELECT harden.configure('role_attribute_exceptions', NULL)")
    fix(server, found(auditor, "role_excess_attributes"))
    assert found(auditor, "role_excess_attributes") == []


def test_password_encryption_md5_database_and_role_settings(server, db, auditor):
    assert found(auditor, "password_encryption_md5") == []
    auditor.execute("SET password_encryption = 'md5'")  # a session's own value is not the server's
    assert found(auditor, "password_encryption_md5") == []
    db.execute(f'ALTER DATABASE "{server.dbname}" SET password_encryption = md5')
    db.execute('CREATE ROLE "Lé gacy" LOGIN')
    db.execute('ALTER ROLE "Lé gacy" SET password_encryption = md5')
    auditor.execute("SET password_encryption = 'scram-sha-256'")  # cannot hide them either
    rows = {r["object_type"]: r for r in found(auditor, "password_encryption_md5")}
    assert sorted(rows) == ["role", "setting"]
    assert rows["setting"]["object_identity"] == "password_encryption"
    assert rows["role"]["object_identity"] == '"Lé gacy"'
    fix(server, list(rows.values()))
    assert found(auditor, "password_encryption_md5") == []


def test_role_md5_password(server, db, auditor):
    db.execute("SET password_encryption = 'scram-sha-256'")
    db.execute("CREATE ROLE \"Mö dern\" LOGIN PASSWORD 'x'")  # near miss
    db.execute("SET password_encryption = 'md5'")
    db.execute('CREATE ROLE "Lé ""gacy""" LOGIN PASSWORD \'secret\'')
    rows = found(auditor, "role_md5_password")
    assert [(r["object_identity"], r["remediation"]) for r in rows] == [('"Lé ""gacy"""', None)]
    # The fix needs the password: set it again with SCRAM.
    db.execute("SET password_encryption = 'scram-sha-256'")
    db.execute('ALTER ROLE "Lé ""gacy""" PASSWORD \'secret\'')
    assert found(auditor, "role_md5_password") == []


def test_role_md5_password_says_when_it_cannot_read_pg_authid(auditor):
    """Outside the SECURITY DEFINER report, a non-superuser cannot read pg_authid."""
    rows = [r for r in audit.report(PsycopgDatabase(auditor))
            if "role_md5_password" in (r["check_name"], r["object_identity"])]
    assert [(r["check_name"], r["severity"], r["object_identity"]) for r in rows] == [
        ("insufficient_privilege", "info", "role_md5_password")]
    assert "cannot read pg_catalog.pg_authid" in rows[0]["message"]


def test_server_setting_checks_on_the_default_cluster(auditor):
    """The test cluster runs with PostgreSQL's defaults: connections unlogged, no pgaudit."""
    assert identities(auditor, "connection_logging_disabled") == ["log_connections", "log_disconnections"]
    rows = found(auditor, "pgaudit_not_loaded")
    assert [(r["object_identity"], r["severity"]) for r in rows] == [("shared_preload_libraries", "low")]
    assert "pgaudit" in rows[0]["remediation"]


# A cluster of its own for ALTER SYSTEM and restarts, started only when a test asks.
settings_proc = pg_under_test.cluster_fixture("harden_settings")


def maintenance(proc):
    return psycopg.connect(host=proc.host, port=proc.port, user=proc.user, dbname="postgres", autocommit=True)


@pytest.fixture
def cluster(settings_proc):
    """(Server, auditor connection) on the settings cluster; ALTER SYSTEM is undone after the test."""
    with maintenance(settings_proc) as admin:
        admin.execute("DROP DATABASE IF EXISTS settings_db")
        admin.execute("CREATE DATABASE settings_db")
    srv = Server(settings_proc, "settings_db")
    srv.connect().execute("CREATE EXTENSION harden CASCADE")
    with maintenance(settings_proc) as admin:
        admin.execute('DROP ROLE IF EXISTS "aud itor"')
        admin.execute('CREATE ROLE "aud itor" LOGIN IN ROLE harden_auditor')
    yield srv, srv.connect(user="aud itor")
    srv.close_all()
    with maintenance(settings_proc) as admin:
        admin.execute("ALTER SYSTEM RESET ALL")
        admin.execute("SELECT pg_reload_conf()")
        restart_needed = admin.execute("SELECT current_setting('shared_preload_libraries') <> ''").fetchone()[0]
        admin.execute("DROP DATABASE settings_db")
        admin.execute('DROP ROLE "aud itor"')
    if restart_needed:
        restart(settings_proc)


def restart(proc):
    proc.stop()
    proc.start()


def test_connection_logging_disabled_fixed_by_alter_system(cluster):
    srv, auditor = cluster
    rows = found(auditor, "connection_logging_disabled")
    assert sorted(r["object_identity"] for r in rows) == ["log_connections", "log_disconnections"]
    assert all("built-in default" in r["message"] for r in rows)
    fix(srv, rows)
    assert found(auditor, "connection_logging_disabled") == []


def test_password_encryption_md5_in_the_configuration_file(cluster):
    srv, auditor = cluster
    assert found(auditor, "password_encryption_md5") == []
    psql(srv, "ALTER SYSTEM SET password_encryption = md5")
    rows = found(auditor, "password_encryption_md5")
    assert [r["object_identity"] for r in rows] == ["password_encryption"]
    assert "postgresql.auto.conf" in rows[0]["message"]
    fix(srv, rows)
    assert found(auditor, "password_encryption_md5") == []


def test_pgaudit_not_loaded_until_restart(cluster, settings_proc):
    srv, auditor = cluster
    rows = found(auditor, "pgaudit_not_loaded")
    assert len(rows) == 1
    fix(srv, rows)
    # Configured, not loaded: the finding stays and says a restart is due.
    rows = found(auditor, "pgaudit_not_loaded")
    assert len(rows) == 1 and "not been restarted" in rows[0]["message"] and rows[0]["remediation"] is None
    srv.close_all()
    restart(settings_proc)
    auditor = srv.connect(user="aud itor")
    assert found(auditor, "pgaudit_not_loaded") == []
    srv.connect().execute("CREATE EXTENSION pgaudit")


# -- RLS lints ------------------------------------------------------------------

def test_policy_exists_rls_disabled(server, sales, auditor):
    db = sales
    db.execute(f'CREATE POLICY "Pö ""l""" ON {T} FOR SELECT USING ("Ré gion" = current_user)')
    db.execute(f'CREATE TABLE {S}.enabled (a int)')
    db.execute(f"ALTER TABLE {S}.enabled ENABLE ROW LEVEL SECURITY")
    db.execute(f"CREATE POLICY p ON {S}.enabled USING (a > 0)")  # near miss: enabled
    rows = found(auditor, "policy_exists_rls_disabled")
    assert [(r["object_identity"], r["severity"]) for r in rows] == [(T, "high")]
    fix(server, rows)
    assert found(auditor, "policy_exists_rls_disabled") == []


def test_rls_enabled_no_policy(server, sales, auditor):
    db = sales
    db.execute(f"ALTER TABLE {T} ENABLE ROW LEVEL SECURITY")
    db.execute(f"CREATE TABLE {S}.with_policy (a int)")
    db.execute(f"ALTER TABLE {S}.with_policy ENABLE ROW LEVEL SECURITY")
    db.execute(f"CREATE POLICY p ON {S}.with_policy USING (a > 0)")  # near miss
    rows = found(auditor, "rls_enabled_no_policy")
    assert [(r["object_identity"], r["severity"]) for r in rows] == [(T, "info")]
    fix(server, rows)
    assert found(auditor, "rls_enabled_no_policy") == []


def test_rls_policy_always_true(server, sales, auditor):
    db = sales
    db.execute("SELECT harden.configure('exposed_roles', %s)", ["PUBLIC, " + READER_NAME])
    db.execute('CREATE ROLE "In ternal"')
    db.execute(f"ALTER TABLE {T} ENABLE ROW LEVEL SECURITY")
    db.execute(f'CREATE POLICY "Wr ""ite""" ON {T} FOR UPDATE TO {READER} USING (true) WITH CHECK (id > 0)')
    db.execute(f"CREATE POLICY ins ON {T} FOR INSERT WITH CHECK (true)")
    # Constant but not the literal true.
    db.execute(f"CREATE POLICY one ON {T} FOR INSERT TO {READER} WITH CHECK (1 = 1)")
    db.execute(f"CREATE POLICY notfalse ON {T} FOR DELETE USING (NOT false AND 'a'::text = 'a')")
    db.execute(f"CREATE POLICY allc ON {T} FOR ALL TO {READER} USING (id > 0) WITH CHECK (2 > 1 OR NULL)")
    # Near misses: SELECT shows everything by choice; restrictive true restricts nothing; a real predicate;
    # constant false; session-dependent or stable calls; a role that is not exposed; an error.
    db.execute(f"CREATE POLICY sel ON {T} FOR SELECT USING (true)")
    db.execute(f"CREATE POLICY res ON {T} AS RESTRICTIVE FOR DELETE USING (true)")
    db.execute(f"CREATE POLICY del ON {T} FOR DELETE USING (id > 10)")
    db.execute(f"CREATE POLICY nope ON {T} FOR DELETE USING (1 = 2)")
    db.execute(f"CREATE POLICY who ON {T} FOR UPDATE USING (current_user = current_user)")
    db.execute(f"CREATE POLICY clock ON {T} FOR UPDATE USING (now() IS NOT NULL)")
    db.execute(f"CREATE POLICY sub ON {T} FOR UPDATE USING ((SELECT true))")
    db.execute(f'CREATE POLICY inside ON {T} FOR UPDATE TO "In ternal" USING (true)')
    db.execute(f"CREATE POLICY boom ON {T} FOR DELETE USING (1 / 0 = 0)")
    rows = {r["object_identity"]: r for r in found(auditor, "rls_policy_always_true")}
    assert sorted(rows) == sorted(f"{p} on {T}" for p in ('"Wr ""ite"""', "ins", "one", "notfalse", "allc"))
    assert READER in rows[f'"Wr ""ite""" on {T}']["message"]
    assert "USING (true)" in rows[f'"Wr ""ite""" on {T}']["message"]
    assert "WITH CHECK (true)" in rows[f"ins on {T}"]["message"]
    assert "WITH CHECK ((1 = 1))" in rows[f"one on {T}"]["message"]
    assert "USING" not in rows[f"allc on {T}"]["message"]
    fix(server, list(rows.values()))
    assert found(auditor, "rls_policy_always_true") == []


def test_rls_policy_always_true_leaves_rls_disabled_to_policy_exists_rls_disabled(sales, auditor):
    """One hole, one finding: a policy on a table with RLS off applies to no one."""
    sales.execute(f"CREATE POLICY ins ON {T} FOR INSERT WITH CHECK (true)")
    assert found(auditor, "rls_policy_always_true") == []
    assert identities(auditor, "policy_exists_rls_disabled") == [T]


@pytest.fixture
def rls_source(sales):
    """An RLS-protected table readable by its owner's policies only."""
    db = sales
    db.execute(f"ALTER TABLE {T} ENABLE ROW LEVEL SECURITY")
    db.execute(f'CREATE POLICY mine ON {T} FOR SELECT USING ("Ré gion" = current_user)')
    db.execute(f"GRANT SELECT ON {T} TO {READER}")
    return db


def test_security_definer_view(server, rls_source, auditor):
    db = rls_source
    db.execute(f'CREATE VIEW {S}."Vi ew" AS SELECT * FROM {T}')
    db.execute(f'CREATE VIEW {S}."Over ""view""" AS SELECT id FROM {S}."Vi ew"')
    db.execute(f"CREATE VIEW {S}.invoker WITH (security_invoker = on) AS SELECT * FROM {T}")
    db.execute(f"GRANT SELECT ON {S}.invoker TO {READER}")
    db.execute(f"CREATE VIEW {S}.owner_only AS SELECT * FROM {T}")  # no one else can select it
    db.execute('CREATE ROLE "By pass" BYPASSRLS')
    db.execute(f'CREATE VIEW {S}.bypass_only AS SELECT * FROM {T}')
    db.execute(f'GRANT SELECT ON {S}.bypass_only TO "By pass"')
    db.execute(f'CREATE TABLE {S}.plain (a int)')
    db.execute(f'CREATE VIEW {S}.over_plain AS SELECT * FROM {S}.plain')
    db.execute(f"GRANT SELECT ON {S}.over_plain TO PUBLIC")
    assert found(auditor, "security_definer_view") == []

    db.execute(f'GRANT SELECT ON {S}."Vi ew" TO PUBLIC')
    db.execute(f'GRANT SELECT ("id") ON {S}."Over ""view""" TO {READER}')  # a column grant reads too
    rows = {r["object_identity"]: r for r in found(auditor, "security_definer_view")}
    assert sorted(rows) == sorted([f'{S}."Vi ew"', f'{S}."Over ""view"""'])
    assert READER in rows[f'{S}."Over ""view"""']["message"]
    assert all(r["severity"] == "high" for r in rows.values())
    fix(server, list(rows.values()))
    assert found(auditor, "security_definer_view") == []


def test_materialized_view_rls_exposure(server, rls_source, auditor):
    db = rls_source
    db.execute(f'CREATE MATERIALIZED VIEW {S}."M ""v""" AS SELECT * FROM {T}')
    db.execute(f'GRANT SELECT ON {S}."M ""v""" TO {READER}, PUBLIC')
    db.execute(f'CREATE VIEW {S}.inner_view AS SELECT * FROM {T}')
    db.execute(f'CREATE MATERIALIZED VIEW {S}.through AS SELECT * FROM {S}.inner_view')
    db.execute(f'GRANT SELECT ("id") ON {S}.through TO {READER}')
    db.execute(f"CREATE MATERIALIZED VIEW {S}.private AS SELECT * FROM {T}")  # near miss: owner only
    db.execute(f'CREATE TABLE {S}.plain (a int)')
    db.execute(f'CREATE MATERIALIZED VIEW {S}.over_plain AS SELECT * FROM {S}.plain')
    db.execute(f"GRANT SELECT ON {S}.over_plain TO PUBLIC")  # near miss: no RLS underneath
    rows = found(auditor, "materialized_view_rls_exposure")
    assert sorted((r["object_identity"], r["severity"]) for r in rows) == \
        sorted([(f'{S}."M ""v"""', "high"), (f"{S}.through", "high")])
    fix(server, rows)
    assert found(auditor, "materialized_view_rls_exposure") == []
    assert db.execute(f"SELECT has_table_privilege(%s, '{S}.over_plain', 'SELECT')", [READER_NAME]).fetchone()[0]


def test_rls_readers_member_of_the_owner_is_not_subject(rls_source, auditor):
    """A role inheriting the owner's privileges bypasses RLS like the owner."""
    db = rls_source
    db.execute(f"REVOKE SELECT ON {T} FROM {READER}")
    db.execute(f'CREATE MATERIALIZED VIEW {S}.mv AS SELECT * FROM {T}')
    db.execute(f"ALTER MATERIALIZED VIEW {S}.mv OWNER TO {OWNER}")
    db.execute('CREATE ROLE "Own er member" LOGIN')
    db.execute(f'GRANT {OWNER} TO "Own er member"')
    assert found(auditor, "materialized_view_rls_exposure") == []
    db.execute(f"GRANT SELECT ON {S}.mv TO {READER}")
    assert identities(auditor, "materialized_view_rls_exposure") == [f"{S}.mv"]


def test_rls_readers_follow_inherited_memberships(rls_source, auditor):
    """A BYPASSRLS group is no reader itself; a member that inherits from it is."""
    db = rls_source
    db.execute(f"REVOKE SELECT ON {T} FROM {READER}")
    db.execute(f"CREATE MATERIALIZED VIEW {S}.mv AS SELECT * FROM {T}")
    db.execute('CREATE ROLE "Grö up" NOLOGIN BYPASSRLS')
    db.execute(f'GRANT SELECT ON {S}.mv TO "Grö up"')
    db.execute('CREATE ROLE "No inherit" LOGIN NOINHERIT IN ROLE "Grö up"')
    assert found(auditor, "materialized_view_rls_exposure") == []
    db.execute('CREATE ROLE "Mid dle" NOLOGIN IN ROLE "Grö up"')
    db.execute('CREATE ROLE "In herit" LOGIN IN ROLE "Mid dle"')
    rows = found(auditor, "materialized_view_rls_exposure")
    assert [r["object_identity"] for r in rows] == [f"{S}.mv"]
    assert '"In herit"' in rows[0]["message"] or '"Mid dle"' in rows[0]["message"]


# -- scope ----------------------------------------------------------------------

def test_general_checks_leave_extension_members_alone(db, auditor):
    """harden's own SECURITY DEFINER functions and tables are extension members."""
    names = GENERAL_CHECKS - {"catalog_object_explicit_grant", "connection_logging_disabled",
                              "pgaudit_not_loaded", "harden_guard_disabled"}
    rows = [r for r in report(auditor) if r["check_name"] in names]
    assert [r for r in rows if r["object_identity"].startswith("harden")] == []


def test_a_session_setting_cannot_change_what_is_found(server, sales, auditor):
    sales.execute(f"GRANT INSERT ON {T} TO PUBLIC")
    before = [r["fingerprint"] for r in report(auditor)]
    auditor.execute(f"SET search_path = {S}, public")
    auditor.execute("SET row_security = off")
    assert [r["fingerprint"] for r in report(auditor)] == before


def test_pg_trickle_objects_are_left_to_the_pg_trickle_checks(db, auditor):
    """One hole, one finding: what a pg_trickle check reports, the general checks do not."""
    from conftest import load_fixture
    load_fixture(db, "pgtrickle.sql")
    load_fixture(db, "pgtrickle_demo.sql")
    db.execute("GRANT INSERT ON public.order_totals TO PUBLIC")
    db.execute("ALTER TABLE public.order_totals ENABLE ROW LEVEL SECURITY")
    cdc = db.execute("SELECT p.oid::regprocedure::text FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid"
                     " WHERE t.tgname LIKE 'pg\\_trickle\\_cdc\\_ins\\_%' LIMIT 1").fetchone()[0]
    db.execute(f"ALTER FUNCTION {cdc} SET search_path = public, pg_temp")
    db.execute("CREATE FUNCTION pgtrickle.\"Sé c\"() RETURNS int LANGUAGE sql SECURITY DEFINER"
               " SET search_path = pg_catalog, pg_temp AS 'SELECT 1'")
    db.execute("CREATE ROLE pgtrickle_admin LOGIN CREATEDB")
    rows = report(auditor)

    def ids(check):
        return {r["object_identity"] for r in rows if r["check_name"] == check}

    assert "public.order_totals" in ids("stream_table_writable")
    assert "public.order_totals" not in ids("table_public_write")
    assert "public.order_totals" in ids("stream_table_rls_no_policy")
    assert "public.order_totals" not in ids("rls_enabled_no_policy")
    assert cdc in ids("cdc_function_search_path")
    assert cdc not in ids("security_definer_search_path")
    assert 'pgtrickle."Sé c"()' in ids("pgtrickle_function_public_execute")
    assert 'pgtrickle."Sé c"()' not in ids("security_definer_exposed_execute")
    assert "pgtrickle_admin" in ids("pgt_role_attributes")
    assert "pgtrickle_admin" not in ids("role_excess_attributes")
    # The change buffers are change_buffer_exposed's; PUBLIC's SELECT there is no write.
    assert not [i for i in ids("table_public_write") if i.startswith("pgtrickle_changes.")]


# -- harden's own guard -------------------------------------------------------------

def test_harden_guard_disabled_on_a_fresh_database(auditor):
    assert found(auditor, "harden_guard_disabled") == []


@pytest.mark.parametrize("trigger", ["harden_guard_sql_drop", "harden_guard_acting_ddl_command_end"])
@pytest.mark.parametrize("how", ["DISABLE", "ENABLE REPLICA"])
def test_harden_guard_disabled_trigger(server, db, auditor, how, trigger):
    db.execute(f"ALTER EVENT TRIGGER {trigger} {how}")
    rows = found(auditor, "harden_guard_disabled")
    assert [(r["object_identity"], r["severity"]) for r in rows] == [(trigger, "high")]
    fix(server, rows)
    assert found(auditor, "harden_guard_disabled") == []


def test_harden_guard_disabled_mode_off(server, db, auditor):
    db.execute("SELECT harden.set_mode('warn')")
    assert found(auditor, "harden_guard_disabled") == []
    db.execute("SELECT harden.set_mode('off')")
    rows = found(auditor, "harden_guard_disabled")
    assert [(r["object_type"], r["object_identity"]) for r in rows] == [("setting", "mode")]
    fix(server, rows)
    assert found(auditor, "harden_guard_disabled") == []


def test_harden_guard_detached_then_missing(server, db, auditor):
    db.execute("ALTER EXTENSION harden DROP EVENT TRIGGER harden_guard_ddl_command_end")
    rows = found(auditor, "harden_guard_disabled")
    assert [r["object_identity"] for r in rows] == ["harden_guard_ddl_command_end"]
    assert "no longer belongs" in rows[0]["message"]
    fix(server, rows)
    assert found(auditor, "harden_guard_disabled") == []

    for name in ("harden_guard_ddl_command_start", "harden_guard_acting_ddl_command_start"):
        db.execute("ALTER EXTENSION harden DROP EVENT TRIGGER %s" % name)
        db.execute("DROP EVENT TRIGGER %s" % name)
    rows = found(auditor, "harden_guard_disabled")
    assert [(r["object_type"], r["object_identity"]) for r in rows] == [("extension", "harden")] * 2
    assert sorted(name for r in rows for name in ("harden_guard_ddl_command_start",
                                                  "harden_guard_acting_ddl_command_start")
                  if "%s on" % name in r["message"]) == ["harden_guard_acting_ddl_command_start",
                                                         "harden_guard_ddl_command_start"]
    fix(server, rows)
    assert found(auditor, "harden_guard_disabled") == []
    when = db.execute("SELECT evtname, evttags FROM pg_event_trigger WHERE evtname LIKE 'harden\\_guard\\_%start'"
                      " ORDER BY 1")
    assert when.fetchall() == [("harden_guard_acting_ddl_command_start", ["ALTER TABLE"]),
                               ("harden_guard_ddl_command_start", ["ALTER TABLE"])]
