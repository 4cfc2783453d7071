"""One event-trigger call (Event) and the DDL commands it reports (Command).

Every DDL statement pays for what the guard reads, and in PostgreSQL the cost
of a small catalog query is mostly the opening and locking of each relation it
touches. So one query per event reads the commands with the state the guard
always needs (configuration, roles by name, the statement), touching only
harden.config; every other fact is read on first use by a query that touches
only what that fact needs, and kept for the rest of the event.
"""

from functools import cached_property

from harden import pgtrickle, quoting
from harden.redact import redact
from harden import settings as _settings

# An ALTER TABLE changes a table's row-security flags only with ENABLE,
# DISABLE, FORCE or NO FORCE ROW LEVEL SECURITY, whose keywords the server's
# lexer matches in ASCII letters alone. So an ALTER TABLE the session's query
# runs itself (depth 1: nothing between the event trigger and that query in
# the error context, no function, DO block or SPI caller) cannot change them
# unless the query's text holds "security"; "extension" too, since on
# PostgreSQL 15 the error context does not show an extension script. The
# ddl_command_start trigger notes the flags (engine.ddl_command_start) only
# for an ALTER TABLE this does not rule out, so most ALTER TABLE statements
# never load Python there, and ddl_command_end compares with a note only for
# those: both ask it of the same text at the same depth, so ddl_command_end
# never takes an earlier statement's note for its own. The build puts it into
# harden.guard_ddl_command_start() (sql/idempotent/40_guard.sql).
ROW_SECURITY_WORDS = ("security", "extension")
TOP_LEVEL_DEPTH = "1"


# SQL true when the session's query (in lower case, ASCII letters only: the
# server's lexer folds keywords alike) holds one of ROW_SECURITY_WORDS.
ROW_SECURITY_WORDS_SQL = "(%s)" % " OR ".join(
    "pg_catalog.strpos(pg_catalog.lower(pg_catalog.current_query() COLLATE pg_catalog.\"C\"), '%s') > 0" % w
    for w in ROW_SECURITY_WORDS)


# The event trigger functions are SECURITY DEFINER, so current_user inside
# them is the extension owner. The DDL is checked as the role whose rights it
# ran with (invoker: harden._guard_acting_role(), sql/idempotent/40_guard.sql),
# which a SECURITY DEFINER function or an index expression that ANALYZE
# evaluates makes another role than the session's (set_role:
# harden._guard_session_role(), the one SET ROLE chose or else the session
# user).
_STATE = """
SELECT ARRAY(SELECT ARRAY[k.name, k.value] FROM harden.config k) AS config,
       ARRAY(SELECT ARRAY[a.rule, a.action] FROM harden.rule_actions a) AS actions,
       session_user::text AS session_user,
       harden._guard_acting_role() AS invoker,
       harden._guard_session_role() AS set_role,
       pg_catalog.current_setting('harden.bypass', true) AS bypass,
       pg_catalog.current_setting('harden.guard_depth', true) AS depth,
       pg_catalog.current_setting('transaction_isolation') AS isolation,
       {row_security_words} AS row_security_words,
       pg_catalog.pg_current_xact_id_if_assigned()::text AS xid,
       t.pgtrickle_schema_oid, t.pgtrickle_trusted, t.pgtrickle_columns,
       pg_catalog.to_regnamespace(pg_catalog.quote_ident(COALESCE(
           (SELECT k.value FROM harden.config k WHERE k.name = 'change_buffer_schema'),
           {change_buffer_default})))::pg_catalog.oid::bigint AS change_buffer_schema_oid
  FROM (SELECT n::pg_catalog.oid::bigint AS pgtrickle_schema_oid,
               -- Never read unless a superuser made it (sql/40_guard.sql).
               n IS NOT NULL AND harden._pgt_catalog_trusted() AS pgtrickle_trusted,
               CASE WHEN n IS NOT NULL THEN {pgtrickle_columns} END AS pgtrickle_columns
          FROM pg_catalog.to_regnamespace('pgtrickle') AS n) t
""".format(row_security_words=ROW_SECURITY_WORDS_SQL,
           change_buffer_default=quoting.quote_literal(_settings.SETTINGS["change_buffer_schema"].default),
           pgtrickle_columns=pgtrickle.columns_sql("n"))

# The statement comes in the first row only: a statement that names
# thousands of objects reports a command for each, and a copy of its text in
# every row would take memory in the square of its length.
MAIN_SQL = {
    "ddl_command_start": "SELECT s.*, pg_catalog.current_query() AS statement FROM (%s) s" % _STATE,
    "ddl_command_end": """
SELECT s.*, CASE WHEN COALESCE(c.ordinality, 1) = 1 THEN pg_catalog.current_query() END AS statement,
       c.command_tag, c.object_type, c.classid::bigint AS classid, c.objid::bigint AS objid,
       c.schema_name, c.object_identity, NULL::text AS object_name, c.in_extension, NULL::bigint AS relid
  FROM (%s) s
  LEFT JOIN LATERAL pg_catalog.pg_event_trigger_ddl_commands() WITH ORDINALITY c ON true
""" % _STATE,
    # Dropped objects: those the statement named, and every policy (a policy
    # dropped with its table's column or function changes the table's row
    # security). A policy's or trigger's table is found by name: its own row
    # is gone.
    "sql_drop": """
SELECT s.*, CASE WHEN COALESCE(d.n, 1) = 1 THEN pg_catalog.current_query() END AS statement,
       d.object_type AS command_tag, d.object_type, d.classid::bigint AS classid, d.objid::bigint AS objid,
       d.schema_name, d.object_identity, d.object_name, false AS in_extension,
       CASE WHEN d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass THEN d.objid::bigint
            WHEN d.object_type IN ('policy', 'trigger') AND pg_catalog.array_length(d.address_names, 1) = 3 THEN
                 (SELECT t.oid::bigint FROM pg_catalog.pg_class t
                   WHERE t.relname = d.address_names[2]
                     AND t.relnamespace = pg_catalog.to_regnamespace(pg_catalog.quote_ident(d.address_names[1])))
       END AS relid
  FROM (%s) s
  LEFT JOIN LATERAL (SELECT x.*, pg_catalog.row_number() OVER () AS n
                       FROM pg_catalog.pg_event_trigger_dropped_objects() x
                      WHERE x.original OR x.object_type IN ('policy', 'schema')) d ON true
""" % _STATE,
}

# Who may bypass: the session user or the role SET ROLE chose, superuser or
# member of harden_admin; and when the DDL runs with another role's rights,
# that role too. Read only when a rule objects.
ROLES_SQL = """
SELECT COALESCE((SELECT r.rolsuper FROM pg_catalog.pg_authid r WHERE r.rolname = $1), false) AS session_superuser,
       COALESCE((SELECT r.rolsuper FROM pg_catalog.pg_authid r WHERE r.rolname = $2), false) AS set_role_superuser,
       COALESCE((SELECT r.rolsuper FROM pg_catalog.pg_authid r WHERE r.rolname = $3), false) AS invoker_superuser,
       COALESCE(pg_catalog.pg_has_role($1::name, 'harden_admin', 'MEMBER'), false) AS session_admin,
       COALESCE(pg_catalog.pg_has_role($2::name, 'harden_admin', 'MEMBER'), false) AS set_role_admin,
       COALESCE(pg_catalog.pg_has_role($3::name, 'harden_admin', 'MEMBER'), false) AS invoker_admin
"""

SECURITY_DEFINER_SQL = "SELECT p.prosecdef FROM pg_catalog.pg_proc p WHERE p.oid = $1::pg_catalog.oid"


# The relation an object of each catalog is about: a relation itself, or
# the table of an index, trigger, policy, constraint or rule.
_RELATION_OF = (
    ("pg_class", "COALESCE((SELECT i.indrelid FROM pg_catalog.pg_index i WHERE i.indexrelid = {o}), {o})"),
    ("pg_trigger", "(SELECT t.tgrelid FROM pg_catalog.pg_trigger t WHERE t.oid = {o})"),
    ("pg_policy", "(SELECT p.polrelid FROM pg_catalog.pg_policy p WHERE p.oid = {o})"),
    ("pg_constraint", "(SELECT NULLIF(k.conrelid, 0) FROM pg_catalog.pg_constraint k WHERE k.oid = {o})"),
    ("pg_rewrite", "(SELECT rw.ev_class FROM pg_catalog.pg_rewrite rw WHERE rw.oid = {o})"),
)
RELATION_CATALOGS = tuple(catalog for catalog, _ in _RELATION_OF)


def relation_of(classid, objid, catalogs=RELATION_CATALOGS):
    """SQL: the relation a command's object (classid, objid: SQL expressions)
    is about: a relation itself, or the table of an index, trigger, policy,
    constraint or rule; NULL for anything else. The gate's pgt fact (harden.guard.gate)
    and RELATIONS_SQL below use this one expression, so that the gate and the
    engine agree on which commands are about a stream table or a source.
    `catalogs`: only objects of these (a query pays for every catalog it
    names, whether it reads it or not); the caller sees to the others."""
    return "CASE {c}\n%s\n       END".format(c=classid) % "\n".join(
        "         WHEN 'pg_catalog.%s'::pg_catalog.regclass THEN\n              %s" % (catalog, sql.format(o=objid))
        for catalog, sql in _RELATION_OF if catalog in catalogs)


# For each command (classid, objid): the relation it is about (the table of
# an index, trigger, policy, constraint or rule) and whether pg_trickle knows
# it as a stream table or a source. OFFSET 0 computes the relation once per row.
RELATIONS_SQL = """
SELECT x.i, r.relid::bigint AS relid,
       EXISTS (SELECT FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = r.relid) AS is_stream_table,
       EXISTS (SELECT FROM pgtrickle.pgt_dependencies dep WHERE dep.source_relid = r.relid) AS is_source,
       (SELECT pg_catalog.format('%I.%I', st.pgt_schema, st.pgt_name)
          FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = r.relid) AS stream_table
  FROM ROWS FROM (pg_catalog.unnest($1::pg_catalog.oid[]), pg_catalog.unnest($2::pg_catalog.oid[]),
                  pg_catalog.unnest($3::bigint[])) AS x(classid, objid, i)
 CROSS JOIN LATERAL (
       SELECT """ + relation_of("x.classid", "x.objid") + """ AS relid OFFSET 0) r
"""

# Dropped relations, policies and triggers: their relation is known already.
DROPPED_RELATIONS_SQL = """
SELECT x.i, x.relid,
       EXISTS (SELECT FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = x.relid) AS is_stream_table,
       EXISTS (SELECT FROM pgtrickle.pgt_dependencies dep WHERE dep.source_relid = x.relid) AS is_source,
       (SELECT pg_catalog.format('%I.%I', st.pgt_schema, st.pgt_name)
          FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = x.relid) AS stream_table
  FROM ROWS FROM (pg_catalog.unnest($1::bigint[]), pg_catalog.unnest($2::bigint[])) AS x(relid, i)
"""

# Fixed catalog oids.
PG_CLASS, PG_PROC, PG_TRIGGER, PG_POLICY, PG_CONSTRAINT, PG_REWRITE = 1259, 1255, 2620, 3256, 2606, 2618
_RELATION_CATALOGS = (PG_CLASS, PG_TRIGGER, PG_POLICY, PG_CONSTRAINT, PG_REWRITE)

# Per session: the parsed configuration of the last event.
_settings_cache = {"rows": None, "settings": None}


def _parsed_settings(rows):
    key = tuple(tuple(r) for r in rows)
    if _settings_cache["rows"] != key:
        _settings_cache["rows"] = key
        _settings_cache["settings"] = _settings.Settings(dict(key))
    return _settings_cache["settings"]


class Event:
    """Facts about one event-trigger call."""

    def __init__(self, db, kind, tag):
        self.kind = kind
        self.tag = tag
        self._db = db
        rows = db.query(MAIN_SQL[kind])
        state = rows[0]
        self.settings = _parsed_settings(state["config"])
        self.rule_actions = {r: a for r, a in state["actions"]}
        self.session_user = state["session_user"]
        self.invoker = state["invoker"]
        self.set_role = state["set_role"]
        self.bypass_requested = (state["bypass"] or "").strip().lower() in ("on", "true", "yes", "1")
        # The text kept in the history and the log lines: without passwords.
        self.statement = redact(next((r["statement"] for r in rows if r["statement"] is not None), None))
        self.xid = state["xid"]
        self.pgtrickle_schema_oid = state["pgtrickle_schema_oid"]
        self.change_buffer_schema_oid = state["change_buffer_schema_oid"]
        # A catalog the guard may read: a superuser made it
        # (harden._pgt_catalog_trusted()), with the columns and types the
        # guard reads (another layout would fail its queries). Otherwise the
        # guard never reads it.
        self.pgtrickle = bool(state["pgtrickle_trusted"]) and not pgtrickle.missing(state["pgtrickle_columns"])
        self.commands = [Command(self, i, r) for i, r in enumerate(rows) if r.get("object_type") is not None]
        # Set by the engine for an ALTER TABLE: {relid: (enabled, forced)}.
        self.rls_before = None
        # For ALTER TABLE: the nesting depth the PL/pgSQL function found.
        self.depth = state["depth"]
        # For ALTER TABLE: whether it may change row security, and so has a
        # note of the flags from ddl_command_start (ROW_SECURITY_WORDS).
        self.may_change_row_security = self.depth != TOP_LEVEL_DEPTH or state["row_security_words"]
        self.isolation = state["isolation"]

    @property
    def mode(self):
        return self.settings.mode

    @cached_property
    def roles(self):
        return self._db.query(ROLES_SQL, [self.session_user, self.set_role, self.invoker])[0]

    @property
    def may_bypass(self):
        r = self.roles
        session = r["session_superuser"] or r["session_admin"] or r["set_role_superuser"] or r["set_role_admin"]
        return session and (self.invoker == self.set_role or r["invoker_superuser"] or r["invoker_admin"])

    @property
    def watched_schema_oids(self):
        return [o for o in (self.pgtrickle_schema_oid, self.change_buffer_schema_oid) if o is not None]

    @property
    def watched_schema_names(self):
        return {"pgtrickle", self.settings.change_buffer_schema}

    @cached_property
    def relations(self):
        """{command index: relation facts} for the commands about a relation,
        read in one query when pg_trickle is present (else empty)."""
        if not self.pgtrickle:
            return {}
        if self.kind == "sql_drop":
            cmds = [c for c in self.commands if c._relid is not None]
            rows = self._db.query(DROPPED_RELATIONS_SQL, [[c._relid for c in cmds], [c.index for c in cmds]])
        else:
            cmds = [c for c in self.commands if c.classid in _RELATION_CATALOGS]
            rows = self._db.query(RELATIONS_SQL, [[c.classid for c in cmds], [c.objid for c in cmds],
                                                  [c.index for c in cmds]]) if cmds else []
        return {r["i"]: r for r in rows}


class Command:
    """One row of pg_event_trigger_ddl_commands() or _dropped_objects().

    Rules read the attributes below; facts that need a query are computed on
    demand (here, or by harden.guard.facts) and kept in `memo`.
    """

    def __init__(self, event, index, row):
        self.event = event
        self.index = index
        self.dropped = event.kind == "sql_drop"
        # A dropped object is reported under the tag of the statement that dropped it.
        self.tag = event.tag if self.dropped else row["command_tag"]
        self.object_type = row["object_type"]
        self.classid = row["classid"]
        self.objid = row["objid"]
        self.schema_name = row["schema_name"]
        self.object_identity = row["object_identity"]
        self.object_name = row["object_name"]  # of a dropped object
        self.in_extension = bool(row["in_extension"])
        self._relid = row["relid"]
        self.memo = {}

    def _relation(self):
        return self.event.relations.get(self.index)

    @property
    def relid(self):
        """The relation the command is about (pg_trickle deployments only)."""
        r = self._relation()
        return r["relid"] if r else self._relid

    @property
    def is_stream_table(self):
        r = self._relation()
        return bool(r and r["is_stream_table"])

    @property
    def is_source(self):
        r = self._relation()
        return bool(r and r["is_source"])

    @property
    def stream_table(self):
        """The stream table (schema-qualified) the command is about, if any."""
        r = self._relation()
        return r["stream_table"] if r else None

    @property
    def security_definer(self):
        if self.classid != PG_PROC or self.dropped:
            return False
        if "security_definer" not in self.memo:
            rows = self.event._db.query(SECURITY_DEFINER_SQL, [self.objid])
            self.memo["security_definer"] = bool(rows and rows[0]["prosecdef"])
        return self.memo["security_definer"]

    def __repr__(self):
        return "<%s %s %s>" % (self.tag, self.object_type, self.object_identity)
