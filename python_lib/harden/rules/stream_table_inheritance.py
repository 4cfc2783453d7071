from harden import pgtrickle
from harden.guard import as_violation
from harden.rule import Finding, Rule

# Stream tables that are a partition or an inheritance child of another
# table. $1, when not NULL, keeps those among its oids or whose parent is
# (the guard: ATTACH PARTITION reports the parent, INHERIT the child).
_SQL = """
SELECT i.type, i.identity, p.identity AS parent, c.relispartition AS partition
  FROM ({stream_tables}) st
  JOIN pg_catalog.pg_class c ON c.oid = st.relid
  JOIN pg_catalog.pg_inherits h ON h.inhrelid = st.relid
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, st.relid, 0) i
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, h.inhparent, 0) p
 WHERE $1::pg_catalog.oid[] IS NULL OR st.relid = ANY ($1::pg_catalog.oid[]) OR h.inhparent = ANY ($1::pg_catalog.oid[])
 ORDER BY i.identity, p.identity
""".format(stream_tables=pgtrickle.STREAM_TABLES_SQL)


def _findings(ctx, relids, remediation):
    for row in ctx.query(_SQL, [relids]):
        yield Finding(
            object_type=row["type"],
            object_identity=row["identity"],
            message="stream table %s %s %s: a write to the parent reaches its rows with the parent's "
                    "privileges alone, so the parent's owner and grantees change what only pg_trickle's "
                    "refresh should" % (row["identity"], "is a partition of" if row["partition"] else "inherits from",
                                        row["parent"]),
            remediation=remediation(row),
            key=row["parent"],
        )


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    yield from _findings(ctx, None, lambda row: (
        "ALTER TABLE %s DETACH PARTITION %s;" % (row["parent"], row["identity"]) if row["partition"]
        else "ALTER TABLE %s NO INHERIT %s;" % (row["identity"], row["parent"])))


def guard(ctx, cmd):
    """ALTER TABLE ... ATTACH PARTITION (reported for the parent) and
    ALTER TABLE ... INHERIT (for the stream table)."""
    if not cmd.event.pgtrickle or cmd.relid is None:
        return
    yield from map(as_violation, _findings(ctx, [cmd.relid], lambda row: (
        "Keep stream table %s out of partition trees and inheritance: pg_trickle's refresh is its only "
        "writer." % row["identity"])))


RULE = Rule(
    name="stream_table_has_parent",
    severity="high",
    category="pg_trickle",
    title="A stream table is a partition or an inheritance child of another table",
    rationale="INSERT, UPDATE, DELETE and TRUNCATE on a parent table reach its partitions and "
              "inheritance children with only the parent's privileges checked. A stream table "
              "attached to a parent (ALTER TABLE ... ATTACH PARTITION, ALTER TABLE ... INHERIT) can "
              "then be changed by the parent's owner and grantees, and through views over the parent, "
              "though its own ACL shows nothing. pg_trickle never makes a stream table a child.",
    reference="PostgreSQL manual, \"Inheritance\" and \"Table Partitioning\" (privileges are checked "
              "on the table named); pg_trickle security tutorial, step 4",
    remediation="ALTER TABLE <parent> DETACH PARTITION <stream table>; or ALTER TABLE <stream table> "
                "NO INHERIT <parent>.",
    audit=audit,
    guard=guard,
    guard_action="block",
    guard_tags=frozenset(("ALTER TABLE",)),
    # The stream table itself (INHERIT), or a table that has had children
    # (ATTACH PARTITION reports the parent).
    gate={"ALTER TABLE": "pgt.stream_table OR pgt.has_children"},
)
