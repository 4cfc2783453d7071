"""Logical-replication checks on two real clusters on this machine: a publisher
(wal_level = logical) and a subscriber, each with harden in the database under
audit. Subscriptions connect over loopback TCP; rows really replicate.

Each test gets fresh databases on both clusters; what it creates there goes
with them. Subscriptions (and so their slots on the publisher) and roles are
dropped after each test, since slots and roles outlive a database.
"""

import contextlib
import os
import pathlib
import re
import time
import uuid

import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from pytest_postgresql import factories

import pg_under_test
from conftest import create_extension, load_fixture, report

from harden import audit, catalogue, conninfo
from harden.db import PsycopgDatabase

REPLICATION_CHECKS = (
    "publication_all_tables", "publication_rls_table", "publication_internal_table",
    "replication_role_superuser", "replication_role_bypassrls", "replication_hba_trust",
    "replication_hba_unreadable", "subscription_run_as_owner", "subscription_row_security",
    "subscription_table_untrusted_trigger", "subscription_owner_superuser",
)

publisher_proc = pg_under_test.cluster_fixture(
    "harden_pub", load=[create_extension],
    postgres_options="-c wal_level=logical -c max_wal_senders=10 -c max_replication_slots=10")
subscriber_proc = pg_under_test.cluster_fixture(
    "harden_sub", load=[create_extension],
    postgres_options="-c max_logical_replication_workers=6 -c max_sync_workers_per_subscription=2")
publisher_db = factories.postgresql("publisher_proc")
subscriber_db = factories.postgresql("subscriber_proc")

TABLE = 'public."Sales ""EU"" Ñandú"'
SCHEMA = '"Shop ""Q"" Ñ"'


def wait_until(predicate, what, attempts=600, interval=0.05):
    """Poll a condition the servers reach on their own (replication is asynchronous)."""
    for _ in range(attempts):
        if predicate():
            return
        time.sleep(interval)
    raise AssertionError("gave up waiting: %s" % what)


class Node:
    """One cluster's test database: a superuser connection and a way in as other roles."""

    def __init__(self, proc, conn):
        self.proc = proc
        self.conn = conn
        conn.autocommit = True
        self.dbname = conn.info.dbname
        self._conns = []

    def execute(self, query, params=None):
        return self.conn.execute(query, params)

    def scalar(self, query, params=None):
        return self.conn.execute(query, params).fetchone()[0]

    def connect(self, user=None, dbname=None):
        conn = psycopg.connect(host=self.proc.host, port=self.proc.port, user=user or self.proc.user,
                               dbname=dbname or self.dbname, autocommit=True)
        self._conns.append(conn)
        return conn

    def conninfo(self, user=None, **extra):
        return make_conninfo("", host=self.proc.host, port=self.proc.port, dbname=self.dbname,
                             user=user or self.proc.user, **extra)

    def roles(self):
        return {r[0] for r in self.execute("SELECT rolname FROM pg_catalog.pg_roles")}

    def report(self, *checks):
        return report(self.conn, *(checks or REPLICATION_CHECKS + ("harden_check_failed",)))

    def hba_path(self):
        """The host's path of the server's pg_hba.conf."""
        return pathlib.Path(pg_under_test.on_host(self.scalar("SHOW hba_file")))

    def close(self):
        for conn in self._conns:
            with contextlib.suppress(Exception):
                conn.close()


def _drop_new_roles(node, before):
    for role in sorted(node.roles() - before):
        node.execute(sql.SQL("DROP OWNED BY {} CASCADE").format(sql.Identifier(role)))
        node.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


@pytest.fixture
def nodes(publisher_proc, subscriber_proc, publisher_db, subscriber_db):
    pub, sub = Node(publisher_proc, publisher_db), Node(subscriber_proc, subscriber_db)
    before = pub.roles(), sub.roles()
    yield pub, sub
    pub.close()
    sub.close()
    # A subscription keeps its database from being dropped, and its slot on
    # the publisher keeps the publisher's database: drop both first.
    for (name,) in sub.execute(
            "SELECT subname FROM pg_catalog.pg_subscription"
            " WHERE subdbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())").fetchall():
        sub.execute(sql.SQL("DROP SUBSCRIPTION {}").format(sql.Identifier(name)))
    wait_until(lambda: not pub.scalar("SELECT count(*) FROM pg_catalog.pg_replication_slots WHERE active"),
               "walsenders of dropped subscriptions to exit")
    for (slot,) in pub.execute("SELECT slot_name FROM pg_catalog.pg_replication_slots").fetchall():
        pub.execute("SELECT pg_catalog.pg_drop_replication_slot(%s)", [slot])
    _drop_new_roles(pub, before[0])
    _drop_new_roles(sub, before[1])


def create_table(node, name=TABLE, owner=None, rls=False):
    node.execute("CREATE TABLE %s (id int PRIMARY KEY, region text NOT NULL, visible boolean NOT NULL DEFAULT true)"
                 % name)
    if owner:
        node.execute("ALTER TABLE %s OWNER TO %s" % (name, owner))
    if rls:
        node.execute("ALTER TABLE %s ENABLE ROW LEVEL SECURITY" % name)
        node.execute("CREATE POLICY \"only visible\" ON %s FOR SELECT USING (visible)" % name)


def subscribe(pub, sub, name, publications, user=None, connect=True, **extra):
    """CREATE SUBSCRIPTION over loopback TCP. Slot names must be plain, so they are generated."""
    options = sql.SQL("slot_name = {}").format(sql.Literal("harden_" + uuid.uuid4().hex[:12]))
    if not connect:
        options = sql.SQL("connect = false, slot_name = NONE")
    sub.execute(sql.SQL("CREATE SUBSCRIPTION {} CONNECTION {} PUBLICATION {} WITH ({})").format(
        sql.Identifier(name), sql.Literal(pub.conninfo(user=user, **extra)),
        sql.SQL(", ").join(sql.Identifier(p) for p in publications), options))


def synced(sub, name):
    return sub.scalar(
        "SELECT count(*) > 0 AND bool_and(sr.srsubstate = 'r') FROM pg_catalog.pg_subscription_rel sr"
        " JOIN pg_catalog.pg_subscription s ON s.oid = sr.srsubid WHERE s.subname = %s", [name])


def ids(node, table=TABLE):
    return [r[0] for r in node.execute("SELECT id FROM %s ORDER BY id" % table)]


def insert_and_wait(pub, sub, row_id, table=TABLE, visible=True):
    pub.execute("INSERT INTO %s VALUES (%%s, 'EU', %%s)" % table, [row_id, visible])
    wait_until(lambda: row_id in ids(sub, table), "row %d to reach the subscriber" % row_id)


def run(node, remediation):
    """A finding's remediation, as given (several statements, comments included)."""
    assert remediation
    node.execute(remediation)


def found(rows, check=None):
    return {(r["check_name"], r["object_identity"]) for r in rows if check in (None, r["check_name"])}


def publication_named(message):
    """The publication a table finding's message names (quoted as the server quotes it)."""
    return re.search(r' is published by ("(?:[^"]|"")*"|[^ :]+)', message).group(1)


def subscription_conninfo(sub, name):
    return sub.scalar("SELECT subconninfo FROM pg_catalog.pg_subscription WHERE subname = %s", [name])


# --- conninfo parsing, against libpq itself -----------------------------------

CONNINFOS = [
    "host=127.0.0.1 port=5432 dbname=x",
    "host = 127.0.0.1  port= 5432 dbname =x user='a b' password='it\\'s' options='-c row_security=off'",
    "dbname=a\\ b user=x\\'y application_name=''",
    "requiressl=1 host=h",
    "postgresql://",
    "postgresql://us%20er:p%40ss:w@host:5433/db%2Fx?options=-c%20row_security%3Doff&application_name=a",
    "postgres://[::1]:5432,h2,h3:7/db",
    "postgresql://h1,h2",
    "postgresql:///db?host=/tmp&port=5432",
    "postgresql://%2Ftmp%2Fsock/db",
    "postgresql://h/db?ssl=true",
    "postgresql://h/db?application_name=x&",
    "postgresql://u:pa?ss@h/db",
    "postgresql://h?dbname=x",
    "postgresql://h/d%C3%B1?application_name=%C3%91and%C3%BA",
]


@pytest.mark.parametrize("text", CONNINFOS)
def test_conninfo_parses_like_libpq(text):
    info = conninfo.parse(text)
    assert {k: v for k, v in info.pairs} == conninfo_to_dict(text)


@pytest.mark.parametrize("text", ["host=h dbname", "host='h", "postgresql://h/db?x", "postgresql://h/%zz",
                                  "postgresql://[::1/db"])
def test_conninfo_rejects_what_libpq_rejects(text):
    with pytest.raises(psycopg.ProgrammingError):
        conninfo_to_dict(text)
    with pytest.raises(conninfo.ConninfoError):
        conninfo.parse(text)


@pytest.mark.parametrize("options, off", [
    ("-crow_security=off", True),
    ("-c row_security=off", True),
    ("--row_security=off", True),
    ("--row-security=of", True),
    ("-c ROW_SECURITY=False", True),
    ("-c work_mem=1MB -c row_security=0", True),
    ("-c row_security=off -c row_security=on", False),
    ("-c row_security=on", False),
    ("-c search_path=row_security=off", False),
    ("-B -crow_security=off", False),  # -B takes the next word as its argument
    ("-c application_name=a\\ -crow_security=off", False),  # the escaped space keeps one word
    ("-c row_security=o", False),
    ("", False),
])
def test_row_security_read_like_the_server(options, off):
    assert conninfo.sets_row_security_off(conninfo.parse(make_conninfo("", host="h", options=options))) is off


@pytest.mark.parametrize("text", [
    "host=h user='R \"x\" Ñ' dbname='a b\\'c'",
    "host=h options='-c work_mem=64kB'",
    "postgresql://u@h:5/d%20b?application_name=x%27y",
])
def test_fixed_conninfo_keeps_everything_else(text):
    fixed = conninfo_to_dict(conninfo.with_row_security_off(conninfo.parse(text)))
    before = conninfo_to_dict(text)
    assert {k: v for k, v in fixed.items() if k != "options"} == {k: v for k, v in before.items() if k != "options"}
    assert conninfo.sets_row_security_off(conninfo.parse(conninfo.with_row_security_off(conninfo.parse(text))))
    if before.get("options"):
        assert fixed["options"].startswith(before["options"] + " ")


@pytest.mark.parametrize("text", [
    "host=h password='se cr\\'et' options='-c work_mem=64kB'",
    "postgresql://u:se%20cret@h/db",
    "postgresql://u:secret@h/db?application_name=a",
    "postgresql://u:se?cret@h",
])
def test_suffix_appended_to_a_secret_string(text):
    suffix = conninfo.row_security_off_suffix(text, conninfo.parse(text))
    assert "cret" not in suffix
    fixed = conninfo_to_dict(text + suffix)
    assert fixed["password"] == conninfo_to_dict(text)["password"]
    assert conninfo.sets_row_security_off(conninfo.parse(text + suffix))


# --- nothing to check ----------------------------------------------------------

def test_no_publication_or_subscription_reports_nothing(nodes):
    pub, sub = nodes
    for node in nodes:
        assert node.scalar("SELECT count(*) FROM pg_catalog.pg_replication_slots") == 0
        node.execute('CREATE ROLE "Repl ""Su"" Ñ" LOGIN REPLICATION SUPERUSER')
        node.execute('CREATE ROLE "Repl ""By"" Ñ" LOGIN REPLICATION BYPASSRLS')
        create_table(node, rls=True)
        node.execute("CREATE TRIGGER t_always BEFORE INSERT ON %s FOR EACH ROW"
                     " EXECUTE FUNCTION suppress_redundant_updates_trigger()" % TABLE)
        node.execute("ALTER TABLE %s ENABLE ALWAYS TRIGGER t_always" % TABLE)
        # The initdb pg_hba.conf trusts loopback for replication; still nothing to say.
        assert node.report() == []


# --- a real publisher and subscriber -----------------------------------------

def test_rows_replicate_and_each_side_reports_its_own(nodes):
    pub, sub = nodes
    for node in nodes:
        node.execute('CREATE ROLE "Shop Owner" NOLOGIN')
        create_table(node, owner='"Shop Owner"')
    pub.execute('CREATE ROLE "Repl ""EU"" Ñ" LOGIN REPLICATION')
    pub.execute('GRANT SELECT ON %s TO "Repl ""EU"" Ñ"' % TABLE)
    pub.execute('CREATE PUBLICATION "Pub ""EU"" Ñ" FOR TABLE %s' % TABLE)
    pub.execute("INSERT INTO %s VALUES (1, 'EU', true)" % TABLE)
    subscribe(pub, sub, 'Sub "EU" Ñ', ['Pub "EU" Ñ'], user='Repl "EU" Ñ')
    wait_until(lambda: synced(sub, 'Sub "EU" Ñ'), "initial copy")
    assert ids(sub) == [1]
    insert_and_wait(pub, sub, 2)

    on_pub, on_sub = pub.report(), sub.report()
    # The publication lists one plain table and the replication role is dedicated:
    # the publisher only has the loopback trust lines of initdb's pg_hba.conf.
    assert {r["check_name"] for r in on_pub} == {"replication_hba_trust"}
    assert {r["severity"] for r in on_pub} == {"medium"}
    assert {(r["check_name"], r["object_identity"], r["severity"]) for r in on_sub
            if not r["check_name"].startswith("replication_")} == {
        ("subscription_row_security", '"Sub ""EU"" Ñ"', "medium"),
        ("subscription_owner_superuser", '"Sub ""EU"" Ñ"', "info"),
    }
    row_security = next(r for r in on_sub if r["check_name"] == "subscription_row_security")
    assert "'Repl \"EU\" Ñ'" in row_security["remediation"]

    # A member of harden_auditor sees the same through the SECURITY DEFINER
    # report, though only superusers may read subconninfo and pg_hba_file_rules.
    for node in nodes:
        node.execute('CREATE ROLE "aud itor" LOGIN IN ROLE harden_auditor')
    assert found(report(sub.connect(user="aud itor"))) >= found(on_sub)
    assert found(report(pub.connect(user="aud itor")), "replication_hba_trust") == found(on_pub)

    run(sub, row_security["remediation"])
    assert sub.report("subscription_row_security") == []
    fixed = conninfo_to_dict(subscription_conninfo(sub, 'Sub "EU" Ñ'))
    assert fixed == dict(conninfo_to_dict(pub.conninfo(user='Repl "EU" Ñ')), options="-crow_security=off")
    # The apply worker reconnects with the new string and replication goes on.
    insert_and_wait(pub, sub, 3)


def test_policies_do_not_hold_back_streamed_rows(nodes):
    """publication_rls_table: the initial copy runs the policy as the replication
    role, but every later change reaches the subscriber."""
    pub, sub = nodes
    create_table(pub, rls=True)
    create_table(sub)
    pub.execute('CREATE ROLE "Repl ""EU"" Ñ" LOGIN REPLICATION')
    pub.execute('GRANT SELECT ON %s TO "Repl ""EU"" Ñ"' % TABLE)
    pub.execute("INSERT INTO %s VALUES (1, 'EU', true), (2, 'EU', false)" % TABLE)
    pub.execute('CREATE PUBLICATION "Pub ""EU"" Ñ" FOR TABLE %s' % TABLE)
    subscribe(pub, sub, "sub", ['Pub "EU" Ñ'], user='Repl "EU" Ñ')
    wait_until(lambda: synced(sub, "sub"), "initial copy")
    assert ids(sub) == [1]
    insert_and_wait(pub, sub, 3, visible=False)
    assert ids(sub) == [1, 3]

    rows = pub.report("publication_rls_table")
    assert [(r["object_identity"], r["severity"]) for r in rows] == [(TABLE, "high")]
    assert '"Pub ""EU"" Ñ"' in rows[0]["message"]
    run(pub, rows[0]["remediation"])
    assert pub.report("publication_rls_table") == []
    assert pub.scalar("SELECT count(*) FROM pg_catalog.pg_publication_tables") == 0


def test_row_security_off_halts_replication_of_a_policy_table(nodes):
    """subscription_row_security's fix, for real: with row_security off, a policy
    on the publisher stops the copy rather than filter it."""
    pub, sub = nodes
    create_table(pub, rls=True)
    create_table(sub)
    pub.execute('CREATE ROLE "Repl ""EU"" Ñ" LOGIN REPLICATION')
    pub.execute('GRANT SELECT ON %s TO "Repl ""EU"" Ñ"' % TABLE)
    pub.execute("INSERT INTO %s VALUES (1, 'EU', true), (2, 'EU', false)" % TABLE)
    pub.execute("CREATE PUBLICATION p FOR TABLE %s" % TABLE)
    subscribe(pub, sub, "sub", ["p"], user='Repl "EU" Ñ', options="-crow_security=off")
    wait_until(lambda: sub.scalar("SELECT sync_error_count > 0 FROM pg_catalog.pg_stat_subscription_stats"
                                  " WHERE subname = 'sub'"), "the initial copy to fail")
    assert not synced(sub, "sub")
    assert ids(sub) == []
    assert sub.report("subscription_row_security") == []


def test_publication_rls_table_filters_and_indirect_membership(nodes):
    pub, _ = nodes
    pub.execute("CREATE SCHEMA %s" % SCHEMA)
    create_table(pub, rls=True)
    create_table(pub, '%s."Filtered ""Ñ"""' % SCHEMA, rls=True)
    create_table(pub, '%s."Open"' % SCHEMA)
    pub.execute('CREATE TABLE %s."Parted" (id int, visible boolean) PARTITION BY LIST (visible)' % SCHEMA)
    pub.execute('CREATE TABLE %s."Part t" PARTITION OF %s."Parted" FOR VALUES IN (true)' % (SCHEMA, SCHEMA))
    pub.execute('ALTER TABLE %s."Parted" ENABLE ROW LEVEL SECURITY' % SCHEMA)
    pub.execute('CREATE PUBLICATION "Filtered" FOR TABLE %s."Filtered ""Ñ""" WHERE (visible), %s."Open",'
                ' %s."Parted"' % (SCHEMA, SCHEMA, SCHEMA))
    pub.execute('CREATE PUBLICATION "Everything" FOR ALL TABLES')
    pub.execute('CREATE PUBLICATION "In schema" FOR TABLES IN SCHEMA %s' % SCHEMA)
    rows = pub.report("publication_rls_table")
    assert {(r["object_identity"], publication_named(r["message"])) for r in rows} == {
        (TABLE, '"Everything"'),
        ('%s."Filtered ""Ñ"""' % SCHEMA, '"Everything"'),
        ('%s."Filtered ""Ñ"""' % SCHEMA, '"In schema"'),
        ('%s."Part t"' % SCHEMA, '"Everything"'),
        ('%s."Part t"' % SCHEMA, '"Filtered"'),
        ('%s."Part t"' % SCHEMA, '"In schema"'),
    }
    for r in rows:
        # No row filter is possible there: the fix goes through publication_all_tables.
        assert all(line.startswith("--") for line in r["remediation"].splitlines())
    assert any("publication_all_tables" in r["remediation"] for r in rows)


def test_publication_all_tables_and_schemas(nodes):
    pub, _ = nodes
    # The guard would block these publications (publication_internal_table): the audit is under test.
    pub.execute("SELECT harden.set_rule_action('publication_internal_table', 'warn')")
    load_fixture(pub.conn, "pgtrickle.sql")
    pub.execute("CREATE SCHEMA %s" % SCHEMA)
    create_table(pub)
    for name in ('"Open"', '"Listed"', '"Zeta ""Ñ"""'):
        create_table(pub, "%s.%s" % (SCHEMA, name))
    pub.execute("SELECT pgtrickle.create_stream_table('public.st', 'SELECT id FROM %s', '1m')"
                % TABLE.replace("'", "''"))
    pub.execute('CREATE PUBLICATION "All ""Pub"" Ñ" FOR ALL TABLES'
                " WITH (publish = 'insert, update', publish_via_partition_root = true)")
    pub.execute('CREATE PUBLICATION "Schemas" FOR TABLES IN SCHEMA %s, harden' % SCHEMA)
    pub.execute('ALTER PUBLICATION "Schemas" ADD TABLE %s."Listed"' % SCHEMA)
    pub.execute('CREATE PUBLICATION "Listed only" FOR TABLE %s."Open"' % SCHEMA)

    rows = pub.report("publication_all_tables")
    assert {(r["object_identity"], r["severity"]) for r in rows} == {
        ('"All ""Pub"" Ñ"', "high"), ('"Schemas"', "medium")}
    all_tables = next(r for r in rows if r["severity"] == "high")
    assert "internal ones included: " in all_tables["message"]
    assert all(kind in all_tables["message"] for kind in (
        "harden tables", "1 pg_trickle change buffer", "3 pg_trickle catalog tables"))
    schema_rows = [r for r in rows if r["severity"] == "medium"]
    assert len(schema_rows) == 2 and len({r["fingerprint"] for r in schema_rows}) == 2

    for r in rows:
        run(pub, r["remediation"])
    assert pub.report("publication_all_tables") == []
    # The all-tables publication gave way to a list of the same user tables
    # under a new name, same options and owner; nothing of harden's or
    # pg_trickle's came along.
    assert {r[0] for r in pub.execute("SELECT pubname FROM pg_catalog.pg_publication")} == {
        'All "Pub" Ñ_tables', "Schemas", "Listed only"}
    rebuilt = pub.execute(
        "SELECT puballtables, pubinsert, pubupdate, pubdelete, pubtruncate, pubviaroot, pubowner::regrole::text"
        " FROM pg_catalog.pg_publication WHERE pubname = 'All \"Pub\" Ñ_tables'").fetchone()
    assert rebuilt == (False, True, True, False, False, True, pub.proc.user)
    tables = {tuple(r) for r in pub.execute(
        "SELECT schemaname, tablename FROM pg_catalog.pg_publication_tables WHERE pubname = %s",
        ['All "Pub" Ñ_tables'])}
    assert tables == {("public", 'Sales "EU" Ñandú'), ("public", "st"), ('Shop "Q" Ñ', "Open"),
                      ('Shop "Q" Ñ', "Listed"), ('Shop "Q" Ñ', 'Zeta "Ñ"')}
    listed = {tuple(r) for r in pub.execute(
        "SELECT schemaname, tablename FROM pg_catalog.pg_publication_tables WHERE pubname = 'Schemas'")}
    assert listed == {('Shop "Q" Ñ', "Open"), ('Shop "Q" Ñ', "Listed"), ('Shop "Q" Ñ', 'Zeta "Ñ"')}
    assert pub.scalar("SELECT count(*) FROM pg_catalog.pg_publication_namespace") == 0


def test_all_tables_carries_harden_configuration_to_the_subscriber(nodes):
    """Why publication_all_tables is high: the subscriber's own harden.config
    receives the publisher's; the fix stops it."""
    pub, sub = nodes
    for node in nodes:
        create_table(node)
    pub.execute("SELECT harden.configure('admin_role', 'Publisher \"Admin\" Ñ')")
    pub.execute('CREATE PUBLICATION "Every ""Table"""  FOR ALL TABLES')
    subscribe(pub, sub, "sub", ['Every "Table"'])

    def admin_role_on_sub():
        return sub.scalar("SELECT value FROM harden.settings() WHERE name = 'admin_role'")
    wait_until(lambda: admin_role_on_sub() == 'Publisher "Admin" Ñ', "the publisher's setting on the subscriber")

    rows = pub.report("publication_all_tables")
    assert len(rows) == 1 and "harden tables" in rows[0]["message"]
    # The fix in its three steps: a table list under a new name, the subscriber
    # moved to it once its slot has passed that point, then the old one dropped.
    step1, rest = rows[0]["remediation"].split("-- Step 2")
    step3 = rest[rest.index("-- Step 3"):]
    move = next(line[2:].strip() for line in rest.splitlines() if "ALTER SUBSCRIPTION <subscription>" in line)
    run(pub, step1)
    created_at = pub.scalar("SELECT pg_catalog.pg_current_wal_lsn()")
    insert_and_wait(pub, sub, 1)
    slot = sub.scalar("SELECT subslotname FROM pg_catalog.pg_subscription WHERE subname = 'sub'")
    wait_until(lambda: pub.scalar("SELECT confirmed_flush_lsn >= %s::pg_lsn FROM pg_catalog.pg_replication_slots"
                                  " WHERE slot_name = %s", [created_at, slot]), "the slot to pass the new publication")
    run(sub, move.replace("<subscription>", "sub"))
    wait_until(lambda: not sub.scalar(
        "SELECT count(*) FROM pg_catalog.pg_subscription_rel WHERE srrelid::regclass::text LIKE 'harden.%'"),
        "harden's tables to leave the subscription")
    run(pub, step3)
    assert pub.report("publication_all_tables") == []
    pub.execute("SELECT harden.configure('admin_role', 'Second')")
    insert_and_wait(pub, sub, 2)
    assert admin_role_on_sub() == 'Publisher "Admin" Ñ'  # copied once, then no more


def test_publication_internal_table(nodes):
    pub, _ = nodes
    # The guard would block these publications (publication_internal_table): the audit is under test.
    pub.execute("SELECT harden.set_rule_action('publication_internal_table', 'warn')")
    load_fixture(pub.conn, "pgtrickle.sql")
    create_table(pub)
    pub.execute("SELECT pgtrickle.create_stream_table('public.st', 'SELECT id FROM %s', '1m')"
                % TABLE.replace("'", "''"))
    buffer = pub.scalar("SELECT format('%I.%I', schemaname, tablename) FROM pg_catalog.pg_tables"
                        " WHERE schemaname = 'pgtrickle_changes'")
    pub.execute('CREATE SCHEMA "CB ""Ñ"""')
    create_table(pub, '"CB ""Ñ""".changes_x')
    pub.execute('CREATE PUBLICATION "Int ""Pub"" Ñ" FOR TABLE harden.config, pgtrickle.pgt_stream_tables, %s, %s'
                % (buffer, TABLE))
    pub.execute('CREATE PUBLICATION "Buffers" FOR TABLES IN SCHEMA pgtrickle_changes, "CB ""Ñ"""')
    # FOR ALL TABLES carries them too, but is reported once, by publication_all_tables.
    pub.execute("CREATE PUBLICATION everything FOR ALL TABLES")

    rows = pub.report("publication_internal_table")
    assert {(r["object_identity"], publication_named(r["message"])) for r in rows} == {
        ("harden.config", '"Int ""Pub"" Ñ"'),
        ("pgtrickle.pgt_stream_tables", '"Int ""Pub"" Ñ"'),
        (buffer, '"Int ""Pub"" Ñ"'),
        (buffer, '"Buffers"'),
    }
    assert {r["message"].split(" ")[1] for r in rows} == {"table", "catalog", "change"}

    # Another change-buffer schema, once configured, is internal too.
    pub.execute("SELECT harden.configure('change_buffer_schema', 'CB \"Ñ\"')")
    assert ('"CB ""Ñ""".changes_x', "publication_internal_table") in {
        (r["object_identity"], r["check_name"]) for r in pub.report("publication_internal_table")}
    assert buffer not in {r["object_identity"] for r in pub.report("publication_internal_table")}
    pub.execute("SELECT harden.configure('change_buffer_schema', NULL)")

    for r in rows:
        run(pub, r["remediation"])
    assert pub.report("publication_internal_table") == []
    assert {r[0] for r in pub.execute(
        "SELECT tablename FROM pg_catalog.pg_publication_tables WHERE pubname = 'Int \"Pub\" Ñ'")} == {
        'Sales "EU" Ñandú'}


def test_replication_roles(nodes):
    pub, sub = nodes
    create_table(pub)
    pub.execute("CREATE PUBLICATION p FOR TABLE %s" % TABLE)
    pub.execute('CREATE ROLE "Repl ""Su"" Ñ" LOGIN REPLICATION SUPERUSER')
    pub.execute('CREATE ROLE "Admin Su" LOGIN SUPERUSER')
    pub.execute('CREATE ROLE "NoLogin Repl Su" NOLOGIN REPLICATION SUPERUSER')
    pub.execute('CREATE ROLE "Repl ""By"" Ñ" LOGIN REPLICATION BYPASSRLS')
    pub.execute('CREATE ROLE "Repl Plain" LOGIN REPLICATION')
    pub.execute('CREATE ROLE "Repl Su By" LOGIN REPLICATION SUPERUSER BYPASSRLS')
    pub.execute('CREATE ROLE "aud itor" LOGIN IN ROLE harden_auditor')

    rows = report(pub.connect(user="aud itor"), "replication_role_superuser", "replication_role_bypassrls")
    assert {(r["check_name"], r["object_identity"], r["severity"]) for r in rows} == {
        ("replication_role_superuser", '"Repl ""Su"" Ñ"', "high"),
        ("replication_role_superuser", '"Repl Su By"', "high"),
        ("replication_role_bypassrls", '"Repl ""By"" Ñ"', "medium"),
    }
    # Roles belong to one instance: the subscriber, which replicates too, has none of them.
    subscribe(pub, sub, "sub", ["p"], connect=False)
    assert sub.report("replication_role_superuser", "replication_role_bypassrls") == []

    for r in rows:
        run(pub, r["remediation"])
    # No longer a superuser, the role's BYPASSRLS counts: one more fix to run.
    rows = pub.report("replication_role_superuser", "replication_role_bypassrls")
    assert found(rows) == {("replication_role_bypassrls", '"Repl Su By"')}
    run(pub, rows[0]["remediation"])
    assert pub.report("replication_role_superuser", "replication_role_bypassrls") == []
    assert pub.scalar("SELECT rolcanlogin AND rolreplication FROM pg_roles WHERE rolname = 'Repl \"Su\" Ñ'")


@contextlib.contextmanager
def hba_file(node, text):
    """Replace the node's pg_hba.conf and reload; put the original back after."""
    path = node.hba_path()
    original = path.read_text()
    try:
        path.write_text(text)
        node.execute("SELECT pg_catalog.pg_reload_conf()")
        yield path
    finally:
        path.write_text(original)
        node.execute("SELECT pg_catalog.pg_reload_conf()")


def test_replication_hba_trust(nodes):
    pub, _ = nodes
    create_table(pub)
    pub.execute("CREATE PUBLICATION p FOR TABLE %s" % TABLE)
    # initdb's file, as pytest-postgresql writes it: trust, loopback only.
    assert {(r["object_identity"], r["severity"]) for r in pub.report("replication_hba_trust")} == {
        ("host all all 127.0.0.1/32", "medium"), ("host all all ::1/128", "medium"),
        ("host replication all 127.0.0.1/32", "medium"), ("host replication all ::1/128", "medium")}

    database = '"%s"' % pub.dbname.replace('"', '""')
    lines = [
        "local   all          all                      trust",
        # Keeps this test's own TCP connections working without matching the check.
        "host    %s  all  127.0.0.1/32  trust" % database,
        "local   replication  all                      trust",
        'host    replication  "Repl ""Net"""  10.0.0.0/8  trust',
        "hostnossl all        all  samenet             trust",
        "host    all          all  192.0.2.0/24        reject",
        "host    replication  all  10.0.0.0/8          scram-sha-256",
        "host    replication  all  198.51.100.7/32     trust",
        "host    replication  all  198.51.100.7/32     trust",
        "host    all          all  ::1/128             trust",
    ]
    with hba_file(pub, "\n".join(lines) + "\n") as path:
        rows = pub.report("replication_hba_trust", "replication_hba_unreadable")
        assert {(r["object_identity"], r["severity"]) for r in rows} == {
            ('host replication Repl "Net" 10.0.0.0/8', "high"),
            ("hostnossl all all samenet", "high"),
            ("host replication all 198.51.100.7/32", "high"),
            ("host all all ::1/128", "medium"),
        }
        duplicate = next(r for r in rows if "198.51.100.7" in r["object_identity"])
        named = pg_under_test.seen_by_server(path)
        assert "line 8 of %s" % named in duplicate["message"]  # the first of the two identical lines
        assert "%s, line 8" % named in duplicate["remediation"]
        # The fix the remediation describes: another method on the lines named.
        fixed = [line.replace("trust", "scram-sha-256") if i >= 3 else line for i, line in enumerate(lines)]
        path.write_text("\n".join(fixed) + "\n")
        assert pub.report("replication_hba_trust", "replication_hba_unreadable") == []


def test_replication_hba_trust_in_an_included_file(nodes):
    """From PostgreSQL 16 on, pg_hba.conf may include other files, and the
    finding names the file the rule is in (pg_hba_file_rules.file_name); 15
    reads no include, so the rule there is not in force and not reported."""
    pub, _ = nodes
    create_table(pub)
    pub.execute("CREATE PUBLICATION p FOR TABLE %s" % TABLE)
    included = pub.hba_path().parent / "replication hba.conf"
    included.write_text("# replication from the standby's network\nhost replication all 198.51.100.7/32 trust\n")
    lines = ["local all all trust", "host all all 127.0.0.1/32 trust", 'include "replication hba.conf"']
    try:
        with hba_file(pub, "\n".join(lines) + "\n"):
            rows = [r for r in pub.report("replication_hba_trust") if "198.51.100.7" in r["object_identity"]]
    finally:
        included.unlink()
    if pg_under_test.VERSION < 16:
        assert rows == []
        return
    assert [(r["object_identity"], r["severity"]) for r in rows] == [
        ("host replication all 198.51.100.7/32", "high")]
    assert "line 2 of %s" % pg_under_test.seen_by_server(included) in rows[0]["message"]


def test_replication_hba_unreadable(nodes):
    pub, _ = nodes
    create_table(pub)
    pub.execute("CREATE PUBLICATION p FOR TABLE %s" % TABLE)
    path = pub.hba_path()
    mode = path.stat().st_mode
    os.chmod(path, 0)
    try:
        rows = pub.report()
    finally:
        os.chmod(path, mode)
    assert [(r["check_name"], r["severity"]) for r in rows] == [("replication_hba_unreadable", "info")]
    assert "could not open" in rows[0]["message"]
    assert {r["check_name"] for r in pub.report()} == {"replication_hba_trust"}

    # Outside the server, as a role that is no superuser: said once, not failed.
    pub.execute('CREATE ROLE "aud itor" LOGIN IN ROLE harden_auditor')
    outside = audit.report(PsycopgDatabase(pub.connect(user="aud itor")))
    hba = [r for r in outside if "replication_hba" in r["check_name"] + r["object_identity"]]
    assert [(r["check_name"], r["object_identity"]) for r in hba] == [("insufficient_privilege",
                                                                      "replication_hba_trust")]
    assert "pg_hba_file_rules (superusers only)" in hba[0]["message"]


def test_subscription_row_security_connection_strings(nodes):
    pub, sub = nodes
    port = pub.proc.port
    missing = {
        "plain": pub.conninfo(),
        "row security on": pub.conninfo(options="-c row_security=on"),
        "last one wins": pub.conninfo(options="-crow_security=off -c work_mem=64kB -c row_security=on"),
        'URI "Ñ"': "postgresql://127.0.0.1:%d/%s?application_name=x%%27y" % (port, pub.dbname),
        "secret": pub.conninfo(password="s3cr'et \\x"),
        "secret URI": "postgresql://postgres:p%%40ss@127.0.0.1:%d/%s" % (port, pub.dbname),
    }
    present = {
        "off": pub.conninfo(options="-crow_security=off"),
        "spaced": pub.conninfo(options="-c row_security=off -c work_mem=64kB"),
        "long": pub.conninfo(options="--row-security=false"),
        "URI off": "postgresql://127.0.0.1:%d/%s?options=-c%%20row_security%%3Doff" % (port, pub.dbname),
    }
    pub.execute("CREATE PUBLICATION p")
    for name, text in {**missing, **present}.items():
        sub.execute(sql.SQL("CREATE SUBSCRIPTION {} CONNECTION {} PUBLICATION p"
                            " WITH (connect = false, slot_name = NONE)").format(sql.Identifier(name),
                                                                               sql.Literal(text)))
    rows = sub.report("subscription_row_security")
    expected = {sub.scalar("SELECT quote_ident(%s)", [name]) for name in missing}
    assert {r["object_identity"] for r in rows} == expected
    for r in rows:
        assert "s3cr" not in r["remediation"] and "p%40ss" not in r["remediation"] and "p@ss" not in r["remediation"]
        run(sub, r["remediation"])
    assert sub.report("subscription_row_security") == []
    for name, text in missing.items():
        after = conninfo_to_dict(subscription_conninfo(sub, name))
        before = conninfo_to_dict(text)
        assert {k: v for k, v in after.items() if k != "options"} == {
            k: v for k, v in before.items() if k != "options"}
    assert "-crow_security=off" in conninfo_to_dict(subscription_conninfo(sub, "secret"))["options"]


def test_subscription_table_untrusted_trigger(nodes):
    pub, sub = nodes
    create_table(pub)
    create_table(pub, "public.other")
    pub.execute("CREATE PUBLICATION p FOR TABLE %s" % TABLE)
    sub.execute('CREATE ROLE "Tab ""Owner"" Ñ" NOLOGIN')
    sub.execute('CREATE ROLE "Fn Owner" NOLOGIN')
    create_table(sub, owner='"Tab ""Owner"" Ñ"')
    create_table(sub, "public.other", owner='"Tab ""Owner"" Ñ"')
    sub.execute("CREATE TABLE public.fired (trigger_name text, run_as text)")
    sub.execute('GRANT INSERT ON public.fired TO "Tab ""Owner"" Ñ"')  # apply runs as it from 16 on
    body = ("RETURNS trigger LANGUAGE plpgsql AS $$BEGIN"
            " INSERT INTO public.fired VALUES (TG_NAME, current_user); RETURN NEW; END$$")
    for fn, owner in (('"Fn ""Log"""', '"Fn Owner"'), ("fn_table_owner", '"Tab ""Owner"" Ñ"'),
                      ("fn_super", None)):
        sub.execute("CREATE FUNCTION public.%s() %s" % (fn, body))
        if owner:
            sub.execute("ALTER FUNCTION public.%s() OWNER TO %s" % (fn, owner))
    triggers = [  # (name, table, function, ENABLE mode)
        ('"Always ""Ñ"""', TABLE, '"Fn ""Log"""', "ALWAYS"),
        ("replica_super", TABLE, "fn_super", "REPLICA"),
        ("origin_only", TABLE, '"Fn ""Log"""', None),
        ("always_own", TABLE, "fn_table_owner", "ALWAYS"),
        ("always_disabled", TABLE, '"Fn ""Log"""', "DISABLE"),
        ("not_replicated", "public.other", '"Fn ""Log"""', "ALWAYS"),
    ]
    for name, table, fn, mode in triggers:
        sub.execute("CREATE TRIGGER %s AFTER INSERT ON %s FOR EACH ROW EXECUTE FUNCTION public.%s()"
                    % (name, table, fn))
        if mode == "DISABLE":
            sub.execute("ALTER TABLE %s DISABLE TRIGGER %s" % (table, name))
        elif mode:
            sub.execute("ALTER TABLE %s ENABLE %s TRIGGER %s" % (table, mode, name))
    subscribe(pub, sub, "sub", ["p"])
    wait_until(lambda: synced(sub, "sub"), "initial copy")
    insert_and_wait(pub, sub, 1)
    # Apply runs the function owner's code as the subscription's owner on
    # PostgreSQL 15, as the table's owner from 16 on (run_as_owner = false).
    run_as = sub.proc.user if pg_under_test.VERSION < 16 else 'Tab "Owner" Ñ'
    wait_until(lambda: sub.scalar("SELECT count(*) FROM public.fired") >= 3, "apply triggers")
    assert set(sub.execute("SELECT trigger_name, run_as FROM public.fired")) == {
        ('Always "Ñ"', run_as), ("replica_super", run_as), ("always_own", run_as)}

    rows = sub.report("subscription_table_untrusted_trigger")
    assert {(r["object_identity"], r["severity"]) for r in rows} == {
        ('"Always ""Ñ""" on %s' % TABLE, "high"), ("replica_super on %s" % TABLE, "low")}
    for r in rows:
        run(sub, r["remediation"])
    assert sub.report("subscription_table_untrusted_trigger") == []
    assert sub.scalar("SELECT string_agg(DISTINCT tgenabled::text, '') FROM pg_trigger"
                      " WHERE tgname IN ('Always \"Ñ\"', 'replica_super')") == "O"


def test_subscription_owner_superuser(nodes):
    pub, sub = nodes
    pub.execute("CREATE PUBLICATION p")
    subscribe(pub, sub, 'Sub "Ñ"', ["p"], connect=False)
    rows = sub.report("subscription_owner_superuser")
    assert [(r["object_identity"], r["severity"], r["remediation"]) for r in rows] == [
        ('"Sub ""Ñ"""', "info", None)]
    if pg_under_test.VERSION < 16:
        assert "before PostgreSQL 16 a subscription's owner must be a superuser" in rows[0]["message"]
    else:
        assert "a role with pg_create_subscription and CREATE on the database can own it" in rows[0]["message"]
    # pg_subscription is shared by the cluster: another database's report does
    # not list this one's subscriptions.
    other = 'other "db" Ñ'
    sub.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(other)))
    try:
        with psycopg.connect(host=sub.proc.host, port=sub.proc.port, user=sub.proc.user, dbname=other,
                             autocommit=True) as conn:
            conn.execute("CREATE EXTENSION harden CASCADE")
            assert report(conn, *REPLICATION_CHECKS, "harden_check_failed") == []
    finally:
        sub.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(other)))


def notices_of(node, statement):
    """The harden notices and warnings one statement raises."""
    seen = []

    def keep(diag):  # a Diagnostic is only valid inside the handler
        seen.append((diag.severity_nonlocalized, diag.message_primary or "", diag.message_hint))
    node.conn.add_notice_handler(keep)
    try:
        node.execute(statement)
    finally:
        node.conn.remove_notice_handler(keep)
    return [n for n in seen if n[1].startswith("harden:")]


def test_guard_on_real_publication_and_subscription_ddl(nodes):
    """The guard side of publication_all_tables (warn) and subscription_run_as_owner
    (PostgreSQL 16+), on real CREATE PUBLICATION / SUBSCRIPTION."""
    pub, sub = nodes
    assert catalogue.get("publication_all_tables").guard_action == "warn"
    assert catalogue.get("subscription_run_as_owner").guard_action == "block"
    create_table(pub)
    assert notices_of(pub, 'CREATE PUBLICATION "Listed ""Ñ""" FOR TABLE %s' % TABLE) == []

    warned = notices_of(pub, 'CREATE PUBLICATION "All ""Ñ""" FOR ALL TABLES')
    assert [(severity, message.split(": ")[:2]) for severity, message, _ in warned] == [
        ("WARNING", ["harden", "publication_all_tables"])]
    assert "DROP PUBLICATION \"All \"\"Ñ\"\"\";" in warned[0][2]  # the hint is the audit's fix
    assert pub.scalar("SELECT count(*) FROM pg_catalog.pg_publication WHERE puballtables") == 1

    # A subscription without run_as_owner (PostgreSQL 16+; 15 has none) raises nothing from harden.
    sub.execute("CREATE TABLE %s (id int PRIMARY KEY, region text NOT NULL, visible boolean NOT NULL)" % TABLE)
    assert notices_of(sub, sql.SQL("CREATE SUBSCRIPTION {} CONNECTION {} PUBLICATION {} WITH (slot_name = {})")
                      .format(sql.Identifier("sub"), sql.Literal(pub.conninfo()),
                              sql.Identifier('Listed "Ñ"'), sql.Literal("harden_" + uuid.uuid4().hex[:12]))) == []
    wait_until(lambda: synced(sub, "sub"), "initial copy")
    insert_and_wait(pub, sub, 1)


def test_subscription_run_as_owner(nodes):
    """run_as_owner exists from PostgreSQL 16 on: there the audit and the guard
    find it; on 15 the rule's min_server_version keeps its query from running."""
    pub, sub = nodes
    rule = catalogue.get("subscription_run_as_owner")
    assert rule.min_server_version == 160000
    pub.execute("CREATE PUBLICATION p")
    if pg_under_test.VERSION < 16:
        run_as_owner_on_15(pub, sub)
    else:
        run_as_owner_from_16(pub, sub)


def guard_status(node, rule):
    return dict(((k, n), v) for k, n, v in node.execute("SELECT * FROM harden.status()"))[("rule", rule)]


def run_as_owner_on_15(pub, sub):
    # The check reads a column PostgreSQL 15 does not have: the gate is what keeps it quiet.
    from harden.rules import subscription_run_as_owner
    with pytest.raises(psycopg.errors.UndefinedColumn):
        sub.execute(subscription_run_as_owner.SQL)
    subscribe(pub, sub, "sub", ["p"], connect=False)
    checks = {r["check_name"] for r in sub.report()}
    assert "subscription_owner_superuser" in checks
    assert not checks & {"subscription_run_as_owner", "harden_check_failed"}
    assert guard_status(sub, "subscription_run_as_owner") == "block (default); needs PostgreSQL 16 or later"


def run_as_owner_from_16(pub, sub):
    name = 'Run "As" Owner Ñ'
    ident = sql.Identifier(name).as_string(sub.conn)
    assert guard_status(sub, "subscription_run_as_owner") == "block (default)"
    # The guard refuses a subscription made to run as its owner...
    create = sql.SQL("CREATE SUBSCRIPTION {} CONNECTION {} PUBLICATION p"
                     " WITH (connect = false, slot_name = NONE, run_as_owner = true)").format(
        sql.Identifier(name), sql.Literal(pub.conninfo()))
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as err:
        sub.execute(create)
    assert err.value.diag.message_primary.startswith("harden: subscription_run_as_owner: ")
    assert sub.scalar("SELECT count(*) FROM pg_catalog.pg_subscription") == 0
    # ... and one switched to it later.
    subscribe(pub, sub, name, ["p"], connect=False)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        sub.execute("ALTER SUBSCRIPTION %s SET (run_as_owner = true)" % ident)
    assert sub.scalar("SELECT bool_or(subrunasowner) FROM pg_catalog.pg_subscription") is False
    # One made with the guard off is an audit finding, whose fix works as written.
    sub.execute("SELECT harden.set_mode('off')")
    sub.execute("ALTER SUBSCRIPTION %s SET (run_as_owner = true)" % ident)
    sub.execute("SELECT harden.set_mode('enforce')")
    rows = sub.report("subscription_run_as_owner", "harden_check_failed")
    assert [(r["check_name"], r["object_identity"], r["severity"]) for r in rows] == [
        ("subscription_run_as_owner", ident, "high")]
    run(sub, rows[0]["remediation"])
    assert sub.scalar("SELECT bool_or(subrunasowner) FROM pg_catalog.pg_subscription") is False
    assert sub.report("subscription_run_as_owner") == []
