from harden import pgtrickle
from harden.guard import as_violation
from harden.rule import Finding, Rule

# Each link of a stream table to a parent or a child (partition or
# inheritance), with the ancestors above the parent (a write to any of them
# reaches the stream table), walked through pg_inherits' indexes, for the
# stream tables {stream_tables} lists. The guard ($1: the oids a command
# reported; ATTACH PARTITION reports the parent, INHERIT and CREATE TABLE
# ... INHERITS the child) keeps the links of a stream table, parent, ancestor
# or child among them.
_TEMPLATE = """
WITH RECURSIVE {below}st AS (
    {stream_tables}
), up(st, rel) AS (
    SELECT st.relid, h.inhparent FROM st JOIN pg_catalog.pg_inherits h ON h.inhrelid = st.relid
    UNION
    SELECT u.st, h.inhparent FROM up u JOIN pg_catalog.pg_inherits h ON h.inhrelid = u.rel
), link AS (
    SELECT h.inhrelid AS st, h.inhparent AS other, true AS parent
      FROM st JOIN pg_catalog.pg_inherits h ON h.inhrelid = st.relid
    UNION ALL
    SELECT h.inhparent, h.inhrelid, false
      FROM st JOIN pg_catalog.pg_inherits h ON h.inhparent = st.relid
)
SELECT i.type, i.identity, o.identity AS other, l.parent, c.relispartition AS partition,
       (SELECT pg_catalog.string_agg(a.identity, ', ' ORDER BY a.identity)
          FROM up u
         CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, u.rel, 0) a
         WHERE l.parent AND u.st = l.st AND u.rel <> l.other) AS above
  FROM link l
  JOIN pg_catalog.pg_class c ON c.oid = CASE WHEN l.parent THEN l.st ELSE l.other END
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, l.st, 0) i
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, l.other, 0) o
{keep} ORDER BY i.identity, o.identity
"""

_AUDIT_SQL = _TEMPLATE.format(below="", stream_tables="SELECT s.relid FROM (%s) s" % pgtrickle.STREAM_TABLES_SQL,
                              keep="")

# Only the stream tables that such a link can involve: the relations
# reported, those below them and their parents. Walking the links of every
# stream table cost an ATTACH PARTITION 2.4 ms with 100 stream tables.
_GUARD_SQL = _TEMPLATE.format(
    below="""below(rel) AS (
    SELECT x.rel FROM pg_catalog.unnest($1::pg_catalog.oid[]) AS x(rel)
    UNION
    SELECT h.inhrelid FROM below b JOIN pg_catalog.pg_inherits h ON h.inhparent = b.rel
), """,
    stream_tables="""SELECT s.relid
      FROM (SELECT b.rel FROM below b
            UNION
            SELECT h.inhparent FROM pg_catalog.pg_inherits h WHERE h.inhrelid = ANY ($1::pg_catalog.oid[])) n
      JOIN (%s) s ON s.relid = n.rel""" % pgtrickle.STREAM_TABLES_SQL,
    keep=""" WHERE l.st = ANY ($1::pg_catalog.oid[]) OR l.other = ANY ($1::pg_catalog.oid[])
    OR l.parent AND EXISTS (SELECT FROM up u WHERE u.st = l.st AND u.rel = ANY ($1::pg_catalog.oid[]))
""")


def _message(row):
    if row["parent"]:
        return ("stream table %s %s %s%s: a write to %s reaches its rows with the privileges of the table "
                "named alone, so its owner and grantees change what only pg_trickle's refresh should"
                % (row["identity"], "is a partition of" if row["partition"] else "inherits from", row["other"],
                   " (below %s too)" % row["above"] if row["above"] else "",
                   "any of them" if row["above"] else "the parent"))
    return ("table %s %s stream table %s: a read of the stream table returns its rows too, which its owner and "
            "grantees write, not pg_trickle's refresh"
            % (row["other"], "is a partition of" if row["partition"] else "inherits from", row["identity"]))


def _fix(row):
    child, parent = (row["identity"], row["other"]) if row["parent"] else (row["other"], row["identity"])
    if row["partition"]:
        return "ALTER TABLE %s DETACH PARTITION %s;" % (parent, child)
    return "ALTER TABLE %s NO INHERIT %s;" % (child, parent)


def _findings(rows, remediation):
    for row in rows:
        yield Finding(
            object_type=row["type"],
            object_identity=row["identity"],
            message=_message(row),
            remediation=remediation(row),
            key=row["other"],
        )


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    yield from _findings(ctx.query(_AUDIT_SQL), _fix)


def guard(ctx, cmd):
    """ALTER TABLE ... ATTACH PARTITION (reported for the parent), ALTER
    [FOREIGN] TABLE ... INHERIT and CREATE [FOREIGN] TABLE ... INHERITS (for
    the child)."""
    if not cmd.event.pgtrickle or cmd.relid is None:
        return
    yield from map(as_violation, _findings(ctx.query(_GUARD_SQL, [[cmd.relid]]), lambda row: (
        "Keep stream table %s out of partition trees and inheritance: pg_trickle's refresh is its only "
        "writer." % row["identity"])))


RULE = Rule(
    name="stream_table_inheritance",
    severity="high",
    category="pg_trickle",
    title="A stream table is in a partition tree or an inheritance hierarchy",
    rationale="INSERT, UPDATE, DELETE and TRUNCATE on a parent table reach its partitions and "
              "inheritance children, at any depth, with only the privileges on the table named "
              "checked: a stream table attached below a table (ALTER TABLE ... ATTACH PARTITION, "
              "ALTER TABLE ... INHERIT) is changed by that table's owner and grantees, and through "
              "views over it, though its own ACL shows nothing. A table that inherits from a stream "
              "table (CREATE TABLE ... INHERITS, ALTER TABLE ... INHERIT) adds its own rows to every "
              "read of the stream table that does not say ONLY. pg_trickle never does either.",
    reference="PostgreSQL manual, \"Inheritance\" and \"Table Partitioning\" (privileges are checked "
              "on the table named); pg_trickle security tutorial, step 4",
    remediation="ALTER TABLE <parent> DETACH PARTITION <child>; or ALTER TABLE <child> NO INHERIT <parent>.",
    audit=audit,
    guard=guard,
    guard_action="block",
    guard_tags=frozenset(("ALTER TABLE", "CREATE TABLE", "ALTER FOREIGN TABLE", "CREATE FOREIGN TABLE")),
    # The stream table itself, or one linked to a stream table: below it
    # (ATTACH PARTITION reports the parent) or its child; a new table that
    # inherits from a plain table (a stream table is one).
    # A foreign table may inherit too (CREATE FOREIGN TABLE ... INHERITS,
    # ALTER FOREIGN TABLE ... INHERIT).
    gate={"ALTER TABLE": "pgt.stream_table OR pgt.inheritance_link",
          "ALTER FOREIGN TABLE": "pgt.stream_table OR pgt.inheritance_link",
          "CREATE TABLE": "inh.table_parent", "CREATE FOREIGN TABLE": "inh.table_parent"},
)
