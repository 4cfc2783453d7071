"""One event-trigger call (Event) and the DDL commands it reports (Command).

Everything the guard needs about the event comes from one query (STATE_SQL)
and everything about its commands from a second one, so that DDL no rule
cares about costs two cached-plan queries.
"""

from functools import cached_property

from harden import settings as _settings

# The event trigger functions are SECURITY DEFINER, so current_user inside
# them is the extension owner. The role that ran the DDL is the one SET ROLE
# chose (the "role" setting), or else the session user; DDL run inside
# another SECURITY DEFINER function is attributed to that session role too.
STATE_SQL = """
SELECT ARRAY(SELECT ARRAY[k.name, k.value] FROM harden.config k) AS config,
       ARRAY(SELECT ARRAY[a.rule, a.action] FROM harden.rule_actions a) AS actions,
       s.session_user, s.invoker, ii.oid AS invoker_oid,
       COALESCE(si.rolsuper, false) AS session_superuser,
       COALESCE(ii.rolsuper, false) AS invoker_superuser,
       COALESCE(pg_catalog.pg_has_role(si.oid, 'harden_admin', 'MEMBER'), false) AS session_admin,
       COALESCE(pg_catalog.pg_has_role(ii.oid, 'harden_admin', 'MEMBER'), false) AS invoker_admin,
       pg_catalog.current_setting('harden.bypass', true) AS bypass,
       pg_catalog.current_query() AS statement,
       pg_catalog.pg_current_xact_id_if_assigned()::text AS xid,
       st.oid::bigint AS st_oid, st.xmin::text AS st_xmin,
       dep.oid::bigint AS dep_oid, dep.xmin::text AS dep_xmin,
       pg_catalog.to_regnamespace('pgtrickle')::oid::bigint AS pgtrickle_schema_oid,
       (SELECT n.oid::bigint FROM pg_catalog.pg_namespace n
         WHERE n.nspname = COALESCE((SELECT k.value FROM harden.config k WHERE k.name = 'change_buffer_schema'),
                                    $1)) AS change_buffer_schema_oid
  FROM (SELECT session_user::text AS session_user,
               CASE WHEN pg_catalog.current_setting('role') = 'none' THEN session_user::text
                    ELSE pg_catalog.current_setting('role') END AS invoker) s
  LEFT JOIN pg_catalog.pg_roles si ON si.rolname = s.session_user
  LEFT JOIN pg_catalog.pg_roles ii ON ii.rolname = s.invoker
  LEFT JOIN pg_catalog.pg_class st ON st.oid = pg_catalog.to_regclass('pgtrickle.pgt_stream_tables')
  LEFT JOIN pg_catalog.pg_class dep ON dep.oid = pg_catalog.to_regclass('pgtrickle.pgt_dependencies')
"""

# The relation a command is about: the object itself, or the table of an
# index, trigger, policy, rule or constraint.
_RELATION = """
CASE c.classid
  WHEN 'pg_catalog.pg_class'::pg_catalog.regclass THEN
       COALESCE((SELECT i.indrelid FROM pg_catalog.pg_index i WHERE i.indexrelid = c.objid), c.objid)
  WHEN 'pg_catalog.pg_trigger'::pg_catalog.regclass THEN
       (SELECT t.tgrelid FROM pg_catalog.pg_trigger t WHERE t.oid = c.objid)
  WHEN 'pg_catalog.pg_policy'::pg_catalog.regclass THEN
       (SELECT p.polrelid FROM pg_catalog.pg_policy p WHERE p.oid = c.objid)
  WHEN 'pg_catalog.pg_rewrite'::pg_catalog.regclass THEN
       (SELECT r.ev_class FROM pg_catalog.pg_rewrite r WHERE r.oid = c.objid)
  WHEN 'pg_catalog.pg_constraint'::pg_catalog.regclass THEN
       (SELECT NULLIF(k.conrelid, 0) FROM pg_catalog.pg_constraint k WHERE k.oid = c.objid)
END"""

_COMMANDS_SQL = """
SELECT c.command_tag, c.object_type, c.classid::bigint AS classid, c.objid::bigint AS objid,
       c.objsubid, c.schema_name, c.object_identity, c.in_extension,
       r.relid::bigint AS relid, rn.nspname::text AS rel_schema,
       CASE WHEN c.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
            THEN (SELECT p.prosecdef FROM pg_catalog.pg_proc p WHERE p.oid = c.objid) END AS security_definer,
       {trickle_columns}
  FROM pg_catalog.pg_event_trigger_ddl_commands() c
  LEFT JOIN LATERAL (SELECT {relation} AS relid) r ON true
  LEFT JOIN pg_catalog.pg_class rc ON rc.oid = r.relid
  LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
"""

_DROPPED_SQL = """
SELECT d.classid::bigint AS classid, d.objid::bigint AS objid, d.objsubid, d.original, d.normal,
       d.object_type, d.schema_name, d.object_identity, d.address_names,
       r.relid::bigint AS relid, COALESCE(rn.nspname::text, d.address_names[1]) AS rel_schema,
       NULL::boolean AS security_definer,
       {trickle_columns}
  FROM pg_catalog.pg_event_trigger_dropped_objects() d
  LEFT JOIN LATERAL (
       SELECT CASE WHEN d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass THEN d.objid
                   WHEN d.object_type IN ('policy', 'trigger', 'rule', 'table constraint')
                        AND pg_catalog.array_length(d.address_names, 1) = 3 THEN
                        (SELECT t.oid FROM pg_catalog.pg_class t
                           JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
                          WHERE tn.nspname = d.address_names[1] AND t.relname = d.address_names[2])
              END AS relid) r ON true
  LEFT JOIN pg_catalog.pg_class rc ON rc.oid = r.relid
  LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
 WHERE d.original OR d.object_type = 'policy'
"""

_TRICKLE_COLUMNS = """
       EXISTS (SELECT FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = r.relid) AS is_stream_table,
       EXISTS (SELECT FROM pgtrickle.pgt_dependencies dep WHERE dep.source_relid = r.relid) AS is_source,
       (SELECT pg_catalog.format('%I.%I', st.pgt_schema, st.pgt_name)
          FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = r.relid) AS stream_table"""

_NO_TRICKLE_COLUMNS = """
       false AS is_stream_table, false AS is_source, NULL::text AS stream_table"""

COMMANDS_SQL = {
    True: _COMMANDS_SQL.format(trickle_columns=_TRICKLE_COLUMNS, relation=_RELATION),
    False: _COMMANDS_SQL.format(trickle_columns=_NO_TRICKLE_COLUMNS, relation=_RELATION),
}
DROPPED_SQL = {
    True: _DROPPED_SQL.format(trickle_columns=_TRICKLE_COLUMNS),
    False: _DROPPED_SQL.format(trickle_columns=_NO_TRICKLE_COLUMNS),
}

_REQUIRED = {
    "pgt_stream_tables": ("pgt_id", "pgt_relid", "pgt_schema", "pgt_name", "needs_reinit"),
    "pgt_dependencies": ("pgt_id", "source_relid", "source_type"),
}

# Whether the pg_trickle catalog has the columns the guard reads, per catalog
# row version: an ALTER TABLE of either table writes a new pg_class row.
_recognized_cache = {}


def _pgtrickle_recognized(db, state):
    if state["st_oid"] is None or state["dep_oid"] is None:
        return False
    key = (state["st_oid"], state["st_xmin"], state["dep_oid"], state["dep_xmin"])
    known = _recognized_cache.get(key)
    if known is None:
        rows = db.query(
            "SELECT c.relname::text AS relname, pg_catalog.array_agg(a.attname::text) AS cols"
            "  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_attribute a"
            "    ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
            " WHERE c.oid = ANY ($1::pg_catalog.oid[]) GROUP BY c.relname",
            [[state["st_oid"], state["dep_oid"]]])
        found = {r["relname"]: set(r["cols"]) for r in rows}
        known = all(set(cols) <= found.get(table, set()) for table, cols in _REQUIRED.items())
        _recognized_cache.clear()
        _recognized_cache[key] = known
    return known


class Event:
    """Facts about one event-trigger call, read once."""

    def __init__(self, db, kind, tag):
        self.kind = kind
        self.tag = tag
        state = db.query(STATE_SQL, [_settings.SETTINGS["change_buffer_schema"].default])[0]
        self.stored_settings = {k: v for k, v in state["config"]}
        self.settings = _settings.Settings(self.stored_settings)
        self.rule_actions = {r: a for r, a in state["actions"]}
        self.session_user = state["session_user"]
        self.invoker = state["invoker"]
        self.invoker_oid = state["invoker_oid"]
        self.invoker_superuser = state["invoker_superuser"]
        self.invoker_admin = state["invoker_admin"]
        self.session_superuser = state["session_superuser"]
        self.session_admin = state["session_admin"]
        self.bypass_requested = (state["bypass"] or "").strip().lower() in ("on", "true", "yes", "1")
        self.statement = state["statement"]
        self.xid = state["xid"]
        self.pgtrickle_schema_oid = state["pgtrickle_schema_oid"]
        self.change_buffer_schema_oid = state["change_buffer_schema_oid"]
        self._state = state
        self._db = db
        # Set by the engine for an ALTER TABLE: {relid: (enabled, forced)}.
        self.rls_before = None

    @property
    def mode(self):
        return self.settings.mode

    @property
    def may_bypass(self):
        return (self.session_superuser or self.session_admin
                or self.invoker_superuser or self.invoker_admin)

    @property
    def watched_schema_oids(self):
        return [o for o in (self.pgtrickle_schema_oid, self.change_buffer_schema_oid) if o is not None]

    @property
    def watched_schema_names(self):
        return {"pgtrickle", self.settings.change_buffer_schema}

    @cached_property
    def pgtrickle(self):
        """True when a pg_trickle catalog the guard can read is present."""
        return _pgtrickle_recognized(self._db, self._state)

    def commands(self):
        sql = (COMMANDS_SQL if self.kind == "ddl_command_end" else DROPPED_SQL)[self.pgtrickle]
        return [Command(self, row) for row in self._db.query(sql)]


class Command:
    """One row of pg_event_trigger_ddl_commands() or _dropped_objects().

    Rules read the attributes below; facts that need a query are computed on
    demand by harden.guard.facts and kept in `memo` for the other rules.
    """

    def __init__(self, event, row):
        self.event = event
        self.dropped = event.kind == "sql_drop"
        self.tag = event.tag if self.dropped else row["command_tag"]
        self.object_type = row["object_type"]
        self.classid = row["classid"]
        self.objid = row["objid"]
        self.objsubid = row["objsubid"]
        self.schema_name = row["schema_name"]
        self.object_identity = row["object_identity"]
        self.in_extension = bool(row.get("in_extension"))
        self.original = row.get("original", True)
        self.address_names = row.get("address_names")
        self.relid = row["relid"]
        self.rel_schema = row["rel_schema"]
        self.security_definer = bool(row["security_definer"])
        self.is_stream_table = bool(row["is_stream_table"])
        self.is_source = bool(row["is_source"])
        self.stream_table = row["stream_table"]
        self.memo = {}

    def __repr__(self):
        return "<%s %s %s>" % (self.tag, self.object_type, self.object_identity)
