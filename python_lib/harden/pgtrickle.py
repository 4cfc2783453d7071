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

# The columns harden reads, with their types (as regtype writes them); any
# other column pg_trickle adds is ignored. A column of another type is
# another layout: harden's queries compare these with pg_class.oid and each
# other, and a comparison without an operator would fail every DDL the
# guard sends to Python (a superuser's ALTER of the catalog included).
REQUIRED_COLUMNS = {
    "pgt_stream_tables": {"pgt_id": "bigint", "pgt_relid": "oid", "pgt_schema": "text", "pgt_name": "text",
                          "needs_reinit": "boolean"},
    "pgt_dependencies": {"pgt_id": "bigint", "source_relid": "oid", "source_type": "text"},
}


def columns_sql(namespace):
    """An SQL text[][] of [table, column, type] for each column of the two
    catalog tables in the schema whose oid the SQL expression `namespace`
    gives ([table, NULL, NULL] for one without columns). Reads pg_catalog
    only, so it is safe on a catalog no one trusts."""
    return ("ARRAY(SELECT ARRAY[c.relname::text, a.attname::text, a.atttypid::pg_catalog.regtype::text]"
            " FROM pg_catalog.pg_class c"
            " LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
            " WHERE c.relnamespace = %s AND c.relname IN ('pgt_stream_tables', 'pgt_dependencies'))" % namespace)


def missing(columns):
    """What of REQUIRED_COLUMNS the catalog lacks, given columns_sql()'s
    rows: each table or column not there, or of another type."""
    found = {}
    for table, column, type_ in columns or ():
        found.setdefault(table, {})[column] = type_
    out = []
    for table, required in REQUIRED_COLUMNS.items():
        if table not in found:
            out.append("pgtrickle.%s" % table)
            continue
        for column, type_ in required.items():
            name = "pgtrickle.%s.%s" % (table, column)
            if column not in found[table]:
                out.append(name)
            elif found[table][column] != type_:
                out.append("%s as %s (it is %s)" % (name, type_, found[table][column]))
    return out


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
    missing_now = missing(ctx.query(
        "SELECT %s AS columns FROM pg_catalog.to_regnamespace('pgtrickle') AS n" % columns_sql("n"))[0]["columns"])
    schema = ctx.query(
        "SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = $1", [ctx.settings.change_buffer_schema]
    )
    return Deployment(
        # Both tables there and trusted, with the columns harden reads.
        recognized=found_trust.trusted and not missing_now,
        missing=tuple(missing_now),
        change_buffer_schema_oid=schema[0]["oid"] if schema else None,
    )


def deployed(ctx):
    """True when a recognised, superuser-made pg_trickle catalog is present."""
    return ctx.pgtrickle is not None and ctx.pgtrickle.recognized
