"""What the general (non-pg_trickle) checks look at, as SQL fragments.

The system schemas (pg_catalog, information_schema, TOAST and other sessions'
temporary schemas) hold nothing a DBA can or should change, and an extension's
members are the extension's business (catalog_object_explicit_grant is the
one check that looks at them). Both are left out of every general check that
does not say otherwise. Only members a superuser made are left out, though:
whoever installed a trusted extension owns it and may ALTER EXTENSION ... ADD
its own objects, which would otherwise vanish from the report.

Some objects have a pg_trickle check that already reports the same problem
for the same reason (stream tables, change buffers, CDC functions); the
general checks leave those to it, so that one hole is one finding.
"""

from harden import pgtrickle, trust


def user_schema(nsp):
    """A predicate on a pg_namespace alias: not a system or temporary schema."""
    return ("{n}.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"
            " AND {n}.nspname !~ '^pg_(toast_)?temp_'").format(n=nsp)



def security_invoker(rel):
    """A predicate on a pg_class alias: a view with security_invoker, in any
    of PostgreSQL's boolean spellings, prefixes included (it then reads its
    relations as whoever uses it, not as its owner)."""
    return ("EXISTS (SELECT FROM pg_catalog.unnest({v}.reloptions) opt"
            " WHERE opt ~* '^security_invoker=(t|tr|tru|true|y|ye|yes|on|1)$')").format(v=rel)

def not_extension_member(catalog, oid_expr, owner_expr):
    """A predicate: the object (catalog pg_class, pg_proc, ...; its oid and
    owner as SQL expressions) is no extension's member, or one that a
    superuser does not own (harden.trust.superuser_owned)."""
    return ("(NOT EXISTS (SELECT FROM pg_catalog.pg_depend xd"
            " WHERE xd.classid = 'pg_catalog.{cat}'::pg_catalog.regclass"
            " AND xd.objid = {oid} AND xd.deptype = 'e') OR NOT {owned})").format(
                cat=catalog, oid=oid_expr, owned=trust.superuser_owned(owner_expr))


def not_extension_member_bulk(catalog, oid_expr, owner_expr):
    """not_extension_member() for a query that tests a whole catalog: the same
    predicate, for an oid_expr that is a catalog's oid column (never NULL).

    Membership ('e') always points at the extension, so pg_depend's index on
    the referenced object yields the members of every extension at once: an
    uncorrelated NOT IN that the planner hashes, one probe per object instead
    of an index scan of pg_depend per object (most of a check's time on
    20,000 functions). For one object the per-object probe is cheaper."""
    return ("({oid} NOT IN (SELECT xd.objid FROM pg_catalog.pg_depend xd"
            " WHERE xd.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass"
            " AND xd.classid = 'pg_catalog.{cat}'::pg_catalog.regclass AND xd.deptype = 'e')"
            " OR NOT {owned})").format(cat=catalog, oid=oid_expr, owned=trust.superuser_owned(owner_expr))


def pgtrickle_relations(ctx):
    """(stream table relids, change-buffer schema oid) for a recognised pg_trickle
    deployment: the objects stream_table_* and change_buffer_exposed report on.
    Empty and 0 when there is none."""
    if not pgtrickle.deployed(ctx):
        return [], 0
    rows = ctx.query("SELECT st.pgt_relid::pg_catalog.int8 AS relid FROM pgtrickle.pgt_stream_tables st")
    return [r["relid"] for r in rows], ctx.pgtrickle.change_buffer_schema_oid or 0


# The functions of pg_trickle's CDC and IVM triggers, reported by cdc_* checks.
# $1: text[] of LIKE patterns (pgtrickle.CDC_TRIGGER_PATTERNS).
CDC_FUNCTIONS_SQL = ("SELECT DISTINCT t.tgfoid::pg_catalog.int8 AS oid FROM pg_catalog.pg_trigger t"
                     " WHERE NOT t.tgisinternal AND t.tgname::text LIKE ANY ($1::text[])")


def pgtrickle_cdc_functions(ctx):
    """Oids of the CDC/IVM trigger functions of a recognised deployment (else empty)."""
    if not pgtrickle.deployed(ctx):
        return []
    return [r["oid"] for r in ctx.query(CDC_FUNCTIONS_SQL, [list(pgtrickle.CDC_TRIGGER_PATTERNS)])]


# Views and materialized views (relkind in $1) with the RLS-enabled tables
# they read, following views and materialized views they read in turn. A view
# without security_invoker, and any materialized view, reads them as its owner,
# not as whoever selects from it. Only the _RETURN rule (the view's query)
# counts: other rules run on writes. Columns: relid, rls_tables (their names).
RLS_READS_SQL = """
WITH RECURSIVE reads(relid, ref) AS (
    SELECT rw.ev_class, d.refobjid
      FROM pg_catalog.pg_rewrite rw
      JOIN pg_catalog.pg_class v ON v.oid = rw.ev_class
      JOIN pg_catalog.pg_namespace n ON n.oid = v.relnamespace
      JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND d.objid = rw.oid
                                 AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                 AND d.refobjid <> rw.ev_class
     WHERE rw.rulename = '_RETURN' AND v.relkind::text = ANY ($1::text[])
       AND {user_schema}
       AND {not_member}
    UNION
    SELECT r.relid, d.refobjid
      FROM reads r
      JOIN pg_catalog.pg_rewrite rw ON rw.ev_class = r.ref AND rw.rulename = '_RETURN'
      JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND d.objid = rw.oid
                                 AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                 AND d.refobjid <> rw.ev_class
)
SELECT r.relid,
       pg_catalog.string_agg(DISTINCT t.oid::pg_catalog.regclass::text, ', ') AS rls_tables
  FROM reads r
  JOIN pg_catalog.pg_class t ON t.oid = r.ref AND t.relrowsecurity
 GROUP BY r.relid
""".format(user_schema=user_schema("n"), not_member=not_extension_member_bulk("pg_class", "v.oid", "v.relowner"))
