-- The guard (docs/guard.md): event triggers that check DDL as it happens, the
-- DDL history, and the functions that steer them.

-- The tutorial's step 7 query (pgt_name, action, performed_by, performed_at)
-- works against this view: one row per stream table a recorded DDL acted on
-- or marked for reinitialisation.
CREATE OR REPLACE VIEW harden.stream_table_ddl_history AS
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
-- custom plan would be planned anew for every DDL statement. The gate that
-- calls _guard_ddl_command_end turns sequential scans off for its own plans,
-- so this one turns them back on.
-- top_level: whether the event's command is the session's top-level query
-- (not run from a function or another event trigger), which only the
-- PL/pgSQL gate can tell; the text of a GRANT is read only then.
CREATE OR REPLACE FUNCTION harden._guard_ddl_command_end(tag text, top_level boolean) RETURNS text[]
LANGUAGE plpython3u VOLATILE
SET search_path = pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan
SET enable_seqscan = on
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
return entry.ddl_command_end(plpy, tag, top_level)
$$;

CREATE OR REPLACE FUNCTION harden._guard_sql_drop(tag text) RETURNS text[]
LANGUAGE plpython3u VOLATILE
SET search_path = pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
return entry.sql_drop(plpy, tag)
$$;

CREATE OR REPLACE FUNCTION harden._guard_ddl_command_start() RETURNS void
LANGUAGE plpython3u VOLATILE
SET search_path = pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
entry.ddl_command_start(plpy)
$$;

-- The gate below reads the commands of a ddl_command_end event through these
-- views, each only valid inside it (its SET clauses hold the guard's settings
-- read here), owned by the extension and granted to no one. A column that
-- names a rule is that rule's guard check, or a cheaper test that is true
-- whenever the check could object; Python then makes the call. There is one
-- view per check rather than one with all of them: a query pays for all of a
-- view at each execution (every relation it names is locked, its whole text
-- walked, every subquery its plan holds set up, whether it runs or not). The
-- role that ran the DDL is the one SET ROLE chose, or else the session user:
-- current_user in the gate is the extension owner.

-- Each command, and whether it is watched: recorded in harden.ddl_history
-- whatever the rules say (the gate adds SECURITY DEFINER routines, and with
-- pg_trickle, stream tables and their sources).
CREATE OR REPLACE VIEW harden._guard_commands AS
SELECT c.classid, c.objid, c.command_tag, c.object_type, c.schema_name, c.object_identity, c.in_extension,
       pg_catalog.current_setting('harden.record_all_ddl') = 'on' OR (NOT c.in_extension AND (
           c.object_type IN ('policy', 'trigger', 'publication', 'publication relation',
                             'publication namespace', 'subscription')
           OR c.schema_name IN ('pgtrickle', pg_catalog.current_setting('harden.change_buffer_schema'))
           OR (c.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
               AND c.object_identity IN ('pgtrickle', pg_catalog.quote_ident(
                                                          pg_catalog.current_setting('harden.change_buffer_schema'))))))
       AS watched
  FROM pg_catalog.pg_event_trigger_ddl_commands() c;

-- references_only_foreign_key: a foreign key whose referenced columns the
-- role that ran the DDL cannot read.
CREATE OR REPLACE VIEW harden._guard_foreign_keys AS
SELECT g.*, g.object_type = 'table' AND EXISTS (
           SELECT FROM pg_catalog.pg_constraint k
            WHERE k.conrelid = g.objid AND k.contype = 'f' AND k.conparentid = 0
              AND EXISTS (SELECT FROM pg_catalog.unnest(k.confkey) AS a(attnum)
                           WHERE NOT pg_catalog.has_column_privilege(
                                     COALESCE(NULLIF(pg_catalog.current_setting('role'), 'none'), session_user::text),
                                     k.confrelid, a.attnum, 'SELECT'))
           -- OFFSET 0: otherwise the planner may hash every foreign key of
           -- the database once, rather than look up those of this table.
           OFFSET 0) AS unreadable_reference
  FROM harden._guard_commands g;

-- security_definer_search_path: unpinned is NULL unless the command is about
-- a SECURITY DEFINER routine; then whether its search_path is not pinned to
-- pg_catalog, with pg_temp (if listed) last: listed first, the caller's
-- temporary tables would shadow the catalog's.
CREATE OR REPLACE VIEW harden._guard_routines AS
SELECT g.*, d.unpinned, d.trigger_function
  FROM harden._guard_commands g
  LEFT JOIN LATERAL (
       SELECT CASE WHEN p.prosecdef THEN
                   NOT EXISTS (SELECT FROM pg_catalog.unnest(p.proconfig) AS x
                                WHERE x ~ '^search_path=("?pg_catalog"?, )*"?pg_(catalog|temp)"?$') END AS unpinned,
              -- trigger_function_owner_mismatch: a trigger function some
              -- trigger calls (found through pg_depend: pg_trigger has no
              -- index on its function), whose owner or SECURITY DEFINER the
              -- command may have changed.
              p.prorettype = 'pg_catalog.trigger'::pg_catalog.regtype
              AND EXISTS (SELECT FROM pg_catalog.pg_depend dep
                           WHERE dep.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND dep.refobjid = p.oid
                             AND dep.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass
                          OFFSET 0) AS trigger_function
         FROM pg_catalog.pg_proc p
        WHERE g.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND p.oid = g.objid
       OFFSET 0) d ON true;

-- trigger_function_owner_mismatch: PGD's rule lets through the table's owner
-- and its members, superusers and harden_admin, and functions owned by the
-- table's owner or SECURITY DEFINER; cdc_trigger_owned_by_superuser:
-- triggers named like CDC triggers. tgrelid: the trigger's table. Read
-- straight from the event's commands (a trigger is always watched): each
-- catalog row is one scalar subquery by oid, since a join would have its
-- scans return every column of the catalog, and set up a descriptor for
-- each column at every execution.
CREATE OR REPLACE VIEW harden._guard_triggers AS
SELECT c.command_tag, c.object_type, c.object_identity, c.in_extension, t.tgrelid,
       c.object_type = 'trigger' AND COALESCE(t.suspect, true) AS suspect
  FROM pg_catalog.pg_event_trigger_ddl_commands() c
  LEFT JOIN LATERAL (
       SELECT t.tgrelid, NOT t.tgisinternal AND (
                  t.tgname::text LIKE ANY ('{pg\\_trickle\\_cdc\\_%,pgt\\_cdc\\_%,pgt\\_ivm\\_%}'::text[])
                  OR NOT (pg_catalog.pg_has_role(
                              COALESCE(NULLIF(pg_catalog.current_setting('role'), 'none'), session_user::text),
                              (SELECT r.relowner FROM pg_catalog.pg_class r WHERE r.oid = t.tgrelid), 'USAGE')
                          OR (SELECT p.proowner = (SELECT r.relowner FROM pg_catalog.pg_class r WHERE r.oid = t.tgrelid)
                                     OR p.prosecdef
                                FROM pg_catalog.pg_proc p WHERE p.oid = t.tgfoid)
                          OR pg_catalog.pg_has_role(
                              COALESCE(NULLIF(pg_catalog.current_setting('role'), 'none'), session_user::text),
                              'harden_admin', 'MEMBER'))) AS suspect
         FROM pg_catalog.pg_trigger t
        WHERE c.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND t.oid = c.objid
       OFFSET 0) t ON true;

-- What the gate asks of a GRANT, which PostgreSQL reports without its
-- objects. From the top-level query's text:
--   may_grant_all       it may grant every table privilege
--                       (grant_all_privileges); it cannot when the top-level
--                       query is that one GRANT statement, its privileges are
--                       plain words (no U&"..." spelling, quotes or comments,
--                       which make it true), and it names neither ALL nor
--                       both TRIGGER and REFERENCES. Grantees are never read.
--   named               the relations a GRANT ON [TABLE] statement names, when
--                       the top-level query is that one statement and names
--                       them schema-qualified (the gate's search_path is not
--                       the session's); NULL otherwise. The gate trusts it
--                       only for a GRANT run at top level, not from a function.
-- From the catalogs (_guard_grant_written), when the text does not name the
-- objects:
--   schema_written,     this transaction wrote the catalog row of the
--   relation_written    pgtrickle or change-buffer schema, or of anything in
--                       them (rows no older than this transaction's xid), at a
--                       cost that grows with the pg_trickle deployment
-- Python then reads exactly which ACLs changed.
CREATE OR REPLACE VIEW harden._guard_grant_text AS
SELECT NOT COALESCE(pg_catalog.current_query() ~* '^\s*grant\s+[a-z_, ()]+\s+on\s[^;]*;?\s*$'
                    AND pg_catalog.current_query() !~* '\mall\M'
                    AND NOT (pg_catalog.current_query() ~* '\mtrigger\M'
                             AND pg_catalog.current_query() ~* '\mreferences\M'), false) AS may_grant_all,
       -- ... ON [TABLE] <name>, ... TO ...: a name is two identifiers, plain
       -- or quoted, joined by a dot. The statement's shape is checked by a
       -- match without captures, and its names then listed from the whole
       -- text: PostgreSQL's regular expressions are several times slower
       -- when asked for a captured part. A quoted role name holding a dot
       -- may add a name, which costs a look more, never one less.
       (SELECT CASE WHEN pg_catalog.cardinality(a.named) > 0
                     AND pg_catalog.array_position(a.named, NULL) IS NULL THEN a.named END
          FROM (SELECT CASE WHEN pg_catalog.current_query()
                                 ~* ('^\s*grant\s+[a-z_, ()]+\s+on\s+(?:table\s+)?' || q.name
                                     || '(?:\s*,\s*' || q.name || ')*\s+to\s+[^;]*;?\s*$')
                            THEN ARRAY(SELECT pg_catalog.to_regclass(m[1])::pg_catalog.oid
                                         FROM pg_catalog.regexp_matches(pg_catalog.current_query(), q.name, 'gi')
                                              AS m) END AS named
                  FROM (SELECT '(?:[a-z_][a-z0-9_$]*|"(?:[^"]|"")+")\.(?:[a-z_][a-z0-9_$]*|"(?:[^"]|"")+")'
                               AS name) q) a) AS named;

-- Flattened into the gate's query, unlike _guard_grant_text (current_query()
-- is volatile), so that each column runs only if the gate needs it.
CREATE OR REPLACE VIEW harden._guard_grant_written AS
SELECT EXISTS (SELECT FROM pg_catalog.pg_namespace n
                WHERE n.nspname IN ('pgtrickle', pg_catalog.current_setting('harden.change_buffer_schema'))
                  AND pg_catalog.age(n.xmin) <= 0) AS schema_written,
       EXISTS (SELECT FROM pg_catalog.pg_namespace n
                 JOIN pg_catalog.pg_depend d
                   ON d.refclassid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND d.refobjid = n.oid
                  AND d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                 JOIN pg_catalog.pg_class r ON r.oid = d.objid
                WHERE n.nspname IN ('pgtrickle', pg_catalog.current_setting('harden.change_buffer_schema'))
                  AND pg_catalog.age(r.xmin) <= 0) AS relation_written;

REVOKE ALL ON harden._guard_commands, harden._guard_foreign_keys, harden._guard_routines, harden._guard_triggers,
    harden._guard_grant_text, harden._guard_grant_written FROM PUBLIC;

-- A restore of a dump (docs/backup.md) replays DDL that was checked when it
-- first ran, or was let through in warn or off mode or under a bypass, and
-- the rows of harden.ddl_history that recorded it; the restored
-- harden.config arrives only after the objects. So the guard neither checks
-- nor records a superuser's session that sets harden.restore = on: any role
-- can set the setting, but only a superuser, who could disable the event
-- triggers anyway, is believed. The server log notes it once per session.
CREATE OR REPLACE FUNCTION harden._guard_restoring() RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT COALESCE((SELECT a.rolsuper FROM pg_catalog.pg_authid a WHERE a.rolname = session_user), false) THEN
        RETURN false;
    END IF;
    IF pg_catalog.current_setting('harden.restore_noted', true) IS DISTINCT FROM 'on' THEN
        RAISE LOG 'harden: the guard is not checking or recording DDL of session user % (harden.restore = on)',
            session_user;
        PERFORM pg_catalog.set_config('harden.restore_noted', 'on', false);
    END IF;
    RETURN true;
END
$$;

-- PL/Python cannot be an event-trigger function on PostgreSQL 15, so each
-- event trigger runs a PL/pgSQL function. SECURITY DEFINER: the guard reads
-- catalogs, writes the history and marks stream tables whoever runs the DDL.
-- An ERROR is raised here and not in Python, where plpy.error would put
-- "plpy.Error: " before the message.
--
-- The guard runs for every DDL statement, so its usual path must cost little
-- beside the statement's own catalog work (docs/guard.md, "Cost"). What costs
-- here is setting things up for each statement: each query's executor, each
-- PL/pgSQL expression (prepared again in every transaction), each SET clause.
-- So the gate runs one query over the event's commands, through the view of
-- the check its command tag needs, and that query decides whether Python must
-- see the event (a rule's guard check could object) and which commands are
-- watched. Python, when called, records the event; otherwise watched DDL is
-- recorded here. The gate calls Python for
--   CREATE/ALTER TABLE         a foreign key the role cannot read; with
--                              pg_trickle, an ALTER TABLE of a stream table
--                              or a source (stream_table_rls_exposure,
--                              rls_source_changed)
--   CREATE/ALTER FUNCTION, ... an unpinned SECURITY DEFINER routine, or a
--                              function some trigger calls
--   CREATE TRIGGER             _guard_triggers.suspect
--   CREATE/ALTER POLICY        with pg_trickle, on a source (rls_source_changed)
--   GRANT on tables, sequences that may grant every privilege, or that may
--   or schemas                 have changed the ACL of a watched object
--                              (_guard_grant_*: grant_all_privileges,
--                              stream_table_writable, change_buffer_exposed)
--   publications, subscriptions (publication_all_tables, subscription_run_as_owner)
-- and for an event of another tag when any of these checks objects to one of
-- its commands (ALTER TABLE adds foreign keys; CREATE SCHEMA holds CREATE
-- TABLE and CREATE TRIGGER), or when it reports a routine. A test checks that each command tag a rule's guard
-- asks for is one of these (or a DROP: sql_drop always calls Python).
-- PostgreSQL reports exactly one command for a CREATE TRIGGER, CREATE/ALTER
-- POLICY, CREATE INDEX, GRANT, or CREATE/ALTER FUNCTION, PROCEDURE or ROUTINE
-- (ProcessUtilitySlow), so the gate reads one row for those; other tags may
-- report several, read through a cursor. Statements that create a table,
-- sequence or materialized view report new relations only, which pg_trickle's
-- catalog cannot list yet. A pg_trickle catalog without the columns read here
-- leaves the decision to Python.
--
-- The guard's settings (mode, record_all_ddl, change_buffer_schema) come from
-- this function's own SET clauses, which harden._guard_sync_settings() keeps
-- equal to harden.config: reading the table would cost a query per DDL
-- statement. A session's own SET harden.mode changes nothing here, since a
-- function's SET clauses win while it runs.
--
-- plan_cache_mode: a GRANT's query takes parameters (granted, ...); without it the
-- plan cache would plan that query anew for a few calls first.
-- enable_seqscan = off: the gate's plans are made once per session, often
-- while a catalog such as pg_trigger is small enough that a scan looks
-- cheapest; a session that then creates thousands of triggers would scan
-- them all for each one. Every catalog row the gate reads is found through
-- an index. The Python functions it calls set it back.
CREATE OR REPLACE FUNCTION harden.guard_ddl_command_end() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
SET plan_cache_mode = force_generic_plan
SET harden.mode = 'enforce'
SET harden.record_all_ddl = 'off'
SET harden.change_buffer_schema = 'pgtrickle_changes'
AS $$
DECLARE
    python boolean := false;  -- Python must see the event
    watched boolean;          -- the one command is recorded
    tag text;
    type text;
    identity text;
    stream_table text;        -- the stream table the command is about
    commands refcursor;       -- tags that may report several commands
    tags text[];              -- ... and those recorded
    types text[];
    identities text[];
    stream_tables text[];
    context text;             -- of a GRANT: run at top level?
    top_level boolean;
    may_grant_all boolean;    -- _guard_grant_text.may_grant_all
    granted oid[];            -- _guard_grant_text.named, at top level
    blocked text[];
BEGIN
    IF pg_catalog.current_setting('harden.mode') = 'off' THEN
        RETURN;
    ELSIF pg_catalog.current_setting('harden.restore', true) = 'on' AND harden._guard_restoring() THEN
        RETURN;
    ELSIF TG_TAG = 'GRANT' THEN
        -- Run from a function or another event trigger, the GRANT is not the
        -- top-level query, whose text the guard reads (_guard_grant_text):
        -- the error context then holds more than this function's line.
        GET DIAGNOSTICS context = PG_CONTEXT;
        top_level := pg_catalog.strpos(context, E'\n') = 0;
        SELECT t.may_grant_all, CASE WHEN top_level THEN t.named END INTO may_grant_all, granted
          FROM harden._guard_grant_text t;
    END IF;
    IF pg_catalog.current_setting('harden.internal', true) = 'on' THEN
        -- Set by Python while harden's own DDL runs (apply, revert): Python
        -- lets that through at once, without the gate's work. Anyone may set
        -- it; it only sends the DDL to Python, which checks for itself.
        python := true;
    ELSIF TG_TAG = 'CREATE TRIGGER' THEN
        IF pg_catalog.to_regnamespace('pgtrickle') IS NULL OR NOT harden._pgt_catalog_trusted() THEN
            SELECT NOT g.in_extension AND g.suspect,
                   NOT g.in_extension OR pg_catalog.current_setting('harden.record_all_ddl') = 'on',
                   g.command_tag, g.object_type, g.object_identity, NULL
              INTO python, watched, tag, type, identity, stream_table
              FROM harden._guard_triggers g;
        ELSE
            -- With pg_trickle, the history names the trigger's stream table.
            BEGIN
                SELECT NOT g.in_extension AND g.suspect,
                       NOT g.in_extension OR pg_catalog.current_setting('harden.record_all_ddl') = 'on',
                       g.command_tag, g.object_type, g.object_identity,
                       (SELECT pg_catalog.format('%I.%I', st.pgt_schema, st.pgt_name)
                          FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = g.tgrelid)
                  INTO python, watched, tag, type, identity, stream_table
                  FROM harden._guard_triggers g;
            EXCEPTION WHEN undefined_column OR undefined_table THEN
                -- A pg_trickle catalog without the columns read here: Python decides.
                python := true;
            END;
        END IF;
    ELSIF TG_TAG IN ('CREATE POLICY', 'ALTER POLICY', 'CREATE INDEX') THEN
        IF pg_catalog.to_regnamespace('pgtrickle') IS NULL OR NOT harden._pgt_catalog_trusted() THEN
            SELECT false, g.watched, g.command_tag, g.object_type, g.object_identity, NULL
              INTO python, watched, tag, type, identity, stream_table
              FROM harden._guard_commands g;
        ELSE
            -- rls_source_changed: a policy on a source. An index on a stream
            -- table or a source is watched.
            BEGIN
                SELECT NOT g.in_extension AND g.object_type = 'policy' AND x.is_source,
                       g.watched OR (NOT g.in_extension AND (x.stream_table IS NOT NULL OR x.is_source)),
                       g.command_tag, g.object_type, g.object_identity, x.stream_table
                  INTO python, watched, tag, type, identity, stream_table
                  FROM harden._guard_commands g
                 CROSS JOIN LATERAL (
                       SELECT (SELECT pg_catalog.format('%I.%I', st.pgt_schema, st.pgt_name)
                                 FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = r.relid) AS stream_table,
                              EXISTS (SELECT FROM pgtrickle.pgt_dependencies d
                                       WHERE d.source_relid = r.relid OFFSET 0) AS is_source
                         -- The policy's or the index's table.
                         FROM (SELECT CASE WHEN g.classid = 'pg_catalog.pg_policy'::pg_catalog.regclass
                                           THEN (SELECT p.polrelid FROM pg_catalog.pg_policy p WHERE p.oid = g.objid)
                                           ELSE (SELECT i.indrelid FROM pg_catalog.pg_index i
                                                  WHERE i.indexrelid = g.objid) END AS relid
                               OFFSET 0) r
                       OFFSET 0) x;
            EXCEPTION WHEN undefined_column OR undefined_table THEN
                python := true;
            END;
        END IF;
    ELSIF TG_TAG = 'GRANT' THEN
        -- A GRANT reports no object identity: it is recorded here only when
        -- all DDL is, and otherwise by Python. Each case has its own query: a
        -- query pays for setting up all of its plan, whatever part of it runs.
        IF granted IS NOT NULL THEN
            -- The relations the statement names: in the pgtrickle or
            -- change-buffer schema, or with pg_trickle, a stream table or a
            -- source.
            IF pg_catalog.to_regnamespace('pgtrickle') IS NULL OR NOT harden._pgt_catalog_trusted() THEN
                SELECT NOT c.in_extension AND (
                           pg_catalog.current_setting('harden.record_all_ddl') = 'on' OR may_grant_all
                           -- From each oid to pg_class, or the plan may walk an
                           -- index of pg_class whole.
                           OR EXISTS (SELECT FROM pg_catalog.unnest(granted) AS x(relid)
                                       CROSS JOIN LATERAL (
                                             SELECT FROM pg_catalog.pg_class r
                                              WHERE r.oid = x.relid
                                                AND r.relnamespace = pg_catalog.to_regnamespace(
                                                        pg_catalog.quote_ident(
                                                            pg_catalog.current_setting('harden.change_buffer_schema')))
                                             OFFSET 0) r)),
                       pg_catalog.current_setting('harden.record_all_ddl') = 'on',
                       c.command_tag, c.object_type, c.object_identity, NULL
                  INTO python, watched, tag, type, identity, stream_table
                  FROM pg_catalog.pg_event_trigger_ddl_commands() c;
            ELSE
                BEGIN
                    SELECT NOT c.in_extension AND (
                               pg_catalog.current_setting('harden.record_all_ddl') = 'on' OR may_grant_all
                               OR EXISTS (SELECT FROM pg_catalog.unnest(granted) AS x(relid)
                                           CROSS JOIN LATERAL (
                                                 SELECT FROM pg_catalog.pg_class r
                                                  WHERE r.oid = x.relid
                                                    AND r.relnamespace IN (
                                                            pg_catalog.to_regnamespace('pgtrickle'),
                                                            pg_catalog.to_regnamespace(pg_catalog.quote_ident(
                                                                pg_catalog.current_setting(
                                                                    'harden.change_buffer_schema'))))
                                                 OFFSET 0) r)
                               OR EXISTS (SELECT FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = ANY (granted))
                               OR EXISTS (SELECT FROM pgtrickle.pgt_dependencies d
                                           WHERE d.source_relid = ANY (granted))),
                           pg_catalog.current_setting('harden.record_all_ddl') = 'on',
                           c.command_tag, c.object_type, c.object_identity, NULL
                      INTO python, watched, tag, type, identity, stream_table
                      FROM pg_catalog.pg_event_trigger_ddl_commands() c;
                EXCEPTION WHEN undefined_column OR undefined_table THEN
                    python := true;
                END;
            END IF;
        ELSIF pg_catalog.to_regnamespace('pgtrickle') IS NULL OR NOT harden._pgt_catalog_trusted() THEN
            SELECT NOT g.in_extension AND g.object_type IN ('TABLE', 'SEQUENCE', 'FOREIGN TABLE', 'SCHEMA')
                   AND (g.watched OR may_grant_all
                        OR CASE WHEN g.object_type = 'SCHEMA' THEN w.schema_written ELSE w.relation_written END),
                   g.watched, g.command_tag, g.object_type, g.object_identity, NULL
              INTO python, watched, tag, type, identity, stream_table
              FROM harden._guard_commands g, harden._guard_grant_written w;
        ELSE
            BEGIN
                SELECT NOT g.in_extension AND g.object_type IN ('TABLE', 'SEQUENCE', 'FOREIGN TABLE', 'SCHEMA')
                       AND (g.watched OR may_grant_all
                            OR CASE WHEN g.object_type = 'SCHEMA' THEN w.schema_written
                                    -- Or a stream table or a source, from pg_trickle's
                                    -- catalog to pg_class whatever sizes the plan was
                                    -- made with.
                                    ELSE w.relation_written OR EXISTS (
                                             SELECT FROM (SELECT st.pgt_relid AS relid
                                                            FROM pgtrickle.pgt_stream_tables st
                                                          UNION ALL
                                                          SELECT d.source_relid FROM pgtrickle.pgt_dependencies d) x
                                              CROSS JOIN LATERAL (SELECT FROM pg_catalog.pg_class r
                                                                   WHERE r.oid = x.relid
                                                                     AND pg_catalog.age(r.xmin) <= 0
                                                                  OFFSET 0) r) END),
                       g.watched, g.command_tag, g.object_type, g.object_identity, NULL
                  INTO python, watched, tag, type, identity, stream_table
                  FROM harden._guard_commands g, harden._guard_grant_written w;
            EXCEPTION WHEN undefined_column OR undefined_table THEN
                python := true;
            END;
        END IF;
    ELSIF TG_TAG IN ('CREATE FUNCTION', 'ALTER FUNCTION', 'CREATE PROCEDURE', 'ALTER PROCEDURE', 'ALTER ROUTINE') THEN
        -- SECURITY DEFINER routines are watched.
        SELECT NOT g.in_extension AND (COALESCE(g.unpinned, false) OR COALESCE(g.trigger_function, false)),
               g.watched OR (NOT g.in_extension AND g.unpinned IS NOT NULL),
               g.command_tag, g.object_type, g.object_identity, NULL
          INTO python, watched, tag, type, identity, stream_table
          FROM harden._guard_routines g;
    ELSIF TG_TAG IN ('CREATE TABLE', 'CREATE TABLE AS', 'SELECT INTO', 'CREATE SEQUENCE', 'CREATE FOREIGN TABLE',
                     'CREATE MATERIALIZED VIEW') THEN
        OPEN commands FOR
            SELECT NOT g.in_extension AND g.unreadable_reference, g.watched, g.command_tag, g.object_type,
                   g.object_identity, NULL
              FROM harden._guard_foreign_keys g;
    ELSE
        -- Any other tag. CREATE SCHEMA may hold CREATE TRIGGER; a routine
        -- reported under another tag (COMMENT ON FUNCTION, ...) goes to
        -- Python, which checks and records it.
        IF TG_TAG = 'CREATE SCHEMA' THEN
            -- Its elements: CREATE TRIGGER, and GRANT (judged by Python from
            -- the resulting ACLs, as a GRANT that is not the top-level query).
            python := EXISTS (SELECT FROM harden._guard_triggers g WHERE NOT g.in_extension
                                                                     AND (g.suspect OR g.command_tag = 'GRANT'));
        END IF;
        IF python THEN
            NULL;
        ELSIF pg_catalog.to_regnamespace('pgtrickle') IS NULL OR NOT harden._pgt_catalog_trusted() THEN
            OPEN commands FOR
                SELECT NOT g.in_extension AND (
                           g.unreadable_reference OR g.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                           OR g.command_tag IN ('ALTER DEFAULT PRIVILEGES', 'CREATE PUBLICATION', 'ALTER PUBLICATION', 'CREATE SUBSCRIPTION',
                                                'ALTER SUBSCRIPTION')),
                       g.watched, g.command_tag, g.object_type, g.object_identity, NULL
                  FROM harden._guard_foreign_keys g;
        ELSE
            -- With pg_trickle: also the stream table and whether the relation
            -- the command is about is a source.
            BEGIN
                OPEN commands FOR
                    SELECT NOT g.in_extension AND (
                               g.unreadable_reference OR g.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                               OR g.command_tag IN ('ALTER DEFAULT PRIVILEGES', 'CREATE PUBLICATION', 'ALTER PUBLICATION', 'CREATE SUBSCRIPTION',
                                                    'ALTER SUBSCRIPTION')
                               OR (g.command_tag = 'ALTER TABLE' AND (x.stream_table IS NOT NULL OR x.is_source))
                               OR (g.object_type = 'policy' AND x.is_source)),
                           g.watched OR (NOT g.in_extension AND (x.stream_table IS NOT NULL OR x.is_source)),
                           g.command_tag, g.object_type, g.object_identity, x.stream_table
                      FROM harden._guard_foreign_keys g
                     -- The relation the command is about: the object itself,
                     -- or the table of an index, trigger or policy.
                     CROSS JOIN LATERAL (
                           SELECT CASE g.classid
                                    WHEN 'pg_catalog.pg_class'::pg_catalog.regclass THEN
                                         COALESCE((SELECT i.indrelid FROM pg_catalog.pg_index i
                                                    WHERE i.indexrelid = g.objid), g.objid)
                                    WHEN 'pg_catalog.pg_trigger'::pg_catalog.regclass THEN
                                         (SELECT t.tgrelid FROM pg_catalog.pg_trigger t WHERE t.oid = g.objid)
                                    WHEN 'pg_catalog.pg_policy'::pg_catalog.regclass THEN
                                         (SELECT p.polrelid FROM pg_catalog.pg_policy p WHERE p.oid = g.objid)
                                  END AS relid
                           OFFSET 0) r
                     CROSS JOIN LATERAL (
                           SELECT (SELECT pg_catalog.format('%I.%I', st.pgt_schema, st.pgt_name)
                                     FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = r.relid) AS stream_table,
                                  EXISTS (SELECT FROM pgtrickle.pgt_dependencies s
                                           WHERE s.source_relid = r.relid OFFSET 0) AS is_source
                           OFFSET 0) x;
            EXCEPTION WHEN undefined_column OR undefined_table THEN
                python := true;
            END;
        END IF;
    END IF;

    IF commands IS NOT NULL AND NOT python THEN
        LOOP
            FETCH commands INTO python, watched, tag, type, identity, stream_table;
            EXIT WHEN NOT FOUND OR python;
            IF watched THEN
                tags := tags || tag;
                types := types || type;
                identities := identities || identity;
                stream_tables := stream_tables || stream_table;
            END IF;
        END LOOP;
        CLOSE commands;
    END IF;

    IF python THEN
        IF TG_TAG = 'ALTER TABLE' THEN
            -- Which of ddl_command_start's snapshots is this statement's
            -- (see harden.guard_ddl_command_start()).
            GET DIAGNOSTICS context = PG_CONTEXT;
            PERFORM pg_catalog.set_config('harden.guard_depth',
                                          pg_catalog.cardinality(pg_catalog.string_to_array(context, E'\n'))::text,
                                          true);
        END IF;
        -- Python sees every command of the event, and records them.
        blocked := harden._guard_ddl_command_end(TG_TAG, top_level);
        IF blocked IS NOT NULL THEN
            RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = blocked[1], DETAIL = blocked[2], HINT = blocked[3];
        END IF;
    ELSIF watched OR tags IS NOT NULL THEN
        -- The one command a SELECT INTO read (watched), or those the cursor
        -- kept (tags; the cursor's last FETCH left watched NULL). A row at a
        -- time from VALUES: a query over the arrays costs twice as much to
        -- set up.
        IF watched THEN
            tags := ARRAY[tag];
            types := ARRAY[type];
            identities := ARRAY[identity];
            stream_tables := ARRAY[stream_table];
        END IF;
        FOR i IN 1 .. pg_catalog.cardinality(tags) LOOP
            INSERT INTO harden.ddl_history (performed_by, acting_role, command_tag, object_type, object_identity,
                                            statement, verdict, stream_table)
            VALUES (session_user, COALESCE(NULLIF(pg_catalog.current_setting('role'), 'none'), session_user::text),
                    tags[i], types[i], identities[i],
                    -- Without passwords: Python only for a text that may
                    -- hold one (harden.redact.MAY_HOLD_SECRET_REGEX).
                    CASE WHEN pg_catalog.current_query() ~* 'pass|secret|token|api_?key|access_key|private_key|://|u&|\\'
                         THEN harden._redact_statement(pg_catalog.current_query())
                         ELSE pg_catalog.current_query() END,
                    'allowed', stream_tables[i]);
        END LOOP;
    END IF;
END
$$;

-- Keeps the SET clauses of harden.guard_ddl_command_end equal to the guard's
-- settings in harden.config, whoever changes them: configure(), set_mode(), a
-- restore of a dump (its COPY fires this trigger too). ALTER FUNCTION needs
-- the function's owner, hence SECURITY DEFINER; it runs as harden's own DDL,
-- which the guard lets through unrecorded.
CREATE OR REPLACE FUNCTION harden._guard_sync_settings() RETURNS trigger
LANGUAGE plpython3u SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
entry.sync_gate_settings(plpy)
$$;

CREATE OR REPLACE TRIGGER harden_guard_sync_settings
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON harden.config
    FOR EACH STATEMENT EXECUTE FUNCTION harden._guard_sync_settings();

-- Python sees a DROP only when a rule or the history may care: a policy
-- (rls_source_changed), a trigger, publication or subscription, anything in
-- the pgtrickle or change-buffer schemas, or with a trusted pg_trickle
-- catalog any relation (a stream table or a source). Otherwise, and in off
-- mode, a DROP never loads Python. The settings come from this function's
-- SET clauses, kept equal to harden.config like the gate's.
CREATE OR REPLACE FUNCTION harden.guard_sql_drop() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET harden.mode = 'enforce'
SET harden.record_all_ddl = 'off'
SET harden.change_buffer_schema = 'pgtrickle_changes'
AS $$
DECLARE
    blocked text[];
BEGIN
    IF pg_catalog.current_setting('harden.mode') = 'off' THEN
        RETURN;
    ELSIF pg_catalog.current_setting('harden.restore', true) = 'on' AND harden._guard_restoring() THEN
        RETURN;
    ELSIF pg_catalog.current_setting('harden.internal', true) IS DISTINCT FROM 'on'
          AND pg_catalog.current_setting('harden.record_all_ddl') = 'off'
          AND NOT EXISTS (
              SELECT FROM pg_catalog.pg_event_trigger_dropped_objects() d
               WHERE (d.original OR d.object_type = 'policy')
                 AND (d.object_type IN ('policy', 'trigger', 'publication', 'publication relation',
                                        'publication namespace', 'subscription')
                      OR d.schema_name IN ('pgtrickle', pg_catalog.current_setting('harden.change_buffer_schema'))
                      OR (d.object_type = 'schema'
                          AND d.object_name IN ('pgtrickle', pg_catalog.current_setting('harden.change_buffer_schema')))
                      OR (d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                          AND pg_catalog.to_regnamespace('pgtrickle') IS NOT NULL
                          AND harden._pgt_catalog_trusted()))) THEN
        RETURN;
    END IF;
    blocked := harden._guard_sql_drop(TG_TAG);
    IF blocked IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = blocked[1], DETAIL = blocked[2], HINT = blocked[3];
    END IF;
END
$$;

-- Notes the row-security flags of stream tables and their sources before an
-- ALTER TABLE, so that ddl_command_end sees exactly what the statement changed.
CREATE OR REPLACE FUNCTION harden.guard_ddl_command_start() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET harden.mode = 'enforce'
AS $$
DECLARE
    context text;
BEGIN
    IF pg_catalog.current_setting('harden.mode') = 'off' THEN
        RETURN;
    ELSIF pg_catalog.current_setting('harden.restore', true) = 'on' AND harden._guard_restoring() THEN
        RETURN;
    END IF;
    IF pg_catalog.to_regclass('pgtrickle.pgt_dependencies') IS NOT NULL AND harden._pgt_catalog_trusted() THEN
        -- An ALTER TABLE may run inside another (from a function the outer
        -- one calls): Python keeps one snapshot per nesting depth, which the
        -- error context tells, and ddl_command_end finds its own by the same.
        GET DIAGNOSTICS context = PG_CONTEXT;
        PERFORM pg_catalog.set_config('harden.guard_depth',
                                      pg_catalog.cardinality(pg_catalog.string_to_array(context, E'\n'))::text, true);
        PERFORM harden._guard_ddl_command_start();
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION harden.set_mode(mode text) RETURNS text
LANGUAGE plpython3u VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
return entry.set_mode(plpy, mode)
$$;

-- action NULL returns the rule to its default action.
CREATE OR REPLACE FUNCTION harden.set_rule_action(rule text, action text) RETURNS text
LANGUAGE plpython3u VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
return entry.set_rule_action(plpy, rule, action)
$$;

CREATE OR REPLACE FUNCTION harden.status()
RETURNS TABLE(section text, name text, value text)
LANGUAGE plpython3u STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
return entry.status(plpy)
$$;

CREATE OR REPLACE FUNCTION harden.prune_history(older_than interval) RETURNS bigint
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
