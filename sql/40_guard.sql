-- The guard (docs/guard.md): event triggers that check DDL as it happens, the
-- DDL history, and the functions that steer them.

-- Every DDL on watched objects and every non-allowed verdict. Only harden's
-- SECURITY DEFINER code writes it: nobody else holds INSERT, UPDATE or DELETE.
CREATE TABLE harden.ddl_history (
    id                   bigserial PRIMARY KEY,
    performed_at         timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    performed_by         text NOT NULL,          -- session user
    acting_role          text NOT NULL,          -- current role when the DDL ran
    command_tag          text NOT NULL,
    object_type          text,
    object_identity      text,
    statement            text,                   -- the top-level query text
    rule                 text,
    verdict              text NOT NULL CHECK (verdict IN ('allowed', 'warned', 'bypassed')),
    stream_table         text,                   -- the stream table the DDL acted on, if any
    marked_stream_tables text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX ddl_history_performed_at ON harden.ddl_history (performed_at);
SELECT pg_catalog.pg_extension_config_dump('harden.ddl_history', '');
SELECT pg_catalog.pg_extension_config_dump('harden.ddl_history_id_seq', '');

-- Per-rule overrides of a guard rule's action; kept by pg_dump.
CREATE TABLE harden.rule_actions (
    rule       text PRIMARY KEY,
    action     text NOT NULL CHECK (action IN ('block', 'warn', 'off')),
    changed_by text NOT NULL DEFAULT session_user,
    changed_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
SELECT pg_catalog.pg_extension_config_dump('harden.rule_actions', '');

REVOKE ALL ON harden.ddl_history, harden.rule_actions FROM PUBLIC;
REVOKE ALL ON SEQUENCE harden.ddl_history_id_seq FROM PUBLIC;
GRANT SELECT ON harden.ddl_history, harden.rule_actions TO harden_auditor;

-- The tutorial's step 7 query (pgt_name, action, performed_by, performed_at)
-- works against this view: one row per stream table a recorded DDL acted on
-- or marked for reinitialisation.
CREATE VIEW harden.stream_table_ddl_history AS
SELECT n.ident[pg_catalog.array_length(n.ident, 1) - 1] AS pgt_schema,
       n.ident[pg_catalog.array_length(n.ident, 1)] AS pgt_name,
       s.action, h.performed_by, h.performed_at, h.acting_role, h.object_identity,
       h.statement, h.rule, h.verdict, h.id AS history_id
  FROM harden.ddl_history h
 CROSS JOIN LATERAL (
        SELECT h.stream_table AS st, pg_catalog.lower(h.command_tag) AS action
         WHERE h.stream_table IS NOT NULL
        UNION ALL
        SELECT m.st, 'marked for reinit: ' || pg_catalog.lower(h.command_tag)
               || COALESCE(' ' || h.object_identity, '')
          FROM pg_catalog.unnest(h.marked_stream_tables) AS m(st)
       ) s
 CROSS JOIN LATERAL (SELECT pg_catalog.parse_ident(s.st) AS ident) n;
REVOKE ALL ON harden.stream_table_ddl_history FROM PUBLIC;
GRANT SELECT ON harden.stream_table_ddl_history TO harden_auditor;

-- The guard's work, in Python. Not SECURITY DEFINER and not granted to anyone:
-- only the event-trigger functions below (running as the extension owner)
-- call them. Each returns NULL, or {message, detail, hint} of a blocked DDL.
-- Their queries look catalog rows up by oid, so generic plans suit them; a
-- custom plan would be planned anew for every DDL statement.
CREATE FUNCTION harden._guard_ddl_command_end(tag text) RETURNS text[]
LANGUAGE plpython3u VOLATILE
SET search_path = pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
return entry.ddl_command_end(plpy, tag)
$$;

CREATE FUNCTION harden._guard_sql_drop(tag text) RETURNS text[]
LANGUAGE plpython3u VOLATILE
SET search_path = pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
return entry.sql_drop(plpy, tag)
$$;

CREATE FUNCTION harden._guard_ddl_command_start() RETURNS void
LANGUAGE plpython3u VOLATILE
SET search_path = pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
entry.ddl_command_start(plpy)
$$;

-- The commands of a ddl_command_end event as the gate below sees them, with
-- harden's configuration (read once per query): a view, so that a query pays
-- only for the columns it reads. Only valid inside an event trigger; owned by
-- the extension and granted to no one. Each column that names a rule is that
-- rule's guard check, or a cheaper test that is true whenever the check could
-- object; Python then makes the call.
CREATE VIEW harden._guard_commands AS
SELECT c.classid, c.objid, c.command_tag, c.object_type, c.schema_name, c.object_identity, c.in_extension,
       t.tgrelid, f.off, f.record_all, f.buffers,
       -- Watched: recorded in harden.ddl_history whatever the rules say (with
       -- pg_trickle, DDL on stream tables and their sources too).
       f.record_all OR (NOT c.in_extension AND (
           c.object_type IN ('policy', 'trigger', 'publication', 'publication relation',
                             'publication namespace', 'subscription')
           OR c.schema_name IN ('pgtrickle', f.buffers)
           OR (c.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
               AND c.object_identity IN ('pgtrickle', pg_catalog.quote_ident(f.buffers)))
           OR COALESCE(p.prosecdef, false))) AS watched,
       -- references_only_foreign_key: a foreign key whose referenced columns
       -- the role that ran the DDL cannot read.
       NOT c.in_extension AND c.command_tag IN ('CREATE TABLE', 'ALTER TABLE') AND EXISTS (
           SELECT FROM pg_catalog.pg_constraint k
            WHERE k.conrelid = c.objid AND k.contype = 'f' AND k.conparentid = 0
              AND NOT (SELECT pg_catalog.bool_and(pg_catalog.has_column_privilege(i.invoker, k.confrelid, a.attnum,
                                                                                  'SELECT'))
                         FROM pg_catalog.unnest(k.confkey) AS a(attnum))) AS unreadable_reference,
       -- security_definer_search_path: a SECURITY DEFINER routine whose
       -- search_path is not pinned to pg_catalog and pg_temp alone.
       NOT c.in_extension AND COALESCE(p.prosecdef, false) AND NOT COALESCE(
           (SELECT pg_catalog.bool_or(x ~ '^search_path="?pg_(catalog|temp)"?(, "?pg_(catalog|temp)"?)*$')
              FROM pg_catalog.unnest(p.proconfig) AS x), false) AS unpinned_definer,
       -- trigger_function_owner_mismatch: PGD's rule lets through the table's
       -- owner and its members, superusers and harden_admin, and functions
       -- owned by the table's owner or SECURITY DEFINER;
       -- cdc_trigger_owned_by_superuser: triggers named like CDC triggers.
       NOT c.in_extension AND c.object_type = 'trigger' AND t.tgisinternal IS FALSE AND EXISTS (
           SELECT FROM pg_catalog.pg_class tr
             JOIN pg_catalog.pg_proc tp ON tp.oid = t.tgfoid
            WHERE tr.oid = t.tgrelid
              AND (t.tgname::text LIKE ANY ('{pg\\_trickle\\_cdc\\_%,pgt\\_cdc\\_%,pgt\\_ivm\\_%}'::text[])
                   OR NOT (tp.proowner = tr.relowner OR tp.prosecdef
                           OR pg_catalog.pg_has_role(i.invoker, tr.relowner, 'USAGE')
                           OR pg_catalog.pg_has_role(i.invoker, 'harden_admin', 'MEMBER')))) AS suspect_trigger,
       -- publication_all_tables, subscription_run_as_owner.
       NOT c.in_extension AND c.command_tag IN ('CREATE PUBLICATION', 'ALTER PUBLICATION',
                                                'CREATE SUBSCRIPTION', 'ALTER SUBSCRIPTION') AS replication
  FROM (SELECT COALESCE(pg_catalog.bool_or(k.name = 'mode' AND k.value = 'off'), false) AS off,
               COALESCE(pg_catalog.bool_or(k.name = 'record_all_ddl' AND k.value = 'on'), false) AS record_all,
               COALESCE(pg_catalog.max(k.value) FILTER (WHERE k.name = 'change_buffer_schema'),
                        'pgtrickle_changes') AS buffers
          FROM harden.config k) f
 CROSS JOIN pg_catalog.pg_event_trigger_ddl_commands() c
 -- current_user in the event trigger is the extension owner: the role that
 -- ran the DDL is the one SET ROLE chose, or else the session user.
 CROSS JOIN (SELECT CASE WHEN pg_catalog.current_setting('role') = 'none' THEN session_user::text
                         ELSE pg_catalog.current_setting('role') END AS invoker) i
  LEFT JOIN LATERAL (SELECT pr.prosecdef, pr.proconfig FROM pg_catalog.pg_proc pr
                      WHERE c.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND pr.oid = c.objid
                     OFFSET 0) p ON true
 -- Read once for both the trigger rules and the gate's stream-table lookup:
 -- pg_trigger has no index the generic plan is sure to use, so each read may
 -- be a scan of the whole catalog.
  LEFT JOIN LATERAL (SELECT tg.tgrelid, tg.tgfoid, tg.tgname, tg.tgisinternal FROM pg_catalog.pg_trigger tg
                      WHERE c.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND tg.oid = c.objid
                     OFFSET 0) t ON true;
REVOKE ALL ON harden._guard_commands FROM PUBLIC;

-- PL/Python cannot be an event-trigger function on PostgreSQL 15, so each
-- event trigger runs a PL/pgSQL function. SECURITY DEFINER: the guard reads
-- catalogs, writes the history and marks stream tables whoever runs the DDL.
-- An ERROR is raised here and not in Python, where plpy.error would put
-- "plpy.Error: " before the message.
--
-- The guard runs for every DDL statement, so its usual path must cost little
-- beside the statement's own catalog work: one query over the event's
-- commands (the gate; one per command tag, so that each reads only what its
-- tag needs) decides whether any rule's guard check could object. Only then
-- is Python called, and it records the event; otherwise watched DDL is
-- recorded here. The gate calls Python for
--   CREATE/ALTER TABLE         a foreign key the role cannot read; with
--                              pg_trickle, an ALTER TABLE of a stream table
--                              or a source (stream_table_rls_exposure,
--                              rls_source_changed)
--   CREATE/ALTER FUNCTION, ... an unpinned SECURITY DEFINER routine
--   CREATE TRIGGER             _guard_commands.suspect_trigger
--   CREATE/ALTER POLICY        with pg_trickle, on a source (rls_source_changed)
--   GRANT on tables, sequences that may grant every privilege
--   or schemas                 (grant_all_privileges): it cannot when the
--                              top-level query is that one GRANT statement and
--                              names neither ALL nor both TRIGGER and
--                              REFERENCES; or that changed the ACL of a watched
--                              object (stream_table_writable, change_buffer_exposed)
--   publications, subscriptions (publication_all_tables, subscription_run_as_owner)
-- A test checks that each command tag a rule's guard asks for is one of these
-- (or a DROP: sql_drop always calls Python). Statements that create a table,
-- sequence or materialized view report new relations only, which pg_trickle's
-- catalog cannot list yet. A pg_trickle catalog without the columns read here
-- leaves the decision to Python.
--
-- No SET plan_cache_mode here (unlike the Python functions): each SET clause
-- costs a setting saved and restored on every DDL statement, and the gate's
-- queries either take no parameters (always a generic plan) or settle on the
-- generic plan by themselves after a few calls.
CREATE FUNCTION harden.guard_ddl_command_end() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    off boolean;
    python boolean;
    maybe_all boolean;
    buffers text;
    tags text[];
    types text[];
    identities text[];
    stream_tables text[];
    blocked text[];
BEGIN
    IF pg_catalog.current_setting('harden.internal', true) = 'on' THEN
        -- Set by Python while harden's own DDL runs (apply, revert): Python
        -- lets that through at once, without the gate's work. Anyone may set
        -- it; it only sends the DDL to Python, which checks for itself.
        off := false;
        python := true;
    ELSIF TG_TAG IN ('CREATE FUNCTION', 'ALTER FUNCTION', 'CREATE PROCEDURE', 'ALTER PROCEDURE', 'ALTER ROUTINE') THEN
        SELECT pg_catalog.bool_or(g.off), pg_catalog.bool_or(g.unpinned_definer),
               pg_catalog.array_agg(g.command_tag) FILTER (WHERE g.watched),
               pg_catalog.array_agg(g.object_type) FILTER (WHERE g.watched),
               pg_catalog.array_agg(g.object_identity) FILTER (WHERE g.watched)
          INTO off, python, tags, types, identities
          FROM harden._guard_commands g;
    ELSIF TG_TAG IN ('CREATE TABLE', 'CREATE TABLE AS', 'SELECT INTO', 'CREATE SEQUENCE', 'CREATE FOREIGN TABLE',
                     'CREATE MATERIALIZED VIEW') THEN
        SELECT pg_catalog.bool_or(g.off), pg_catalog.bool_or(g.unreadable_reference),
               pg_catalog.array_agg(g.command_tag) FILTER (WHERE g.watched),
               pg_catalog.array_agg(g.object_type) FILTER (WHERE g.watched),
               pg_catalog.array_agg(g.object_identity) FILTER (WHERE g.watched)
          INTO off, python, tags, types, identities
          FROM harden._guard_commands g;
    ELSIF TG_TAG = 'GRANT' THEN
        -- A GRANT reaches Python (which records GRANTs) when it may grant every
        -- table privilege (grant_all_privileges), or when this transaction
        -- wrote the catalog row of a watched schema or relation (stream tables,
        -- their sources, anything in the pgtrickle and change-buffer schemas):
        -- Python then reads exactly which ACLs it changed.
        SELECT pg_catalog.bool_or(g.off),
               pg_catalog.bool_or(NOT g.in_extension AND g.object_type IN ('TABLE', 'SEQUENCE', 'FOREIGN TABLE', 'SCHEMA')),
               pg_catalog.bool_or(g.record_all)
               OR NOT (pg_catalog.current_query() ~* '^\s*grant\s[^;]*;?\s*$'
                       AND pg_catalog.current_query() !~* '\mall\M'
                       AND NOT (pg_catalog.current_query() ~* '\mtrigger\M'
                                AND pg_catalog.current_query() ~* '\mreferences\M')),
               pg_catalog.max(g.buffers)
          INTO off, python, maybe_all, buffers
          FROM harden._guard_commands g;
        IF python AND NOT maybe_all THEN
            python := EXISTS (SELECT FROM pg_catalog.pg_namespace n
                               WHERE n.nspname IN ('pgtrickle', buffers) AND pg_catalog.age(n.xmin) <= 0)
                      OR EXISTS (SELECT FROM pg_catalog.pg_depend d
                                  CROSS JOIN LATERAL (SELECT FROM pg_catalog.pg_class c
                                                       WHERE c.oid = d.objid AND pg_catalog.age(c.xmin) <= 0
                                                      OFFSET 0) c
                                  WHERE d.refclassid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                                    AND d.refobjid IN (SELECT n.oid FROM pg_catalog.pg_namespace n
                                                        WHERE n.nspname IN ('pgtrickle', buffers))
                                    AND d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass);
            IF NOT python AND pg_catalog.to_regnamespace('pgtrickle') IS NOT NULL THEN
                BEGIN
                    python := EXISTS (SELECT FROM (SELECT st.pgt_relid AS relid FROM pgtrickle.pgt_stream_tables st
                                                   UNION SELECT d.source_relid FROM pgtrickle.pgt_dependencies d) x
                                      CROSS JOIN LATERAL (SELECT FROM pg_catalog.pg_class c
                                                           WHERE c.oid = x.relid AND pg_catalog.age(c.xmin) <= 0
                                                          OFFSET 0) c);
                EXCEPTION WHEN undefined_column OR undefined_table THEN
                    python := true;
                END;
            END IF;
        END IF;
    ELSIF pg_catalog.to_regnamespace('pgtrickle') IS NULL THEN
        IF TG_TAG = 'CREATE TRIGGER' THEN
            SELECT pg_catalog.bool_or(g.off), pg_catalog.bool_or(g.suspect_trigger),
                   pg_catalog.array_agg(g.command_tag) FILTER (WHERE g.watched),
                   pg_catalog.array_agg(g.object_type) FILTER (WHERE g.watched),
                   pg_catalog.array_agg(g.object_identity) FILTER (WHERE g.watched)
              INTO off, python, tags, types, identities
              FROM harden._guard_commands g;
        ELSIF TG_TAG IN ('CREATE POLICY', 'ALTER POLICY', 'CREATE INDEX') THEN
            SELECT pg_catalog.bool_or(g.off), false,
                   pg_catalog.array_agg(g.command_tag) FILTER (WHERE g.watched),
                   pg_catalog.array_agg(g.object_type) FILTER (WHERE g.watched),
                   pg_catalog.array_agg(g.object_identity) FILTER (WHERE g.watched)
              INTO off, python, tags, types, identities
              FROM harden._guard_commands g;
        ELSE
            SELECT pg_catalog.bool_or(g.off),
                   pg_catalog.bool_or(g.unreadable_reference OR g.unpinned_definer OR g.suspect_trigger OR g.replication),
                   pg_catalog.array_agg(g.command_tag) FILTER (WHERE g.watched),
                   pg_catalog.array_agg(g.object_type) FILTER (WHERE g.watched),
                   pg_catalog.array_agg(g.object_identity) FILTER (WHERE g.watched)
              INTO off, python, tags, types, identities
              FROM harden._guard_commands g;
        END IF;
    ELSE
        -- With pg_trickle: also the stream tables and sources the DDL is about.
        BEGIN
            IF TG_TAG = 'CREATE TRIGGER' THEN
                SELECT pg_catalog.bool_or(g.off), pg_catalog.bool_or(g.suspect_trigger),
                       pg_catalog.array_agg(g.command_tag) FILTER (WHERE g.watched),
                       pg_catalog.array_agg(g.object_type) FILTER (WHERE g.watched),
                       pg_catalog.array_agg(g.object_identity) FILTER (WHERE g.watched),
                       pg_catalog.array_agg((SELECT pg_catalog.format('%I.%I', st.pgt_schema, st.pgt_name)
                              FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = g.tgrelid)) FILTER (WHERE g.watched)
                  INTO off, python, tags, types, identities, stream_tables
                  FROM harden._guard_commands g;
            ELSIF TG_TAG IN ('CREATE POLICY', 'ALTER POLICY') THEN
                SELECT pg_catalog.bool_or(g.off),
                       pg_catalog.bool_or(NOT g.in_extension AND EXISTS (SELECT FROM pgtrickle.pgt_dependencies d
                                                                          WHERE d.source_relid = p.polrelid)),
                       pg_catalog.array_agg(g.command_tag) FILTER (WHERE g.watched),
                       pg_catalog.array_agg(g.object_type) FILTER (WHERE g.watched),
                       pg_catalog.array_agg(g.object_identity) FILTER (WHERE g.watched),
                       pg_catalog.array_agg((SELECT pg_catalog.format('%I.%I', st.pgt_schema, st.pgt_name)
                              FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = p.polrelid)) FILTER (WHERE g.watched)
                  INTO off, python, tags, types, identities, stream_tables
                  FROM harden._guard_commands g
                 -- The policy's table: its one automatic dependency, read
                 -- through pg_depend's index, where a generic plan made while
                 -- pg_policy is small would scan pg_policy whole (see CREATE
                 -- INDEX); pg_policy stays the fallback.
                 CROSS JOIN LATERAL (
                       SELECT COALESCE((SELECT d.refobjid FROM pg_catalog.pg_depend d
                                         WHERE d.classid = 'pg_catalog.pg_policy'::pg_catalog.regclass
                                           AND d.objid = g.objid AND d.deptype = 'a'
                                           AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                         LIMIT 1),
                                       (SELECT po.polrelid FROM pg_catalog.pg_policy po
                                         WHERE po.oid = g.objid)) AS polrelid
                       OFFSET 0) p;
            ELSIF TG_TAG = 'CREATE INDEX' THEN
                SELECT pg_catalog.bool_or(g.off), false,
                       pg_catalog.array_agg(g.command_tag) FILTER (WHERE w.watched),
                       pg_catalog.array_agg(g.object_type) FILTER (WHERE w.watched),
                       pg_catalog.array_agg(g.object_identity) FILTER (WHERE w.watched),
                       pg_catalog.array_agg(x.stream_table) FILTER (WHERE w.watched)
                  INTO off, python, tags, types, identities, stream_tables
                  FROM harden._guard_commands g
                 -- The index's table. pg_index is read only when pg_depend has
                 -- no automatic dependency of the index on a relation (each
                 -- such dependency is on its table): the generic plan made
                 -- while pg_index is small scans it whole, whereas pg_depend is
                 -- always big enough for its index to be used.
                 CROSS JOIN LATERAL (
                       SELECT COALESCE((SELECT d.refobjid FROM pg_catalog.pg_depend d
                                         WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                           AND d.objid = g.objid AND d.deptype = 'a'
                                           AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                         LIMIT 1),
                                       (SELECT ix.indrelid FROM pg_catalog.pg_index ix
                                         WHERE ix.indexrelid = g.objid)) AS indrelid
                       OFFSET 0) i
                 CROSS JOIN LATERAL (
                       SELECT EXISTS (SELECT FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = i.indrelid) AS is_stream_table,
                              EXISTS (SELECT FROM pgtrickle.pgt_dependencies d WHERE d.source_relid = i.indrelid) AS is_source,
                              (SELECT pg_catalog.format('%I.%I', st.pgt_schema, st.pgt_name)
                                 FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = i.indrelid) AS stream_table
                       OFFSET 0) x
                 CROSS JOIN LATERAL (
                       SELECT g.watched OR (NOT g.in_extension AND (x.is_stream_table OR x.is_source)) AS watched
                       OFFSET 0) w;
            ELSE
                SELECT pg_catalog.bool_or(g.off),
                       pg_catalog.bool_or(g.unreadable_reference OR g.unpinned_definer OR g.suspect_trigger
                                          OR g.replication
                                          OR (NOT g.in_extension AND g.command_tag = 'ALTER TABLE'
                                              AND (x.is_stream_table OR x.is_source))
                                          OR (NOT g.in_extension AND g.object_type = 'policy' AND x.is_source)),
                       pg_catalog.array_agg(g.command_tag) FILTER (WHERE w.watched),
                       pg_catalog.array_agg(g.object_type) FILTER (WHERE w.watched),
                       pg_catalog.array_agg(g.object_identity) FILTER (WHERE w.watched),
                       pg_catalog.array_agg(x.stream_table) FILTER (WHERE w.watched)
                  INTO off, python, tags, types, identities, stream_tables
                  FROM harden._guard_commands g
                 CROSS JOIN LATERAL (
                       -- The relation the command is about: the object itself,
                       -- or the table of an index, trigger or policy.
                       SELECT CASE g.classid
                                WHEN 'pg_catalog.pg_class'::pg_catalog.regclass THEN
                                     COALESCE((SELECT i.indrelid FROM pg_catalog.pg_index i
                                                WHERE i.indexrelid = g.objid), g.objid)
                                WHEN 'pg_catalog.pg_trigger'::pg_catalog.regclass THEN
                                     g.tgrelid
                                WHEN 'pg_catalog.pg_policy'::pg_catalog.regclass THEN
                                     (SELECT p.polrelid FROM pg_catalog.pg_policy p WHERE p.oid = g.objid)
                              END AS relid
                       OFFSET 0) r
                 CROSS JOIN LATERAL (
                       SELECT EXISTS (SELECT FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = r.relid) AS is_stream_table,
                              EXISTS (SELECT FROM pgtrickle.pgt_dependencies d WHERE d.source_relid = r.relid) AS is_source,
                              (SELECT pg_catalog.format('%I.%I', st.pgt_schema, st.pgt_name)
                                 FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = r.relid) AS stream_table
                       OFFSET 0) x
                 CROSS JOIN LATERAL (
                       SELECT g.watched OR (NOT g.in_extension AND (x.is_stream_table OR x.is_source)) AS watched
                       OFFSET 0) w;
            END IF;
        EXCEPTION WHEN undefined_column OR undefined_table THEN
            -- A pg_trickle catalog without the columns read here: Python decides.
            SELECT pg_catalog.bool_or(g.off), true INTO off, python FROM harden._guard_commands g;
        END;
    END IF;

    IF off THEN
        RETURN;
    ELSIF python THEN
        blocked := harden._guard_ddl_command_end(TG_TAG);
        IF blocked IS NOT NULL THEN
            RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = blocked[1], DETAIL = blocked[2], HINT = blocked[3];
        END IF;
    ELSIF tags IS NOT NULL THEN
        INSERT INTO harden.ddl_history (performed_by, acting_role, command_tag, object_type, object_identity,
                                        statement, verdict, stream_table)
        SELECT session_user, CASE WHEN pg_catalog.current_setting('role') = 'none' THEN session_user::text
                                  ELSE pg_catalog.current_setting('role') END,
               h.tag, h.type, h.identity, pg_catalog.current_query(), 'allowed', h.stream_table
          FROM ROWS FROM (pg_catalog.unnest(tags), pg_catalog.unnest(types), pg_catalog.unnest(identities),
                          pg_catalog.unnest(stream_tables)) AS h(tag, type, identity, stream_table);
    END IF;
END
$$;

CREATE FUNCTION harden.guard_sql_drop() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    blocked text[] := harden._guard_sql_drop(TG_TAG);
BEGIN
    IF blocked IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = blocked[1], DETAIL = blocked[2], HINT = blocked[3];
    END IF;
END
$$;

-- Notes the row-security flags of stream tables and their sources before an
-- ALTER TABLE, so that ddl_command_end sees exactly what the statement changed.
CREATE FUNCTION harden.guard_ddl_command_start() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF pg_catalog.to_regclass('pgtrickle.pgt_dependencies') IS NOT NULL THEN
        PERFORM harden._guard_ddl_command_start();
    END IF;
END
$$;

CREATE EVENT TRIGGER harden_guard_ddl_command_end ON ddl_command_end
    EXECUTE FUNCTION harden.guard_ddl_command_end();
CREATE EVENT TRIGGER harden_guard_sql_drop ON sql_drop
    EXECUTE FUNCTION harden.guard_sql_drop();
CREATE EVENT TRIGGER harden_guard_ddl_command_start ON ddl_command_start
    WHEN TAG IN ('ALTER TABLE')
    EXECUTE FUNCTION harden.guard_ddl_command_start();

CREATE FUNCTION harden.set_mode(mode text) RETURNS text
LANGUAGE plpython3u VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
return entry.set_mode(plpy, mode)
$$;

-- action NULL returns the rule to its default action.
CREATE FUNCTION harden.set_rule_action(rule text, action text) RETURNS text
LANGUAGE plpython3u VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
return entry.set_rule_action(plpy, rule, action)
$$;

CREATE FUNCTION harden.status()
RETURNS TABLE(section text, name text, value text)
LANGUAGE plpython3u STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
return entry.status(plpy)
$$;

CREATE FUNCTION harden.prune_history(older_than interval) RETURNS bigint
LANGUAGE plpython3u VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
return entry.prune_history(plpy, older_than)
$$;

GRANT EXECUTE ON FUNCTION harden.status() TO harden_auditor;
GRANT EXECUTE ON FUNCTION harden.set_mode(text), harden.set_rule_action(text, text),
    harden.prune_history(interval) TO harden_admin;
