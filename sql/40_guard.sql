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
CREATE FUNCTION harden._guard_ddl_command_end(tag text) RETURNS text[]
LANGUAGE plpython3u VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
return entry.ddl_command_end(plpy, tag)
$$;

CREATE FUNCTION harden._guard_sql_drop(tag text) RETURNS text[]
LANGUAGE plpython3u VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
return entry.sql_drop(plpy, tag)
$$;

CREATE FUNCTION harden._guard_ddl_command_start() RETURNS void
LANGUAGE plpython3u VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
entry.ddl_command_start(plpy)
$$;

-- PL/Python cannot be an event-trigger function on PostgreSQL 15, so each
-- event trigger runs a thin PL/pgSQL function. SECURITY DEFINER: the guard
-- reads catalogs, writes the history and marks stream tables whoever runs the
-- DDL. The ERROR is raised here and not in Python, where plpy.error would put
-- "plpy.Error: " before the message.
CREATE FUNCTION harden.guard_ddl_command_end() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    blocked text[] := harden._guard_ddl_command_end(TG_TAG);
BEGIN
    IF blocked IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = blocked[1], DETAIL = blocked[2], HINT = blocked[3];
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
    PERFORM harden._guard_ddl_command_start();
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
