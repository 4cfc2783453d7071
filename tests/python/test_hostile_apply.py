"""Hostile tests for apply() (issue 12, item 2): apply never transfers code.

A previous owner of a stream table, a non-superuser login role with CREATE on
the database, plants a function of its own in the table (an expression index,
a trigger, a column default) and hopes that apply's ownership transfer makes
the admin role run it. Each attack must fail: apply plans a manual row naming
what to review, and the table, its owner and its privileges stay as they were.
The same holds for a grant: a source whose policy calls the attacker's function
is not granted to the admin role. Every attack step runs as the attacker.
"""

import pytest
from psycopg.rows import dict_row

from test_apply import assert_same, insecure, snapshot

ATTACKER = '"Mal ""lory"""'
ST = 'public."Région totals"'


def apply(conn, dry_run=False):
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute("SELECT * FROM harden.apply(dry_run => %s)", [dry_run])
        return cur.fetchall()


@pytest.fixture
def attacker(server, db):
    """The insecure demo, with the stream table left owned by the attacker (its previous owner)."""
    insecure(db)
    db.execute(f"CREATE ROLE {ATTACKER} LOGIN")
    db.execute(f"GRANT CREATE ON DATABASE {db.info.dbname} TO {ATTACKER}")
    db.execute("SELECT harden.configure('mode', 'off')")
    db.execute(f"GRANT USAGE, CREATE ON SCHEMA public TO {ATTACKER}")  # an index is made in its table's schema
    db.execute(f"ALTER TABLE {ST} OWNER TO {ATTACKER}")
    conn = server.connect(user='Mal "lory"')
    conn.execute("CREATE SCHEMA mal")
    conn.execute("CREATE FUNCTION mal.owner_fn(text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT $1'")
    conn.execute("CREATE FUNCTION mal.trg() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'")
    conn.execute("CREATE FUNCTION mal.dflt() RETURNS bigint LANGUAGE sql AS 'SELECT 0::bigint'")
    return conn


PLANTS = {
    "expression index": f"CREATE INDEX ON {ST} (mal.owner_fn(region))",
    "index predicate": f"CREATE INDEX ON {ST} (n) WHERE mal.owner_fn(region) IS NOT NULL",
    "trigger": f"CREATE TRIGGER t BEFORE INSERT ON {ST} FOR EACH ROW EXECUTE FUNCTION mal.trg()",
    "column default": f"ALTER TABLE {ST} ALTER COLUMN n SET DEFAULT mal.dflt()",
    "check constraint": f"ALTER TABLE {ST} ADD CHECK (mal.owner_fn(region) IS NOT NULL)",
}


@pytest.mark.parametrize("plant", sorted(PLANTS))
def test_apply_does_not_hand_planted_code_to_the_admin_role(db, attacker, plant):
    attacker.execute(PLANTS[plant])
    target = db.execute(f"SELECT oid FROM pg_class WHERE oid = '{ST}'::regclass").fetchone()[0]
    owned = ("SELECT relowner::regrole::text, relacl::text FROM pg_class WHERE oid = %s")
    before_table = db.execute(owned, [target]).fetchone()

    planned = [r for r in apply(db, dry_run=True) if r["step"] == 4]
    result = apply(db)
    rows = [r for r in result if r["step"] == 4]
    assert [(r["rule"], r["status"].replace("planned", "applied")) for r in planned] == \
        [(r["rule"], r["status"]) for r in rows]
    mine = [r for r in rows if ST in r["action"]]
    assert [r["status"] for r in mine] == ["manual"]
    assert "mal." in mine[0]["action"] and 'Mal "lory"' in mine[0]["action"]
    assert mine[0]["sql"].endswith("ALTER TABLE %s OWNER TO pgtrickle_admin;" % ST)
    # The other stream table, which carries nothing foreign, was transferred.
    assert [r["status"] for r in rows if "order_totals" in r["action"]] == ["applied"]
    # Nothing changed on the attacked table: owner and privileges as the attacker left them.
    assert db.execute(owned, [target]).fetchone() == before_table
    assert db.execute("SELECT count(*) FROM harden.apply_actions WHERE status = 'applied'"
                      " AND object_identity = %s", [ST]).fetchone()[0] == 0


def test_apply_does_not_grant_a_source_whose_policy_calls_planted_code(server, db, attacker):
    db.execute(f'ALTER TABLE public."Customer ""VIP"" List" OWNER TO {ATTACKER}')
    attacker.execute('ALTER TABLE public."Customer ""VIP"" List" ENABLE ROW LEVEL SECURITY')
    attacker.execute('CREATE POLICY p ON public."Customer ""VIP"" List" USING (mal.owner_fn("naïve name") = \'x\')')
    before = snapshot(db)
    result = apply(db)
    grants = [r for r in result if r["step"] == 2 and "Customer" in r["action"]]
    assert [r["status"] for r in grants] == ["manual"]
    assert "policy p on table" in grants[0]["action"]
    assert not db.execute("SELECT has_table_privilege('pgtrickle_admin', 'public.\"Customer \"\"VIP\"\" List\"',"
                          " 'SELECT')").fetchone()[0]
    # Only what apply recorded changed: reverting the run gives back the catalog it found.
    db.execute("SELECT * FROM harden.revert((SELECT max(run_id) FROM harden.apply_runs))")
    assert_same(before, snapshot(db))


def test_code_of_the_target_role_or_a_superuser_is_not_foreign(db, attacker):
    """The check is about other roles' code: the superuser's own index function passes."""
    db.execute("CREATE FUNCTION public.su_fn(text) RETURNS text LANGUAGE sql IMMUTABLE"
               " SET search_path = pg_catalog AS 'SELECT $1'")
    db.execute("ALTER TABLE public.order_totals OWNER TO CURRENT_USER")
    db.execute("CREATE INDEX ON public.order_totals (public.su_fn(region))")
    rows = [r for r in apply(db) if r["step"] == 4 and "order_totals" in r["action"]]
    assert [r["status"] for r in rows] == ["applied"]
