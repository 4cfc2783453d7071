"""harden.apply(dry_run, rules): the union of the rules' plans (issue 14).

Without pg_trickle, apply creates no pg_trickle role; the general rules' fixes
clear their findings; every change is undone by revert; a list of rules makes
exactly those.
"""

import psycopg
import pytest

from conftest import report
from test_apply import apply as apply_default, assert_same, insecure, last_run, revert, rows, snapshot

S = '"Ap ""ply"" Ñ"'


def apply(conn, rules=None, dry_run=False):
    return rows(conn, "SELECT * FROM harden.apply(dry_run => %s, rules => %s)", [dry_run, rules])


@pytest.fixture
def messy(db):
    """One finding of each general rule apply can fix, on objects of a non-superuser owner."""
    db.execute("SET harden.bypass = on")
    db.execute('CREATE ROLE "Own er" NOLOGIN')
    db.execute('CREATE ROLE "Gr antee" NOLOGIN')
    db.execute('CREATE ROLE "Trig ger" NOLOGIN')
    db.execute(f'CREATE SCHEMA {S} AUTHORIZATION "Own er"')
    db.execute(f"GRANT CREATE ON SCHEMA {S} TO PUBLIC")
    db.execute(f'CREATE TABLE {S}."all" (id int, v text)')
    db.execute(f'CREATE TABLE {S}.writable (id int)')
    db.execute(f'CREATE TABLE {S}.rls (id int)')
    for t in ('"all"', "writable", "rls"):
        db.execute(f'ALTER TABLE {S}.{t} OWNER TO "Own er"')
    db.execute(f'GRANT ALL ON {S}."all" TO "Gr antee"')
    db.execute(f'GRANT TRIGGER ON {S}.writable TO "Trig ger"')
    db.execute(f'GRANT REFERENCES (id) ON {S}.writable TO "Gr antee"')
    db.execute(f"GRANT INSERT, UPDATE (id) ON {S}.writable TO PUBLIC")
    db.execute(f"ALTER TABLE {S}.rls ENABLE ROW LEVEL SECURITY")
    db.execute(f"CREATE POLICY p ON {S}.rls USING (id > 0)")
    db.execute(f'GRANT SELECT ON {S}.rls TO "Gr antee"')
    db.execute(f"CREATE VIEW {S}.v AS SELECT id FROM {S}.rls")
    db.execute(f'ALTER VIEW {S}.v OWNER TO "Own er"')
    db.execute(f'GRANT SELECT ON {S}.v TO "Gr antee"')
    db.execute(f"CREATE FUNCTION {S}.sd() RETURNS int LANGUAGE sql SECURITY DEFINER"
               " SET search_path = pg_catalog, pg_temp AS 'SELECT 1'")
    db.execute("RESET harden.bypass")
    return db


GENERAL = ("grant_all_privileges", "trigger_privilege_granted", "references_privilege_granted",
           "table_public_write", "schema_public_create", "security_definer_exposed_execute",
           "security_definer_view")


def test_default_apply_makes_the_safe_fixes_only(messy, auditor):
    db = messy
    before = report(auditor, *GENERAL)
    assert {r["check_name"] for r in before} == set(GENERAL)
    result = apply(db)
    assert db.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'pgtrickle%'").fetchone()[0] == 0
    assert {r["rule"] for r in result if r["status"] == "applied"} >= {"grant_all_privileges",
                                                                      "trigger_privilege_granted",
                                                                      "schema_public_create"}
    left = {r["check_name"] for r in report(auditor, *GENERAL)}
    # GRANT ALL's TRIGGER and REFERENCES are gone, and no narrower finding took their place.
    assert left == {"table_public_write", "security_definer_exposed_execute", "security_definer_view"}


def test_apply_with_a_list_fixes_every_finding_and_revert_restores(messy, auditor):
    db = messy
    before = snapshot(db)
    planned = apply(db, list(GENERAL), dry_run=True)
    assert {r["status"] for r in planned} <= {"planned", "already"}
    assert_same(before, snapshot(db))
    result = apply(db, list(GENERAL))
    assert [(r["step"], r["status"]) for r in result] == [(r["step"], r["status"].replace("planned", "applied"))
                                                          for r in planned]
    assert report(auditor, *GENERAL) == []
    assert {r["step"] for r in result} == set(range(13, 20))
    reverted = rows(db, "SELECT * FROM harden.revert(%s)", [last_run(db)])
    assert {r["status"] for r in reverted} == {"reverted"}
    assert_same(before, snapshot(db))
    assert {r["check_name"] for r in report(auditor, *GENERAL)} == set(GENERAL)
    assert db.execute(f"SELECT reloptions FROM pg_class WHERE oid = '{S}.v'::regclass").fetchone()[0] is None


def test_apply_with_a_list_makes_exactly_those(messy, auditor):
    result = apply(messy, ["schema_public_create"])
    assert {r["rule"] for r in result} == {"schema_public_create"}
    assert report(auditor, "schema_public_create") == []
    assert report(auditor, "grant_all_privileges")


@pytest.mark.parametrize("rules, message", [
    (["no_such_rule"], "unknown rule"),
    (["superuser_login_roles"], "has no fix"),
    ([None], "must not contain NULL"),
])
def test_apply_refuses_rules_it_cannot_make(db, rules, message):
    with pytest.raises(psycopg.Error) as err:
        apply(db, rules)
    assert message in err.value.diag.message_primary
    assert err.value.diag.message_hint


def test_pgtrickle_steps_only_when_listed(db):
    insecure(db)
    result = apply(db, ["ddl_logging_disabled"])
    assert {r["step"] for r in result} == {9}
    assert db.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'pgtrickle%'").fetchone()[0] == 0
    result = apply_default(db)
    assert 4 in {r["step"] for r in result}
    revert(db, last_run(db))
