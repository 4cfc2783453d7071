"""Whether this transaction sees the catalog rows a DDL statement changed as
they are.

Under READ COMMITTED each of the guard's queries takes a new snapshot, which
sees every committed change. Under REPEATABLE READ or SERIALIZABLE they all
read through the snapshot taken at the transaction's first statement, while
the DDL itself acts on the latest rows. When another transaction changed a
relation's pg_class row and committed after that snapshot, the guard would
read the old row (an old relrowsecurity or relhassubclass: found by an
attacker helper, who disabled row security on a stream table that way) as
well as the one the DDL wrote. Such an old row is still visible although a
committed transaction deleted it: its xmax is committed and not visible in
this transaction's snapshot. The guard refuses to judge DDL on it (SQLSTATE
40001, which such transactions retry), in enforce mode.
"""

from harden.guard.command import relation_of


def xid8(column):
    """SQL: the xid8 of a 32-bit xid `column` that is within 2^31 of the
    current transaction's xid (pg_current_xact_id(): the DDL has one)."""
    return ("(pg_catalog.pg_current_xact_id()::text::bigint"
            " + (({x}::text::bigint - pg_catalog.pg_current_xact_id()::text::bigint % 4294967296"
            " + 6442450944) % 4294967296) - 2147483648)::text::xid8").format(x=column)


# Relations among those the event's commands are about ($1, $2: their classid
# and objid) and those whose pg_class row this transaction wrote, of which
# this transaction also sees a row that another transaction deleted after its
# snapshot.
STALE_RELATIONS_SQL = """
SELECT DISTINCT k.oid::pg_catalog.regclass::text AS relation
  FROM pg_catalog.pg_class k
 WHERE k.xmax <> '0'::xid
   AND (k.oid IN (SELECT {relation}
                    FROM ROWS FROM (pg_catalog.unnest($1::pg_catalog.oid[]), pg_catalog.unnest($2::pg_catalog.oid[]))
                         AS x(classid, objid))
        OR k.oid IN (SELECT w.oid FROM pg_catalog.pg_class w WHERE pg_catalog.age(w.xmin) <= 0))
   AND pg_catalog.pg_xact_status({xmax}) = 'committed'
   AND NOT pg_catalog.pg_visible_in_snapshot({xmax}, pg_catalog.pg_current_snapshot())
 ORDER BY 1
""".format(relation=relation_of("x.classid", "x.objid"), xmax=xid8("k.xmax"))


def stale_relations(db, event):
    """Names of the relations this event's commands act on that this
    transaction sees as they were before another transaction's committed
    change (REPEATABLE READ or SERIALIZABLE only; see above)."""
    if event.isolation == "read committed":
        return []
    cmds = [c for c in event.commands if not c.in_extension]
    if not cmds:
        return []
    rows = db.query(STALE_RELATIONS_SQL, [[c.classid for c in cmds], [c.objid for c in cmds]])
    return [r["relation"] for r in rows]
