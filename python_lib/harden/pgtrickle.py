"""Recognising a pg_trickle deployment by its catalog, not by pg_extension.

pg_trickle runs only on PostgreSQL 18, so harden looks for its catalog tables
(pgtrickle.pgt_stream_tables and pgtrickle.pgt_dependencies) and the columns it
reads from them. Stream tables live wherever their creator put them. Anyone
with CREATE on the database can make a schema of that name, so the catalog is
read only when harden.trust says a superuser made it; every query on
pgtrickle.* runs only when deployed() is true.
"""

from collections import namedtuple

from harden import trust

# The columns harden reads; any other column pg_trickle adds is ignored.
REQUIRED_COLUMNS = {
    "pgt_stream_tables": ("pgt_id", "pgt_relid", "pgt_schema", "pgt_name", "needs_reinit"),
    "pgt_dependencies": ("pgt_id", "source_relid", "source_type"),
}

# CDC triggers: the real ones (pg_trickle_cdc_*), the tutorial's (pgt_cdc_*) and
# IMMEDIATE mode's IVM triggers (pgt_ivm_*). Patterns for LIKE, with _ escaped.
CDC_TRIGGER_PATTERNS = ("pg\\_trickle\\_cdc\\_%", "pgt\\_cdc\\_%", "pgt\\_ivm\\_%")

# Every stream table with the stream tables it feeds from, transitively:
# (pgt_id, relid) of a stream table and the relid of each base source.
STREAM_TABLES_SQL = (
    "SELECT st.pgt_id, st.pgt_relid AS relid, st.pgt_schema, st.pgt_name, st.needs_reinit"
    " FROM pgtrickle.pgt_stream_tables st"
    " JOIN pg_catalog.pg_class c ON c.oid = st.pgt_relid"
)

# All (stream table, source) pairs, following stream tables that feed other
# stream tables, so that a source's RLS reaches every downstream table. UNION
# (not UNION ALL) keeps each pair once, whatever the number of paths to it,
# and ends on cycles: the work grows with the pairs found times the sources
# of each stream table, never with the paths (a chain of diamonds has 2^n).
SOURCE_CLOSURE_SQL = """
WITH RECURSIVE closure(pgt_id, source_relid) AS (
    SELECT d.pgt_id, d.source_relid
      FROM pgtrickle.pgt_dependencies d
    UNION
    SELECT c.pgt_id, d.source_relid
      FROM closure c
      JOIN pgtrickle.pgt_stream_tables up ON up.pgt_relid = c.source_relid
      JOIN pgtrickle.pgt_dependencies d ON d.pgt_id = up.pgt_id
)
SELECT pgt_id, source_relid FROM closure
"""


Deployment = namedtuple("Deployment", (
    "recognized",
    "missing",
    "change_buffer_schema_oid",  # None: no change-buffer schema
    "untrusted",                 # harden.trust.Untrusted objects: the catalog is there but not superuser-made
    "bootstrap",
), defaults=((), None, (), ""))


def detect(ctx):
    """The pg_trickle deployment found in the catalog, or None. Reads only
    pg_catalog: an untrusted catalog is reported, never read."""
    found_trust = trust.pgt_catalog(ctx)
    if not found_trust.present:
        return None
    if found_trust.untrusted:
        return Deployment(recognized=False, untrusted=found_trust.untrusted, bootstrap=found_trust.bootstrap)
    rows = ctx.query(
        "SELECT c.relname, array_agg(a.attname::text) AS cols"
        "  FROM pg_catalog.pg_class c"
        "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        "  LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
        " WHERE n.nspname = 'pgtrickle' AND c.relname IN ('pgt_stream_tables', 'pgt_dependencies')"
        " GROUP BY c.relname"
    )
    found = {r["relname"]: set(r["cols"] or ()) for r in rows}
    missing = []
    for table, columns in REQUIRED_COLUMNS.items():
        if table not in found:
            missing.append("pgtrickle.%s" % table)
            continue
        missing.extend("pgtrickle.%s.%s" % (table, c) for c in columns if c not in found[table])
    schema = ctx.query(
        "SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = $1", [ctx.settings.change_buffer_schema]
    )
    return Deployment(
        # Both tables there and trusted, with the columns harden reads.
        recognized=found_trust.trusted and not missing,
        missing=tuple(missing),
        change_buffer_schema_oid=schema[0]["oid"] if schema else None,
    )


def deployed(ctx):
    """True when a recognised, superuser-made pg_trickle catalog is present."""
    return ctx.pgtrickle is not None and ctx.pgtrickle.recognized
