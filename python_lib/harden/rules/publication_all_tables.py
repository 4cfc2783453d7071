from harden import replication
from harden.guard import findings_on
from harden.quoting import comment
from harden.rule import Finding, Rule

ALL_TABLES_SQL = """
SELECT p.pubname, pg_catalog.quote_ident(p.pubname) AS pub,
       (pg_catalog.pg_identify_object('pg_catalog.pg_publication'::pg_catalog.regclass, p.oid, 0)).identity,
       pg_catalog.quote_ident(o.rolname) AS owner,
       p.pubinsert, p.pubupdate, p.pubdelete, p.pubtruncate, p.pubviaroot
  FROM pg_catalog.pg_publication p
  JOIN pg_catalog.pg_roles o ON o.oid = p.pubowner
 WHERE p.puballtables
 ORDER BY p.pubname
"""

# What FOR ALL TABLES carries, as the table list that replaces it: partitions
# travel with their partitioned table.
TABLES_SQL = """
SELECT pg_catalog.format('%%I.%%I', n.nspname, c.relname) AS name, n.nspname,
       n.nspname = ANY ($1::text[]) AS internal
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE %s AND NOT c.relispartition
 ORDER BY n.nspname, c.relname
""" % replication.publishable("c")

# Each FOR TABLES IN SCHEMA membership, with the tables that replace it: those
# of the schema not already listed in the publication (a partition comes with
# its parent when that is in the same schema).
SCHEMAS_SQL = """
SELECT pg_catalog.quote_ident(p.pubname) AS pub,
       (pg_catalog.pg_identify_object('pg_catalog.pg_publication'::pg_catalog.regclass, p.oid, 0)).identity,
       n.nspname, pg_catalog.quote_ident(n.nspname) AS schema,
       n.nspname = ANY ($1::text[]) AS internal,
       ARRAY(SELECT pg_catalog.format('%%I.%%I', n.nspname, c.relname)
               FROM pg_catalog.pg_class c
              WHERE c.relnamespace = n.oid AND %s
                AND NOT (c.relispartition AND EXISTS (
                        SELECT 1 FROM pg_catalog.pg_inherits i
                          JOIN pg_catalog.pg_class parent ON parent.oid = i.inhparent
                         WHERE i.inhrelid = c.oid AND parent.relnamespace = n.oid))
                AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_publication_rel r
                                 WHERE r.prpubid = p.oid AND r.prrelid = c.oid)
              ORDER BY c.relname) AS tables
  FROM pg_catalog.pg_publication_namespace pn
  JOIN pg_catalog.pg_publication p ON p.oid = pn.pnpubid
  JOIN pg_catalog.pg_namespace n ON n.oid = pn.pnnspid
 ORDER BY p.pubname, n.nspname
""" % replication.publishable("c")


def _with_clause(ctx, row):
    actions = [name for name in ("insert", "update", "delete", "truncate") if row["pub" + name]]
    return "WITH (publish = %s, publish_via_partition_root = %s)" % (
        ctx.literal(", ".join(actions)), "true" if row["pubviaroot"] else "false")


def _new_name(name, taken):
    """A free publication name for the table list: <name>_tables, within 63 bytes."""
    for n in range(1, 1000):
        suffix = "_tables" if n == 1 else "_tables%d" % n
        base = name.encode("utf-8")[:63 - len(suffix)].decode("utf-8", "ignore")
        if base + suffix not in taken:
            return base + suffix
    raise RuntimeError("no free publication name for %s" % name)


def _all_tables(ctx, internal):
    rows = ctx.query(ALL_TABLES_SQL)
    if not rows:
        return
    tables = ctx.query(TABLES_SQL, [internal])
    taken = {r["pubname"] for r in ctx.query("SELECT pubname FROM pg_catalog.pg_publication")}
    kept = [t["name"] for t in tables if not t["internal"]]
    left_out = {}
    for t in tables:
        if t["internal"]:
            kind = replication.internal_kind(ctx, t["nspname"])
            left_out[kind] = left_out.get(kind, 0) + 1
    for row in rows:
        # FOR ALL TABLES cannot become a table list, and dropping and re-creating
        # the same name stops its subscribers for good before PostgreSQL 18: a
        # change decoded between the two (harden's own DDL history row is one)
        # finds no publication of that name. So the list gets a new name, the
        # subscribers move to it, and only then does the old one go.
        new = _new_name(row["pubname"], taken)
        taken.add(new)
        new_ident = ctx.ident(new)
        remediation = "\n".join([
            "-- A table list publishes only the tables named (tables created later must be added);",
            "-- harden's and pg_trickle's internal tables stay out. Step 1, here:",
            "CREATE PUBLICATION %s%s %s;" % (
                new_ident, " FOR TABLE " + ", ".join(kept) if kept else "", _with_clause(ctx, row)),
            "ALTER PUBLICATION %s OWNER TO %s;" % (new_ident, row["owner"]),
            "SELECT pg_catalog.pg_current_wal_lsn() AS created_at;",
            comment("Step 2, on each subscriber of %s, once its slot here has confirmed a later position" % row["pub"]),
            "-- (it no longer shows in: SELECT slot_name FROM pg_catalog.pg_replication_slots",
            "--  WHERE confirmed_flush_lsn < '<created_at>'; a write to a published table moves it on):",
            comment("  ALTER SUBSCRIPTION <subscription> SET PUBLICATION %s;" % new_ident),
            comment("Step 3, here, once no subscription names %s (one that still does stops):" % row["pub"]),
            "DROP PUBLICATION %s;" % row["pub"],
        ])
        message = ("publication %s is FOR ALL TABLES: it publishes every table of the database, present and "
                   "future, to any subscriber that can connect" % row["identity"])
        if left_out:
            message += ", internal ones included: " + ", ".join(
                "%d %s%s" % (n, kind, "" if n == 1 else "s") for kind, n in sorted(left_out.items()))
        yield Finding(object_type="publication", object_identity=row["identity"], message=message,
                      remediation=remediation)


def _schemas(ctx, internal):
    for row in ctx.query(SCHEMAS_SQL, [internal]):
        lines = ["BEGIN;", "ALTER PUBLICATION %s DROP TABLES IN SCHEMA %s;" % (row["pub"], row["schema"])]
        if row["internal"]:
            lines.insert(0, comment("%s holds only internal tables: none is added back." % row["schema"]))
        elif row["tables"]:
            lines.append("ALTER PUBLICATION %s ADD TABLE %s;" % (row["pub"], ", ".join(row["tables"])))
        lines.append("COMMIT;")
        message = ("publication %s publishes every table of schema %s, present and future, to any subscriber "
                   "that can connect" % (row["identity"], row["schema"]))
        if row["internal"]:
            message += " (%ss live there)" % replication.internal_kind(ctx, row["nspname"])
        yield Finding(object_type="publication", object_identity=row["identity"], message=message,
                      remediation="\n".join(lines), key=row["nspname"], severity="medium")


def audit(ctx):
    internal = replication.internal_schemas(ctx)
    yield from _all_tables(ctx, internal)
    yield from _schemas(ctx, internal)


def guard(ctx, cmd):
    if cmd.object_type == "publication":
        yield from findings_on(audit, ctx, {cmd.object_identity})


RULE = Rule(
    name="publication_all_tables",
    severity="high",
    category="replication",
    title="A publication publishes all tables, or all tables of a schema",
    rationale="Publications have no privileges: any subscription that can connect to the database can "
              "subscribe to any publication. A FOR ALL TABLES publication hands it every table, present "
              "and future, pg_trickle's change buffers and harden's own configuration, waivers and DDL "
              "history included; FOR TABLES IN SCHEMA (superuser-only) does the same for a schema (reported "
              "as medium). A table list publishes only what was chosen.",
    reference="PostgreSQL manual 29.10 (Logical replication: Security): there are currently no privileges "
              "on publications",
    remediation="Publish a table list instead, without internal tables (same options and owner) under a new "
                "name, move each subscriber to it (ALTER SUBSCRIPTION ... SET PUBLICATION), then drop the old "
                "publication; the finding's SQL does it in three steps.",
    audit=audit,
    guard=guard,
    guard_action="warn",
    guard_tags=frozenset(("CREATE PUBLICATION", "ALTER PUBLICATION")),
)
