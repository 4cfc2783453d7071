from harden import pgtrickle
from harden.guard import as_violation
from harden.rule import Finding, Rule

_ACTIONS = {"c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}

# Foreign keys of stream tables whose ON UPDATE or ON DELETE action changes
# the stream table's rows. $1, when not NULL, keeps those of its oids.
_SQL = """
SELECT i.type, i.identity, pg_catalog.quote_ident(k.conname) AS constraint_name,
       r.identity AS referenced, k.confupdtype::text AS on_update, k.confdeltype::text AS on_delete
  FROM ({stream_tables}) st
  JOIN pg_catalog.pg_constraint k ON k.conrelid = st.relid AND k.contype = 'f'
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, st.relid, 0) i
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, k.confrelid, 0) r
 WHERE (k.confupdtype IN ('c', 'n', 'd') OR k.confdeltype IN ('c', 'n', 'd'))
   AND ($1::pg_catalog.oid[] IS NULL OR st.relid = ANY ($1::pg_catalog.oid[]))
 ORDER BY i.identity, k.conname
""".format(stream_tables=pgtrickle.STREAM_TABLES_SQL)


def _findings(ctx, relids, remediation):
    for row in ctx.query(_SQL, [relids]):
        actions = " ".join("ON %s %s" % (event, _ACTIONS[row[column]])
                           for event, column in (("UPDATE", "on_update"), ("DELETE", "on_delete"))
                           if row[column] in _ACTIONS)
        yield Finding(
            object_type=row["type"],
            object_identity=row["identity"],
            message="foreign key %s of stream table %s references %s %s: whoever may update or delete rows "
                    "of %s changes the stream table's rows, as its owner" % (
                        row["constraint_name"], row["identity"], row["referenced"], actions, row["referenced"]),
            remediation=remediation(row),
            key=row["constraint_name"],
        )


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    yield from _findings(ctx, None, lambda row: "ALTER TABLE %s DROP CONSTRAINT %s;" % (
        row["identity"], row["constraint_name"]))


def guard(ctx, cmd):
    """ALTER TABLE ... ADD FOREIGN KEY (or ADD CONSTRAINT) on a stream table."""
    if not cmd.event.pgtrickle or not cmd.is_stream_table:
        return
    yield from map(as_violation, _findings(ctx, [cmd.relid], lambda row: (
        "Leave the foreign key out, or declare it ON UPDATE NO ACTION ON DELETE NO ACTION: pg_trickle's "
        "refresh is the stream table's only writer.")))


RULE = Rule(
    name="stream_table_foreign_key_action",
    severity="high",
    category="pg_trickle",
    title="A foreign key of a stream table changes its rows when the referenced table changes",
    rationale="A foreign key's ON UPDATE or ON DELETE action (CASCADE, SET NULL, SET DEFAULT) runs as "
              "the owner of the referencing table: with one on a stream table, any role that may update "
              "or delete rows of the referenced table rewrites or erases the stream table's rows, which "
              "only pg_trickle's refresh should change (found by an attacker helper).",
    reference="PostgreSQL manual, CREATE TABLE (REFERENCES ... ON DELETE / ON UPDATE); pg_trickle "
              "security tutorial, step 4",
    remediation="ALTER TABLE <stream table> DROP CONSTRAINT <foreign key>; (a stream table needs no "
                "foreign key of its own).",
    audit=audit,
    guard=guard,
    guard_action="block",
    guard_tags=frozenset(("ALTER TABLE",)),
    gate={"ALTER TABLE": "pgt.stream_table"},
)
