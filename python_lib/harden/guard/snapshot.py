"""Whether this transaction sees the catalog as the DDL statement acts on it.

Under READ COMMITTED each of the guard's queries takes a new snapshot, which
sees every committed change. Under REPEATABLE READ or SERIALIZABLE they all
read through the snapshot taken at the transaction's first statement, while
the DDL itself acts on the latest catalog rows. After another transaction
commits a catalog change, the guard would judge the DDL on what was there
before: attacker helpers disabled row security on a stream table after a
concurrent GRANT on it, made a routine SECURITY DEFINER after a concurrent
ALTER FUNCTION, and acted on a stream table registered after the snapshot.
No query can tell which catalog rows changed (a new row is simply not
visible), so the guard refuses to judge DDL in such a transaction once any
other transaction has committed since its snapshot: SQLSTATE 40001, which
such transactions retry (harden.guard.engine).
"""

# More xids than this assigned since the snapshot count as a commit: the
# check looks at each one.
MAX_XIDS = 10000


def xid8(column):
    """SQL: the xid8 of a 32-bit xid `column` that is within 2^31 of the
    current transaction's xid (pg_current_xact_id(): the DDL has one)."""
    return ("(pg_catalog.pg_current_xact_id()::text::bigint"
            " + (({x}::text::bigint - pg_catalog.pg_current_xact_id()::text::bigint % 4294967296"
            " + 6442450944) % 4294967296) - 2147483648)::text::xid8").format(x=column)


# A new subtransaction's xid, which no xid assigned before it exceeds (SQL
# shows no other way to read the next xid without a snapshot). The row is
# rolled back with the subtransaction.
_NEXT_XID_SQL = """
INSERT INTO harden.ddl_history (performed_by, acting_role, command_tag, verdict)
VALUES ('', '', '', 'allowed')
RETURNING {xid}::text::bigint AS xid
""".format(xid=xid8("xmin"))

# Whether a transaction that this transaction's snapshot does not see has
# committed: one running when the snapshot was taken (its subtransactions'
# xids are below the snapshot's xmax, so they count through it), or one
# that began since ($1: an xid newer than any of those).
_COMMITTED_SINCE_SQL = """
SELECT CASE WHEN $1::bigint - pg_catalog.pg_snapshot_xmax(s.snap)::text::bigint > {max_xids} THEN true
            ELSE EXISTS (SELECT FROM pg_catalog.pg_snapshot_xip(s.snap) AS x
                          WHERE pg_catalog.pg_xact_status(x) = 'committed')
                 OR EXISTS (SELECT FROM pg_catalog.generate_series(
                                pg_catalog.pg_snapshot_xmax(s.snap)::text::bigint, $1::bigint - 1) AS g(x)
                             WHERE pg_catalog.pg_xact_status(g.x::text::xid8) = 'committed') END AS committed
  FROM (SELECT pg_catalog.pg_current_snapshot() AS snap) s
""".format(max_xids=MAX_XIDS)


class _RollBack(Exception):
    pass


def committed_since(db, event):
    """True when the event's transaction (REPEATABLE READ or SERIALIZABLE)
    reads through a snapshot that misses another transaction's commit; False
    under READ COMMITTED, and for DDL that extensions' scripts ran alone (a
    DROP reports no commands at ddl_command_end, its objects at sql_drop)."""
    if event.isolation == "read committed" or (event.commands and all(c.in_extension for c in event.commands)):
        return False
    next_xid = None
    try:
        with db.subtransaction():
            next_xid = db.query(_NEXT_XID_SQL)[0]["xid"]
            raise _RollBack
    except _RollBack:
        pass
    return bool(db.query(_COMMITTED_SINCE_SQL, [next_xid])[0]["committed"])
