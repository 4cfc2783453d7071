"""The guard against the roles it guards (issue 12): nothing a non-superuser
controls (its own statement_timeout or lock_timeout, a cancel of its own
query, a fake pg_trickle catalog, a password in its DDL) lets DDL through
unchecked, turns the guard's rights against the database, or leaks a secret
into harden's history or log lines.

Every test runs as real roles on a real server; names carry quotes, spaces
and unicode on purpose.
"""

import pathlib
import threading
import time

import psycopg
import pytest

from test_guard import OTHER, OWNER, S, T, TRIG, Conn, blocked, history, one, sales, unquote  # noqa: F401

TRIGGER_DDL = 'CREATE TRIGGER "T rig" BEFORE INSERT ON %s FOR EACH ROW EXECUTE FUNCTION %s.trig_fn()' % (T, S)
TRIGGER_EXISTS = "SELECT count(*) = 1 FROM pg_trigger WHERE tgname = 'T rig'"


def refused(conn, statement):
    """The DDL fails, whether the guard blocked it or PostgreSQL cancelled it."""
    with pytest.raises((psycopg.errors.InsufficientPrivilege, psycopg.errors.QueryCanceled,
                        psycopg.errors.LockNotAvailable)) as exc:
        conn.execute(statement)
    return exc.value


# -- never fail open on the caller's errors -------------------------------------------

@pytest.mark.parametrize("session", ["fresh", "warm"])
def test_a_statement_timeout_never_lets_blocked_ddl_through(server, db, sales, session):
    """Each timeout from 1 to 50 ms, in a session that has not loaded harden's
    Python yet (the timeout then falls while it loads) and in one that has."""
    warm = server.connect(user=unquote(TRIG))
    if session == "warm":
        refused(warm, TRIGGER_DDL)
    outcomes = set()
    for ms in range(1, 51):
        conn = warm if session == "warm" else server.connect(user=unquote(TRIG))
        conn.execute("SET statement_timeout = '%dms'" % ms)
        outcomes.add(type(refused(conn, TRIGGER_DDL)).__name__)
        conn.execute("RESET statement_timeout")
        assert not one(db, TRIGGER_EXISTS), "let through with statement_timeout = %d ms" % ms
        if session == "fresh":
            conn.close()
    # A warm session is quick enough to reach the rule at some of them.
    assert session == "fresh" or "InsufficientPrivilege" in outcomes


def _waiting(db, pid):
    for _ in range(200):
        if one(db, "SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = %s", [pid]):
            return
        time.sleep(0.02)
    raise AssertionError("backend %d never waited for the lock" % pid)


def _holding_harden_config(server):
    """A superuser's transaction holding harden.config, which the guard's
    Python reads for every event it sees."""
    holder = server.connect(autocommit=False)
    holder.execute("LOCK TABLE harden.config IN ACCESS EXCLUSIVE MODE")
    return holder


def test_a_lock_timeout_never_lets_blocked_ddl_through(server, db, sales):
    conn = server.connect(user=unquote(TRIG))
    holder = _holding_harden_config(server)
    try:
        conn.execute("SET lock_timeout = '50ms'")
        assert isinstance(refused(conn, TRIGGER_DDL), psycopg.errors.LockNotAvailable)
    finally:
        holder.rollback()
    assert not one(db, TRIGGER_EXISTS)


def test_a_cancel_of_ones_own_query_never_lets_blocked_ddl_through(server, db, sales):
    """The role cancels its own DDL (pg_cancel_backend from a second session of
    the same role) while the guard waits inside its checks."""
    conn = server.connect(user=unquote(TRIG))
    canceller = server.connect(user=unquote(TRIG))
    pid = conn.info.backend_pid
    holder = _holding_harden_config(server)
    outcome = {}

    def run():
        try:
            conn.execute(TRIGGER_DDL)
            outcome["error"] = None
        except psycopg.Error as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    try:
        _waiting(db, pid)
        assert canceller.execute("SELECT pg_cancel_backend(%s)", [pid]).fetchone()[0]
        thread.join(10)
    finally:
        holder.rollback()
        thread.join(10)
    assert isinstance(outcome["error"], psycopg.errors.QueryCanceled)
    assert not one(db, TRIGGER_EXISTS)


def test_an_error_in_the_guards_queries_aborts_the_ddl_even_in_warn_mode(server, db, sales):
    """A query cancel is not a rule's bug: warn mode and fail_closed off change nothing."""
    db.execute("SELECT harden.set_mode('warn')")
    conn = server.connect(user=unquote(TRIG))
    holder = _holding_harden_config(server)
    try:
        conn.execute("SET lock_timeout = '20ms'")
        assert isinstance(refused(conn, TRIGGER_DDL), psycopg.errors.LockNotAvailable)
    finally:
        holder.rollback()
    assert not one(db, TRIGGER_EXISTS)
