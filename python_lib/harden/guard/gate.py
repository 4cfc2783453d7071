"""The gate: harden.guard_ddl_command_end(), the PL/pgSQL event-trigger
function that decides whether a DDL event needs the guard's Python at all,
generated from the rules.

Most DDL no rule can object to, and loading Python costs more than the
statement. So each rule whose guard reads DDL commands also says, in its own
file, when its check could object: `Rule.gate` maps a command tag to a SQL
boolean over the command (`c`, a row of pg_event_trigger_ddl_commands()) and
the facts below (`fk.unreadable_reference`, ...). The predicate must be true
whenever the rule's guard could yield a Violation for that command; it may be
true more often (Python then finds nothing). A tag in `guard_tags` with no
predicate sends every command of that tag to Python. A NULL predicate (a
catalog row not found) sends it to Python too.

This module assembles the function at build time (tools/build_sql.py puts it
where sql/idempotent/40_guard.sql says @GATE@): one query per group of
statement tags (BRANCHES), holding the predicates of the rules that may see a
command of that group and the facts those read, in one variant with a
trusted pg_trickle catalog and one without (where pg_trickle's facts take the
values they have without stream tables). The same query tells which commands
harden.ddl_history records (WATCH). docs/guard.md ("The gate") and
docs/architecture.md ("Adding a rule") describe it for contributors; the
differential test (tests/python/test_guard_differential.py) checks that the
gate never lets through what the guard's Python would stop.
"""

import re
from dataclasses import dataclass, field
from typing import Optional

from harden.guard import WATCHED_OBJECT_TYPES
from harden.guard.command import RELATION_CATALOGS, relation_of
from harden.guard.facts import TRIGGER_FUNCTION_LOCK
from harden import acl, trust
from harden.pgtrickle import CDC_TRIGGER_PATTERNS

# The session's role: the one SET ROLE chose, or else the session user.
SESSION_ROLE_SQL = "COALESCE(NULLIF(pg_catalog.current_setting('role'), 'none'), session_user::pg_catalog.text)"

# The role whose rights the DDL runs with, as harden.guard_note_acting_role()
# noted it for the event; the session's role when none was noted (the event
# triggers created by an update run after the functions it replaces). The
# build puts both expressions into harden._guard_session_role() and
# harden._guard_acting_role(), and this one into the gate itself, where a
# call would cost a function call and two changes of search_path per DDL.
ACTING_ROLE_SQL = ("COALESCE(NULLIF(pg_catalog.current_setting('harden.acting_role', true), ''), %s)"
                   % SESSION_ROLE_SQL)

# The role whose rights the DDL runs with (current_user in the gate is the
# extension owner): the PL/pgSQL variable the gate sets from ACTING_ROLE_SQL.
INVOKER = "acting"

# E'...': the gate's body is parsed in the session that runs the DDL, which
# may have turned standard_conforming_strings off.
_CDC_PATTERNS = "E'{%s}'::text[]" % ",".join(p.replace("\\", "\\" * 4) for p in CDC_TRIGGER_PATTERNS)

# Written by this transaction: no older than its xid (the cheap half of
# harden.guard.grants.WRITTEN_BY_THIS_TRANSACTION; Python checks exactly).
_WRITTEN = "pg_catalog.age({a}.xmin) <= 0"
# A relation r whose ACL this transaction may have changed: its pg_class row,
# or a column's (a column GRANT writes pg_attribute alone).
_REL_WRITTEN = ("(pg_catalog.age(r.xmin) <= 0 OR EXISTS (SELECT FROM pg_catalog.pg_attribute a"
                " WHERE a.attrelid = r.oid AND a.attnum > 0 AND pg_catalog.age(a.xmin) <= 0))")

_CB_SCHEMA = "pg_catalog.current_setting('harden.change_buffer_schema')"

# A search_path setting of a routine (proconfig) of pg_catalog and pg_temp
# alone, pg_temp last: safe whoever can create objects where. Quotes in
# pairs: "pg_catalog, pg_temp" is one name (an attacker helper found the
# gate taking it for two).
_SYSTEM_PATH = """'^search_path=(pg_catalog, |"pg_catalog", )*(pg_temp|"pg_temp")$'"""

# Some SECURITY DEFINER routine pins a search_path that names a schema
# besides pg_catalog and pg_temp, which a command on a schema may make
# writable or remove (security_definer_search_path). pg_proc has no index on
# prosecdef: read whole, so only for commands about a schema, through
# harden._guard_definer_path_names_schema(), whose body the build fills in.
DEFINER_PATH_NAMES_SCHEMA = """EXISTS (SELECT FROM pg_catalog.pg_proc p
                WHERE p.prosecdef
                  AND EXISTS (SELECT FROM pg_catalog.unnest(p.proconfig) AS x
                               WHERE pg_catalog.starts_with(x, 'search_path=') AND x !~ """ + _SYSTEM_PATH + """)
               OFFSET 0)"""

# A relation in the schema %s whose catalog row this transaction wrote
# (found through each relation's dependency on its schema).
_IN_SCHEMA_WRITTEN = """EXISTS (
                 SELECT FROM pg_catalog.pg_depend d
                  CROSS JOIN LATERAL (SELECT FROM pg_catalog.pg_class r WHERE r.oid = d.objid AND """ + \
    _REL_WRITTEN + """
                                      OFFSET 0) r
                  WHERE d.refclassid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                    AND d.refobjid = pg_catalog.to_regnamespace(%s)
                    AND d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass)"""


@dataclass(frozen=True)
class Fact:
    """A LATERAL subquery over the command row c, joined only into the
    queries whose predicates read one of its columns. `absent`: for a fact
    that reads pg_trickle's catalog, each column's value where no trusted
    catalog exists (no stream tables, no sources)."""
    sql: str
    pgtrickle: bool = False
    absent: dict = field(default_factory=dict)
    # A second form, used when the PL/pgSQL variable `granted` is not NULL
    # (a top-level GRANT whose relations the gate read from its text).
    named_sql: Optional[str] = None


FACTS = {
    # A foreign key of the command's table whose referenced columns the
    # invoker cannot read (OFFSET 0: otherwise the planner may hash every
    # foreign key of the database rather than look up this table's).
    "fk": Fact("""
SELECT c.object_type = 'table' AND EXISTS (
           SELECT FROM pg_catalog.pg_constraint k
            WHERE k.conrelid = c.objid AND k.contype = 'f' AND k.conparentid = 0
              AND EXISTS (SELECT FROM pg_catalog.unnest(k.confkey) AS a(attnum)
                           WHERE NOT pg_catalog.has_column_privilege(%(invoker)s, k.confrelid, a.attnum, 'SELECT'))
           OFFSET 0) AS unreadable_reference
""" % {"invoker": INVOKER}),
    # The routine a command is about: SECURITY DEFINER; its search_path not
    # pinned to pg_catalog with pg_temp listed last (left out, pg_temp is
    # searched first for tables, views and types); a trigger function
    # that some trigger calls (through pg_depend: pg_trigger has no index on
    # its function).
    "routine": Fact("""
SELECT p.prosecdef AS security_definer,
       p.prosecdef AND NOT EXISTS (SELECT FROM pg_catalog.unnest(p.proconfig) AS x
                                    WHERE x ~ """ + _SYSTEM_PATH + """) AS unpinned,
       p.prorettype = 'pg_catalog.trigger'::pg_catalog.regtype
       AND EXISTS (SELECT FROM pg_catalog.pg_depend dep
                    WHERE dep.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND dep.refobjid = p.oid
                      AND dep.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass
                   OFFSET 0) AS trigger_function
  FROM pg_catalog.pg_proc p
 WHERE c.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND p.oid = c.objid
"""),
    # The trigger a command made: internal, named like a CDC trigger, and
    # whether PGD's ownership rule lets it through (the invoker is
    # harden_admin, or a superuser; the invoker owns the table, or the
    # function is SECURITY DEFINER or the table owner's, on a table that is
    # not partitioned: a partitioned table's trigger is cloned on each
    # partition, which another role may own, and Python checks each clone).
    # Each catalog row is one scalar subquery by oid. Where the verdict rests
    # on the function, its row is read FOR SHARE (TRIGGER_FUNCTION_LOCK).
    "trg": Fact("""
SELECT t.tgisinternal AS internal, t.tgname::text LIKE ANY (%(cdc)s) AS cdc_name,
       pg_catalog.pg_has_role(%(invoker)s, 'harden_admin', 'MEMBER')
       OR (SELECT r.relkind <> 'p' AND pg_catalog.pg_has_role(%(invoker)s, r.relowner, 'USAGE')
             FROM pg_catalog.pg_class r WHERE r.oid = t.tgrelid)
       OR (SELECT p.prosecdef
                  OR p.proowner = (SELECT r.relowner FROM pg_catalog.pg_class r
                                    WHERE r.oid = t.tgrelid AND r.relkind <> 'p')
             FROM pg_catalog.pg_proc p WHERE p.oid = t.tgfoid %(lock)s) AS owner_fits
  FROM pg_catalog.pg_trigger t
 WHERE c.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND t.oid = c.objid
""" % {"cdc": _CDC_PATTERNS, "invoker": INVOKER, "lock": TRIGGER_FUNCTION_LOCK}),
    # The relation the command is about (the object itself, or the table of
    # an index, trigger, policy, constraint or rule) is a stream table or a
    # source, as pg_trickle's catalog says (read only where a superuser made
    # it: harden.trust.PGT_CATALOG_READABLE_SQL, else the full trust check;
    # two oid columns, FROM ONLY). A command about one goes to Python, which
    # believes the catalog only when it is trusted. Also, with pg_trickle
    # present: whether the relation has rules (a view has its _RETURN rule),
    # through which writes may reach a stream table; and whether a stream
    # table is below it (partitions, inheritance children, at any depth,
    # walked only from a relation that has had children) or its parent.
    # pg_inherits is read by its key alone, in subqueries that cannot be
    # flattened (LATERAL, OFFSET 0): the gate's plans are generic and kept for
    # the session, often planned while pg_inherits was nearly empty, and a
    # join let the planner walk the whole of it for each row (19 ms for each
    # ATTACH PARTITION of GitLab's schema, 0.1 ms now).
    "pgt": Fact("""
SELECT EXISTS (SELECT FROM ONLY pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = r.relid OFFSET 0) AS stream_table,
       EXISTS (SELECT FROM ONLY pgtrickle.pgt_dependencies d WHERE d.source_relid = r.relid OFFSET 0) AS is_source,
       COALESCE(k.relhasrules, false) AS rewritten,
       CASE WHEN k.relhassubclass THEN EXISTS (
                WITH RECURSIVE below(rel) AS (
                    SELECT h.inhrelid FROM pg_catalog.pg_inherits h WHERE h.inhparent = r.relid
                    UNION
                    SELECT h.inhrelid FROM below b
                     CROSS JOIN LATERAL (SELECT h.inhrelid FROM pg_catalog.pg_inherits h
                                          WHERE h.inhparent = b.rel OFFSET 0) h)
                SELECT FROM below b
                 WHERE EXISTS (SELECT FROM ONLY pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = b.rel))
            ELSE false END
       OR EXISTS (SELECT FROM (SELECT h.inhparent FROM pg_catalog.pg_inherits h WHERE h.inhrelid = r.relid OFFSET 0) h
                   WHERE EXISTS (SELECT FROM ONLY pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = h.inhparent))
       AS inheritance_link
  FROM (SELECT {relation} AS relid
        OFFSET 0) r
  LEFT JOIN pg_catalog.pg_class k ON k.oid = r.relid
""", pgtrickle=True, absent={"stream_table": "false", "is_source": "false", "rewritten": "false",
                             "inheritance_link": "false"}),
    # A table the command made or changed that inherits from a plain table,
    # as it would from a stream table (a partition's parent is partitioned).
    # Without reading pg_trickle's catalog: a fact that did would cost every
    # CREATE TABLE of a pg_trickle database its trust check (about 150,000
    # instructions), and plain inheritance is rare.
    "inh": Fact("""
SELECT c.object_type IN ('table', 'foreign table') AND EXISTS (
           SELECT FROM (SELECT h.inhparent FROM pg_catalog.pg_inherits h WHERE h.inhrelid = c.objid OFFSET 0) h
            WHERE EXISTS (SELECT FROM pg_catalog.pg_class p WHERE p.oid = h.inhparent AND p.relkind = 'r')) AS table_parent
"""),
    # What a GRANT touched among the relations the guard watches. PostgreSQL
    # reports a GRANT without its objects; the gate reads them from a
    # top-level GRANT's text when it can (`granted`, named_sql), and
    # otherwise looks for catalog rows this transaction wrote (sql): in the
    # change-buffer and pgtrickle schemas (gr). Of the relations it read, one
    # on which a role other than the owner now holds every privilege
    # (holds_all; not known without them) ...
    "gr": Fact("""
SELECT CASE WHEN c.object_type = 'SCHEMA' THEN EXISTS (
                 SELECT FROM pg_catalog.pg_namespace n
                  WHERE n.nspname = %(cb)s AND %(n_written)s)
            ELSE %(cb_written)s END AS change_buffer,
       CASE WHEN c.object_type = 'SCHEMA' THEN EXISTS (
                 SELECT FROM pg_catalog.pg_namespace n
                  WHERE n.nspname = 'pgtrickle' AND %(n_written)s)
            ELSE %(pgt_written)s END AS pgtrickle_schema,
       NULL::boolean AS holds_all
""" % {"cb": _CB_SCHEMA, "n_written": _WRITTEN.format(a="n"),
       "cb_written": _IN_SCHEMA_WRITTEN % ("pg_catalog.quote_ident(%s)" % _CB_SCHEMA),
       "pgt_written": _IN_SCHEMA_WRITTEN % "'pgtrickle'"},
        named_sql="""
SELECT c.object_type = 'SCHEMA' OR EXISTS (
           SELECT FROM pg_catalog.unnest(granted) AS x(relid)
            CROSS JOIN LATERAL (SELECT FROM pg_catalog.pg_class r
                                 WHERE r.oid = x.relid
                                   AND r.relnamespace = pg_catalog.to_regnamespace(pg_catalog.quote_ident(%(cb)s))
                                OFFSET 0) r) AS change_buffer,
       c.object_type = 'SCHEMA' OR EXISTS (
           SELECT FROM pg_catalog.unnest(granted) AS x(relid)
            CROSS JOIN LATERAL (SELECT FROM pg_catalog.pg_class r
                                 WHERE r.oid = x.relid AND r.relnamespace = pg_catalog.to_regnamespace('pgtrickle')
                                OFFSET 0) r) AS pgtrickle_schema,
       EXISTS (
           SELECT FROM pg_catalog.unnest(granted) AS x(relid)
            CROSS JOIN LATERAL (SELECT FROM pg_catalog.pg_class r
                                 CROSS JOIN LATERAL pg_catalog.aclexplode(r.relacl) a
                                 WHERE r.oid = x.relid AND a.grantee <> r.relowner
                                 GROUP BY a.grantee
                                HAVING pg_catalog.count(DISTINCT a.privilege_type) = %(all)s
                                OFFSET 0) r) AS holds_all
""" % {"cb": _CB_SCHEMA, "all": acl.ALL_TABLE_PRIVILEGES}),
    # ... and among stream tables, sources and relations with rules, such as
    # views (grt). Without the text, each stream table, source and rule is
    # looked up: the one cost that grows with the deployment (docs/guard.md,
    # "Cost").
    "grt": Fact("""
SELECT c.object_type <> 'SCHEMA' AND EXISTS (
           SELECT FROM ONLY pgtrickle.pgt_stream_tables st
            CROSS JOIN LATERAL (SELECT FROM pg_catalog.pg_class r WHERE r.oid = st.pgt_relid AND %(r_written)s
                                OFFSET 0) r) AS stream_table,
       c.object_type <> 'SCHEMA' AND EXISTS (
           SELECT FROM ONLY pgtrickle.pgt_dependencies d
            CROSS JOIN LATERAL (SELECT FROM pg_catalog.pg_class r WHERE r.oid = d.source_relid AND %(r_written)s
                                OFFSET 0) r) AS source,
       c.object_type <> 'SCHEMA' AND EXISTS (
           SELECT FROM pg_catalog.pg_rewrite rw
            CROSS JOIN LATERAL (SELECT FROM pg_catalog.pg_class r WHERE r.oid = rw.ev_class AND %(r_written)s
                                OFFSET 0) r) AS rewritten
""" % {"r_written": _REL_WRITTEN},
        pgtrickle=True, absent={"stream_table": "false", "source": "false", "rewritten": "false"},
        named_sql="""
SELECT EXISTS (SELECT FROM ONLY pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = ANY (granted)) AS stream_table,
       EXISTS (SELECT FROM ONLY pgtrickle.pgt_dependencies d WHERE d.source_relid = ANY (granted)) AS source,
       EXISTS (SELECT FROM pg_catalog.pg_class r WHERE r.oid = ANY (granted) AND r.relhasrules) AS rewritten
"""),
}

_FACT_COLUMN = re.compile(r"\b(%s)\.([a-z_]+)\b" % "|".join(FACTS))


@dataclass(frozen=True)
class Branch:
    """Statement tags (TG_TAG) with one query. `reports`: the command tags
    PostgreSQL may report for such a statement (None: any, so every rule's
    predicate is asked); a command of another tag is sent to Python, so a
    tag missing here costs time, never a check. `single`: exactly one
    command is reported (ProcessUtilitySlow), read with SELECT INTO rather
    than a cursor. `facts`: the facts this branch joins when read; a column
    of another is NULL here (which sends the command to Python), or for a
    fact in `absent`, which cannot apply to the commands of this branch, the
    fact's absent value. `catalogs`: the catalogs (of RELATION_CATALOGS)
    whose objects its commands may be, for the relation the pgt fact looks
    up (None: any); a command about an object of another goes to Python."""
    tags: tuple
    reports: Optional[frozenset]
    facts: frozenset
    single: bool = False
    absent: frozenset = frozenset()
    catalogs: Optional[tuple] = None


_ROUTINE_TAGS = ("CREATE FUNCTION", "ALTER FUNCTION", "CREATE PROCEDURE", "ALTER PROCEDURE", "ALTER ROUTINE")
_NEW_RELATION_TAGS = ("CREATE TABLE", "CREATE TABLE AS", "SELECT INTO", "CREATE SEQUENCE", "CREATE FOREIGN TABLE",
                      "CREATE MATERIALIZED VIEW")

BRANCHES = (
    Branch(("CREATE TRIGGER",), frozenset(("CREATE TRIGGER",)), frozenset(("trg", "pgt")), single=True,
           catalogs=("pg_trigger",)),
    Branch(("CREATE POLICY", "ALTER POLICY", "CREATE INDEX"), frozenset(("CREATE POLICY", "ALTER POLICY", "CREATE INDEX")),
           frozenset(("pgt",)), single=True, catalogs=("pg_policy", "pg_class")),
    Branch(("GRANT",), frozenset(("GRANT",)), frozenset(("gr", "grt")), single=True),
    # New routines and relations cannot be stream tables or sources yet.
    Branch(_ROUTINE_TAGS, frozenset(_ROUTINE_TAGS), frozenset(("routine",)), single=True, absent=frozenset(("pgt",))),
    # A CREATE TABLE also reports the sequences, indexes and foreign keys
    # (as ALTER TABLE) it makes, and comments copied by LIKE.
    Branch(_NEW_RELATION_TAGS, frozenset(_NEW_RELATION_TAGS + ("CREATE INDEX", "ALTER TABLE", "ALTER SEQUENCE",
                                                               "COMMENT", "CREATE STATISTICS")),
           frozenset(("fk", "inh")), absent=frozenset(("pgt",))),
    # Adding a column may report the sequence it makes; the rest are
    # subcommands of the ALTER TABLE. Attaching partitions and adding their
    # keys are most of a partitioned schema's DDL.
    Branch(("ALTER TABLE",), frozenset(("ALTER TABLE", "CREATE SEQUENCE", "ALTER SEQUENCE", "CREATE INDEX", "COMMENT",
                                        "CREATE STATISTICS")),
           frozenset(("fk", "pgt", "inh"))),
    # ALTER INDEX is taken for a table only to rename it, under the same tag;
    # ALTER INDEX ALL IN TABLESPACE reports one command per index moved.
    Branch(("ALTER INDEX",), frozenset(("ALTER INDEX",)), frozenset(("pgt",)), catalogs=("pg_class",)),
)
# Any other tag: every rule's predicate, as any command may be reported
# (ALTER TABLE's subcommands, CREATE SCHEMA's elements, ...).
OTHER = Branch((), None, frozenset(("fk", "routine", "trg", "pgt", "inh")))

# Recorded in harden.ddl_history whatever the rules say (docs/guard.md):
# policies, triggers, publications and subscriptions, anything in or named
# like the pgtrickle and change-buffer schemas, SECURITY DEFINER routines.
# Commands about a stream table or a source are recorded too, by Python:
# the gate sends every one there (PGT_TO_PYTHON).
_WATCHED_TYPES = ", ".join("'%s'" % t for t in sorted(WATCHED_OBJECT_TYPES))
WATCH = """pg_catalog.current_setting('harden.record_all_ddl') = 'on' OR (NOT c.in_extension AND (
           c.object_type IN (%(types)s)
           OR c.schema_name IN ('pgtrickle', %(cb)s)
           OR (c.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
               AND c.object_identity IN (pg_catalog.quote_ident('pgtrickle'), pg_catalog.quote_ident(%(cb)s)))
           OR COALESCE(routine.security_definer, false)))""" % {
    "types": _WATCHED_TYPES, "cb": _CB_SCHEMA}

# The same for harden.guard_sql_drop(), over d, a row of
# pg_event_trigger_dropped_objects(): a dropped relation may have been a
# stream table or a source, which only Python can still tell (from the
# catalog rows the statement deleted), so with a trusted pg_trickle catalog
# every dropped relation reaches Python (where the catalog exists at all:
# this reads nothing of it, and Python checks trust). Policies dropped with
# their table count too (rls_source_changed reacts to them); and a schema
# whose name a SECURITY DEFINER routine's path may list, also one dropped
# with the extension it belongs to.
DROP_WATCH = """(d.original OR d.object_type IN ('policy', 'schema'))
AND (d.object_type IN (%(types)s)
     OR d.schema_name IN ('pgtrickle', %(cb)s)
     OR (d.object_type = 'schema'
         AND (d.object_name IN ('pgtrickle', %(cb)s) OR harden._guard_definer_path_names_schema()))
     OR (d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
         AND pg_catalog.to_regclass('pgtrickle.pgt_stream_tables') IS NOT NULL))""" % {
    "types": _WATCHED_TYPES, "cb": _CB_SCHEMA}

# A GRANT reports no object identity: Python records the watched relations
# and schemas it touched (harden.guard.engine).
GRANT_WATCH = "gr.change_buffer OR gr.pgtrickle_schema OR grt.stream_table OR grt.source"

# A command about a stream table or a source goes to Python, which records
# it with the stream table's name, and believes the catalog only if trusted.
PGT_TO_PYTHON = "pgt.stream_table OR pgt.is_source"


def _predicates(rules, branch):
    """SQL of each rule's predicate for the command tags this branch may see."""
    out = []
    for rule in rules:
        tags = sorted(rule.guard_tags if branch.reports is None else rule.guard_tags & branch.reports)
        tags = [t for t in tags if not t.startswith("DROP ")]
        by_predicate = {}
        for tag in tags:
            by_predicate.setdefault((rule.gate or {}).get(tag, "true"), []).append(tag)
        for predicate, ptags in sorted(by_predicate.items(), key=lambda x: x[1]):
            if branch.reports is not None and set(ptags) >= branch.reports:
                test = "(%s)" % predicate
            else:
                test = "(c.command_tag IN (%s) AND (%s))" % (", ".join("'%s'" % t for t in ptags), predicate)
            out.append("-- %s\n%s" % (rule.name, test))
    return out


def _resolve(text, branch, pgtrickle):
    """Columns of facts the query does not join: the fact's absent value
    without a trusted pg_trickle catalog or where the branch says it cannot
    apply, else NULL."""
    def sub(m):
        name, column = m.group(1), m.group(2)
        fact = FACTS[name]
        if name in branch.absent or (fact.pgtrickle and not pgtrickle):
            return fact.absent[column]
        if name not in branch.facts:
            return "NULL::boolean"
        return m.group(0)
    return _FACT_COLUMN.sub(sub, text)


def _used_facts(text):
    return {m.group(1) for m in _FACT_COLUMN.finditer(text)}


def _query(rules, branch, pgtrickle, named):
    catalogs = branch.catalogs or RELATION_CATALOGS
    predicates = _predicates(rules, branch)
    python = "NOT c.in_extension AND COALESCE(%s, true)" % (
        "\n OR ".join(predicates) if predicates else "false")
    if branch.reports is not None:
        python += "\n OR NOT c.in_extension AND c.command_tag NOT IN (%s)" % ", ".join(
            "'%s'" % t for t in sorted(branch.reports))
    if "gr" in branch.facts:
        python += "\n OR NOT c.in_extension AND COALESCE(%s, true)" % GRANT_WATCH
        watched = "pg_catalog.current_setting('harden.record_all_ddl') = 'on'"
    else:
        watched = WATCH
    if "pgt" in branch.facts and "pgt" not in branch.absent and pgtrickle:
        python += "\n OR NOT c.in_extension AND COALESCE(%s, true)" % PGT_TO_PYTHON
        others = [c for c in RELATION_CATALOGS if c not in catalogs]
        if others:
            python += "\n OR NOT c.in_extension AND c.classid IN (%s)" % ", ".join(
                "'pg_catalog.%s'::pg_catalog.regclass" % c for c in others)
    python, watched = [_resolve(t, branch, pgtrickle) for t in (python, watched)]
    joins = []
    for name in sorted(_used_facts(python + watched)):
        fact = FACTS[name]
        sql = fact.named_sql if named and fact.named_sql else fact.sql
        if name == "pgt":
            sql = sql.format(relation=relation_of("c.classid", "c.objid", catalogs))
        joins.append("  LEFT JOIN LATERAL (%s\n        OFFSET 0) %s ON true" % (_indent(sql, 8), name))
    return ("SELECT %s,\n       %s,\n       c.command_tag, c.object_type, c.object_identity\n"
            "  FROM pg_catalog.pg_event_trigger_ddl_commands() c\n%s"
            % (_indent(python, 7), _indent(watched, 7), "\n".join(joins)))


def _indent(text, n):
    lines = text.strip("\n").split("\n")
    return "\n".join([lines[0]] + [" " * n + line for line in lines[1:]])


def _statement(rules, branch, pgtrickle, named):
    query = _query(rules, branch, pgtrickle, named)
    if branch.single:
        return "SELECT * INTO python, watched, tag, type, identity FROM (\n%s) x;" % query
    return "OPEN commands FOR\n%s;" % query


def _branch_body(rules, branch):
    """The statements of one branch: with and without a trusted pg_trickle
    catalog when they differ, and for GRANT, with and without the relations
    the gate read from its text."""
    def for_catalog(named):
        without = _statement(rules, branch, False, named)
        with_ = _statement(rules, branch, True, named)
        if with_ == without:
            return without
        # Where the cheap check does not vouch for the catalog, the full
        # trust check decides: a catalog a superuser other than the bootstrap
        # one made is read as well. Someone else's: as if absent. A trusted
        # catalog without the columns the gate reads, or with columns of
        # another type (another layout), sends the commands to Python. The
        # exception block costs little: the gate's query assigns no
        # transaction id, so the subtransaction writes nothing.
        return ("IF pg_catalog.to_regnamespace('pgtrickle') IS NULL THEN\n    pgtrickle := false;\n"
                "ELSIF %s THEN\n    pgtrickle := true;\nELSE\n    pgtrickle := harden._pgt_catalog_trusted();\n"
                "END IF;\nIF NOT pgtrickle THEN\n    %s\nELSE\n    BEGIN\n"
                "        IF %s THEN\n            %s\n        ELSE\n            python := true;\n        END IF;\n"
                "    EXCEPTION WHEN undefined_column OR undefined_table OR undefined_object OR undefined_function THEN\n"
                "        python := true;\n    END;\nEND IF;"
                % (_indent(trust.PGT_CATALOG_READABLE_SQL, 6), _indent(without, 4),
                   _indent(trust.PGT_CATALOG_COLUMNS_SQL, 11), _indent(with_, 12)))
    if "gr" in branch.facts:
        return ("IF granted IS NOT NULL THEN\n    %s\nELSE\n    %s\nEND IF;"
                % (_indent(for_catalog(True), 4), _indent(for_catalog(False), 4)))
    return for_catalog(False)


def guard_rules(rules):
    return [r for r in rules if r.guard is not None and any(not t.startswith("DROP ") for t in r.guard_tags)]


def branches_sql(rules):
    """The IF ... ELSIF chain over TG_TAG that fills python, watched, ... or
    opens the cursor `commands`."""
    rules = guard_rules(rules)
    parts = []
    for i, branch in enumerate(BRANCHES):
        parts.append("%s TG_TAG IN (%s) THEN\n    %s" % (
            "IF" if i == 0 else "ELSIF", ", ".join("'%s'" % t for t in branch.tags),
            _indent(_branch_body(rules, branch), 4)))
    parts.append("ELSE\n    %s\nEND IF;" % _indent(_branch_body(rules, OTHER), 4))
    return "\n".join(parts)
