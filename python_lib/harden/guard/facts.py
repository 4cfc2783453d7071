"""Facts about one DDL command that several guard checks share.

Each is one query, run on first use and kept in the command's memo, so that
two rules looking at the same CREATE TRIGGER or GRANT read the catalog once.
"""

from harden.guard.command import PG_PROC
from harden.guard.grants import WRITTEN_BY_THIS_TRANSACTION
from harden.pgtrickle import CDC_TRIGGER_PATTERNS, SOURCE_CLOSURE_SQL


def _memo(cmd, key, compute):
    if key not in cmd.memo:
        cmd.memo[key] = compute()
    return cmd.memo[key]


# Catalog row versions (catalog, oid, xmin, ctid) already judged in this
# transaction. Facts that select rows "written by this transaction" would
# otherwise hand a later statement of the same transaction the rows of an
# earlier one again (a second GRANT would re-report the first GRANT's table).
# A statement that writes the row again makes a new version, judged anew; a
# rolled-back subtransaction's versions are gone with it. A version is told
# by its place, not its command id: cmin reads as a combo id (0, 1, ...)
# once a rolled-back savepoint updated the row, which a later command can
# match (found by an attacker helper). Within one transaction no two
# versions share both: the versions it replaced stay where they are until
# it ends, and a version a rolled-back savepoint left, whose place may be
# reused, has that savepoint's own xid.
_judged = {"xid": None, "versions": set()}


def _unseen(cmd, catalog, rows, key="oid"):
    if _judged["xid"] != cmd.event.xid:
        _judged["xid"] = cmd.event.xid
        _judged["versions"] = set()
    seen = _judged["versions"]
    fresh = []
    for row in rows:
        version = (catalog, row[key], row["version"])
        if version not in seen:
            seen.add(version)
            fresh.append(row)
    return fresh


# Two sessions could each make half of trigger_function_owner_mismatch's
# state, each unseen by the other's check: one attaches a trigger to a
# SECURITY DEFINER function and keeps its transaction open, the other makes
# the function SECURITY INVOKER (found by an attacker helper). So a check
# whose verdict rests on the trigger's function reads the function's row
# with this clause. A change to the function (CREATE OR REPLACE, ALTER
# FUNCTION) updates that row, which waits for the lock to go with its
# transaction, so the change's own check runs after and sees the trigger;
# and a row lock taken after such an update waits for it, then reads the
# function as the update left it.
TRIGGER_FUNCTION_LOCK = "FOR SHARE"

# The trigger $1 and its clones on partitions, at any depth (each clone
# depends on its parent trigger; pg_trigger has no index on tgparentid),
# pg_depend read by its key in a subquery that cannot be flattened (a plan
# kept from when the catalog was small may otherwise walk all of it per row).
# The functions' rows are read FOR SHARE (TRIGGER_FUNCTION_LOCK).
TRIGGER_SQL = """
WITH RECURSIVE clone(oid) AS (
    SELECT $1::pg_catalog.oid
    UNION
    SELECT d.objid FROM clone
     CROSS JOIN LATERAL (SELECT d.objid FROM pg_catalog.pg_depend d
                          WHERE d.refclassid = 'pg_catalog.pg_trigger'::pg_catalog.regclass
                            AND d.refobjid = clone.oid AND d.deptype = 'P'
                            AND d.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass OFFSET 0) d
)
SELECT t.oid = $1::pg_catalog.oid AS created,
       t.tgname::text AS name, t.tgisinternal AS internal, t.tgname::text LIKE ANY ($3::text[]) AS cdc,
       (pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 0)).identity AS table_identity,
       (pg_catalog.pg_identify_object('pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, 0)).identity AS function_identity,
       tr.rolname::text AS table_owner, fr.rolname::text AS function_owner,
       fr.rolsuper AS function_owner_superuser, p.prosecdef AS security_definer,
       p.proowner = c.relowner AS same_owner,
       COALESCE(pg_catalog.pg_has_role($2::name, c.relowner, 'USAGE'), false) AS invoker_owns_table,
       COALESCE((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = $2), false) AS invoker_superuser,
       COALESCE(pg_catalog.pg_has_role($2::name, 'harden_admin', 'MEMBER'), false) AS invoker_admin
  FROM pg_catalog.pg_trigger t
  JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
  JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid
  JOIN pg_catalog.pg_roles tr ON tr.oid = c.relowner
  JOIN pg_catalog.pg_roles fr ON fr.oid = p.proowner
 WHERE t.oid IN (SELECT clone.oid FROM clone)
 ORDER BY created DESC, table_identity
   %s OF p
""" % TRIGGER_FUNCTION_LOCK


def _trigger_and_clones(ctx, cmd):
    """(the trigger's row, the rows of its clones); (None, []) if it is gone."""
    def compute():
        if cmd.dropped or cmd.object_type != "trigger":
            return None, []
        rows = ctx.query(TRIGGER_SQL, [cmd.objid, cmd.event.invoker, list(CDC_TRIGGER_PATTERNS)])
        if not rows or not rows[0]["created"]:
            return None, []
        return rows[0], rows[1:]
    return _memo(cmd, "trigger_and_clones", compute)


def trigger(ctx, cmd):
    """The trigger a CREATE TRIGGER made, its table and its function; None if gone."""
    return _trigger_and_clones(ctx, cmd)[0]


def trigger_clones(ctx, cmd):
    """The clones of that trigger on the partitions of its table, at any depth."""
    return _trigger_and_clones(ctx, cmd)[1]


# The triggers that call a function (through pg_depend: pg_trigger has no
# index on tgfoid), with what PGD's rule asks of each.
FUNCTION_TRIGGERS_SQL = """
SELECT (pg_catalog.pg_identify_object('pg_catalog.pg_trigger'::pg_catalog.regclass, t.oid, 0)).identity AS identity,
       (pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 0)).identity AS table_identity,
       (pg_catalog.pg_identify_object('pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, 0)).identity AS function_identity,
       tr.rolname::text AS table_owner, fr.rolname::text AS function_owner,
       p.oid::pg_catalog.regprocedure::text AS signature,
       COALESCE(pg_catalog.pg_has_role($2::name, c.relowner, 'USAGE'), false) AS invoker_owns_table,
       COALESCE((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = $2), false) AS invoker_superuser,
       COALESCE(pg_catalog.pg_has_role($2::name, 'harden_admin', 'MEMBER'), false) AS invoker_admin
  FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_trigger t ON t.oid = d.objid
  JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
  JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid
  JOIN pg_catalog.pg_roles tr ON tr.oid = c.relowner
  JOIN pg_catalog.pg_roles fr ON fr.oid = p.proowner
 WHERE d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.refobjid = $1::pg_catalog.oid
   AND d.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass
   AND NOT t.tgisinternal AND p.proowner <> c.relowner AND NOT p.prosecdef
 ORDER BY 1
"""


def mismatched_triggers_of_function(ctx, cmd):
    """The triggers that call the function a CREATE OR REPLACE or ALTER
    FUNCTION left, where it is neither owned by the table's owner nor
    SECURITY DEFINER."""
    def compute():
        if cmd.dropped or cmd.classid != PG_PROC:
            return []
        return ctx.query(FUNCTION_TRIGGERS_SQL, [cmd.objid, cmd.event.invoker])
    return _memo(cmd, "mismatched_triggers_of_function", compute)


NEW_FOREIGN_KEYS_SQL = """
SELECT k.oid::bigint AS oid, k.xmin::text || ':' || k.ctid::text AS version, k.conname::text AS name,
       (pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, k.conrelid, 0)).identity AS table_identity,
       (pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, k.confrelid, 0)).identity AS referenced_identity,
       ro.rolname::text AS referenced_owner,
       (SELECT pg_catalog.bool_and(pg_catalog.has_column_privilege($2::name, k.confrelid, a.attnum, 'SELECT'))
          FROM pg_catalog.unnest(k.confkey) AS a(attnum)) AS can_select
  FROM pg_catalog.pg_constraint k
  JOIN pg_catalog.pg_class rc ON rc.oid = k.confrelid
  JOIN pg_catalog.pg_roles ro ON ro.oid = rc.relowner
 WHERE k.conrelid = $1::pg_catalog.oid AND k.contype = 'f' AND k.conparentid = 0
   AND """ + WRITTEN_BY_THIS_TRANSACTION.format(a="k")


def new_foreign_keys(ctx, cmd):
    """Foreign keys on the command's table that this transaction added."""
    def compute():
        if cmd.dropped or cmd.object_type != "table" or cmd.objid is None:
            return []
        return _unseen(cmd, "pg_constraint",
                       ctx.query(NEW_FOREIGN_KEYS_SQL, [cmd.objid, cmd.event.invoker]))
    return _memo(cmd, "new_foreign_keys", compute)


# Relations that a GRANT may have touched and that the guard watches: stream
# tables, their sources, and everything in the pgtrickle and change-buffer
# schemas (found through each relation's dependency on its schema). Each is
# looked up by oid (OFFSET 0 keeps the planner from turning the lookups into
# a scan of pg_class).
# Each relation x.relid whose ACL, or a column's, this transaction changed,
# with the versions of the rows that say so (for _unseen).
_ACL_WRITTEN = """CROSS JOIN LATERAL (
       SELECT c.oid, c.xmin::text || ':' || c.ctid::text || COALESCE('/' || att.versions, '') AS version, c.relkind,
              (SELECT n.nspname::text FROM pg_catalog.pg_namespace n WHERE n.oid = c.relnamespace) AS schema
         FROM pg_catalog.pg_class c
         -- A column GRANT writes the columns' pg_attribute rows, not pg_class's.
        CROSS JOIN LATERAL (
              SELECT pg_catalog.string_agg(a.xmin::text || ':' || a.ctid::text, ',' ORDER BY a.attnum) AS versions
                FROM pg_catalog.pg_attribute a
               WHERE a.attrelid = c.oid AND a.attnum > 0 AND a.attacl IS NOT NULL
                 AND """ + WRITTEN_BY_THIS_TRANSACTION.format(a="a") + """) att
        WHERE c.oid = x.relid
          AND ((c.relacl IS NOT NULL AND """ + WRITTEN_BY_THIS_TRANSACTION.format(a="c") + """)
               OR att.versions IS NOT NULL)
       OFFSET 0) c"""

_TOUCHED_WATCHED_SQL = """
WITH candidates AS MATERIALIZED (
    {trickle}
    SELECT dep.objid AS relid FROM pg_catalog.pg_depend dep
     WHERE dep.refclassid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
       AND dep.refobjid = ANY ($1::pg_catalog.oid[])
       AND dep.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
)
SELECT c.oid::bigint AS relid, c.version, c.relkind::text AS relkind, c.schema,
       (pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 0)).identity AS identity,
       {trickle_columns}
  FROM (SELECT DISTINCT x.relid FROM candidates x) x
 """ + _ACL_WRITTEN + "\n"

TOUCHED_WATCHED_SQL = {
    True: _TOUCHED_WATCHED_SQL.format(
        trickle="SELECT st.pgt_relid AS relid FROM pgtrickle.pgt_stream_tables st UNION ALL"
                " SELECT d.source_relid FROM pgtrickle.pgt_dependencies d UNION ALL",
        trickle_columns="EXISTS (SELECT FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = c.oid) AS is_stream_table,"
                        " EXISTS (SELECT FROM pgtrickle.pgt_dependencies d WHERE d.source_relid = c.oid) AS is_source,"
                        " (SELECT pg_catalog.format('%I.%I', st.pgt_schema, st.pgt_name)"
                        "    FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = c.oid) AS stream_table"),
    False: _TOUCHED_WATCHED_SQL.format(
        trickle="", trickle_columns="false AS is_stream_table, false AS is_source, NULL::text AS stream_table"),
}


def touched_watched_relations(ctx, cmd):
    """Watched relations whose ACL this transaction changed (for a GRANT)."""
    def compute():
        if cmd.tag != "GRANT" or cmd.object_type not in ("TABLE", "SEQUENCE", "FOREIGN TABLE"):
            return []
        event = cmd.event
        if not event.pgtrickle and not event.watched_schema_oids:
            return []
        return _unseen(cmd, "pg_class", ctx.query(TOUCHED_WATCHED_SQL[event.pgtrickle], [event.watched_schema_oids]),
                       key="relid")
    return _memo(cmd, "touched_watched_relations", compute)


TOUCHED_REWRITTEN_SQL = """
SELECT c.oid::bigint AS relid, c.version
  FROM (SELECT DISTINCT rw.ev_class AS relid FROM pg_catalog.pg_rewrite rw) x
 """ + _ACL_WRITTEN


def touched_rewritten_relations(ctx, cmd):
    """Relations with rules (views among them) whose ACL, or a column's,
    this transaction changed (for a GRANT; pg_rewrite is read whole)."""
    def compute():
        if cmd.tag != "GRANT" or cmd.object_type not in ("TABLE", "FOREIGN TABLE"):
            return []
        return [r["relid"] for r in _unseen(cmd, "pg_class:rewritten", ctx.query(TOUCHED_REWRITTEN_SQL),
                                            key="relid")]
    return _memo(cmd, "touched_rewritten_relations", compute)


TOUCHED_SCHEMAS_SQL = """
SELECT n.oid::bigint AS oid, n.xmin::text || ':' || n.ctid::text AS version, n.nspname::text AS name
  FROM pg_catalog.pg_namespace n
 WHERE n.nspacl IS NOT NULL AND """ + WRITTEN_BY_THIS_TRANSACTION.format(a="n")


def touched_schemas(ctx, cmd):
    """Schemas whose ACL this transaction changed (for a GRANT ... ON SCHEMA)."""
    def compute():
        if cmd.tag != "GRANT" or cmd.object_type != "SCHEMA":
            return []
        return _unseen(cmd, "pg_namespace", ctx.query(TOUCHED_SCHEMAS_SQL))
    return _memo(cmd, "touched_schemas", compute)


TOUCHED_DEFAULT_ACLS_SQL = """
SELECT d.oid::bigint AS oid, d.xmin::text || ':' || d.ctid::text AS version, d.defaclnamespace::bigint AS schema_oid,
       (pg_catalog.pg_identify_object('pg_catalog.pg_default_acl'::pg_catalog.regclass, d.oid, 0)).identity
           AS identity
  FROM pg_catalog.pg_default_acl d
 WHERE """ + WRITTEN_BY_THIS_TRANSACTION.format(a="d")


def touched_default_acls(ctx, cmd):
    """The default privileges this transaction wrote (for ALTER DEFAULT
    PRIVILEGES; pg_default_acl is small, and read whole)."""
    def compute():
        if cmd.tag != "ALTER DEFAULT PRIVILEGES":
            return []
        return _unseen(cmd, "pg_default_acl", ctx.query(TOUCHED_DEFAULT_ACLS_SQL))
    return _memo(cmd, "touched_default_acls", compute)


TOUCHED_TABLES_SQL = """
SELECT c.oid::bigint AS relid, c.xmin::text || ':' || c.ctid::text AS version
  FROM pg_catalog.pg_class c
 WHERE c.relacl IS NOT NULL AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
   AND """ + WRITTEN_BY_THIS_TRANSACTION.format(a="c")


def touched_tables(ctx, cmd):
    """Every table or view whose ACL this transaction changed: a scan of
    pg_class, so a rule asks only when the GRANT's text cannot rule it out."""
    def compute():
        if cmd.tag != "GRANT" or cmd.object_type not in ("TABLE", "FOREIGN TABLE"):
            return []
        return [r["relid"] for r in _unseen(cmd, "pg_class:all", ctx.query(TOUCHED_TABLES_SQL), key="relid")]
    return _memo(cmd, "touched_tables", compute)


def rls_flags(ctx, cmd):
    """(enabled, forced) row-security flags of the command's object now, or None."""
    def compute():
        rows = ctx.query("SELECT c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced"
                         "  FROM pg_catalog.pg_class c WHERE c.oid = $1::pg_catalog.oid", [cmd.objid])
        return (rows[0]["enabled"], rows[0]["forced"]) if rows else None
    return _memo(cmd, "rls_flags", compute)


# Before an ALTER TABLE: the row-security flags of stream tables and sources.
RLS_SNAPSHOT_SQL = """
SELECT c.oid::bigint AS relid, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
  FROM pg_catalog.pg_class c
 WHERE c.oid IN (SELECT st.pgt_relid FROM pgtrickle.pgt_stream_tables st
                 UNION SELECT d.source_relid FROM pgtrickle.pgt_dependencies d)
"""

# What pg_trickle recorded when it built the stream tables that read a source
# (its own ALTER TABLE check): used when no snapshot was taken.
SNAPSHOT_FLAGS_SQL = """
SELECT (d.column_snapshot->>'rls_enabled')::boolean AS enabled,
       (d.column_snapshot->>'rls_forced')::boolean AS forced
  FROM pgtrickle.pgt_dependencies d
 WHERE d.source_relid = $1::pg_catalog.oid AND d.column_snapshot ? 'rls_enabled'
"""


def rls_change(ctx, cmd):
    """(before, after) row-security flags, each (enabled, forced), of an ALTER
    TABLE's stream table or source when the statement changed them, else None.
    "before" is what ddl_command_start saw; without it (ddl_command_start did
    not run the guard: the pg_trickle catalog was not trusted yet), what
    pg_trickle recorded in pgt_dependencies.column_snapshot. An ALTER TABLE
    whose text rules out a change (command.ROW_SECURITY_WORDS) changed none."""
    def compute():
        before_snapshot = cmd.event.rls_before
        if cmd.dropped or cmd.tag != "ALTER TABLE" or cmd.object_type != "table":
            return None
        if not cmd.event.may_change_row_security:
            return None
        if not (cmd.is_source or cmd.is_stream_table):
            return None
        after = rls_flags(ctx, cmd)
        if after is None:
            return None
        if before_snapshot is not None and cmd.objid in before_snapshot:
            before = before_snapshot[cmd.objid]
            return (before, after) if before != after else None
        for row in ctx.query(SNAPSHOT_FLAGS_SQL, [cmd.objid]):
            before = (row["enabled"], row["forced"])
            if before != after:
                return (before, after)
        return None
    return _memo(cmd, "rls_change", compute)


DEPENDENT_STREAM_TABLES_SQL = """
SELECT DISTINCT st.pgt_id, pg_catalog.format('%I.%I', st.pgt_schema, st.pgt_name) AS name
  FROM (""" + SOURCE_CLOSURE_SQL + """) cl
  JOIN pgtrickle.pgt_stream_tables st ON st.pgt_id = cl.pgt_id
 WHERE cl.source_relid = $1::pg_catalog.oid
 ORDER BY 2
"""


def dependent_stream_tables(ctx, relid):
    """Stream tables that read `relid`, directly or through other stream tables."""
    return ctx.query(DEPENDENT_STREAM_TABLES_SQL, [relid])
