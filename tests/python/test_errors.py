"""Errors of harden's functions read like PostgreSQL's own: a SQLSTATE, a
one-line primary message, DETAIL and HINT where they help, and no Python
traceback (tools/build_sql.py puts a PL/pgSQL function in front of every
public PL/Python one for this)."""

import psycopg
import pytest

BAD_INPUT = [
    "SELECT harden.configure('mode', 'blah')",
    "SELECT harden.configure('no such setting', 'x')",
    "SELECT harden.configure('admin_role', 'pg_monitor')",
    "SELECT harden.set_mode('loud')",
    "SELECT harden.set_rule_action('no_such_rule', 'off')",
    "SELECT harden.set_rule_action('grant_all_privileges', 'loud')",
    "SELECT * FROM harden.revert(424242)",
    "SELECT harden.prune_history('-1 day')",
    "SELECT harden.waive('not a fingerprint', 'why')",
    "SELECT harden.unwaive('%s')" % ("f" * 32),
]


def assert_postgresql_style(error):
    diag = error.diag
    assert diag.sqlstate and diag.sqlstate != "38000", "a SQLSTATE of its own, not external_routine_exception"
    assert diag.message_primary.startswith("harden: ")
    assert "\n" not in diag.message_primary
    assert "plpy" not in diag.message_primary
    assert "Traceback" not in (diag.context or "")
    assert diag.message_hint


@pytest.mark.parametrize("call", BAD_INPUT)
def test_bad_input_gets_a_postgresql_style_error(db, call):
    with pytest.raises(psycopg.Error) as exc:
        db.execute(call)
    assert_postgresql_style(exc.value)
    assert exc.value.diag.sqlstate in ("22023", "P0002")


def test_a_session_that_loaded_another_version_gets_a_clean_error(db):
    db.execute("SELECT harden.version()")
    db.execute("DO $$ GD['harden.version'] = '0.0.1' $$ LANGUAGE plpython3u")
    with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState) as exc:
        db.execute("SELECT count(*) FROM harden.audit_report()")
    assert_postgresql_style(exc.value)


def test_calling_an_admin_function_without_the_role_is_refused(server, db):
    db.execute('CREATE ROLE "no body" LOGIN')
    conn = server.connect(user="no body")
    for call in ("SELECT harden.configure('mode', 'off')", "SELECT * FROM harden.apply(true)"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(call)
    assert db.execute("SELECT count(*) FROM harden.config").fetchone() == (0,)
