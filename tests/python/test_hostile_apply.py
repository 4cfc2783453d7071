"""Hostile tests for apply() (issue 12, item 2): apply never transfers code.

A previous owner of a stream table, a non-superuser login role with CREATE on
the database, plants a function of its own in the table (an expression index,
a trigger, a column default) and hopes that apply's ownership transfer makes
the admin role run it. Each attack must fail: apply plans a manual row naming
what to review, and the table, its owner and its privileges stay as they were.
The same holds for a grant: a source whose policy calls the attacker's function
is not granted to the admin role. Every attack step runs as the attacker.
"""

import threading
import time

import psycopg
import pytest
from psycopg.rows import dict_row

from test_apply import assert_same, insecure, snapshot
from test_general_checks import psql

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
    # Found by an attacker helper: ANALYZE (autovacuum's too) evaluates statistics
    # expressions as the owner; a domain's owner may add a CHECK to it at any time.
    "statistics expression": f"CREATE STATISTICS mal.s ON (mal.owner_fn(region)) FROM {ST}",
    "domain in an index": f"CREATE DOMAIN mal.dom AS text; CREATE INDEX ON {ST} ((region::mal.dom))",
    "domain of a column": f"CREATE DOMAIN mal.dom AS text; ALTER TABLE {ST} ADD COLUMN note mal.dom",
    # Reading the attacker's table runs its policies (or, a view, its query) as the reader.
    "policy reading the attacker's table": f"CREATE TABLE mal.t (x int); CREATE POLICY p ON {ST}"
                                            " USING (EXISTS (SELECT FROM mal.t))",
    "rule reading the attacker's view": f"CREATE VIEW mal.v AS SELECT 1 AS x; CREATE RULE r AS ON INSERT TO {ST}"
                                        " DO ALSO SELECT x FROM mal.v",
    # Found by an attacker helper: a write to the table fires its children's triggers.
    "trigger on an inheritance child": f"CREATE TABLE mal.child () INHERITS ({ST}); CREATE TRIGGER t BEFORE DELETE"
                                       " ON mal.child FOR EACH ROW EXECUTE FUNCTION mal.trg()",
}
# What the manual row names for each plant: the attacker's function, type or relation.
NAMED = {"domain in an index": "uses type mal.dom", "domain of a column": "uses type mal.dom",
         "policy reading the attacker's table": "reads mal.t", "rule reading the attacker's view": "reads mal.v"}

# Built-in functions that run the SQL text or set the setting the caller
# passes: the attacker wrote the call, a superuser owns the function.
RUNNERS = {
    "query_to_xml in a check": f"ALTER TABLE {ST} ADD CHECK (query_to_xml('SELECT mal.dflt()', true, false, '')"
                               " IS NOT NULL)",
    "set_config in a default": f"ALTER TABLE {ST} ALTER COLUMN region SET DEFAULT"
                               " set_config('search_path', 'mal, pg_catalog', false)",
    # A type named by its oid runs its input function and a domain's CHECK, with no dependency on it.
    "record_in of a type by oid": f"CREATE TYPE mal.comp AS (a text); ALTER TABLE {ST} ADD CHECK"
                                  " (record_in('(x)'::cstring, 'mal.comp'::regtype::oid, -1) IS NOT NULL)",
}


@pytest.mark.parametrize("plant", sorted(PLANTS) + sorted(RUNNERS))
def test_apply_does_not_hand_planted_code_to_the_admin_role(db, attacker, plant):
    attacker.execute(PLANTS.get(plant) or RUNNERS[plant])
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
    if plant in RUNNERS:
        assert "which runs or sets what its caller passes it" in mine[0]["action"]
    else:
        assert NAMED.get(plant, "calls mal.") in mine[0]["action"]
        assert 'owned by "Mal ""lory"""' in mine[0]["action"]
    assert mine[0]["sql"].endswith("ALTER TABLE %s OWNER TO pgtrickle_admin;" % ST)
    # The other stream table, which carries nothing foreign, was transferred.
    assert [r["status"] for r in rows if "order_totals" in r["action"]] == ["applied"]
    # Nothing changed on the attacked table: owner and privileges as the attacker left them.
    assert db.execute(owned, [target]).fetchone() == before_table
    assert db.execute("SELECT count(*) FROM harden.apply_actions WHERE status = 'applied'"
                      " AND object_identity = %s", [ST]).fetchone()[0] == 0


@pytest.mark.parametrize("line_end", ["\n", "\r"])
def test_a_manual_rows_review_lines_hold_no_line_end_from_a_name(server, db, attacker, line_end):
    """The manual row names the planted part as the server describes it,
    unquoted, in comment lines a DBA runs as written: a line end in the name
    would end the comment and run the rest (found by an attacker helper)."""
    trigger = "z%sCREATE TABLE public.pwned_by_review();--" % line_end
    attacker.execute(psycopg.sql.SQL("CREATE TRIGGER {} BEFORE INSERT ON {} FOR EACH ROW EXECUTE FUNCTION mal.trg()")
                     .format(psycopg.sql.Identifier(trigger), psycopg.sql.SQL(ST)))
    manual = [r for r in apply(db) if r["status"] == "manual" and "review: " in (r["sql"] or "")]
    assert len(manual) == 1 and ST in manual[0]["action"]
    db.execute("SELECT harden.configure('mode', 'warn')")
    for r in manual:
        psql(server, r["sql"])
    assert db.execute("SELECT to_regclass('public.pwned_by_review')").fetchone() == (None,)
    assert db.execute(f"SELECT relowner::regrole::text FROM pg_class WHERE oid = '{ST}'::regclass").fetchone() == \
        ("pgtrickle_admin",)


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


def test_apply_does_not_grant_a_source_whose_child_checks_with_planted_code(server, db, attacker):
    """Found by an attacker helper: the planner folds an inheritance child's
    CHECK constraint (constraint exclusion) when the granted role reads the
    parent, running the attacker's immutable function as that role."""
    db.execute(f'ALTER TABLE public."Customer ""VIP"" List" OWNER TO {ATTACKER}')
    attacker.execute('CREATE TABLE mal.child () INHERITS (public."Customer ""VIP"" List")')
    attacker.execute("ALTER TABLE mal.child ADD CONSTRAINT ok CHECK (mal.owner_fn('x') IS NOT NULL)")
    grants = [r for r in apply(db) if r["step"] == 2 and "Customer" in r["action"]]
    assert [r["status"] for r in grants] == ["manual"]
    assert "constraint ok on table mal.child calls mal.owner_fn(text)" in grants[0]["action"]
    assert not db.execute("SELECT has_table_privilege('pgtrickle_admin', 'public.\"Customer \"\"VIP\"\" List\"',"
                          " 'SELECT')").fetchone()[0]


# Code the planner evaluates when the granted role's session first plans a
# query on the source, as that role (found by an attacker helper).
PLANNER_PLANTS = {
    "expression index": 'CREATE INDEX ON public."Customer ""VIP"" List" ((mal.owner_fn("naïve name")))',
    "index predicate": 'CREATE INDEX ON public."Customer ""VIP"" List" (id) WHERE mal.owner_fn(\'x\') IS NOT NULL',
    "statistics expression": 'CREATE STATISTICS mal.s ON (mal.owner_fn("naïve name")) FROM public."Customer ""VIP"" List"',
}


@pytest.mark.parametrize("plant", sorted(PLANNER_PLANTS))
def test_apply_does_not_grant_a_source_whose_planner_runs_planted_code(server, db, attacker, plant):
    db.execute(f'ALTER TABLE public."Customer ""VIP"" List" OWNER TO {ATTACKER}')
    attacker.execute(PLANNER_PLANTS[plant])
    grants = [r for r in apply(db) if r["step"] == 2 and "Customer" in r["action"]]
    assert [r["status"] for r in grants] == ["manual"]
    assert "calls mal.owner_fn(text)" in grants[0]["action"]
    assert not db.execute("SELECT has_table_privilege('pgtrickle_admin', 'public.\"Customer \"\"VIP\"\" List\"',"
                          " 'SELECT')").fetchone()[0]


def test_apply_does_not_grant_a_partition_whose_parents_key_calls_planted_code(server, db, attacker):
    """Found by an attacker helper: a source that is a partition of its
    owner's partitioned table gets its partition constraint from the parent's
    key, which the planner folds (and a write checks) as the reader."""
    attacker.execute("CREATE FUNCTION mal.zero() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 0'")
    attacker.execute("CREATE TABLE mal.p (id int, amount numeric) PARTITION BY LIST ((id + mal.zero()))")
    attacker.execute("CREATE TABLE public.sales PARTITION OF mal.p FOR VALUES IN (1, 2, 3) PARTITION BY LIST (id)")
    attacker.execute("CREATE TABLE public.sales_1 PARTITION OF public.sales FOR VALUES IN (1)")
    db.execute("SELECT pgtrickle.create_stream_table('public.sales_totals',"
               " 'SELECT id, sum(amount) AS total FROM public.sales GROUP BY id')")
    grants = [r for r in apply(db) if r["step"] == 2 and "public.sales" in r["action"]]
    assert [r["status"] for r in grants] == ["manual"]
    assert "calls mal.zero()" in grants[0]["action"]
    assert not db.execute("SELECT has_table_privilege('pgtrickle_admin', 'public.sales', 'SELECT')").fetchone()[0]


def test_code_of_the_target_role_or_a_superuser_is_not_foreign(db, attacker):
    """The check is about other roles' code: the superuser's own index function passes."""
    db.execute("CREATE FUNCTION public.su_fn(text) RETURNS text LANGUAGE sql IMMUTABLE"
               " SET search_path = pg_catalog AS 'SELECT $1'")
    db.execute("ALTER TABLE public.order_totals OWNER TO CURRENT_USER")
    db.execute("CREATE INDEX ON public.order_totals (public.su_fn(region))")
    rows = [r for r in apply(db) if r["step"] == 4 and "order_totals" in r["action"]]
    assert [r["status"] for r in rows] == ["applied"]


def _waits_for_a_lock(db):
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if db.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                      " AND query LIKE '%harden.apply%'").fetchone()[0]:
            return
        time.sleep(0.05)
    raise AssertionError("harden.apply() does not wait for a lock")


def _apply_meanwhile(server, db, act):
    """apply() by a superuser in another session; act() once it waits for a
    lock. The error apply raised, or None."""
    outcome = {}

    def run():
        try:
            outcome["rows"] = apply(server.connect())
        except psycopg.Error as exc:
            outcome["error"] = exc
    thread = threading.Thread(target=run)
    thread.start()
    _waits_for_a_lock(db)
    act()
    thread.join(30)
    return outcome.get("error")


def test_code_planted_while_apply_runs_is_not_handed_over(server, db, attacker):
    """Found by an attacker helper: apply read the table's code before any
    lock; an index the owner created in a transaction still open then was
    handed to the admin role with the table once that transaction
    committed. apply now reads the code again with the table locked."""
    owner = server.connect(user='Mal "lory"', autocommit=False)
    owner.execute(f"CREATE INDEX evil ON {ST} (mal.owner_fn(region))")  # not committed yet
    error = _apply_meanwhile(server, db, owner.commit)
    assert isinstance(error, psycopg.errors.SerializationFailure), error
    assert error.diag.message_primary == ("harden: %s was changed while harden.apply() ran: it would now run code "
                                          "pgtrickle_admin did not write as pgtrickle_admin" % ST)
    assert "calls mal.owner_fn(text)" in error.diag.message_detail
    assert db.execute(f"SELECT relowner::regrole::text FROM pg_class WHERE oid = '{ST}'::regclass"
                      ).fetchone()[0] == ATTACKER
    assert db.execute("SELECT count(*) FROM harden.apply_runs").fetchone()[0] == 0
    # Run again, it lists the change as manual.
    assert [r["status"] for r in apply(db) if r["step"] == 4 and ST in r["action"]] == ["manual"]


def test_apply_runs_only_in_read_committed(server, db, attacker):
    conn = server.connect(autocommit=False)
    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
    with pytest.raises(psycopg.errors.InvalidTransactionState, match="READ COMMITTED"):
        apply(conn)
    conn.rollback()
    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
    assert apply(conn, dry_run=True)
    conn.rollback()


# The attacker owns schemas "S 1" and "S 2" and the stream table "S 1".st;
# another role owns the stream table "S 2".st.
def _two_schemas(db):
    """Makes them; returns the oid of the other role's stream table."""
    db.execute(f'CREATE SCHEMA "S 1" AUTHORIZATION {ATTACKER}')
    db.execute(f'CREATE SCHEMA "S 2" AUTHORIZATION {ATTACKER}')
    db.execute('CREATE ROLE "Al ice"')
    for schema in ('"S 1"', '"S 2"'):
        db.execute("SELECT pgtrickle.create_stream_table(%s, 'SELECT region FROM public.orders')",
                   [schema + ".st"])
    db.execute(f'ALTER TABLE "S 1".st OWNER TO {ATTACKER}')
    db.execute('ALTER TABLE "S 2".st OWNER TO "Al ice"')
    return db.execute("""SELECT '"S 2".st'::regclass::oid""").fetchone()[0]


# What the attacker runs to give each schema the other's name.
SWAP = ('ALTER SCHEMA "S 1" RENAME TO tmp', 'ALTER SCHEMA "S 2" RENAME TO "S 1"', 'ALTER SCHEMA tmp RENAME TO "S 2"')


def test_revert_skips_an_undo_whose_object_was_renamed(server, db, attacker):
    """Found by an attacker helper: the owner of two schemas swapped their
    names after apply, and revert's undo, which names each stream table by
    its schema, gave another role's stream table to the attacker."""
    alices = _two_schemas(db)
    assert [r["status"] for r in apply(db) if r["step"] == 4 and '"S 2".st' in r["action"]] == ["applied"]
    for statement in SWAP:
        attacker.execute(statement)
    undone = db.execute("SELECT * FROM harden.revert((SELECT max(run_id) FROM harden.apply_runs))").fetchall()
    owner_changes = [r for r in undone if r[0] == 4 and '.st OWNER TO' in (r[1] or "")]
    assert len(owner_changes) == 2 and {r[2] for r in owner_changes} == {"skipped"}, owner_changes
    assert all("is no longer the object harden.apply() changed" in r[1] for r in owner_changes)
    assert db.execute("SELECT relowner::regrole::text FROM pg_class WHERE oid = %s", [alices]
                      ).fetchone()[0] == "pgtrickle_admin"


def test_revert_skips_a_view_fix_whose_view_was_renamed(server, db, attacker):
    """Found by an attacker helper: security_definer_view's fix and undo name
    the view; the owner of two schemas swapped their names after apply, and
    revert reset security_invoker on another role's view, which then showed
    its RLS table's every row to every reader."""
    db.execute(f'CREATE SCHEMA "S 1" AUTHORIZATION {ATTACKER}')
    db.execute(f'CREATE SCHEMA "S 2" AUTHORIZATION {ATTACKER}')
    db.execute('CREATE ROLE "Al ice"')
    db.execute('GRANT CREATE ON SCHEMA "S 2" TO "Al ice"')
    db.execute('GRANT USAGE ON SCHEMA "S 1", "S 2" TO PUBLIC')
    for schema, owner in (('"S 1"', ATTACKER), ('"S 2"', '"Al ice"')):
        db.execute(f"CREATE TABLE {schema}.t (who text)")
        db.execute(f"ALTER TABLE {schema}.t ENABLE ROW LEVEL SECURITY")
        db.execute(f"CREATE POLICY p ON {schema}.t USING (who = current_user)")
        db.execute(f"CREATE VIEW {schema}.v AS SELECT * FROM {schema}.t")
        db.execute(f"GRANT SELECT ON {schema}.t, {schema}.v TO PUBLIC")
        db.execute(f"ALTER TABLE {schema}.t OWNER TO {owner}")
        db.execute(f"ALTER VIEW {schema}.v OWNER TO {owner}")
    db.execute('ALTER VIEW "S 2".v SET (security_invoker = true)')
    alices = db.execute("""SELECT '"S 2".v'::regclass::oid""").fetchone()[0]
    fixed = db.execute("SELECT * FROM harden.apply(false, ARRAY['security_definer_view'])").fetchall()
    assert [(r[3], r[4]) for r in fixed] == [('ALTER VIEW "S 1".v SET (security_invoker = true);', "applied")]
    for statement in SWAP:
        attacker.execute(statement)
    undone = db.execute("SELECT * FROM harden.revert((SELECT max(run_id) FROM harden.apply_runs))").fetchall()
    assert [r[2] for r in undone] == ["skipped"]
    assert "is no longer the object harden.apply() changed" in undone[0][1]
    assert db.execute("SELECT reloptions FROM pg_class WHERE oid = %s", [alices]).fetchone()[0] == \
        ["security_invoker=true"]


def test_a_relation_renamed_while_apply_waits_is_not_changed_in_its_place(server, db, attacker):
    """Found by an attacker helper: the owner of a stream table holds a lock
    on it; apply waits in LOCK TABLE; the owner renames the stream table and
    gives its name to a table of its own with an index calling its function.
    LOCK TABLE and the planned ALTER TABLE, which name the relation, would
    then have handed that table to the admin role."""
    attacker.execute("CREATE TABLE public.evil (region text, n bigint)")
    attacker.execute("CREATE INDEX ON public.evil (mal.owner_fn(region))")
    holder = server.connect(user='Mal "lory"', autocommit=False)
    holder.execute(f"LOCK TABLE {ST} IN ACCESS EXCLUSIVE MODE")

    def swap():
        holder.execute(f'ALTER TABLE {ST} RENAME TO "Région totals old"')
        holder.execute('ALTER TABLE public.evil RENAME TO "Région totals"')
        holder.commit()
    error = _apply_meanwhile(server, db, swap)
    assert isinstance(error, psycopg.errors.SerializationFailure), error
    assert "was renamed" in error.diag.message_primary
    assert db.execute(f"SELECT relowner::regrole::text FROM pg_class WHERE oid = '{ST}'::regclass"
                      ).fetchone()[0] == ATTACKER
    assert db.execute("SELECT count(*) FROM harden.apply_runs").fetchone()[0] == 0



def test_a_schema_swapped_while_revert_waits_changes_nothing(server, db, attacker):
    """An attacker helper's suspicion: revert checked each undo's names, then
    the undo's ALTER TABLE waited for a lock the attacker held (it may read
    the table) while it swapped the names of the two schemas it owns; the
    ALTER then found another role's stream table under the name. Checked
    again after each undo, the run stops and changes nothing."""
    alices = _two_schemas(db)
    apply(db)
    db.execute(f'GRANT SELECT ON "S 1".st TO {ATTACKER}')
    holder = server.connect(user='Mal "lory"', autocommit=False)
    holder.execute('SELECT FROM "S 1".st')  # ACCESS SHARE until it commits
    outcome = {}

    def run():
        try:
            server.connect().execute("SELECT * FROM harden.revert((SELECT max(run_id) FROM harden.apply_runs))")
        except psycopg.Error as exc:
            outcome["error"] = exc
    thread = threading.Thread(target=run)
    thread.start()
    deadline = time.monotonic() + 10
    while not db.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                         " AND query LIKE '%harden.revert%'").fetchone()[0]:
        assert time.monotonic() < deadline, "harden.revert() does not wait for a lock"
        time.sleep(0.05)
    for statement in SWAP:
        holder.execute(statement)
    holder.commit()
    thread.join(30)
    error = outcome.get("error")
    assert isinstance(error, psycopg.errors.SerializationFailure), outcome
    assert error.diag.message_primary == "harden: an object was renamed while harden.revert() ran"
    assert db.execute("SELECT relowner::regrole::text FROM pg_class WHERE oid = %s", [alices]
                      ).fetchone()[0] == "pgtrickle_admin"
    assert db.execute("SELECT count(*) FROM harden.apply_runs WHERE reverted_at IS NOT NULL").fetchone()[0] == 0
