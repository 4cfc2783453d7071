"""The guard on real application schemas (issue 13): the schemas make bench
loads (bench/schemas/, origins in each ORIGIN.md), loaded statement by
statement with harden in enforce mode, as the superuser and as a role that
owns the database, and in a database that holds pg_trickle's catalog and
stream tables, get exactly the verdicts written below, and every object the
guard lets through is created.

GitLab's container registry schema (8 partitioned tables of 64 partitions,
2,170 indexes, 2,070 foreign keys, 11 triggers on partitioned tables, 12
functions) breaks no rule: nothing is blocked or warned. Pagila breaks one:
rewards_report() is SECURITY DEFINER and pins no search_path, which
security_definer_search_path blocks for every role (docs/guard.md).
tsvector_update_trigger(), a pg_catalog function owned by the bootstrap
superuser, is attached to the owner's table by the owner: PGD's rule allows a
table's owner any function (trigger_function_owner_mismatch).
"""

import sys

import psycopg
import pytest
from psycopg import sql

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import real_schemas  # noqa: E402  (after the path above)

OWNER = 'Schema "Own er" Ñandú\n'

LAST_UPDATED = ["actor", "address", "category", "city", "country", "customer", "film", "film_actor",
                "film_category", "inventory", "language", "rental", "staff", "store"]
CR_TRIGGERS = [("gc_track_blob_uploads_trigger", "blobs"),
               ("gc_track_configuration_blobs_trigger", "manifests"),
               ("gc_track_deleted_layers_trigger", "layers"),
               ("gc_track_deleted_manifest_lists_trigger", "manifest_references"),
               ("gc_track_deleted_manifests_trigger", "manifests"),
               ("gc_track_deleted_tags_trigger", "tags"),
               ("gc_track_layer_blobs_trigger", "layers"),
               ("gc_track_manifest_uploads_trigger", "manifests"),
               ("gc_track_switched_tags_trigger", "tags"),
               ("gc_track_tmp_blobs_manifests_trigger", "manifests"),
               ("set_media_type_id_convert_to_bigint", "manifests")]

# Per schema: the statements the guard refuses (rule, the statement's start),
# the rows it writes to harden.ddl_history (command tag, object, rule,
# verdict), and what the schemas then hold (counted as below).
EXPECTED = {
    "gitlab_container_registry": {
        "blocked": [],
        "history": [("CREATE TRIGGER", "%s on public.%s" % t, None, "allowed") for t in CR_TRIGGERS],
        "objects": {"relkind I": 33, "relkind S": 14, "relkind i": 2137, "relkind p": 8, "relkind r": 524,
                    "contype c": 140, "contype f": 2070, "contype p": 532, "contype u": 589,
                    "routine f": 12, "trigger": 651},
    },
    "pagila": {
        "blocked": [("security_definer_search_path", "CREATE FUNCTION public.rewards_report(")],
        "history": [("CREATE TRIGGER", "film_fulltext_trigger on public.film", None, "allowed")]
                   + [("CREATE TRIGGER", "last_updated on public.%s" % t, None, "allowed") for t in LAST_UPDATED],
        # 9 functions in the file; rewards_report() refused.
        "objects": {"relkind I": 1, "relkind S": 13, "relkind i": 55, "relkind m": 1, "relkind p": 1,
                    "relkind r": 21, "relkind v": 7, "contype c": 1, "contype f": 36, "contype p": 22,
                    "routine a": 1, "routine f": 8, "trigger": 15},
    },
}

OBJECTS = """
SELECT 'relkind ' || c.relkind::text, count(*) FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ('public', 'partitions') GROUP BY 1
UNION ALL
-- NOT NULL constraints: rows of pg_constraint only from PostgreSQL 18 on.
SELECT 'contype ' || c.contype::text, count(*) FROM pg_catalog.pg_constraint c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace
 WHERE n.nspname IN ('public', 'partitions') AND c.contype <> 'n' GROUP BY 1
UNION ALL
SELECT 'trigger', count(*) FROM pg_catalog.pg_trigger t
  JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE NOT t.tgisinternal AND n.nspname IN ('public', 'partitions')
UNION ALL
SELECT 'routine ' || p.prokind::text, count(*) FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname IN ('public', 'partitions') GROUP BY 1
"""


@pytest.fixture
def owned(server, db, postgresql_proc):
    """A database like the test's (harden installed) owned by OWNER, a LOGIN
    role that is not a superuser (so OWNER owns its schema public), and a
    superuser connection to it. The database is dropped whole afterwards:
    dropping the role's objects one by one would take a lock for each of the
    large schema's thousands of relations."""
    name = "Real schema \"owned\" ñ\n"
    db.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(OWNER)))
    db.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {} OWNER {}").format(
        sql.Identifier(name), sql.Identifier(postgresql_proc.template_dbname), sql.Identifier(OWNER)))
    try:
        yield name, server.connect(dbname=name)
    finally:
        db.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


def load(conn, name, one_transaction=False):
    """Runs the schema's statements on `conn` one by one; returns the refused
    ones as (rule, statement) and the harden messages the others raised. Any
    error that is not the guard's fails the test."""
    refused, messages = [], []
    conn.add_notice_handler(lambda d: messages.append((d.severity_nonlocalized, d.message_primary))
                            if d.message_primary.startswith("harden: ") else None)
    if one_transaction:
        conn.execute("BEGIN")
    for statement in real_schemas.statements(name):
        try:
            conn.execute(statement)
        except psycopg.errors.InsufficientPrivilege as exc:
            primary = exc.diag.message_primary
            assert primary.startswith("harden: "), primary
            refused.append((primary.split(":")[1].strip(), statement))
    if one_transaction:
        conn.execute("COMMIT")
    return refused, messages


def check(db, name, refused, messages):
    expected = EXPECTED[name]
    assert [rule for rule, _ in refused] == [rule for rule, _ in expected["blocked"]]
    for (_, statement), (_, start) in zip(refused, expected["blocked"]):
        assert statement.startswith(start), statement
    assert messages == []
    history = db.execute("SELECT command_tag, object_identity, rule, verdict FROM harden.ddl_history"
                         " ORDER BY id").fetchall()
    assert [tuple(row) for row in history] == expected["history"]
    assert dict(db.execute(OBJECTS).fetchall()) == expected["objects"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_superuser_loads_schema(server, db, name):
    conn = server.connect()
    refused, messages = load(conn, name)
    check(db, name, refused, messages)
    assert {row[0] for row in db.execute("SELECT DISTINCT performed_by FROM harden.ddl_history")} \
        == {server.superuser}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_owner_loads_schema(server, owned, name):
    dbname, db = owned
    refused, messages = load(server.connect(user=OWNER, dbname=dbname), name)
    check(db, name, refused, messages)
    assert {row[0] for row in db.execute("SELECT DISTINCT performed_by FROM harden.ddl_history")} == {OWNER}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_owner_loads_schema_in_one_transaction_rule_warning(server, owned, name):
    """As make bench loads them in enforce mode: security_definer_search_path
    set to warn, every statement in one transaction. What the rule refused
    is now created, with one WARNING and a history row each."""
    dbname, db = owned
    db.execute("SELECT harden.set_rule_action('security_definer_search_path', 'warn')")
    refused, messages = load(server.connect(user=OWNER, dbname=dbname), name, one_transaction=True)
    assert refused == []
    expected = EXPECTED[name]
    warned = [rule for rule, _ in expected["blocked"]]
    assert [(severity, primary.split(":")[1].strip()) for severity, primary in messages] \
        == [("WARNING", rule) for rule in warned]
    history = [tuple(row) for row in db.execute(
        "SELECT command_tag, object_identity, rule, verdict FROM harden.ddl_history ORDER BY id")]
    assert [row for row in history if row[3] == "warned"] \
        == [("CREATE FUNCTION", "public.rewards_report(integer,numeric)", rule, "warned") for rule in warned]
    assert [row for row in history if row[3] != "warned"] == expected["history"]
    objects = dict(expected["objects"])
    objects["routine f"] += len(warned)
    assert dict(db.execute(OBJECTS).fetchall()) == objects


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_superuser_loads_schema_in_a_pgtrickle_database(server, db, name):
    """As make bench also loads them: beside pg_trickle's catalog and its
    stream tables (over sources of their own, in another schema), where the
    gate reads the catalog at every statement. The same verdicts."""
    real_schemas.deploy_pgtrickle(db)
    db.execute("DELETE FROM harden.ddl_history")
    refused, messages = load(server.connect(), name)
    check(db, name, refused, messages)
