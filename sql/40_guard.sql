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

-- The commands of a ddl_command_end event as the gate below sees them: a
-- view, so that a query pays only for the columns it reads. Only valid inside
-- an event trigger; owned by the extension and granted to no one.
CREATE VIEW harden._guard_commands AS
SELECT c.n, c.classid, c.objid, c.command_tag, c.object_type, c.schema_name, c.object_identity, c.in_extension,
       -- Watched, so recorded in harden.ddl_history whatever the rules say
       -- (stream tables and their sources are added where pg_trickle is).
       NOT c.in_extension AND (
           c.object_type IN ('policy', 'trigger', 'publication', 'publication relation',
                             'publication namespace', 'subscription')
           OR c.schema_name IN ('pgtrickle', b.name)
           OR (c.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
               AND c.object_identity IN ('pgtrickle', pg_catalog.quote_ident(b.name)))
       ) OR EXISTS (SELECT FROM harden.config k WHERE k.name = 'record_all_ddl' AND k.value = 'on') AS watched,
       -- references_only_foreign_key can only object to a table with a foreign key.
       NOT c.in_extension AND c.command_tag IN ('CREATE TABLE', 'ALTER TABLE')
           AND EXISTS (SELECT FROM pg_catalog.pg_constraint k
                        WHERE k.conrelid = c.objid AND k.contype = 'f') AS has_foreign_key,
       -- security_definer_search_path only looks at SECURITY DEFINER routines.
       NOT c.in_extension AND c.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
           AND (SELECT p.prosecdef FROM pg_catalog.pg_proc p WHERE p.oid = c.objid) AS security_definer,
       -- A trigger PGD's rule could object to (trigger_function_owner_mismatch
       -- lets through the table's owner and its members, superusers and
       -- harden_admin, and functions owned by the table's owner or SECURITY
       -- DEFINER), or one named like a CDC trigger (cdc_trigger_owned_by_superuser).
       NOT c.in_extension AND c.object_type = 'trigger' AND EXISTS (
           SELECT FROM pg_catalog.pg_trigger tg
             JOIN pg_catalog.pg_class tr ON tr.oid = tg.tgrelid
             JOIN pg_catalog.pg_proc tp ON tp.oid = tg.tgfoid
            WHERE tg.oid = c.objid AND NOT tg.tgisinternal
              AND (tg.tgname::text LIKE ANY ('{pg\\_trickle\\_cdc\\_%,pgt\\_cdc\\_%,pgt\\_ivm\\_%}'::text[])
                   OR NOT (tp.proowner = tr.relowner OR tp.prosecdef
                           OR pg_catalog.pg_has_role(i.invoker, tr.relowner, 'USAGE')
                           OR pg_catalog.pg_has_role(i.invoker, 'harden_admin', 'MEMBER')))) AS suspect_trigger,
       NOT c.in_extension AND c.command_tag IN ('CREATE PUBLICATION', 'ALTER PUBLICATION',
                                                'CREATE SUBSCRIPTION', 'ALTER SUBSCRIPTION') AS replication
  FROM pg_catalog.pg_event_trigger_ddl_commands()
       WITH ORDINALITY AS c(classid, objid, objsubid, command_tag, object_type, schema_name,
                            object_identity, in_extension, command, n)
 CROSS JOIN (SELECT COALESCE((SELECT k.value FROM harden.config k WHERE k.name = 'change_buffer_schema'),
                             'pgtrickle_changes') AS name) b
 -- current_user in the event trigger is the extension owner: the role that
 -- ran the DDL is the one SET ROLE chose, or else the session user.
 CROSS JOIN (SELECT CASE WHEN pg_catalog.current_setting('role') = 'none' THEN session_user::text
                         ELSE pg_catalog.current_setting('role') END AS invoker) i;
REVOKE ALL ON harden._guard_commands FROM PUBLIC;

-- PL/Python cannot be an event-trigger function on PostgreSQL 15, so each
-- event trigger runs a PL/pgSQL function. SECURITY DEFINER: the guard reads
-- catalogs, writes the history and marks stream tables whoever runs the DDL.
-- An ERROR is raised here and not in Python, where plpy.error would put
-- "plpy.Error: " before the message.
--
-- The guard runs for every DDL statement, so its usual path must cost a
-- fraction of what the statement's own catalog work costs. One query over
-- the event's commands (the gate: one per command tag, so that each reads only
-- the catalogs it needs) decides whether a rule's guard check could object;
-- only then is Python called, and it records the event. Otherwise watched DDL
-- is recorded here. The gate calls Python for
--   CREATE/ALTER TABLE         with a foreign key; with pg_trickle, an ALTER
--                              TABLE of a stream table or a source
--                              (stream_table_rls_exposure, rls_source_changed)
--   CREATE/ALTER FUNCTION, ... of a SECURITY DEFINER routine
--   CREATE TRIGGER             see _guard_commands.suspect_trigger
--   CREATE/ALTER POLICY        with pg_trickle, on a source (rls_source_changed)
--   GRANT on tables, sequences with pg_trickle or a change-buffer schema
--   or schemas                 (stream_table_writable, change_buffer_exposed),
--                              or when it may grant every privilege
--                              (grant_all_privileges): it cannot when the
--                              top-level query is that one GRANT statement and
--                              names neither ALL nor both TRIGGER and REFERENCES
--   publications, subscriptions (publication_all_tables, subscription_run_as_owner)
-- A test checks that each command tag a rule's guard asks for is one of these
-- (or a DROP: sql_drop always calls Python). Statements that create a table,
-- sequence or materialized view report new relations only, which pg_trickle's
-- catalog cannot list yet. A pg_trickle catalog without the columns read here
-- leaves the decision to Python.
CREATE FUNCTION harden.guard_ddl_command_end() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
    trickle boolean;
    python boolean := false;
    to_record boolean[];
    stream_tables text[];
    blocked text[];
BEGIN
    IF EXISTS (SELECT FROM harden.config k WHERE k.name = 'mode' AND k.value = 'off') THEN
        RETURN;
    END IF;
    trickle := pg_catalog.to_regclass('pgtrickle.pgt_stream_tables') IS NOT NULL
               AND pg_catalog.to_regclass('pgtrickle.pgt_dependencies') IS NOT NULL;

    IF TG_TAG IN ('CREATE FUNCTION', 'ALTER FUNCTION', 'CREATE PROCEDURE', 'ALTER PROCEDURE', 'ALTER ROUTINE') THEN
        SELECT COALESCE(pg_catalog.bool_or(g.security_definer), false), pg_catalog.array_agg(g.watched ORDER BY g.n)
          INTO python, to_record FROM harden._guard_commands g;
    ELSIF TG_TAG IN ('CREATE TABLE', 'CREATE TABLE AS', 'SELECT INTO', 'CREATE SEQUENCE', 'CREATE FOREIGN TABLE',
                     'CREATE MATERIALIZED VIEW') THEN
        SELECT COALESCE(pg_catalog.bool_or(g.has_foreign_key), false), pg_catalog.array_agg(g.watched ORDER BY g.n)
          INTO python, to_record FROM harden._guard_commands g;
    ELSIF TG_TAG = 'GRANT' THEN
        -- Python records GRANTs: which objects a GRANT touched takes a query
        -- that only Python runs.
        python := EXISTS (SELECT FROM harden._guard_commands g
                           WHERE NOT g.in_extension AND g.object_type IN ('TABLE', 'SEQUENCE', 'FOREIGN TABLE', 'SCHEMA'))
                  AND (trickle
                       OR EXISTS (SELECT FROM harden.config k WHERE k.name = 'record_all_ddl' AND k.value = 'on')
                       OR pg_catalog.to_regnamespace(pg_catalog.quote_ident(COALESCE(
                              (SELECT k.value FROM harden.config k WHERE k.name = 'change_buffer_schema'),
                              'pgtrickle_changes'))) IS NOT NULL
                       OR NOT (pg_catalog.current_query() ~* '^\s*grant\s[^;]*;?\s*$'
                               AND pg_catalog.current_query() !~* '\mall\M'
                               AND NOT (pg_catalog.current_query() ~* '\mtrigger\M'
                                        AND pg_catalog.current_query() ~* '\mreferences\M')));
    ELSIF NOT trickle THEN
        IF TG_TAG = 'CREATE TRIGGER' THEN
            SELECT COALESCE(pg_catalog.bool_or(g.suspect_trigger), false), pg_catalog.array_agg(g.watched ORDER BY g.n)
              INTO python, to_record FROM harden._guard_commands g;
        ELSIF TG_TAG IN ('CREATE POLICY', 'ALTER POLICY', 'CREATE INDEX') THEN
            SELECT pg_catalog.array_agg(g.watched ORDER BY g.n) INTO to_record FROM harden._guard_commands g;
        ELSE
            SELECT COALESCE(pg_catalog.bool_or(g.has_foreign_key OR g.security_definer OR g.suspect_trigger
                                               OR g.replication), false),
                   pg_catalog.array_agg(g.watched ORDER BY g.n)
              INTO python, to_record FROM harden._guard_commands g;
        END IF;
    ELSE
        BEGIN
            IF TG_TAG = 'CREATE TRIGGER' THEN
                SELECT COALESCE(pg_catalog.bool_or(g.suspect_trigger), false),
                       pg_catalog.array_agg(g.watched ORDER BY g.n), pg_catalog.array_agg(x.stream_table ORDER BY g.n)
                  INTO python, to_record, stream_tables
                  FROM harden._guard_commands g
                  LEFT JOIN LATERAL (
                       SELECT EXISTS (SELECT FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = t.tgrelid) AS is_stream_table,
                       EXISTS (SELECT FROM pgtrickle.pgt_dependencies d WHERE d.source_relid = t.tgrelid) AS is_source,
                       (SELECT pg_catalog.format('%I.%I', st.pgt_schema, st.pgt_name)
                          FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = t.tgrelid) AS stream_table
                         FROM pg_catalog.pg_trigger t WHERE t.oid = g.objid OFFSET 0) x ON true;
            ELSIF TG_TAG IN ('CREATE POLICY', 'ALTER POLICY') THEN
                SELECT COALESCE(pg_catalog.bool_or(NOT g.in_extension AND x.is_source), false),
                       pg_catalog.array_agg(g.watched ORDER BY g.n), pg_catalog.array_agg(x.stream_table ORDER BY g.n)
                  INTO python, to_record, stream_tables
                  FROM harden._guard_commands g
                  LEFT JOIN LATERAL (
                       SELECT EXISTS (SELECT FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = p.polrelid) AS is_stream_table,
                       EXISTS (SELECT FROM pgtrickle.pgt_dependencies d WHERE d.source_relid = p.polrelid) AS is_source,
                       (SELECT pg_catalog.format('%I.%I', st.pgt_schema, st.pgt_name)
                          FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = p.polrelid) AS stream_table
                         FROM pg_catalog.pg_policy p WHERE p.oid = g.objid OFFSET 0) x ON true;
            ELSIF TG_TAG = 'CREATE INDEX' THEN
                SELECT pg_catalog.array_agg(g.watched OR (NOT g.in_extension AND COALESCE(x.is_stream_table OR x.is_source,
                                                                                         false)) ORDER BY g.n),
                       pg_catalog.array_agg(x.stream_table ORDER BY g.n)
                  INTO to_record, stream_tables
                  FROM harden._guard_commands g
                  LEFT JOIN LATERAL (
                       SELECT EXISTS (SELECT FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = i.indrelid) AS is_stream_table,
                       EXISTS (SELECT FROM pgtrickle.pgt_dependencies d WHERE d.source_relid = i.indrelid) AS is_source,
                       (SELECT pg_catalog.format('%I.%I', st.pgt_schema, st.pgt_name)
                          FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = i.indrelid) AS stream_table
                         FROM pg_catalog.pg_index i WHERE i.indexrelid = g.objid OFFSET 0) x ON true;
            ELSE
                SELECT COALESCE(pg_catalog.bool_or(g.has_foreign_key OR g.security_definer OR g.suspect_trigger
                                                   OR g.replication
                                                   OR (NOT g.in_extension AND g.command_tag = 'ALTER TABLE'
                                                       AND (x.is_stream_table OR x.is_source))
                                                   OR (NOT g.in_extension AND g.object_type = 'policy' AND x.is_source)),
                                false),
                       pg_catalog.array_agg(g.watched OR (NOT g.in_extension AND (x.is_stream_table OR x.is_source))
                                            ORDER BY g.n),
                       pg_catalog.array_agg(x.stream_table ORDER BY g.n)
                  INTO python, to_record, stream_tables
                  FROM harden._guard_commands g
                 CROSS JOIN LATERAL (
                       SELECT CASE g.classid
                                WHEN 'pg_catalog.pg_class'::pg_catalog.regclass THEN
                                     COALESCE((SELECT i.indrelid FROM pg_catalog.pg_index i WHERE i.indexrelid = g.objid),
                                              g.objid)
                                WHEN 'pg_catalog.pg_trigger'::pg_catalog.regclass THEN
                                     (SELECT t.tgrelid FROM pg_catalog.pg_trigger t WHERE t.oid = g.objid)
                                WHEN 'pg_catalog.pg_policy'::pg_catalog.regclass THEN
                                     (SELECT p.polrelid FROM pg_catalog.pg_policy p WHERE p.oid = g.objid)
                              END AS relid
                       OFFSET 0) r
                 CROSS JOIN LATERAL (
                       SELECT EXISTS (SELECT FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = r.relid) AS is_stream_table,
                       EXISTS (SELECT FROM pgtrickle.pgt_dependencies d WHERE d.source_relid = r.relid) AS is_source,
                       (SELECT pg_catalog.format('%I.%I', st.pgt_schema, st.pgt_name)
                          FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = r.relid) AS stream_table
                       OFFSET 0) x;
            END IF;
        EXCEPTION WHEN undefined_column OR undefined_table THEN
            python := true;
        END;
    END IF;

    IF python THEN
        blocked := harden._guard_ddl_command_end(TG_TAG);
        IF blocked IS NOT NULL THEN
            RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = blocked[1], DETAIL = blocked[2], HINT = blocked[3];
        END IF;
    ELSIF true = ANY (to_record) THEN
        INSERT INTO harden.ddl_history (performed_by, acting_role, command_tag, object_type, object_identity,
                                        statement, verdict, stream_table)
        SELECT session_user, CASE WHEN pg_catalog.current_setting('role') = 'none' THEN session_user::text
                                  ELSE pg_catalog.current_setting('role') END,
               g.command_tag, g.object_type, g.object_identity, pg_catalog.current_query(), 'allowed',
               stream_tables[g.n]
          FROM harden._guard_commands g
         WHERE to_record[g.n];
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
