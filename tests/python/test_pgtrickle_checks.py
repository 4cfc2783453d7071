"""The pg_trickle audit checks: for each, a positive case, a negative case and a
fixed case (the finding's remediation run as given, then the finding is gone).

Reports run as the non-superuser member of harden_auditor. Object and role
names carry quotes, spaces, upper case and unicode. The standby and pgaudit
cases run on a copy of the test cluster made with pg_basebackup and started on
a unix socket in a private directory.
"""

import contextlib

import pytest

import pg_under_test
from conftest import load_fixture, report

from harden.quoting import quote_ident

PGT_CHECKS = (
    "pgt_role_missing", "pgt_role_attributes", "pgt_catalog_unrecognized", "stream_table_owner",
    "stream_table_consumer_grant_missing", "stream_table_default_privileges_missing",
    "stream_table_writable", "stream_table_view_writable", "stream_table_inheritance",
    "stream_table_foreign_key_action", "change_buffer_exposed",
    "cdc_trigger_owned_by_superuser",
    "cdc_function_search_path", "pgtrickle_function_public_execute", "pgtrickle_enabled_on_replica",
    "pgtrickle_allow_circular", "stream_table_rls_exposure", "stream_table_rls_no_policy",
    "stream_table_write_policy", "stream_table_needs_reinit",
)
ALL_CHECKS = PGT_CHECKS + ("ddl_logging_disabled",)

SCHEMA = 'Sales "EU" Ñandú'
SOURCE = "Order Lines"
STREAM = 'Région "Totals"'

ROLE_SETS = {
    "default": ("pgtrickle_admin", "pgtrickle_user", "pgtrickle_readonly"),
    "custom": ('My "Admin"', "app user Ñ", "Read Only"),
}


def q(name):
    """A quoted identifier, for the SQL the tests write themselves."""
    return '"' + name.replace('"', '""') + '"'


def ident(name):
    """An identifier as the server prints it (pg_identify_object, quote_ident)."""
    return quote_ident(name)


def qualified(schema, name):
    return ident(schema) + "." + ident(name)


ST = qualified(SCHEMA, STREAM)
SRC = qualified(SCHEMA, SOURCE)


def findings(conn, check):
    return report(conn, check)


def by_key(rows):
    return {r["object_identity"]: r for r in rows}


def written_as(db, role, write, count):
    """What `count` reads after `role` ran `write`, rolled back."""
    with db.transaction(force_rollback=True):
        db.execute("SET ROLE %s" % role)
        db.execute(write)
        db.execute("RESET ROLE")
        return db.execute(count).fetchone()[0]


def run_fix(conn, remediation):
    """Run a remediation as psql runs a script: one statement at a time (ALTER
    SYSTEM, for one, cannot share a query string with another statement)."""
    assert remediation, "the finding has no remediation"
    for statement in remediation.split(";\n"):
        conn.execute(statement)


def fix_all(conn, rows):
    for row in rows:
        run_fix(conn, row["remediation"])


class Deployment:
    """A pg_trickle deployment hardened as the tutorials say, with names that
    need quoting: every check is silent on it until a test breaks one thing."""

    def __init__(self, db, roles):
        self.db = db
        self.admin, self.user, self.readonly = roles

    def buffers(self):
        return [r[0] for r in self.db.execute(
            "SELECT c.oid::regclass::text FROM pg_class c WHERE c.relnamespace = 'pgtrickle_changes'::regnamespace"
            " AND c.relkind = 'r' ORDER BY 1")]

    def cdc_functions(self):
        return [r[0] for r in self.db.execute(
            "SELECT p.oid::regprocedure::text FROM pg_proc p"
            " WHERE p.pronamespace = 'pgtrickle_changes'::regnamespace ORDER BY 1")]

    def cdc_function(self, op):
        (fn,) = [f for f in self.cdc_functions() if "_cdc_%s_fn_" % op in f]
        return fn


def create_roles(db, roles):
    for role in roles:
        db.execute("CREATE ROLE %s NOLOGIN NOINHERIT" % q(role))


def build_stream_table(db):
    db.execute("CREATE SCHEMA %s" % q(SCHEMA))
    db.execute("CREATE TABLE %s.%s (id int PRIMARY KEY, tenant int NOT NULL, region text, amount numeric)"
               % (q(SCHEMA), q(SOURCE)))
    db.execute("INSERT INTO %s.%s VALUES (1, 1, 'north', 10), (2, 2, 'south', 20)" % (q(SCHEMA), q(SOURCE)))
    db.execute("SELECT pgtrickle.create_stream_table(%s, %s)",
               ["%s.%s" % (q(SCHEMA), q(STREAM)),
                "SELECT region, sum(amount) AS total FROM %s.%s GROUP BY region" % (q(SCHEMA), q(SOURCE))])


def harden_deployment(d):
    db, admin, user, ro = d.db, q(d.admin), q(d.user), q(d.readonly)
    db.execute("ALTER TABLE %s OWNER TO %s" % (ST, admin))
    db.execute("GRANT USAGE ON SCHEMA %s TO %s, %s" % (q(SCHEMA), user, ro))
    db.execute("GRANT SELECT ON %s TO %s, %s" % (ST, user, ro))
    db.execute("ALTER DEFAULT PRIVILEGES FOR ROLE %s IN SCHEMA %s GRANT SELECT ON TABLES TO %s, %s"
               % (admin, q(SCHEMA), user, ro))
    # Step 6: CDC objects as if the admin role had created the stream table.
    db.execute("GRANT USAGE ON SCHEMA pgtrickle, pgtrickle_changes TO %s" % admin)
    for fn in d.cdc_functions():
        db.execute("ALTER FUNCTION %s OWNER TO %s" % (fn, admin))
    for buffer in d.buffers():
        db.execute("ALTER TABLE %s OWNER TO %s" % (buffer, admin))
    db.execute("REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA pgtrickle FROM PUBLIC")
    db.execute("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgtrickle TO %s" % admin)
    db.execute("GRANT EXECUTE ON FUNCTION pgtrickle.pgt_status(), pgtrickle.refresh_efficiency(),"
               " pgtrickle.health_check() TO %s" % user)
    set_database(db, "log_statement", "ddl")


def set_database(conn, name, value):
    dbname = conn.execute("SELECT current_database()").fetchone()[0]
    if value is None:
        conn.execute("ALTER DATABASE %s RESET %s" % (q(dbname), name))
    else:
        conn.execute("ALTER DATABASE %s SET %s = %s" % (q(dbname), name, value))


@pytest.fixture(autouse=True)
def guard_off(db):
    """These tests build insecure states on purpose, as a database has them
    before harden arrives; the guard, which would block that DDL, is off."""
    db.execute("SELECT harden.configure('mode', 'off')")


@pytest.fixture
def role_names(request, db):
    """The configured pg_trickle role names; "custom" sets them with harden.configure()."""
    kind = getattr(request, "param", "default")
    roles = ROLE_SETS[kind]
    if kind != "default":
        for setting, name in zip(("admin_role", "user_role", "readonly_role"), roles):
            db.execute("SELECT harden.configure(%s, %s)", [setting, name])
    return roles


@pytest.fixture
def pgt(db):
    """pg_trickle's catalog with one stream table, created by the superuser, nothing hardened."""
    load_fixture(db, "pgtrickle.sql")
    build_stream_table(db)
    return db


@pytest.fixture
def deployment(pgt, role_names):
    create_roles(pgt, role_names)
    d = Deployment(pgt, role_names)
    harden_deployment(d)
    return d


BOTH_ROLE_SETS = pytest.mark.parametrize("role_names", sorted(ROLE_SETS), indirect=True)


# ---------------------------------------------------------------- the baseline

@BOTH_ROLE_SETS
def test_hardened_deployment_has_no_pgtrickle_finding(deployment, auditor):
    rows = [r for r in report(auditor) if r["check_name"] in ALL_CHECKS + ("harden_check_failed",)]
    assert rows == []


def test_silent_without_pgtrickle(db, auditor):
    rows = report(auditor)
    assert [r for r in rows if r["check_name"] in PGT_CHECKS] == []
    assert [r for r in rows if r["check_name"] == "harden_check_failed"] == []
    db.execute("CREATE SCHEMA pgtrickle")
    db.execute("CREATE TABLE pgtrickle.unrelated (id int)")
    rows = report(auditor)
    assert [r for r in rows if r["check_name"] in PGT_CHECKS + ("harden_check_failed",)] == []


def test_fresh_database_gets_no_high_or_critical_from_these_checks(db, auditor):
    rows = [r for r in report(auditor) if r["check_name"] in ALL_CHECKS]
    assert {r["severity"] for r in rows} <= {"medium", "low", "info"}


def test_unrecognized_catalog_is_one_info_finding_and_no_crash(deployment, auditor):
    deployment.db.execute("UPDATE pgtrickle.pgt_stream_tables SET needs_reinit = true")
    deployment.db.execute("ALTER TABLE pgtrickle.pgt_stream_tables DROP COLUMN needs_reinit")
    rows = [r for r in report(auditor) if r["check_name"] in PGT_CHECKS + ("harden_check_failed",)]
    assert [(r["check_name"], r["severity"], r["object_identity"]) for r in rows] == \
           [("pgt_catalog_unrecognized", "info", "pgtrickle")]
    assert "pgtrickle.pgt_stream_tables.needs_reinit" in rows[0]["message"]
    # Fixed: the layout harden knows is back.
    deployment.db.execute("ALTER TABLE pgtrickle.pgt_stream_tables ADD COLUMN needs_reinit boolean NOT NULL DEFAULT false")
    assert findings(auditor, "pgt_catalog_unrecognized") == []


def test_catalog_column_of_another_type_is_unrecognized_and_blocks_nothing(deployment, auditor):
    """A pgt_relid that is not an oid is another layout: reported, and never
    compared with pg_class (text = oid has no operator: every DDL the guard
    sent to Python failed, the superuser's change of the catalog first)."""
    db = deployment.db
    db.execute("SELECT harden.configure('mode', NULL)")
    db.execute("ALTER TABLE pgtrickle.pgt_stream_tables ALTER COLUMN pgt_relid TYPE text")
    db.execute("COMMENT ON TABLE %s IS 'a DDL about a stream table, which the guard reads'" % ST)
    rows = [r for r in report(auditor) if r["check_name"] in PGT_CHECKS + ("harden_check_failed",)]
    assert [(r["check_name"], r["object_identity"]) for r in rows] == [("pgt_catalog_unrecognized", "pgtrickle")]
    assert "pgtrickle.pgt_stream_tables.pgt_relid as oid (it is text)" in rows[0]["message"]


def test_missing_catalog_table_is_unrecognized(db, auditor):
    load_fixture(db, "pgtrickle.sql")
    db.execute("DROP TABLE pgtrickle.pgt_dependencies")
    rows = [r for r in report(auditor) if r["check_name"] in PGT_CHECKS + ("harden_check_failed",)]
    assert [r["check_name"] for r in rows] == ["pgt_catalog_unrecognized"]
    assert "pgtrickle.pgt_dependencies" in rows[0]["message"]


# ------------------------------------------------------------ pgt_role_missing

@BOTH_ROLE_SETS
def test_pgt_role_missing(pgt, role_names, auditor):
    rows = by_key(findings(auditor, "pgt_role_missing"))
    assert set(rows) == {ident(r) for r in role_names}
    fix_all(pgt, rows.values())
    assert findings(auditor, "pgt_role_missing") == []
    attrs = pgt.execute("SELECT bool_or(rolcanlogin), bool_or(rolinherit) FROM pg_roles WHERE rolname = ANY(%s)",
                        [list(role_names)]).fetchone()
    assert attrs == (False, False)


# --------------------------------------------------------- pgt_role_attributes

@BOTH_ROLE_SETS
def test_pgt_role_attributes(deployment, auditor):
    db = deployment.db
    db.execute("ALTER ROLE %s LOGIN INHERIT CREATEDB BYPASSRLS" % q(deployment.user))
    db.execute("ALTER ROLE %s SUPERUSER" % q(deployment.admin))
    rows = by_key(findings(auditor, "pgt_role_attributes"))
    assert set(rows) == {ident(deployment.user), ident(deployment.admin)}
    user = rows[ident(deployment.user)]
    assert user["severity"] == "medium"
    assert "LOGIN, INHERIT, CREATEDB, BYPASSRLS" in user["message"]
    assert user["remediation"] == "ALTER ROLE %s NOLOGIN NOINHERIT NOCREATEDB NOBYPASSRLS;" % ident(deployment.user)
    assert rows[ident(deployment.admin)]["severity"] == "high"
    fix_all(db, rows.values())
    assert findings(auditor, "pgt_role_attributes") == []


def test_pgt_role_attributes_ignores_other_roles(deployment, auditor):
    deployment.db.execute("CREATE ROLE \"Some Login\" LOGIN CREATEDB")
    assert findings(auditor, "pgt_role_attributes") == []


# ---------------------------------------------------------- stream_table_owner

@BOTH_ROLE_SETS
def test_stream_table_owner(deployment, auditor):
    db = deployment.db
    db.execute('CREATE ROLE "Other Owner ü" NOLOGIN')
    db.execute('ALTER TABLE %s OWNER TO "Other Owner ü"' % ST)
    (row,) = findings(auditor, "stream_table_owner")
    assert (row["object_type"], row["object_identity"], row["severity"]) == ("table", ST, "medium")
    run_fix(db, row["remediation"])
    assert findings(auditor, "stream_table_owner") == []
    assert db.execute("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = %s::regclass",
                      [ST]).fetchone()[0] == deployment.admin


def test_stream_table_owned_by_superuser_is_high(deployment, auditor):
    deployment.db.execute("ALTER TABLE %s OWNER TO CURRENT_USER" % ST)
    (row,) = findings(auditor, "stream_table_owner")
    assert row["severity"] == "high" and "superuser" in row["message"]
    run_fix(deployment.db, row["remediation"])
    assert findings(auditor, "stream_table_owner") == []


def test_stream_table_owner_without_admin_role_has_no_fix_yet(pgt, auditor):
    (row,) = findings(auditor, "stream_table_owner")
    assert row["remediation"] is None and "pgt_role_missing" in row["message"]
    (missing,) = [r for r in findings(auditor, "pgt_role_missing") if r["object_identity"] == "pgtrickle_admin"]
    run_fix(pgt, missing["remediation"])
    (row,) = findings(auditor, "stream_table_owner")
    run_fix(pgt, row["remediation"])
    assert findings(auditor, "stream_table_owner") == []


# ----------------------------------------- stream_table_consumer_grant_missing

@BOTH_ROLE_SETS
def test_stream_table_consumer_grant_missing(deployment, auditor):
    db = deployment.db
    db.execute("REVOKE SELECT ON %s FROM %s, %s" % (ST, q(deployment.user), q(deployment.readonly)))
    rows = findings(auditor, "stream_table_consumer_grant_missing")
    assert sorted(r["remediation"] for r in rows) == sorted(
        "GRANT SELECT ON TABLE %s TO %s;" % (ST, ident(role)) for role in (deployment.user, deployment.readonly))
    assert len({r["fingerprint"] for r in rows}) == 2
    fix_all(db, rows)
    assert findings(auditor, "stream_table_consumer_grant_missing") == []


def test_consumer_grant_through_public_counts(deployment, auditor):
    db = deployment.db
    db.execute("REVOKE SELECT ON %s FROM %s" % (ST, q(deployment.readonly)))
    db.execute("GRANT SELECT ON %s TO PUBLIC" % ST)
    assert findings(auditor, "stream_table_consumer_grant_missing") == []


# ------------------------------------- stream_table_default_privileges_missing

@BOTH_ROLE_SETS
def test_stream_table_default_privileges_missing(deployment, auditor):
    db = deployment.db
    db.execute("ALTER DEFAULT PRIVILEGES FOR ROLE %s IN SCHEMA %s REVOKE SELECT ON TABLES FROM %s"
               % (q(deployment.admin), q(SCHEMA), q(deployment.readonly)))
    (row,) = findings(auditor, "stream_table_default_privileges_missing")
    assert (row["object_type"], row["object_identity"]) == ("schema", ident(SCHEMA))
    assert deployment.readonly in row["message"]
    run_fix(db, row["remediation"])
    assert findings(auditor, "stream_table_default_privileges_missing") == []
    # The fix works: a table the admin role creates there is readable at once.
    db.execute("GRANT CREATE ON SCHEMA %s TO %s" % (q(SCHEMA), q(deployment.admin)))
    db.execute("SET ROLE %s" % q(deployment.admin))
    db.execute("CREATE TABLE %s.fresh (id int)" % q(SCHEMA))
    db.execute("RESET ROLE")
    assert db.execute("SELECT has_table_privilege(%s, %s, 'SELECT')",
                      [deployment.readonly, "%s.fresh" % q(SCHEMA)]).fetchone()[0]


def test_default_privileges_for_all_schemas_count(deployment, auditor):
    db = deployment.db
    admin, user, ro = q(deployment.admin), q(deployment.user), q(deployment.readonly)
    db.execute("ALTER DEFAULT PRIVILEGES FOR ROLE %s IN SCHEMA %s REVOKE SELECT ON TABLES FROM %s, %s"
               % (admin, q(SCHEMA), user, ro))
    assert len(findings(auditor, "stream_table_default_privileges_missing")) == 2
    db.execute("ALTER DEFAULT PRIVILEGES FOR ROLE %s GRANT SELECT ON TABLES TO %s, %s" % (admin, user, ro))
    assert findings(auditor, "stream_table_default_privileges_missing") == []


# ------------------------------------------------------- stream_table_writable

def test_stream_table_writable(deployment, auditor):
    db = deployment.db
    db.execute("GRANT INSERT, TRUNCATE ON %s TO PUBLIC" % ST)
    db.execute("GRANT UPDATE (total) ON %s TO %s" % (ST, q(deployment.user)))
    rows = {r["remediation"] for r in findings(auditor, "stream_table_writable")}
    assert rows == {"REVOKE INSERT, TRUNCATE ON TABLE %s FROM PUBLIC;" % ST,
                    "REVOKE UPDATE ON TABLE %s FROM %s;" % (ST, ident(deployment.user))}
    for fix in rows:
        run_fix(db, fix)
    assert findings(auditor, "stream_table_writable") == []
    assert not db.execute("SELECT has_any_column_privilege(%s, %s, 'UPDATE')",
                          [deployment.user, ST]).fetchone()[0]


def test_stream_table_writable_by_default_privileges(deployment, auditor):
    """create_stream_table() runs as its caller, whose new table takes its
    default privileges: those of a role that may create stream tables."""
    db = deployment.db
    admin, user = q(deployment.admin), q(deployment.user)
    db.execute("GRANT INSERT ON pgtrickle.pgt_stream_tables TO %s" % admin)
    db.execute("ALTER DEFAULT PRIVILEGES FOR ROLE %s IN SCHEMA %s GRANT INSERT, DELETE ON TABLES TO %s"
               % (admin, q(SCHEMA), user))
    # A role that cannot create stream tables: its default privileges are its own business.
    db.execute('CREATE ROLE "No st ream" NOLOGIN')
    db.execute('ALTER DEFAULT PRIVILEGES FOR ROLE "No st ream" GRANT INSERT ON TABLES TO PUBLIC')
    rows = findings(auditor, "stream_table_writable")
    assert [(r["object_type"], r["remediation"]) for r in rows] == [(
        "default acl", "ALTER DEFAULT PRIVILEGES FOR ROLE %s IN SCHEMA %s REVOKE INSERT, DELETE ON TABLES FROM %s;"
        % (ident(deployment.admin), ident(SCHEMA), ident(deployment.user)))]
    # apply() leaves it to the administrator, with the same fix.
    manual = db.execute("SELECT sql FROM harden.apply(dry_run => true)"
                        " WHERE rule = 'stream_table_writable' AND status = 'manual'").fetchall()
    assert [m[0] for m in manual] == [rows[0]["remediation"]]
    run_fix(db, rows[0]["remediation"])
    assert findings(auditor, "stream_table_writable") == []


def test_stream_table_writable_ignores_select_and_owner(deployment, auditor):
    deployment.db.execute("GRANT SELECT ON %s TO PUBLIC" % ST)
    deployment.db.execute("GRANT ALL ON %s TO %s" % (ST, q(deployment.admin)))
    assert findings(auditor, "stream_table_writable") == []


# -------------------------------------------------- stream_table_view_writable

VIEW = qualified(SCHEMA, 'Wri "ter" view')
VIEW2 = qualified(SCHEMA, "On top\n")


def test_stream_table_view_writable(deployment, auditor):
    """A simple view over the stream table, owned by its owner: a grantee
    writes through it, though the stream table's ACL shows nothing (found by
    an attacker helper). A view over that view is a link of its own."""
    db, admin, user = deployment.db, q(deployment.admin), q(deployment.user)
    db.execute("CREATE VIEW %s AS SELECT region, total FROM %s" % (VIEW, ST))
    db.execute("ALTER VIEW %s OWNER TO %s" % (VIEW, admin))
    db.execute("CREATE VIEW %s AS SELECT * FROM %s" % (VIEW2, VIEW))
    db.execute("ALTER VIEW %s OWNER TO %s" % (VIEW2, admin))
    db.execute("GRANT INSERT, DELETE ON %s TO %s" % (VIEW, user))
    db.execute("GRANT UPDATE (total) ON %s TO PUBLIC" % VIEW2)
    assert written_as(db, user, "INSERT INTO %s VALUES ('planted', 1)" % VIEW,
                      "SELECT count(*) FROM %s WHERE region = 'planted'" % ST) == 1
    rows = findings(auditor, "stream_table_view_writable")
    assert {(r["object_identity"], r["remediation"]) for r in rows} == {
        (VIEW, "REVOKE INSERT, DELETE ON TABLE %s FROM %s;" % (VIEW, ident(deployment.user))),
        (VIEW2, "REVOKE UPDATE ON TABLE %s FROM PUBLIC;" % VIEW2)}
    assert {r["severity"] for r in rows} == {"high"}
    assert findings(auditor, "stream_table_writable") == []
    for row in rows:
        run_fix(db, row["remediation"])
    assert findings(auditor, "stream_table_view_writable") == []


def test_stream_table_inheritance(deployment, auditor):
    """A stream table attached as a partition, or made to inherit: a write
    to the parent reaches it with the parent's privileges alone (found by an
    attacker helper). A child table that is not a stream table is not
    reported."""
    db, admin, user = deployment.db, q(deployment.admin), q(deployment.user)
    parted, parent = qualified(SCHEMA, "Par ted"), qualified(SCHEMA, "Pa\nrent")
    db.execute("CREATE TABLE %s (region text, total numeric) PARTITION BY LIST (region)" % parted)
    db.execute("CREATE TABLE %s (region text, total numeric)" % parent)
    db.execute("CREATE TABLE %s.other () INHERITS (%s)" % (q(SCHEMA), parent))
    for table in (parted, parent):
        db.execute("ALTER TABLE %s OWNER TO %s" % (table, admin))
        db.execute("GRANT SELECT, UPDATE, DELETE ON %s TO %s" % (table, user))
    assert findings(auditor, "stream_table_inheritance") == []
    db.execute("ALTER TABLE %s ATTACH PARTITION %s DEFAULT" % (parted, ST))
    assert written_as(db, user, "DELETE FROM %s" % parted, "SELECT count(*) FROM %s" % ST) == 0
    rows = findings(auditor, "stream_table_inheritance")
    assert [(r["object_identity"], r["severity"], r["remediation"]) for r in rows] == [
        (ST, "high", "ALTER TABLE %s DETACH PARTITION %s;" % (parted, ST))]
    run_fix(db, rows[0]["remediation"])
    db.execute("ALTER TABLE %s INHERIT %s" % (ST, parent))
    rows = findings(auditor, "stream_table_inheritance")
    assert [(r["object_identity"], r["remediation"]) for r in rows] == [
        (ST, "ALTER TABLE %s NO INHERIT %s;" % (ST, parent))]
    assert "inherits from %s" % parent in rows[0]["message"]
    run_fix(db, rows[0]["remediation"])
    assert findings(auditor, "stream_table_inheritance") == []


def test_stream_table_inheritance_at_every_level_and_below(deployment, auditor):
    """Found by an attacker helper: a grandparent's grantees write to the
    stream table too, and a child's rows show in every read of it."""
    db, admin, user = deployment.db, q(deployment.admin), q(deployment.user)
    grand, parted = qualified(SCHEMA, "Grand ñ"), qualified(SCHEMA, "Par ted")
    child = qualified(SCHEMA, "Ch\"ild")
    db.execute("CREATE TABLE %s (region text, total numeric) PARTITION BY LIST (region)" % grand)
    db.execute("CREATE TABLE %s (region text, total numeric) PARTITION BY LIST (region)" % parted)
    db.execute("ALTER TABLE %s ATTACH PARTITION %s DEFAULT" % (parted, ST))
    db.execute("ALTER TABLE %s ATTACH PARTITION %s DEFAULT" % (grand, parted))
    rows = findings(auditor, "stream_table_inheritance")
    assert [(r["object_identity"], r["remediation"]) for r in rows] == [
        (ST, "ALTER TABLE %s DETACH PARTITION %s;" % (parted, ST))]
    assert "(below %s too): a write to any of them" % grand in rows[0]["message"]
    run_fix(db, rows[0]["remediation"])
    db.execute("CREATE TABLE %s () INHERITS (%s)" % (child, ST))
    db.execute("ALTER TABLE %s OWNER TO %s" % (child, admin))
    db.execute("GRANT INSERT ON %s TO %s" % (child, user))
    assert written_as(db, user, "INSERT INTO %s VALUES ('planted', 1)" % child,
                      "SELECT count(*) FROM %s WHERE region = 'planted'" % ST) == 1
    rows = findings(auditor, "stream_table_inheritance")
    assert [(r["object_identity"], r["remediation"]) for r in rows] == [
        (ST, "ALTER TABLE %s NO INHERIT %s;" % (child, ST))]
    assert rows[0]["message"].startswith("table %s inherits from stream table %s" % (child, ST))
    run_fix(db, rows[0]["remediation"])
    assert findings(auditor, "stream_table_inheritance") == []


def test_stream_table_foreign_key_action(deployment, auditor):
    """Found by an attacker helper: a foreign key's ON DELETE / ON UPDATE
    action runs as the stream table's owner for whoever changes the
    referenced table. NO ACTION and RESTRICT change nothing there."""
    db, admin, user = deployment.db, q(deployment.admin), q(deployment.user)
    ref = qualified(SCHEMA, "Re\"f ñ")
    db.execute("CREATE TABLE %s (region text PRIMARY KEY)" % ref)
    db.execute("INSERT INTO %s SELECT region FROM %s" % (ref, ST))
    db.execute("ALTER TABLE %s OWNER TO %s" % (ref, admin))
    db.execute("GRANT SELECT, UPDATE, DELETE ON %s TO %s" % (ref, user))
    # The action runs as the stream table's owner, who needs the schema.
    db.execute("GRANT USAGE ON SCHEMA %s TO %s" % (q(SCHEMA), admin))
    db.execute('ALTER TABLE %s ADD CONSTRAINT "kept" FOREIGN KEY (region) REFERENCES %s ON DELETE RESTRICT' % (ST, ref))
    assert findings(auditor, "stream_table_foreign_key_action") == []
    db.execute('ALTER TABLE %s ADD CONSTRAINT "Cas cade" FOREIGN KEY (region) REFERENCES %s'
               " ON UPDATE CASCADE ON DELETE SET NULL" % (ST, ref))
    db.execute('ALTER TABLE %s DROP CONSTRAINT "kept"' % ST)
    assert written_as(db, user, "UPDATE %s SET region = 'evil' WHERE region = 'north'" % ref,
                      "SELECT count(*) FROM %s WHERE region = 'evil'" % ST) == 1
    rows = findings(auditor, "stream_table_foreign_key_action")
    assert [(r["object_identity"], r["severity"], r["remediation"]) for r in rows] == [
        (ST, "high", 'ALTER TABLE %s DROP CONSTRAINT "Cas cade";' % ST)]
    assert "references %s ON UPDATE CASCADE ON DELETE SET NULL" % ref in rows[0]["message"]
    run_fix(db, rows[0]["remediation"])
    assert findings(auditor, "stream_table_foreign_key_action") == []


def test_stream_table_writable_through_a_rule(deployment, auditor):
    """A rule's action runs as its relation's owner: an INSTEAD rule on a view
    that reads no stream table, and an ALSO rule on a table (found by an
    attacker helper)."""
    db, admin, user = deployment.db, q(deployment.admin), q(deployment.user)
    rule_view, feed = qualified(SCHEMA, "Rule view"), qualified(SCHEMA, "Feed ñ")
    db.execute("CREATE VIEW %s AS SELECT NULL::text AS region, NULL::numeric AS total" % rule_view)
    db.execute("CREATE RULE r AS ON INSERT TO %s DO INSTEAD INSERT INTO %s VALUES (NEW.region, NEW.total)"
               % (rule_view, ST))
    db.execute("CREATE TABLE %s (region text, total numeric)" % feed)
    db.execute("CREATE RULE r AS ON DELETE TO %s DO ALSO DELETE FROM %s WHERE region = OLD.region" % (feed, ST))
    for relation in (rule_view, feed):
        db.execute("ALTER TABLE %s OWNER TO %s" % (relation, admin))
        db.execute("GRANT INSERT, UPDATE, DELETE ON %s TO %s" % (relation, user))
    rows = findings(auditor, "stream_table_view_writable")
    assert {(r["object_identity"], r["remediation"]) for r in rows} == {
        (rule_view, "REVOKE INSERT ON TABLE %s FROM %s;" % (rule_view, ident(deployment.user))),
        (feed, "REVOKE DELETE ON TABLE %s FROM %s;" % (feed, ident(deployment.user)))}
    for row in rows:
        run_fix(db, row["remediation"])
    assert findings(auditor, "stream_table_view_writable") == []


def test_a_view_over_a_rule_passes_on_only_that_rules_event(deployment, auditor):
    """A view over a table whose rule writes to the stream table ON DELETE:
    an INSERT through the view never fires it (found by an attacker helper:
    it was reported, and the GRANT refused)."""
    db, admin, user = deployment.db, q(deployment.admin), q(deployment.user)
    feed = qualified(SCHEMA, "Feed ñ")
    db.execute("CREATE TABLE %s (region text, total numeric)" % feed)
    db.execute("CREATE RULE r AS ON DELETE TO %s DO ALSO DELETE FROM %s WHERE region = OLD.region" % (feed, ST))
    db.execute("CREATE VIEW %s AS SELECT region, total FROM %s" % (VIEW, feed))
    for relation in (feed, VIEW):
        db.execute("ALTER TABLE %s OWNER TO %s" % (relation, admin))
    db.execute("GRANT SELECT, INSERT, UPDATE ON %s TO %s" % (VIEW, user))
    assert findings(auditor, "stream_table_view_writable") == []
    db.execute("GRANT DELETE ON %s TO %s" % (VIEW, user))
    db.execute("INSERT INTO %s SELECT region, total FROM %s" % (feed, ST))
    assert written_as(db, user, "DELETE FROM %s" % VIEW, "SELECT count(*) FROM %s" % ST) == 0
    rows = findings(auditor, "stream_table_view_writable")
    assert [(r["object_identity"], r["remediation"]) for r in rows] == [
        (VIEW, "REVOKE DELETE ON TABLE %s FROM %s;" % (VIEW, ident(deployment.user)))]


def test_stream_table_view_writable_only_where_a_write_reaches_it(deployment, auditor):
    """Not reported: a security_invoker view (the grantee's own privileges
    count), and a view over one (which checks as the current user, however
    reached); a view that cannot be written, one whose owner may not write to
    the stream table, one whose writes an INSTEAD OF trigger (run as the
    caller) or an INSTEAD rule sends elsewhere; and SELECT."""
    db, user = deployment.db, q(deployment.user)
    s = q(SCHEMA)
    db.execute("CREATE VIEW %s WITH (security_invoker = yes) AS SELECT * FROM %s" % (VIEW, ST))
    db.execute('CREATE VIEW %s."Over invoker" AS SELECT * FROM %s' % (s, VIEW))
    db.execute("CREATE VIEW %s AS SELECT region, count(*) FROM %s GROUP BY region" % (VIEW2, ST))
    db.execute('CREATE VIEW %s."Not mine" AS SELECT * FROM %s' % (s, ST))
    db.execute('ALTER VIEW %s."Not mine" OWNER TO %s' % (s, q(deployment.readonly)))
    db.execute('CREATE TABLE %s.sink (region text, total numeric)' % s)
    db.execute('CREATE VIEW %s."Trig" AS SELECT region, total FROM %s' % (s, ST))
    db.execute('CREATE FUNCTION %s.to_sink() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN'
               ' INSERT INTO %s.sink VALUES (NEW.region, NEW.total); RETURN NEW; END $$' % (s, s))
    db.execute('CREATE TRIGGER t INSTEAD OF INSERT OR UPDATE OR DELETE ON %s."Trig"'
               ' FOR EACH ROW EXECUTE FUNCTION %s.to_sink()' % (s, s))
    db.execute('CREATE VIEW %s."Elsewhere" AS SELECT region, total FROM %s' % (s, ST))
    for event in ("INSERT", "UPDATE", "DELETE"):
        db.execute('CREATE RULE "%s" AS ON %s TO %s."Elsewhere" DO INSTEAD INSERT INTO %s.sink VALUES (\'x\', 1)'
                   % (event, event, s, s))
    for view in (VIEW, '%s."Over invoker"' % s, VIEW2, '%s."Not mine"' % s, '%s."Trig"' % s, '%s."Elsewhere"' % s):
        db.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO %s" % (view, user))
    assert findings(auditor, "stream_table_view_writable") == []


# ------------------------------------------------------- change_buffer_exposed

@BOTH_ROLE_SETS
def test_change_buffer_exposed(deployment, auditor):
    db = deployment.db
    (buffer,) = deployment.buffers()
    sequence = db.execute("SELECT pg_get_serial_sequence(%s, 'change_id')", [buffer]).fetchone()[0]
    db.execute('CREATE ROLE "Peek Ñ" NOLOGIN')
    db.execute("GRANT USAGE ON SCHEMA pgtrickle_changes TO PUBLIC")
    db.execute("GRANT CREATE ON SCHEMA pgtrickle_changes TO %s" % q(deployment.admin))
    db.execute("GRANT SELECT ON %s TO %s" % (buffer, q(deployment.user)))
    db.execute('GRANT SELECT (row_data) ON %s TO "Peek Ñ"' % buffer)
    db.execute("GRANT USAGE ON SEQUENCE %s TO %s" % (sequence, q(deployment.readonly)))
    rows = findings(auditor, "change_buffer_exposed")
    assert {r["severity"] for r in rows} == {"critical"}
    got = {(r["object_type"], r["object_identity"], r["remediation"]) for r in rows}
    assert got == {
        ("schema", "pgtrickle_changes", "REVOKE USAGE ON SCHEMA pgtrickle_changes FROM PUBLIC;"),
        ("schema", "pgtrickle_changes", "REVOKE CREATE ON SCHEMA pgtrickle_changes FROM %s;" % ident(deployment.admin)),
        ("table", buffer, "REVOKE ALL ON TABLE %s FROM %s;" % (buffer, ident(deployment.user))),
        ("table", buffer, 'REVOKE ALL ON TABLE %s FROM "Peek Ñ";' % buffer),
        ("sequence", sequence, "REVOKE ALL ON SEQUENCE %s FROM %s;" % (sequence, ident(deployment.readonly))),
    }
    fix_all(db, rows)
    assert findings(auditor, "change_buffer_exposed") == []
    # The admin role keeps the USAGE that tutorial step 1 gives it.
    assert db.execute("SELECT has_schema_privilege(%s, 'pgtrickle_changes', 'USAGE')",
                      [deployment.admin]).fetchone()[0]


@BOTH_ROLE_SETS
def test_change_buffer_default_privileges(deployment, auditor):
    db = deployment.db
    db.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA pgtrickle_changes GRANT SELECT ON TABLES TO PUBLIC")
    db.execute("ALTER DEFAULT PRIVILEGES FOR ROLE %s IN SCHEMA pgtrickle_changes GRANT USAGE ON SEQUENCES TO %s"
               % (q(deployment.admin), q(deployment.user)))
    rows = findings(auditor, "change_buffer_exposed")
    superuser = db.execute("SELECT current_user").fetchone()[0]
    assert sorted(r["remediation"] for r in rows) == sorted([
        "ALTER DEFAULT PRIVILEGES FOR ROLE %s IN SCHEMA pgtrickle_changes REVOKE ALL ON TABLES FROM PUBLIC;"
        % ident(superuser),
        "ALTER DEFAULT PRIVILEGES FOR ROLE %s IN SCHEMA pgtrickle_changes REVOKE ALL ON SEQUENCES FROM %s;"
        % (ident(deployment.admin), ident(deployment.user)),
    ])
    assert {r["object_type"] for r in rows} == {"default acl"}
    fix_all(db, rows)
    assert findings(auditor, "change_buffer_exposed") == []


def test_change_buffer_grants_to_superusers_and_owner_are_fine(deployment, auditor):
    db = deployment.db
    (buffer,) = deployment.buffers()
    db.execute('CREATE ROLE "Root Too" SUPERUSER NOLOGIN')
    db.execute('GRANT ALL ON SCHEMA pgtrickle_changes TO "Root Too"')
    db.execute('GRANT SELECT ON %s TO "Root Too"' % buffer)
    assert findings(auditor, "change_buffer_exposed") == []


def test_change_buffer_schema_is_configurable(deployment, auditor):
    db = deployment.db
    db.execute('CREATE SCHEMA "CDC Buffers"')
    db.execute('CREATE TABLE "CDC Buffers".changes_1 (id int)')
    db.execute('GRANT SELECT ON "CDC Buffers".changes_1 TO PUBLIC')
    db.execute("GRANT SELECT ON ALL TABLES IN SCHEMA pgtrickle_changes TO PUBLIC")
    db.execute("SELECT harden.configure('change_buffer_schema', 'CDC Buffers')")
    (row,) = findings(auditor, "change_buffer_exposed")
    assert row["object_identity"] == '"CDC Buffers".changes_1'
    run_fix(db, row["remediation"])
    assert findings(auditor, "change_buffer_exposed") == []


# ----------------------------------------------- cdc_trigger_owned_by_superuser

@BOTH_ROLE_SETS
def test_cdc_trigger_owned_by_superuser(pgt, role_names, auditor):
    create_roles(pgt, role_names)
    admin = role_names[0]
    pgt.execute("GRANT USAGE ON SCHEMA pgtrickle, pgtrickle_changes TO %s" % q(admin))
    rows = findings(auditor, "cdc_trigger_owned_by_superuser")
    functions = Deployment(pgt, role_names).cdc_functions()
    assert sorted(r["object_identity"] for r in rows) == sorted(functions)
    assert len(functions) == 4
    for row in rows:
        assert "pg_trickle_cdc_" in row["message"] and SRC in row["message"]
        assert row["remediation"].startswith("ALTER FUNCTION %s OWNER TO %s;\nALTER TABLE pgtrickle_changes.changes_"
                                             % (row["object_identity"], ident(admin)))
    fix_all(pgt, rows)
    assert findings(auditor, "cdc_trigger_owned_by_superuser") == []
    # CDC still works: the trigger functions now run as the admin role, which owns the buffer.
    pgt.execute("INSERT INTO %s VALUES (3, 1, 'east', 5)" % SRC)
    (buffer,) = Deployment(pgt, role_names).buffers()
    assert pgt.execute("SELECT count(*) FROM %s" % buffer).fetchone()[0] == 1


def test_tutorial_and_ivm_triggers_count_and_others_do_not(deployment, auditor):
    db = deployment.db
    db.execute("CREATE FUNCTION public.pgt_cdc_orders_fn() RETURNS trigger LANGUAGE plpgsql"
               " SET search_path = pg_catalog, pg_temp AS $$ BEGIN RETURN NULL; END $$")
    db.execute("CREATE FUNCTION pgtrickle.pgt_ivm_ins_fn_1() RETURNS trigger LANGUAGE plpgsql"
               " SET search_path = pg_catalog, pg_temp AS $$ BEGIN RETURN NULL; END $$")
    db.execute("CREATE FUNCTION public.audit_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$")
    db.execute("CREATE TRIGGER pgt_cdc_orders AFTER INSERT ON %s EXECUTE FUNCTION public.pgt_cdc_orders_fn()" % SRC)
    db.execute("CREATE TRIGGER pgt_ivm_ins_1 AFTER INSERT ON %s EXECUTE FUNCTION pgtrickle.pgt_ivm_ins_fn_1()" % SRC)
    db.execute("CREATE TRIGGER audit_trg AFTER INSERT ON %s EXECUTE FUNCTION public.audit_fn()" % SRC)
    rows = by_key(findings(auditor, "cdc_trigger_owned_by_superuser"))
    assert set(rows) == {"public.pgt_cdc_orders_fn()", "pgtrickle.pgt_ivm_ins_fn_1()"}
    for row in rows.values():
        assert row["remediation"] == "ALTER FUNCTION %s OWNER TO %s;" % (row["object_identity"], ident(deployment.admin))
        run_fix(db, row["remediation"])
    assert findings(auditor, "cdc_trigger_owned_by_superuser") == []


# ---------------------------------------------------- cdc_function_search_path

def test_cdc_function_search_path(deployment, auditor):
    db = deployment.db
    ins, upd, dele, trunc = (deployment.cdc_function(op) for op in ("ins", "upd", "del", "truncate"))
    db.execute('CREATE ROLE "Plant ñ" NOLOGIN')
    db.execute('CREATE SCHEMA "Tools ñ" AUTHORIZATION "Plant ñ"')
    db.execute("ALTER FUNCTION %s SET search_path = public, pg_catalog, pg_temp" % ins)
    db.execute('ALTER FUNCTION %s SET search_path = "$user", pgtrickle_changes, pg_temp' % upd)
    db.execute('ALTER FUNCTION %s SET search_path = "Tools ñ", pgtrickle, pg_temp' % dele)
    db.execute("ALTER FUNCTION %s SET search_path = pgtrickle_changes, pg_catalog" % trunc)
    rows = by_key(findings(auditor, "cdc_function_search_path"))
    assert set(rows) == {ins, upd, dele, trunc}
    assert "includes public" in rows[ins]["message"]
    assert rows[ins]["remediation"] == "ALTER FUNCTION %s SET search_path = pg_catalog, pg_temp;" % ins
    assert 'includes "$user"' in rows[upd]["message"]
    assert rows[upd]["remediation"] == "ALTER FUNCTION %s SET search_path = pgtrickle_changes, pg_temp;" % upd
    assert '"Tools ñ"' in rows[dele]["message"] and "can create objects" in rows[dele]["message"]
    assert rows[dele]["remediation"] == "ALTER FUNCTION %s SET search_path = pgtrickle, pg_temp;" % dele
    assert "pg_temp last" in rows[trunc]["message"]
    assert rows[trunc]["remediation"] == \
        "ALTER FUNCTION %s SET search_path = pgtrickle_changes, pg_catalog, pg_temp;" % trunc
    fix_all(db, rows.values())
    assert findings(auditor, "cdc_function_search_path") == []


def test_cdc_function_without_search_path_and_writable_schema(deployment, auditor):
    db = deployment.db
    ins = deployment.cdc_function("ins")
    db.execute("ALTER FUNCTION %s RESET search_path" % ins)
    (row,) = findings(auditor, "cdc_function_search_path")
    assert "pins no search_path" in row["message"]
    run_fix(db, row["remediation"])
    assert findings(auditor, "cdc_function_search_path") == []
    # A schema on a pinned path becomes writable by a role that is not a superuser.
    db.execute("ALTER FUNCTION %s SET search_path = pgtrickle_changes, pgtrickle, pg_catalog, pg_temp" % ins)
    db.execute("GRANT CREATE ON SCHEMA pgtrickle TO %s" % q(deployment.user))
    assert {r["object_identity"] for r in findings(auditor, "cdc_function_search_path")} == \
           set(deployment.cdc_functions())


def test_cdc_function_search_path_skips_security_invoker(deployment, auditor):
    db = deployment.db
    db.execute("CREATE FUNCTION public.pgt_cdc_x_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$")
    db.execute("CREATE TRIGGER pgt_cdc_x AFTER INSERT ON %s EXECUTE FUNCTION public.pgt_cdc_x_fn()" % SRC)
    assert findings(auditor, "cdc_function_search_path") == []
    db.execute("ALTER FUNCTION public.pgt_cdc_x_fn() SECURITY DEFINER")
    (row,) = findings(auditor, "cdc_function_search_path")
    assert row["object_identity"] == "public.pgt_cdc_x_fn()"


# ------------------------------------------- pgtrickle_function_public_execute

def test_pgtrickle_function_public_execute(pgt, auditor):
    pgt.execute('CREATE PROCEDURE pgtrickle."Do ""It"""() LANGUAGE sql AS $$ SELECT 1 $$')
    rows = by_key(findings(auditor, "pgtrickle_function_public_execute"))
    assert {"pgtrickle.pgt_status()", "pgtrickle.refresh_stream_table(pg_catalog.text)",
            'pgtrickle."Do ""It"""()'} <= set(rows)
    # Trigger functions cannot be called directly: PUBLIC's EXECUTE gives nothing.
    assert "pgtrickle._refresh_clears_reinit()" not in rows
    assert rows['pgtrickle."Do ""It"""()']["remediation"] == \
        'REVOKE EXECUTE ON PROCEDURE pgtrickle."Do ""It"""() FROM PUBLIC;'
    fix_all(pgt, rows.values())
    assert findings(auditor, "pgtrickle_function_public_execute") == []


def test_pgtrickle_function_execute_for_roles_is_fine(deployment, auditor):
    assert findings(auditor, "pgtrickle_function_public_execute") == []
    deployment.db.execute("GRANT EXECUTE ON FUNCTION pgtrickle.validate_query(text) TO %s" % q(deployment.readonly))
    assert findings(auditor, "pgtrickle_function_public_execute") == []


# -------------------------------------------------------- ddl_logging_disabled

def test_ddl_logging_disabled(db, auditor):
    set_database(db, "log_statement", "'none'")
    dbname = db.execute("SELECT current_database()").fetchone()[0]
    (row,) = findings(auditor, "ddl_logging_disabled")
    assert (row["object_type"], row["object_identity"], row["severity"]) == ("database", ident(dbname), "medium")
    assert "ALTER DATABASE" in row["message"] and "pgaudit is not in shared_preload_libraries" in row["message"]
    run_fix(db, row["remediation"])
    assert findings(auditor, "ddl_logging_disabled") == []


@pytest.mark.parametrize("value", ["'mod'", "'all'", "DDL"])
def test_ddl_logging_enabled(db, auditor, value):
    set_database(db, "log_statement", value)
    assert findings(auditor, "ddl_logging_disabled") == []


def test_ddl_logging_is_not_fooled_by_a_session_setting(db, server):
    set_database(db, "log_statement", "'none'")
    with server.connect(options="-c log_statement=all") as conn:
        conn.execute("SET log_statement = 'ddl'")
        assert len(findings(conn, "ddl_logging_disabled")) == 1
    set_database(db, "log_statement", "'ddl'")
    db.execute("SET log_statement = 'none'")
    assert findings(db, "ddl_logging_disabled") == []


def test_pgaudit_log_without_pgaudit_loaded_does_not_count(db, auditor):
    set_database(db, "log_statement", "'none'")
    set_database(db, "pgaudit.log", "'ddl'")
    (row,) = findings(auditor, "ddl_logging_disabled")
    assert "pgaudit is not in shared_preload_libraries" in row["message"]


def test_ddl_logging_on_every_database(db, auditor):
    """Not a pg_trickle check: it runs where there is no pg_trickle."""
    set_database(db, "log_statement", "'none'")
    assert len(findings(auditor, "ddl_logging_disabled")) == 1


# ------------------------------------------------------ pgtrickle_allow_circular

def test_pgtrickle_allow_circular(deployment, server, auditor):
    db = deployment.db
    set_database(db, "pg_trickle.allow_circular", "on")
    dbname = db.execute("SELECT current_database()").fetchone()[0]
    # Neither a SET nor a startup option of the auditing session hides it.
    with server.connect(user="aud itor", options="-c pg_trickle.allow_circular=off") as conn:
        conn.execute("SET pg_trickle.allow_circular = off")
        (row,) = findings(conn, "pgtrickle_allow_circular")
    assert (row["object_type"], row["object_identity"]) == ("database", ident(dbname))
    assert "ALTER DATABASE" in row["message"]
    run_fix(db, row["remediation"])
    assert findings(auditor, "pgtrickle_allow_circular") == []


def test_pgtrickle_allow_circular_off_by_default(deployment, auditor):
    # A session's own SET is that session's business, not the database's.
    auditor.execute("SET pg_trickle.allow_circular = on")
    assert findings(auditor, "pgtrickle_allow_circular") == []


@BOTH_ROLE_SETS
def test_pgtrickle_allow_circular_per_role(deployment, auditor):
    db = deployment.db
    dbname = db.execute("SELECT current_database()").fetchone()[0]
    db.execute("ALTER ROLE %s IN DATABASE %s SET pg_trickle.allow_circular = true" % (q(deployment.admin), q(dbname)))
    db.execute("ALTER ROLE %s SET pg_trickle.allow_circular = on" % q(deployment.user))
    db.execute("ALTER ROLE %s SET pg_trickle.allow_circular = off" % q(deployment.readonly))
    rows = by_key(findings(auditor, "pgtrickle_allow_circular"))
    assert set(rows) == {ident(deployment.admin), ident(deployment.user)}
    assert rows[ident(deployment.admin)]["remediation"] == \
        "ALTER ROLE %s IN DATABASE %s RESET pg_trickle.allow_circular;" % (ident(deployment.admin), ident(dbname))
    assert rows[ident(deployment.user)]["remediation"] == \
        "ALTER ROLE %s RESET pg_trickle.allow_circular;" % ident(deployment.user)
    fix_all(db, rows.values())
    assert findings(auditor, "pgtrickle_allow_circular") == []


# ------------------------------------------------- stream_table_rls_exposure

def test_stream_table_rls_exposure(deployment, auditor):
    db = deployment.db
    db.execute("SELECT pgtrickle.create_stream_table(%s, %s)",
               ["%s.%s" % (q(SCHEMA), q("Downstream ñ")), "SELECT region FROM %s" % ST])
    db.execute("GRANT SELECT ON %s.%s TO PUBLIC" % (q(SCHEMA), q("Downstream ñ")))
    assert findings(auditor, "stream_table_rls_exposure") == []
    db.execute("ALTER TABLE %s ENABLE ROW LEVEL SECURITY" % SRC)
    rows = by_key(findings(auditor, "stream_table_rls_exposure"))
    downstream = qualified(SCHEMA, "Downstream ñ")
    assert set(rows) == {ST, downstream}
    assert {r["severity"] for r in rows.values()} == {"critical"}
    assert "directly" in rows[ST]["message"] and SRC in rows[ST]["message"]
    assert "through other stream tables" in rows[downstream]["message"]
    assert "PUBLIC can read it" in rows[downstream]["message"]
    fix_all(db, rows.values())
    assert findings(auditor, "stream_table_rls_exposure") == []


def test_stream_table_rls_exposure_needs_a_reader_subject_to_rls(deployment, auditor):
    db = deployment.db
    db.execute("ALTER TABLE %s ENABLE ROW LEVEL SECURITY" % SRC)
    assert len(findings(auditor, "stream_table_rls_exposure")) == 1
    db.execute("REVOKE SELECT ON %s FROM %s, %s" % (ST, q(deployment.user), q(deployment.readonly)))
    db.execute('CREATE ROLE "Bypass Ü" NOLOGIN BYPASSRLS')
    db.execute('GRANT SELECT ON %s TO "Bypass Ü"' % ST)
    assert findings(auditor, "stream_table_rls_exposure") == []


# ------------------------------------------------ stream_table_rls_no_policy

def test_stream_table_rls_no_policy(deployment, auditor):
    db = deployment.db
    db.execute("ALTER TABLE %s ENABLE ROW LEVEL SECURITY" % ST)
    (row,) = findings(auditor, "stream_table_rls_no_policy")
    assert (row["object_identity"], row["severity"]) == (ST, "info")
    run_fix(db, row["remediation"])
    assert findings(auditor, "stream_table_rls_no_policy") == []
    # The explicit deny changes nothing for readers and is not a write policy.
    assert findings(auditor, "stream_table_write_policy") == []
    db.execute("SET ROLE %s" % q(deployment.readonly))
    assert db.execute("SELECT count(*) FROM %s" % ST).fetchone()[0] == 0
    db.execute("RESET ROLE")


def test_stream_table_rls_with_policy_is_fine(deployment, auditor):
    db = deployment.db
    db.execute("ALTER TABLE %s ENABLE ROW LEVEL SECURITY" % ST)
    db.execute("CREATE POLICY north ON %s FOR SELECT TO %s USING (region = 'north')" % (ST, q(deployment.user)))
    assert findings(auditor, "stream_table_rls_no_policy") == []


# ------------------------------------------------- stream_table_write_policy

def test_stream_table_write_policy(deployment, auditor):
    db = deployment.db
    user, ro = q(deployment.user), q(deployment.readonly)
    db.execute("ALTER TABLE %s ENABLE ROW LEVEL SECURITY" % ST)
    db.execute('CREATE POLICY "North ""Only""" ON %s FOR ALL TO %s, %s USING (region = \'north\')' % (ST, user, ro))
    db.execute("CREATE POLICY ins ON %s FOR INSERT TO PUBLIC WITH CHECK (true)" % ST)
    db.execute("CREATE POLICY reader ON %s FOR SELECT TO PUBLIC USING (true)" % ST)
    rows = by_key(findings(auditor, "stream_table_write_policy"))
    assert set(rows) == {'"North ""Only""" on %s' % ST, "ins on %s" % ST}
    assert {r["severity"] for r in rows.values()} == {"low"}
    fix_all(db, rows.values())
    assert findings(auditor, "stream_table_write_policy") == []
    # FOR ALL came back FOR SELECT, for the same roles, with the same USING.
    polcmd, roles, qual = db.execute(
        "SELECT polcmd, polroles::regrole[]::text[], pg_get_expr(polqual, polrelid) FROM pg_policy"
        " WHERE polrelid = %s::regclass AND polname = 'North \"Only\"'", [ST]).fetchone()
    assert (polcmd, sorted(roles), qual) == ("r", sorted([ident(deployment.user), ident(deployment.readonly)]),
                                             "(region = 'north'::text)")
    assert db.execute("SELECT count(*) FROM pg_policy WHERE polrelid = %s::regclass AND polname = 'ins'",
                      [ST]).fetchone()[0] == 0


def test_stream_table_select_policy_is_fine(deployment, auditor):
    db = deployment.db
    db.execute("CREATE POLICY reader ON %s FOR SELECT TO %s USING (true)" % (ST, q(deployment.user)))
    assert findings(auditor, "stream_table_write_policy") == []


# ------------------------------------------------- stream_table_needs_reinit

def test_stream_table_needs_reinit(deployment, auditor):
    db = deployment.db
    assert findings(auditor, "stream_table_needs_reinit") == []
    db.execute("UPDATE pgtrickle.pgt_stream_tables SET needs_reinit = true")
    (row,) = findings(auditor, "stream_table_needs_reinit")
    assert (row["object_identity"], row["severity"]) == (ST, "info")
    run_fix(db, row["remediation"])
    assert findings(auditor, "stream_table_needs_reinit") == []


# ------------------------------------------------ pgtrickle_enabled_on_replica

@contextlib.contextmanager
def cloned_server(server, standby, extra_conf="", options=""):
    """A copy of the test cluster made with pg_basebackup, started on a unix
    socket in a private directory: a streaming standby (standby=True) or an
    independent server. Yields connect(dbname, user, **kw)."""
    clone = pg_under_test.Cluster(options="-c listen_addresses='' " + options)
    try:
        failed = clone.basebackup(server.host, server.port, server.superuser, standby=standby)
        assert failed is None, "pg_basebackup of the test cluster failed: %s" % failed
        clone.append_conf(extra_conf)
        clone.start()
        conns = []

        def connect(dbname, user=None, **kw):
            conn = clone.connect(dbname, user=user or server.superuser, **kw)
            conns.append(conn)
            return conn

        yield connect
        for conn in conns:
            conn.close()
    finally:
        clone.remove()


def test_pgtrickle_enabled_on_replica(deployment, server, auditor):
    db = deployment.db
    dbname = db.execute("SELECT current_database()").fetchone()[0]
    assert findings(auditor, "pgtrickle_enabled_on_replica") == []  # a primary
    # The standby inherits a configuration file that enables pg_trickle.
    with cloned_server(server, standby=True, extra_conf="pg_trickle.enabled = on\n") as connect:
        standby_auditor = connect(dbname, user="aud itor")
        assert standby_auditor.execute("SELECT pg_is_in_recovery()").fetchone()[0]
        (row,) = findings(standby_auditor, "pgtrickle_enabled_on_replica")
        assert (row["object_type"], row["object_identity"]) == ("database", ident(dbname))
        assert "postgresql.auto.conf" in row["message"]
        run_fix(connect(dbname), row["remediation"])
        assert findings(standby_auditor, "pgtrickle_enabled_on_replica") == []


def test_pgtrickle_enabled_on_replica_by_default_and_in_catalog(deployment, server, auditor):
    db = deployment.db
    dbname = db.execute("SELECT current_database()").fetchone()[0]
    other = "pgt standby ñ"
    db.execute("CREATE DATABASE %s" % q(other))
    try:
        with server.connect(dbname=other) as conn:
            conn.execute("CREATE EXTENSION harden CASCADE")
            load_fixture(conn, "pgtrickle.sql")
            set_database(conn, "pg_trickle.enabled", "on")
        set_database(db, "pg_trickle.enabled", "off")
        with cloned_server(server, standby=True) as connect:
            # Turned off for this database in the catalog: nothing to report.
            assert findings(connect(dbname, user="aud itor"), "pgtrickle_enabled_on_replica") == []
            # Turned on in the primary's catalog: reported, with no fix to run on the standby.
            (row,) = findings(connect(other, user="aud itor"), "pgtrickle_enabled_on_replica")
            assert row["remediation"] is None and "primary" in row["message"]
        set_database(db, "pg_trickle.enabled", None)
        with cloned_server(server, standby=True) as connect:
            # Not set anywhere: pg_trickle's default is on. (The ALTER SYSTEM fix needs
            # the pg_trickle library loaded, which a PostgreSQL 15 test server lacks.)
            (row,) = findings(connect(dbname, user="aud itor"), "pgtrickle_enabled_on_replica")
            assert "built-in default" in row["message"]
            assert row["remediation"].startswith("ALTER SYSTEM SET pg_trickle.enabled = off;")
    finally:
        db.execute("DROP DATABASE %s WITH (FORCE)" % q(other))


def test_pgaudit_log_with_pgaudit_loaded(db, server, auditor):
    dbname = db.execute("SELECT current_database()").fetchone()[0]
    set_database(db, "log_statement", "'none'")
    with cloned_server(server, standby=False, options="-c shared_preload_libraries=pgaudit") as connect:
        su = connect(dbname)
        aud = connect(dbname, user="aud itor")
        (row,) = findings(aud, "ddl_logging_disabled")
        assert "pgaudit.log is 'none'" in row["message"]
        set_database(su, "pgaudit.log", "'read, write'")
        assert len(findings(aud, "ddl_logging_disabled")) == 1
        set_database(su, "pgaudit.log", "'all, -ddl'")
        assert len(findings(aud, "ddl_logging_disabled")) == 1
        set_database(su, "pgaudit.log", "'DDL, function'")
        assert findings(aud, "ddl_logging_disabled") == []


def test_change_buffer_schema_usage_reported_while_admin_role_is_missing(pgt, auditor):
    # The admin role's USAGE exemption must not swallow every USAGE grant
    # when that role does not exist (a NULL comparison once did).
    pgt.execute("GRANT USAGE ON SCHEMA pgtrickle_changes TO PUBLIC")
    (row,) = [r for r in findings(auditor, "change_buffer_exposed") if r["object_type"] == "schema"]
    assert row["remediation"] == "REVOKE USAGE ON SCHEMA pgtrickle_changes FROM PUBLIC;"
    run_fix(pgt, row["remediation"])
    assert [r for r in findings(auditor, "change_buffer_exposed") if r["object_type"] == "schema"] == []
