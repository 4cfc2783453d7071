"""Waivers: who may waive, what a waiver hides, and that waivers outlive a dump and restore."""

import subprocess

import psycopg
import pytest

from conftest import PG_BINDIR, report

TABLE = 'public."Wide ""Open"" Ñandú"'


@pytest.fixture
def finding(db):
    """A table_public_write finding, and its fingerprint."""
    db.execute(f"CREATE TABLE {TABLE} (a int)")
    db.execute(f"GRANT INSERT ON {TABLE} TO PUBLIC")
    rows = report(db, "table_public_write")
    assert len(rows) == 1
    return rows[0]["fingerprint"]


@pytest.fixture
def admin(server, db):
    db.execute('CREATE ROLE "Ad ""min""" LOGIN IN ROLE harden_admin')
    return server.connect(user='Ad "min"')


def test_admin_waives_and_auditor_sees_it_marked(finding, admin, auditor):
    row = admin.execute("SELECT fingerprint, reason, waived_by, check_name, object_identity"
                        " FROM harden.waive(%s, 'legacy loader')", [finding]).fetchone()
    assert row == (finding, "legacy loader", 'Ad "min"', "table_public_write", TABLE)
    assert report(auditor, "table_public_write") == []
    shown = [r for r in auditor.execute("SELECT check_name, waived FROM harden.audit_report(true)")
             if r[0] == "table_public_write"]
    assert shown == [("table_public_write", True)]
    # The auditor reads the waivers: who waived what, when and why.
    assert auditor.execute("SELECT fingerprint, waived_by FROM harden.waivers").fetchall() == [(finding, 'Ad "min"')]
    summary = dict(auditor.execute("SELECT severity, findings FROM harden.audit_summary()").fetchall())
    assert summary["high"] == 0


def test_unwaive_shows_the_finding_again(db, finding, admin, auditor):
    admin.execute("SELECT harden.waive(%s, 'temporary')", [finding])
    admin.execute("SELECT harden.unwaive(%s)", [finding])
    assert [r["fingerprint"] for r in report(auditor, "table_public_write")] == [finding]
    with pytest.raises(psycopg.errors.NoDataFound, match="no waiver has fingerprint"):
        admin.execute("SELECT harden.unwaive(%s)", [finding])


def test_expired_waiver_stops_hiding(db, finding, admin, auditor):
    admin.execute("SELECT harden.waive(%s, 'until the migration', now() + interval '1 day')", [finding])
    assert report(auditor, "table_public_write") == []
    # Time passes: the expiry is now behind us.
    db.execute("UPDATE harden.waivers SET expires = now() - interval '1 second'")
    rows = report(auditor, "table_public_write")
    assert [(r["fingerprint"], r["waived"]) for r in rows] == [(finding, False)]


def test_auditor_and_others_cannot_waive(server, db, finding, auditor):
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        auditor.execute("SELECT harden.waive(%s, 'I would rather not see it')", [finding])
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        auditor.execute("DELETE FROM harden.waivers")
    db.execute('CREATE ROLE "out sider" LOGIN')
    with server.connect(user="out sider") as outsider:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            outsider.execute("SELECT * FROM harden.waivers")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            outsider.execute("SELECT harden.unwaive(%s)", [finding])


@pytest.mark.parametrize("fingerprint, reason, expires, message", [
    ("not-hex", "r", None, "invalid fingerprint 'not-hex'"),
    ("abc", "r", None, "invalid fingerprint 'abc'"),
    (None, "r", None, "invalid fingerprint NULL"),
    ("0" * 32, "", None, "a waiver needs a reason"),
    ("0" * 32, "  \t", None, "a waiver needs a reason"),
    ("0" * 32, None, None, "a waiver needs a reason"),
    ("0" * 32, "r", "2000-01-01", "expiry must be in the future"),
])
def test_bad_input_is_a_clear_error_and_changes_nothing(admin, fingerprint, reason, expires, message):
    with pytest.raises(psycopg.errors.InvalidParameterValue, match=message) as err:
        admin.execute("SELECT harden.waive(%s, %s, %s)", [fingerprint, reason, expires])
    assert err.value.diag.message_hint
    assert admin.execute("SELECT count(*) FROM harden.waivers").fetchone()[0] == 0


def test_unknown_fingerprint_is_accepted_with_a_notice(admin):
    notices = []
    admin.add_notice_handler(lambda d: notices.append(d.message_primary))
    admin.execute("SELECT harden.waive(%s, 'approved before it appears')", ["ab" * 16])
    assert any("no current finding has fingerprint" in n for n in notices)
    assert admin.execute("SELECT check_name FROM harden.waivers").fetchall() == [(None,)]


def test_waivers_and_configuration_survive_dump_and_restore(server, db, finding, admin):
    admin.execute("SELECT harden.waive(%s, 'kept through restore', '2999-01-01')", [finding])
    db.execute("SELECT harden.configure('role_attribute_exceptions', 'Rep lica')")
    db.execute("SELECT harden.set_mode('warn')")
    dump = subprocess.run(
        [PG_BINDIR + "/pg_dump", "-h", server.host, "-p", str(server.port), "-U", server.superuser, server.dbname],
        capture_output=True, check=True)
    db.execute("CREATE DATABASE harden_restored")
    try:
        subprocess.run(
            [PG_BINDIR + "/psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", server.host, "-p", str(server.port),
             "-U", server.superuser, "-d", "harden_restored"],
            input=dump.stdout, capture_output=True, check=True)
        with server.connect(dbname="harden_restored") as restored:
            assert restored.execute("SELECT fingerprint, reason, expires, waived_by FROM harden.waivers").fetchall() \
                == db.execute("SELECT fingerprint, reason, expires, waived_by FROM harden.waivers").fetchall()
            assert restored.execute("SELECT name, value FROM harden.config ORDER BY name").fetchall() == \
                [("mode", "warn"), ("role_attribute_exceptions", "Rep lica")]
            # The guard's gate reads the mode from its own SET clauses, which
            # the restore of harden.config brought along.
            assert restored.execute("SELECT value FROM harden.status() WHERE name = 'gate_settings'").fetchone() \
                == ("as configured",)
            assert "harden.mode=warn" in restored.execute(
                "SELECT proconfig FROM pg_proc WHERE oid = 'harden.guard_ddl_command_end()'::regprocedure").fetchone()[0]
            assert report(restored, "table_public_write") == []
            assert [r[0] for r in restored.execute("SELECT waived FROM harden.audit_report(true)"
                                                   " WHERE check_name = 'table_public_write'")] == [True]
    finally:
        server.close_all()
        db = server.connect()
        db.execute("DROP DATABASE harden_restored")
