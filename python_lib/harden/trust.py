"""What harden trusts when it runs with a superuser's rights.

audit_report(), apply(), verify() and the guard's event triggers run as a
superuser, and whatever they read or execute is attack surface: a role with
CREATE on the database can make a schema called pgtrickle, or add its own
function to an extension it installed. So harden believes only what a
superuser made (docs/architecture.md, "Trust rules"):

- an object is superuser-made when its owner is a superuser or the bootstrap
  role (oid 10): SUPERUSER_OWNED(owner) below;
- pg_trickle's catalog (schema pgtrickle, tables pgt_stream_tables and
  pgt_dependencies) is read only when PGT_CATALOG_TRUSTED_SQL holds: each of
  the three is owned by a superuser or belongs to a pg_trickle extension that
  a superuser owns, and both tables are ordinary tables (relkind 'r') with no
  rules, no child tables, only built-in column types and no triggers, indexes,
  constraints or defaults calling a function no superuser owns, so that
  reading or updating them runs no code anyone else wrote. Otherwise every part of harden ignores the
  catalog, and the audit reports it (pgt_catalog_untrusted).

PGT_CATALOG_TRUSTED_SQL is one boolean SQL expression without parameters,
schema-qualified throughout, for any query run with search_path = pg_catalog,
pg_temp: pgt_catalog() below asks it, and SQL and PL/pgSQL callers ask the
same text through harden._pgt_catalog_trusted() (sql/idempotent/10_core.sql, whose
body tools/build_sql.py fills in from it). Row security is not looked at: superusers bypass it.
The guard's gate asks a narrower one first, PGT_CATALOG_READABLE_SQL, and
then PGT_CATALOG_COLUMNS_SQL.
"""

from collections import namedtuple


def superuser_owned(owner):
    """SQL: the role with oid `owner` (an SQL expression) is the bootstrap role or a superuser."""
    return ("({o} = 10::pg_catalog.oid OR COALESCE((SELECT r.rolsuper FROM pg_catalog.pg_roles r"
            " WHERE r.oid = {o}), false))").format(o=owner)


# The three objects of pg_trickle's catalog that exist: kind ('schema' or
# 'relation'), oid, classid, owner, relkind (NULL for the schema).
_OBJECTS = """SELECT 'schema'::pg_catalog.text AS kind, n.oid,
       'pg_catalog.pg_namespace'::pg_catalog.regclass AS classid, n.nspowner AS owner, NULL::"char" AS relkind
  FROM pg_catalog.pg_namespace n WHERE n.nspname = 'pgtrickle'
UNION ALL
SELECT 'relation', c.oid, 'pg_catalog.pg_class'::pg_catalog.regclass, c.relowner, c.relkind
  FROM pg_catalog.pg_class c
 WHERE c.relnamespace = (SELECT n.oid FROM pg_catalog.pg_namespace n WHERE n.nspname = 'pgtrickle')
   AND c.relname IN ('pgt_stream_tables', 'pgt_dependencies')"""

# The functions of the problem "code" below for table o: what depends on the table (but
# views and rules, pg_rewrite) and depends in turn on a function, or on an
# operator, whose owner is no superuser.
_FOREIGN_CODE = """SELECT p.oid
  FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_depend x ON x.classid = d.classid AND x.objid = d.objid
                             AND x.refclassid IN ('pg_catalog.pg_proc'::pg_catalog.regclass,
                                                  'pg_catalog.pg_operator'::pg_catalog.regclass)
  JOIN pg_catalog.pg_proc p
    ON p.oid = CASE WHEN x.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass THEN x.refobjid
                    ELSE (SELECT op.oprcode::pg_catalog.oid FROM pg_catalog.pg_operator op WHERE op.oid = x.refobjid)
               END
 WHERE d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid = o.oid
   AND d.classid <> 'pg_catalog.pg_rewrite'::pg_catalog.regclass
   AND NOT %s""" % superuser_owned("p.proowner")
# What makes one of them untrusted: (problem, SQL true when o has it). The
# predicate and the report are both made from this list.
_PROBLEMS = (
    ("owner", "NOT ({owned} OR EXISTS ("
              "SELECT FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid"
              " WHERE d.classid = o.classid AND d.objid = o.oid AND d.objsubid = 0 AND d.deptype = 'e'"
              " AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass"
              " AND e.extname = 'pg_trickle' AND {ext_owned}))".format(
                  owned=superuser_owned("o.owner"), ext_owned=superuser_owned("e.extowner"))),
    ("relkind", "o.relkind <> 'r'"),
    ("rules", "o.relkind IS NOT NULL AND EXISTS (SELECT FROM pg_catalog.pg_rewrite rw WHERE rw.ev_class = o.oid)"),
    ("children", "o.relkind IS NOT NULL AND EXISTS (SELECT FROM pg_catalog.pg_inherits i"
                 " WHERE i.inhparent = o.oid)"),
    # A column type that is not built in: initdb makes every built-in type
    # below FirstNormalObjectId (16384), and the server never gives a later
    # object an oid below it. Read from pg_attribute alone: the gate runs this
    # for every DDL statement, and a join to pg_type may be planned as a scan
    # of the whole of pg_type (a row per table of the database).
    ("types", "o.relkind IS NOT NULL AND EXISTS (SELECT FROM pg_catalog.pg_attribute a"
              " WHERE a.attrelid = o.oid AND a.attnum > 0 AND NOT a.attisdropped"
              " AND a.atttypid >= 16384::pg_catalog.oid)"),
    # A function no superuser owns that runs when the table is written or a
    # read of it is planned: called by its triggers, or in its indexes,
    # constraints, defaults, generated columns or statistics (directly or as
    # an operator's function). The guard marks stream tables for
    # reinitialisation with an UPDATE of pgt_stream_tables as a superuser
    # (found by an attacker helper: a trigger there ran its function's
    # owner's code as one). Rules are the problem above.
    ("code", "o.relkind IS NOT NULL AND EXISTS (SELECT FROM (%s) f)" % _FOREIGN_CODE),
)


# The trust predicate: all three objects exist and none has a problem.
PGT_CATALOG_TRUSTED_SQL = (
    "(SELECT pg_catalog.count(*) = 3 AND NOT pg_catalog.bool_or(\n"
    "        {any})\n"
    "   FROM ({objects}) o)".format(any="\n     OR ".join("COALESCE(%s, false)" % c for _, c in _PROBLEMS),
                                    objects=_OBJECTS))

# What the guard's gate asks first, before it runs a query that names
# pg_trickle's catalog tables at a DDL statement: a narrower, cheaper form of
# PGT_CATALOG_TRUSTED_SQL for the usual deployment. The schema and both tables
# belong to the bootstrap superuser (oid 10), so no one else can drop, swap,
# rename or alter them, nor give them what the planner runs when it plans a
# read (it simplifies index predicates and expressions and statistics
# expressions by evaluating their functions), and the gate's read is the read
# of an ordinary table (relkind 'r'). Any other catalog takes the full check.
# What a superuser gave them is not looked at here: an index expression
# calling another role's function would run as a superuser in every session
# that plans a read of the table, pg_trickle's own included, harden or not;
# the full check refuses it ("code") and the audit reports it, and asking
# here would cost every DDL statement about 100,000 instructions.
PGT_CATALOG_READABLE_SQL = """COALESCE((SELECT pg_catalog.count(*) = 2
   FROM pg_catalog.pg_namespace n
   JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid
  WHERE n.nspname = 'pgtrickle' AND n.nspowner = 10::pg_catalog.oid
    AND c.relname IN ('pgt_stream_tables', 'pgt_dependencies')
    AND c.relowner = 10::pg_catalog.oid AND c.relkind = 'r'), false)"""

# Then, once either check vouches for the tables: the two columns the gate
# reads, pgt_stream_tables.pgt_relid and pgt_dependencies.source_relid, are of
# type oid, so that no cast someone wrote is planned into the gate's
# comparison with pg_class. Asked of the tables' row types, as the parser
# resolves the columns, in an expression that reads no table (PL/pgSQL runs
# it without the executor: a third catalog in the query above cost every DDL
# statement about 60,000 instructions). PL/pgSQL keeps the expression's plan
# for the session, with the column types folded into it; the regclass
# constants make that plan depend on the two tables, so that after an ALTER
# TABLE of either the next statement asks again. A layout without these
# columns makes it an error (undefined_column), which the gate catches: its
# commands go to Python, which reads a catalog only with the columns and types
# harden knows (harden.pgtrickle.REQUIRED_COLUMNS; otherwise as if absent, and
# the audit reports pgt_catalog_unrecognized).
PGT_CATALOG_COLUMNS_SQL = (
    "pg_catalog.pg_typeof((NULL::pgtrickle.pgt_stream_tables).pgt_relid) = 'pg_catalog.oid'::pg_catalog.regtype\n"
    "AND pg_catalog.pg_typeof((NULL::pgtrickle.pgt_dependencies).source_relid) = 'pg_catalog.oid'::pg_catalog.regtype\n"
    "AND pg_catalog.pg_typeof('pgtrickle.pgt_stream_tables'::pg_catalog.regclass) IS NOT NULL\n"
    "AND pg_catalog.pg_typeof('pgtrickle.pgt_dependencies'::pg_catalog.regclass) IS NOT NULL")

_CHECK_SQL = """
SELECT {trusted} AS trusted,
       EXISTS (SELECT FROM ({objects}) o WHERE o.relkind IS NOT NULL) AS present,
       pg_catalog.quote_ident((SELECT r.rolname FROM pg_catalog.pg_roles r WHERE r.oid = 10)) AS bootstrap
""".format(trusted=PGT_CATALOG_TRUSTED_SQL, objects=_OBJECTS)

_UNTRUSTED_SQL = """
SELECT o.kind, o.relkind::pg_catalog.text AS relkind,
       (pg_catalog.pg_identify_object(o.classid, o.oid, 0)).identity,
       pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(o.owner)) AS owner, p.problems,
       ARRAY(SELECT pg_catalog.quote_ident(rw.rulename::pg_catalog.text) FROM pg_catalog.pg_rewrite rw
              WHERE rw.ev_class = o.oid AND o.relkind IS NOT NULL ORDER BY 1) AS rules,
       ARRAY(SELECT i.inhrelid::pg_catalog.regclass::pg_catalog.text FROM pg_catalog.pg_inherits i
              WHERE i.inhparent = o.oid AND o.relkind IS NOT NULL ORDER BY 1) AS children,
       ARRAY(SELECT DISTINCT f.oid::pg_catalog.regprocedure::pg_catalog.text FROM ({code}) f
              WHERE o.relkind IS NOT NULL ORDER BY 1) AS code
  FROM ({objects}) o
 CROSS JOIN LATERAL (SELECT pg_catalog.array_remove(ARRAY[{cases}], NULL) AS problems) p
 WHERE pg_catalog.cardinality(p.problems) > 0
 ORDER BY o.kind DESC, 3
""".format(objects=_OBJECTS, code=_FOREIGN_CODE,
           cases=", ".join("CASE WHEN %s THEN '%s' END" % (c, name) for name, c in _PROBLEMS))


# One object of the catalog that harden will not read, and why.
Untrusted = namedtuple("Untrusted", (
    "kind",        # 'schema' or 'relation'
    "relkind",     # the relation's relkind; None for the schema
    "identity",    # pg_identify_object identity
    "owner",       # quoted role name
    "problems",    # tuple of names from _PROBLEMS
    "rules",       # tuple of quoted rule names
    "children",    # tuple of child tables, as regclass text
    "code",        # tuple of functions no superuser owns that it runs, as regprocedure text
), defaults=((), (), ()))

CatalogTrust = namedtuple("CatalogTrust", (
    "present",     # a relation named like pg_trickle's catalog tables exists in schema pgtrickle
    "trusted",     # PGT_CATALOG_TRUSTED_SQL: the catalog may be read
    "untrusted",   # tuple of Untrusted, when present and not trusted
    "bootstrap",   # the bootstrap superuser, quoted, for remediations
), defaults=((), ""))


def pgt_catalog(db):
    """The trust decision on pg_trickle's catalog, from PGT_CATALOG_TRUSTED_SQL;
    db: anything with query(sql, params) (a harden.db database or a Context)."""
    row = db.query(_CHECK_SQL)[0]
    if not row["present"]:
        return CatalogTrust(present=False, trusted=False)
    untrusted = () if row["trusted"] else tuple(
        Untrusted(r["kind"], r["relkind"], r["identity"], r["owner"], tuple(r["problems"]),
                  tuple(r["rules"] or ()), tuple(r["children"] or ()), tuple(r["code"] or ()))
        for r in db.query(_UNTRUSTED_SQL))
    return CatalogTrust(present=True, trusted=bool(row["trusted"]), untrusted=untrusted,
                        bootstrap=row["bootstrap"])
