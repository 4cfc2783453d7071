from harden import replication
from harden.guard import as_violation, findings_on
from harden.rule import Finding, Rule

# What each publication really carries (pg_get_publication_tables), with how
# the table got there: listed by name, through FOR TABLES IN SCHEMA, or as a
# partition of a published table. With publish_via_partition_root the
# publication names only the root, and the rows of every partition go out
# under its name, so each published table's partitions, at any depth, count
# too. FOR ALL TABLES publications are left to publication_all_tables, whose
# fix removes their internal tables along with the rest of the problem.
SQL = """
SELECT DISTINCT ON (p.pubname, n.nspname, c.relname, c.oid)
       pg_catalog.quote_ident(p.pubname) AS pub, p.pubname,
       (pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 0)).identity,
       n.nspname, pg_catalog.quote_ident(n.nspname) AS schema,
       EXISTS (SELECT 1 FROM pg_catalog.pg_publication_rel r
                WHERE r.prpubid = p.oid AND r.prrelid = c.oid) AS listed,
       EXISTS (SELECT 1 FROM pg_catalog.pg_publication_namespace pn
                WHERE pn.pnpubid = p.oid AND pn.pnnspid = n.oid) AS by_schema,
       (SELECT (pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, i.inhparent, 0)).identity
          FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid AND c.relispartition) AS parent
  FROM pg_catalog.pg_publication p
 CROSS JOIN LATERAL pg_catalog.pg_get_publication_tables(p.pubname::text) g
 CROSS JOIN LATERAL (SELECT g.relid
                     UNION ALL
                     SELECT t.relid FROM pg_catalog.pg_partition_tree(g.relid) t WHERE t.level > 0) x
  JOIN pg_catalog.pg_class c ON c.oid = x.relid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE NOT p.puballtables AND n.nspname = ANY ($1::text[])
 ORDER BY p.pubname, n.nspname, c.relname, c.oid
"""


def audit(ctx):
    for row in ctx.query(SQL, [replication.internal_schemas(ctx)]):
        statements = []
        if row["listed"]:
            statements.append("ALTER PUBLICATION %s DROP TABLE %s;" % (row["pub"], row["identity"]))
        if row["by_schema"]:
            statements.append("ALTER PUBLICATION %s DROP TABLES IN SCHEMA %s;" % (row["pub"], row["schema"]))
        if not statements and row["parent"]:
            statements.append("ALTER TABLE %s DETACH PARTITION %s;" % (row["parent"], row["identity"]))
        kind = replication.internal_kind(ctx, row["nspname"])
        yield Finding(
            object_type="table",
            object_identity=row["identity"],
            key=row["pubname"],
            message="%s %s is published by %s: every subscriber that can connect receives it"
                    % (kind, row["identity"], row["pub"]),
            remediation="\n".join(statements) or None,
        )


# The publication a CREATE or ALTER PUBLICATION command is about: the
# publication itself, or one of its table or schema memberships.
PUBLICATION_SQL = """
SELECT p.pubname::text AS pubname
  FROM pg_catalog.pg_publication p
 WHERE p.oid = CASE $1::pg_catalog.oid
         WHEN 'pg_catalog.pg_publication'::pg_catalog.regclass THEN $2::pg_catalog.oid
         WHEN 'pg_catalog.pg_publication_rel'::pg_catalog.regclass THEN
              (SELECT r.prpubid FROM pg_catalog.pg_publication_rel r WHERE r.oid = $2::pg_catalog.oid)
         WHEN 'pg_catalog.pg_publication_namespace'::pg_catalog.regclass THEN
              (SELECT n.pnpubid FROM pg_catalog.pg_publication_namespace n WHERE n.oid = $2::pg_catalog.oid)
       END
"""


# Commands that bring a table into an internal schema, or an internal
# schema's table into a publication, with no publication command: CREATE
# TABLE there (a TABLES IN SCHEMA publication takes it; a partition of a
# published table is published), ALTER TABLE ... SET SCHEMA into it, ATTACH
# PARTITION of such a table to a published one, ALTER SCHEMA ... RENAME to
# an internal schema's name.
_RELATION_TAGS = ("CREATE TABLE", "CREATE TABLE AS", "SELECT INTO", "ALTER TABLE")
_SCHEMA_TAGS = ("ALTER SCHEMA",)

# The gate's predicates hold no subquery: the gate's plan locks and opens
# every relation its subqueries read at each DDL statement, whether or not
# they run (about 90,000 instructions per CREATE TABLE for these). So they
# only rule out what cannot matter, and Python checks the rest.
#
# No publication can exist while pg_publication has no page (the cheapest
# test there is; a table that once held one passes it, and Python finds none).
_PUBLISHING = "pg_catalog.pg_relation_size('pg_catalog.pg_publication'::pg_catalog.regclass) > 0"

# The command's table is in an internal schema, or in a partition tree,
# where a partition may be.
_RELATION_GATE = _PUBLISHING + """ AND c.object_type = 'table'
    AND (c.schema_name = ANY (ARRAY[{names}]::pg_catalog.text[])
         OR pg_catalog.pg_partition_root(c.objid::pg_catalog.regclass) IS NOT NULL)""".format(
    names=", ".join(replication.INTERNAL_SCHEMA_NAMES_SQL))

# A schema renamed to an internal schema's name.
_SCHEMA_GATE = _PUBLISHING + """ AND c.object_type = 'schema'
    AND c.objid = ANY (ARRAY[{oids}]::pg_catalog.oid[])""".format(
    oids=", ".join("pg_catalog.to_regnamespace(pg_catalog.quote_ident(%s))" % n
                   for n in replication.INTERNAL_SCHEMA_NAMES_SQL))

# The tables a relation command reached: its own and its partitions'.
_TREE_SQL = """
SELECT (pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, t.relid, 0)).identity
  FROM pg_catalog.pg_partition_tree($1::pg_catalog.oid::pg_catalog.regclass) t
"""

# The tables of a schema (through their dependency on it: pg_class has no
# index on relnamespace alone).
_SCHEMA_TABLES_SQL = """
SELECT (pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, d.objid, 0)).identity
  FROM pg_catalog.pg_depend d
 WHERE d.refclassid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND d.refobjid = $1::pg_catalog.oid
   AND d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
"""


def _schemas(ctx):
    return ", ".join(ctx.ident(n) for n in replication.internal_schemas(ctx))


def guard(ctx, cmd):
    """CREATE PUBLICATION ... FOR TABLE / TABLES IN SCHEMA, ALTER PUBLICATION
    ... ADD or SET: the audit's findings about the publication it left. A
    table created in or moved into an internal schema, a partition tree
    that reaches one, a schema renamed to one: the audit's findings about
    those tables."""
    if cmd.dropped or cmd.objid is None:
        return
    # The audit's fix names the table where the blocked command put it,
    # which it is not once the command is rolled back: say what to do instead.
    if cmd.tag in _RELATION_TAGS:
        if cmd.object_type == "table":
            tables = {cmd.object_identity} | {r["identity"] for r in ctx.query(_TREE_SQL, [cmd.objid])}
            yield from findings_on(audit, ctx, tables, lambda f: (
                "Keep the table out of schemas %s, or first take it (or the partitioned table it belongs to) "
                "out of publication %s." % (_schemas(ctx), ctx.ident(f.key))))
    elif cmd.tag in _SCHEMA_TAGS:
        if cmd.object_type == "schema":
            tables = {r["identity"] for r in ctx.query(_SCHEMA_TABLES_SQL, [cmd.objid])}
            yield from findings_on(audit, ctx, tables, lambda f: (
                "Give the schema another name, or first take its tables out of publication %s." % ctx.ident(f.key)))
    else:
        names = {r["pubname"] for r in ctx.query(PUBLICATION_SQL, [cmd.classid, cmd.objid])}
        if names:
            yield from (as_violation(f) for f in audit(ctx) if f.key in names)


RULE = Rule(
    name="publication_internal_table",
    severity="high",
    category="replication",
    title="A change buffer, a pg_trickle catalog table or a harden table is in a publication",
    rationale="Change buffers hold every captured change of stream-table sources, rows that row-level "
              "security hides included; pg_trickle's catalog and harden's own tables (configuration, "
              "waivers, DDL history with statement texts) describe the security of this server. Published, "
              "they reach any subscriber that can connect, and on a subscriber that runs harden or pg_trickle "
              "too they overwrite its own state. Reported for tables listed by name, published through "
              "FOR TABLES IN SCHEMA, or partitions of a published table (with publish_via_partition_root "
              "too, whose rows go out under the root's name); FOR ALL TABLES publications are reported by "
              "publication_all_tables.",
    reference="pg_trickle security tutorial, step 5 (change-buffer protection); PostgreSQL manual 29.10; "
              "EDB PGD Access control: catalog and extension tables are excluded from replication",
    remediation="ALTER PUBLICATION <publication> DROP TABLE <table> (or DROP TABLES IN SCHEMA <schema>); "
                "for a partition, ALTER TABLE <parent> DETACH PARTITION <table>.",
    audit=audit,
    guard=guard,
    guard_action="block",
    guard_tags=frozenset(("CREATE PUBLICATION", "ALTER PUBLICATION") + _RELATION_TAGS + _SCHEMA_TAGS),
    gate={**{tag: _RELATION_GATE for tag in _RELATION_TAGS}, **{tag: _SCHEMA_GATE for tag in _SCHEMA_TAGS}},
)
