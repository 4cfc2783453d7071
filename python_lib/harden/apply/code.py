"""What code a relation carries, so that apply never hands it to another role.

Changing a relation's owner makes its owner the role that runs the code
attached to it: index expressions and predicates run at ANALYZE, VACUUM and
REINDEX as the owner; triggers, column defaults, generated columns and check
constraints run as whoever writes, which for a stream table is its owner's
refresh; rules and policies as whoever reads or writes. A grant of SELECT makes
the grantee run the relation's policies and, for a view, the functions in its
query. A previous owner that planted a function of its own in any of them
would have that function run with the new owner's or grantee's rights
(issue 12). apply checks, before it plans an owner change or a grant, the
functions these parts call (directly or through an operator) and the types
they use (CODE_SQL): one owned by a role that is neither a superuser nor the
role about to take over makes the action a manual row. It checks again, with
the relations locked, before its first change (harden.apply.run), so that code
added while it ran is not handed over either.
"""

# Built-in functions that run the SQL text they are given (or read tables,
# whose policies and views then run), and set_config, which changes the
# search_path that later code resolves names in: a part calling one runs
# whatever its author wrote into the call, though a superuser owns it
# (found by an attacker helper: query_to_xml in a CHECK constraint). The
# server records no dependency on a built-in function, so these are found in
# the parts' expression trees as the server stores them (pg_node_tree), by
# the ":funcid <oid> " of each call.
SQL_RUNNERS = ("query_to_xml", "query_to_xmlschema", "query_to_xml_and_xmlschema", "cursor_to_xml",
               "cursor_to_xmlschema", "table_to_xml", "table_to_xmlschema", "table_to_xml_and_xmlschema",
               "schema_to_xml", "schema_to_xmlschema", "schema_to_xml_and_xmlschema", "database_to_xml",
               "database_to_xmlschema", "database_to_xml_and_xmlschema", "ts_stat", "ts_rewrite", "set_config",
               # A type named by its oid, a plain number: no dependency on it.
               "record_in", "array_in", "domain_in", "range_in", "multirange_in")

# Where each kind of part (by its catalog) keeps its expressions, as the
# server stores them: (catalog, key column, pg_node_tree columns).
_TREES = (
    ("pg_class", "pg_index", "indexrelid", ("indexprs", "indpred")),
    ("pg_attrdef", "pg_attrdef", "oid", ("adbin",)),
    ("pg_constraint", "pg_constraint", "oid", ("conbin",)),
    ("pg_policy", "pg_policy", "oid", ("polqual", "polwithcheck")),
    ("pg_statistic_ext", "pg_statistic_ext", "oid", ("stxexprs",)),
    ("pg_rewrite", "pg_rewrite", "oid", ("ev_qual", "ev_action")),
    ("pg_trigger", "pg_trigger", "oid", ("tgqual",)),
)
_TREE_CASES = "\n".join(
    "           WHEN 'pg_catalog.%s'::pg_catalog.regclass THEN (SELECT pg_catalog.concat_ws(' ', %s)"
    " FROM pg_catalog.%s e WHERE e.%s = c.by_objid)"
    % (kind, ", ".join("e.%s::text" % column for column in columns), catalog, key)
    for kind, catalog, key, columns in _TREES)

# The parts of each relation ($1: oid[]) and of its children, partitions and
# inheritance children at any depth (a write to the relation fires their
# triggers; the planner folds their CHECK constraints for a read; found by an
# attacker helper), and its ancestors' own rows (their partition keys make
# its partition constraint, which a write checks and the planner folds for a
# read; found by an attacker helper), and what of someone else's they run: a
# function or an operator's function whose owner is no superuser; a type that
# initdb did not make, used by a part or a column (and the types it is made
# of: a domain's base, a range's subtype, an array's element), whose owner is
# no superuser (who may add a CHECK to a domain later), or whose I/O,
# subtype_diff or constraints call such a function; and the built-in
# SQL_RUNNERS; and a relation a policy or a rule (a view's query) reads,
# whose owner is no superuser: reading it runs its own policies and view
# queries as the reader (found by an attacker helper). A part belongs to the
# relation by an automatic or internal dependency: a view reading the
# relation, or another table's foreign key, depends on it normally and is not
# its code. kind: the catalog of the part (pg_class for an index or the
# relation itself, pg_trigger, ...; a child's CHECK constraint: child
# constraint); owner NULL: foreign whoever takes over.
CODE_SQL = """
WITH RECURSIVE below(relid, rel) AS (
    SELECT r.relid, r.relid FROM pg_catalog.unnest($1::pg_catalog.oid[]) AS r(relid)
    UNION
    SELECT b.relid, h.inhrelid FROM below b
     CROSS JOIN LATERAL (SELECT h.inhrelid FROM pg_catalog.pg_inherits h WHERE h.inhparent = b.rel OFFSET 0) h
), above(relid, rel) AS (
    SELECT r.relid, r.relid FROM pg_catalog.unnest($1::pg_catalog.oid[]) AS r(relid)
    UNION
    SELECT a.relid, h.inhparent FROM above a
     CROSS JOIN LATERAL (SELECT h.inhparent FROM pg_catalog.pg_inherits h WHERE h.inhrelid = a.rel OFFSET 0) h
), parts AS MATERIALIZED (
    SELECT b.relid, d.classid, d.objid
      FROM below b
      JOIN pg_catalog.pg_depend d ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                 AND d.refobjid = b.rel
     WHERE d.deptype IN ('a', 'i')
       AND d.classid IN ('pg_catalog.pg_class'::pg_catalog.regclass, 'pg_catalog.pg_trigger'::pg_catalog.regclass,
                         'pg_catalog.pg_attrdef'::pg_catalog.regclass, 'pg_catalog.pg_constraint'::pg_catalog.regclass,
                         'pg_catalog.pg_policy'::pg_catalog.regclass, 'pg_catalog.pg_rewrite'::pg_catalog.regclass,
                         'pg_catalog.pg_statistic_ext'::pg_catalog.regclass)
    UNION
    SELECT b.relid, 'pg_catalog.pg_class'::pg_catalog.regclass, b.rel FROM below b
    UNION
    SELECT a.relid, 'pg_catalog.pg_class'::pg_catalog.regclass, a.rel FROM above a
), types AS (
    SELECT p.relid, p.classid, p.objid, d.refobjid AS typ
      FROM parts p
      JOIN pg_catalog.pg_depend d ON d.classid = p.classid AND d.objid = p.objid
                                 AND d.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass
     WHERE d.refobjid >= 16384::pg_catalog.oid
    UNION
    SELECT t.relid, t.classid, t.objid, d.refobjid
      FROM types t
      JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND d.objid = t.typ
                                 AND d.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass
     WHERE d.refobjid >= 16384::pg_catalog.oid
), callers AS (
    SELECT p.relid, p.classid, p.objid, p.classid AS by_classid, p.objid AS by_objid FROM parts p
    UNION
    SELECT t.relid, t.classid, t.objid, 'pg_catalog.pg_type'::pg_catalog.regclass, t.typ FROM types t
    UNION
    SELECT t.relid, t.classid, t.objid, 'pg_catalog.pg_constraint'::pg_catalog.regclass, k.oid
      FROM types t JOIN pg_catalog.pg_constraint k ON k.contypid = t.typ
), trees AS MATERIALIZED (
    SELECT c.relid, c.classid, c.objid, CASE c.by_classid
@TREES@
           END AS tree
      FROM callers c
), runners AS MATERIALIZED (
    SELECT f.oid, ':funcid ' || f.oid::text || ' ' AS needle
      FROM pg_catalog.pg_proc f
     WHERE f.pronamespace = 'pg_catalog'::pg_catalog.regnamespace AND f.proname::text = ANY ($2::text[])
), calls AS (
    SELECT t.relid, t.classid, t.objid, f.oid AS fn
      FROM trees t
      JOIN runners f ON pg_catalog.strpos(t.tree, f.needle) > 0
     WHERE t.tree <> ''
    UNION
    SELECT c.relid, c.classid, c.objid, d.refobjid AS fn
      FROM callers c
      JOIN pg_catalog.pg_depend d ON d.classid = c.by_classid AND d.objid = c.by_objid
                                 AND d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass
    UNION
    SELECT c.relid, c.classid, c.objid, o.oprcode::pg_catalog.oid
      FROM callers c
      JOIN pg_catalog.pg_depend d ON d.classid = c.by_classid AND d.objid = c.by_objid
                                 AND d.refclassid = 'pg_catalog.pg_operator'::pg_catalog.regclass
      JOIN pg_catalog.pg_operator o ON o.oid = d.refobjid
), foreign_code AS (
    SELECT c.relid, c.classid, c.objid,
           pg_catalog.format(CASE WHEN r.rolsuper THEN 'calls %s, which runs or sets what its caller passes it'
                                  ELSE 'calls %s, owned by %s' END,
                             c.fn::pg_catalog.regprocedure, pg_catalog.quote_ident(r.rolname)) AS what,
           CASE WHEN NOT r.rolsuper THEN r.rolname::text END AS owner
      FROM calls c
      JOIN pg_catalog.pg_proc f ON f.oid = c.fn
      JOIN pg_catalog.pg_roles r ON r.oid = f.proowner
     WHERE NOT r.rolsuper OR c.fn IN (SELECT x.oid FROM runners x)
    UNION
    SELECT t.relid, t.classid, t.objid,
           pg_catalog.format('uses type %s, owned by %s', t.typ::pg_catalog.regtype, pg_catalog.quote_ident(r.rolname)),
           r.rolname::text
      FROM types t
      JOIN pg_catalog.pg_type y ON y.oid = t.typ
      JOIN pg_catalog.pg_roles r ON r.oid = y.typowner AND NOT r.rolsuper
    UNION
    SELECT p.relid, p.classid, p.objid,
           pg_catalog.format('reads %s, owned by %s', d.refobjid::pg_catalog.regclass, pg_catalog.quote_ident(r.rolname)),
           r.rolname::text
      FROM parts p
      JOIN pg_catalog.pg_depend d ON d.classid = p.classid AND d.objid = p.objid
                                 AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid <> p.relid
      JOIN pg_catalog.pg_class k ON k.oid = d.refobjid
      JOIN pg_catalog.pg_roles r ON r.oid = k.relowner AND NOT r.rolsuper
     WHERE p.classid IN ('pg_catalog.pg_policy'::pg_catalog.regclass, 'pg_catalog.pg_rewrite'::pg_catalog.regclass)
)
SELECT x.relid::pg_catalog.int8 AS relid,
       CASE WHEN x.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass
             AND (SELECT k.conrelid FROM pg_catalog.pg_constraint k WHERE k.oid = x.objid) <> x.relid
            THEN 'child constraint' ELSE x.classid::pg_catalog.regclass::text END AS kind,
       pg_catalog.pg_describe_object(x.classid, x.objid, 0) AS part, x.what, x.owner
  FROM foreign_code x
 ORDER BY 1, 3, 4
""".replace("@TREES@", _TREE_CASES)

# What runs as a role granted SELECT: everything but triggers and column
# defaults, which run on writes. Policies and a view's query (its rule) run
# as the reader; the planner evaluates what it can of index expressions and
# predicates, statistics expressions, partition keys and CHECK constraints
# (the children's for constraint exclusion) when the reader's session first
# plans a query on the relation (found by an attacker helper); the types of
# its columns run their output functions.
READ_KINDS = ("pg_policy", "pg_rewrite", "child constraint", "pg_constraint", "pg_class", "pg_statistic_ext")


class Code:
    """The foreign code of a set of relations, read once per apply."""

    def __init__(self, ctx, relids):
        self.rows = {}
        self.relids = set(relids)
        if relids:
            for r in ctx.query(CODE_SQL, [sorted(self.relids), list(SQL_RUNNERS)]):
                self.rows.setdefault(r["relid"], []).append(r)

    def foreign(self, relid, role, kinds=None):
        """["part calls function, owned by owner", ...] that would run as role."""
        return ["%s %s" % (r["part"], r["what"])
                for r in self.rows.get(relid, ())
                if r["owner"] != role and (kinds is None or r["kind"] in kinds)]
