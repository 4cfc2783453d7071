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
-- call them. Each returns NULL, or {message, detail, hint} of a blocked DDL
-- and, when it is not 42501 (insufficient_privilege), its SQLSTATE.
-- Their queries look catalog rows up by oid, so generic plans suit them; a
-- custom plan would be planned anew for every DDL statement. The gate that
-- calls _guard_ddl_command_end turns sequential scans off for its own plans,
-- so this one turns them back on.
CREATE OR REPLACE FUNCTION harden._guard_ddl_command_end(tag text) RETURNS text[]
LANGUAGE plpython3u VOLATILE
SET search_path = pg_catalog, pg_temp
SET quote_all_identifiers = off
SET plan_cache_mode = force_generic_plan
SET enable_seqscan = on
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
return entry.ddl_command_end(plpy, tag)
$$;

CREATE OR REPLACE FUNCTION harden._guard_sql_drop(tag text) RETURNS text[]
LANGUAGE plpython3u VOLATILE
SET search_path = pg_catalog, pg_temp
SET quote_all_identifiers = off
SET plan_cache_mode = force_generic_plan
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
return entry.sql_drop(plpy, tag)
$$;

CREATE OR REPLACE FUNCTION harden._guard_ddl_command_start() RETURNS void
LANGUAGE plpython3u VOLATILE
SET search_path = pg_catalog, pg_temp
SET quote_all_identifiers = off
SET plan_cache_mode = force_generic_plan
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
entry.ddl_command_start(plpy)
$$;

-- The role whose rights a DDL statement runs with. The guard's functions are
-- SECURITY DEFINER, so inside them current_user is the extension's owner, and
-- session_user (or the role SET ROLE chose) is not always who acts: DDL run
-- by a SECURITY DEFINER function, or by an index expression that ANALYZE
-- (autovacuum included) evaluates as the table's owner, runs with that
-- owner's rights in a superuser's session. So an event trigger that fires
-- just before each of the guard's (event triggers fire in name order) runs
-- this, as that role, and notes it for the statement; the guard checks the
-- DDL as that role, and believes a bypass or a restore only when that role
-- is the session's or may have one itself. It runs no query and calls
-- nothing a user wrote.
CREATE OR REPLACE FUNCTION harden.guard_note_acting_role() RETURNS event_trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    noted text;
BEGIN
    -- An assignment, not PERFORM: a simple expression runs without the
    -- executor, and this runs for every DDL statement.
    noted := pg_catalog.set_config('harden.acting_role', current_user::pg_catalog.text, true);
END
$$;

-- Some SECURITY DEFINER routine pins a search_path naming a schema besides
-- pg_catalog and pg_temp (harden.guard.gate.DEFINER_PATH_NAMES_SCHEMA,
-- filled in by the build): a command on a schema may then matter to
-- security_definer_search_path. A function, so that the gate reads pg_proc
-- only for such a command: a subquery in its plan would lock and open
-- pg_proc at every DDL statement. It reads pg_proc whole (no index on
-- prosecdef), which the gate's enable_seqscan = off would turn into a walk
-- of an index.
CREATE OR REPLACE FUNCTION harden._guard_definer_path_names_schema() RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = on
AS $$
BEGIN
    RETURN @@DEFINER_PATH_NAMES_SCHEMA@@;
END
$$;

-- The session's role: the one SET ROLE chose, or else the session user
-- (harden.guard.gate.SESSION_ROLE_SQL, filled in by the build).
CREATE OR REPLACE FUNCTION harden._guard_session_role() RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN @@SESSION_ROLE_SQL@@;
END
$$;

-- The acting role noted for this event; the session's role when none was
-- noted (harden.guard.gate.ACTING_ROLE_SQL, filled in by the build; the gate
-- holds the same expression).
CREATE OR REPLACE FUNCTION harden._guard_acting_role() RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN @@ACTING_ROLE_SQL@@;
END
$$;

-- A restore of a dump (docs/backup.md) replays DDL that was checked when it
-- first ran, or was let through in warn or off mode or under a bypass, and
-- the rows of harden.ddl_history that recorded it; the restored
-- harden.config arrives only after the objects. So the guard neither checks
-- nor records a superuser's session that sets harden.restore = on: any role
-- can set the setting, but only a superuser, who could disable the event
-- triggers anyway, is believed, and only for DDL run with a superuser's
-- rights (not by a function of another role that the session runs). The
-- server log notes it once per session.
CREATE OR REPLACE FUNCTION harden._guard_restoring() RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT COALESCE((SELECT a.rolsuper FROM pg_catalog.pg_authid a WHERE a.rolname = session_user), false)
       OR NOT COALESCE((SELECT a.rolsuper FROM pg_catalog.pg_authid a WHERE a.rolname = harden._guard_acting_role()),
                       false) THEN
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
-- The gate. The guard runs for every DDL statement, so its usual path must
-- cost little beside the statement's own catalog work (docs/guard.md,
-- "Cost"): loading Python costs more than most statements. So this function
-- runs one query over the event's commands that asks each rule's gate
-- predicate (Rule.gate, in the rule's own file) and decides whether Python
-- must see the event, and which commands harden.ddl_history records; Python,
-- when called, records the event itself. The queries between BEGIN GATE and
-- END GATE are generated from the rules by harden.guard.gate at build time
-- (tools/build_sql.py): one per group of command tags, each reading only the
-- facts its predicates need, with and without a trusted pg_trickle catalog.
-- A query pays for all of its plan at each execution (every relation it
-- names is locked, every subquery set up, whether it runs or not), hence one
-- query per group rather than one for all.
--
-- The guard's settings (mode, record_all_ddl, change_buffer_schema) come from
-- this function's own SET clauses, which harden._guard_sync_settings() keeps
-- equal to harden.config: reading the table would cost a query per DDL
-- statement. A session's own SET harden.mode changes nothing here, since a
-- function's SET clauses win while it runs.
--
-- plan_cache_mode: the queries take a parameter (granted);
-- without it the plan cache would plan them anew for a few calls first.
-- enable_seqscan = off: the plans are made once per session, often while a
-- catalog such as pg_trigger is small enough that a scan looks cheapest; a
-- session that then creates thousands of triggers would scan them all for
-- each one. Every catalog row the gate reads is found through an index. The
-- Python functions it calls set it back.
-- jit = off: a plan that had to count a disabled scan would pass
-- jit_above_cost, and JIT compiles at each execution (0.4 s per DDL).
CREATE OR REPLACE FUNCTION harden.guard_ddl_command_end() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
SET jit = off
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
    commands refcursor;       -- tags that may report several commands
    tags text[];              -- ... and those recorded
    types text[];
    identities text[];
    context text;
    granted oid[];            -- the relations a top-level GRANT names, or NULL
    recorded text;            -- the statement as recorded, without passwords
    lowered text;             -- ... or a GRANT's, in lower case
    query text;               -- a top-level GRANT's text
    at integer;               -- ... where the relations it names begin
    -- ... and the shape of one: an identifier or a quoted one, maybe a second
    name_shape CONSTANT text := '(?:[A-Za-z_][A-Za-z0-9_$]*|"(?:[^"]|"")+")(?:[.](?:[A-Za-z_][A-Za-z0-9_$]*|"(?:[^"]|"")+"))?';
    relation text;            -- ... one of them
    acting text := @@ACTING_ROLE_SQL@@;  -- whose rights the DDL runs with
    pgtrickle boolean;        -- pg_trickle's catalog may be read
    blocked text[];
BEGIN
    IF pg_catalog.current_setting('harden.mode') = 'off' THEN
        RETURN;
    ELSIF pg_catalog.current_setting('harden.restore', true) IS NOT DISTINCT FROM 'on' AND harden._guard_restoring() THEN
        RETURN;
    ELSIF TG_TAG = 'GRANT' THEN
        -- A GRANT reports neither its objects nor its privileges. The text
        -- of the session's top-level query is read when the GRANT is that
        -- query (run from a function or another event trigger, the error
        -- context holds more than this function's line) and one GRANT whose
        -- privileges are plain words, between white space as the server's
        -- lexer has it (no comments, quotes or U&"..." spellings), for the
        -- relations it names (`granted`), where a misreading costs a look,
        -- never a verdict: those of GRANT ... ON [TABLE] a, b, ... TO, when
        -- each is a name of one or two parts, plain or double-quoted (as
        -- pg_dump writes them): a schema-qualified name through to_regclass,
        -- an unqualified one as every relation of that name (the session's
        -- search_path is not the gate's). Else NULL.
        -- Neither privileges nor grantees are read: the rules judge the ACLs
        -- the GRANT left (any privilege may be the one that completes ALL;
        -- the server resolves "public" quoted and long names). A regular
        -- expression checks each shape; plain string functions find the
        -- words (a regular expression costs as much as a query). No
        -- backslash outside E'...': a session may turn
        -- standard_conforming_strings off, and this body is parsed in it.
        GET DIAGNOSTICS context = PG_CONTEXT;
        IF pg_catalog.strpos(context, E'\n') = 0 THEN
            -- Lower case, ASCII letters only (in a Turkish locale, lower()
            -- turns I into a dotless i), and one kind of white space; then
            -- the shape, case-sensitive: a privilege spelled with any other
            -- letter (which a single-byte encoding's lexer may fold to ASCII)
            -- fails it. The first ' on ' ends the privileges (ON is reserved:
            -- no unquoted column has that name), the first ' to ' after it
            -- ends a list of names, taken from the text in its own case (in
            -- collation "C", lower() leaves every character where it was).
            query := ' ' || pg_catalog.translate(pg_catalog.current_query(), E'\t\n\r\f\x0b', '     ') || ' ';
            lowered := pg_catalog.lower(query COLLATE pg_catalog."C");
            IF lowered ~ '^ *grant +[a-z_, ()]+ +on [^;]*;? *$' THEN
                -- at: the first character after ' on ' (and TABLE) that is not a space.
                at := pg_catalog.length(lowered) + 1
                      - pg_catalog.length(pg_catalog.ltrim(pg_catalog.substr(lowered, pg_catalog.strpos(lowered, ' on ') + 4)));
                IF pg_catalog.substr(lowered, at, 6) = 'table ' THEN
                    at := pg_catalog.length(lowered) + 1 - pg_catalog.length(pg_catalog.ltrim(pg_catalog.substr(lowered, at + 6)));
                END IF;
                query := pg_catalog.substr(query, at,
                                           GREATEST(pg_catalog.strpos(pg_catalog.substr(lowered, at), ' to ') - 1, 0));
                -- Names of one or two parts (name_shape); to_regclass and
                -- parse_ident read the quotes (and fold the case of the rest)
                -- as the server does.
                IF query ~ ('^' || name_shape || '(?: *, *' || name_shape || ')*$') THEN
                    granted := '{}';
                    FOREACH relation IN ARRAY CASE WHEN pg_catalog.strpos(query, '"') = 0
                                                   THEN pg_catalog.string_to_array(pg_catalog.replace(query, ' ', ''), ',')
                                                   ELSE ARRAY(SELECT m[1] FROM pg_catalog.regexp_matches(
                                                                  query, '(' || name_shape || ')', 'g') AS m) END LOOP
                        IF pg_catalog.cardinality(pg_catalog.parse_ident(relation)) = 2 THEN
                            granted := granted || pg_catalog.to_regclass(relation)::pg_catalog.oid;
                        ELSE
                            granted := granted || ARRAY(SELECT c.oid FROM pg_catalog.pg_class c
                                                         WHERE c.relname = (pg_catalog.parse_ident(relation))[1]::pg_catalog.name);
                        END IF;
                    END LOOP;
                    IF pg_catalog.cardinality(granted) = 0 OR pg_catalog.array_position(granted, NULL) IS NOT NULL THEN
                        granted := NULL;
                    END IF;
                END IF;
            END IF;
        END IF;
    END IF;
    IF pg_catalog.current_setting('harden.internal', true) = 'on' THEN
        -- Set by Python while harden's own DDL runs (apply, revert): Python
        -- lets that through at once, without the gate's work. Anyone may set
        -- it; it only sends the DDL to Python, which checks for itself.
        python := true;
    ELSIF pg_catalog.current_setting('transaction_isolation') <> 'read committed' THEN
        -- The gate's facts would come from the transaction's snapshot, which
        -- may be older than the rows the DDL changed: Python checks that
        -- first (harden.guard.snapshot).
        python := true;
    ELSE
        -- BEGIN GATE (generated by harden.guard.gate)
@@GATE_BRANCHES@@
        -- END GATE
    END IF;

    IF commands IS NOT NULL THEN
        IF NOT python THEN
            LOOP
                FETCH commands INTO python, watched, tag, type, identity;
                EXIT WHEN NOT FOUND OR python;
                IF watched THEN
                    tags := tags || tag;
                    types := types || type;
                    identities := identities || identity;
                END IF;
            END LOOP;
            watched := NULL;
        END IF;
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
        blocked := harden._guard_ddl_command_end(TG_TAG);
        IF blocked IS NOT NULL THEN
            RAISE EXCEPTION USING ERRCODE = COALESCE(blocked[4], '42501'), MESSAGE = blocked[1], DETAIL = blocked[2],
                                  HINT = blocked[3];
        END IF;
    ELSIF watched OR tags IS NOT NULL THEN
        -- The one command a single-command query read (watched), or those the
        -- cursor kept (tags); none is about a stream table or a source (those
        -- go to Python). A row at a time from VALUES: a query over the arrays
        -- costs twice as much to set up.
        IF watched THEN
            tags := ARRAY[tag];
            types := ARRAY[type];
            identities := ARRAY[identity];
        END IF;
        -- Without passwords: Python only for a text that may hold one
        -- (harden.redact.MAY_HOLD_SECRET_WORDS, in the variable lowered),
        -- and once for all the commands, which a statement naming many
        -- objects has many of.
        recorded := pg_catalog.current_query();
        -- ASCII letters only (COLLATE pg_catalog."C"), as the server's lexer folds
        -- names: in a Turkish locale, lower() turns I into a dotless i.
        lowered := pg_catalog.lower(recorded COLLATE pg_catalog."C");
        IF @@MAY_HOLD_SECRET_SQL@@ THEN
            recorded := harden._redact_statement(recorded);
        END IF;
        FOR i IN 1 .. pg_catalog.cardinality(tags) LOOP
            INSERT INTO harden.ddl_history (performed_by, acting_role, command_tag, object_type, object_identity,
                                            statement, verdict)
            VALUES (session_user, acting, tags[i], types[i], identities[i], recorded, 'allowed');
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
SET quote_all_identifiers = off
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
    ELSIF pg_catalog.current_setting('harden.restore', true) IS NOT DISTINCT FROM 'on' AND harden._guard_restoring() THEN
        RETURN;
    ELSIF pg_catalog.current_setting('harden.internal', true) IS DISTINCT FROM 'on'
          AND pg_catalog.current_setting('harden.record_all_ddl') = 'off'
          AND NOT EXISTS (
              SELECT FROM pg_catalog.pg_event_trigger_dropped_objects() d
               WHERE @@DROP_WATCH@@) THEN
        RETURN;
    END IF;
    blocked := harden._guard_sql_drop(TG_TAG);
    IF blocked IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = COALESCE(blocked[4], '42501'), MESSAGE = blocked[1], DETAIL = blocked[2],
                              HINT = blocked[3];
    END IF;
END
$$;

-- Notes the row-security flags of stream tables and their sources before an
-- ALTER TABLE that may change them, so that ddl_command_end sees exactly what
-- the statement changed. Most ALTER TABLE statements cannot (a session's own
-- query without the word SECURITY: harden.guard.command.ROW_SECURITY_WORDS,
-- filled in by the build), and never load Python here.
CREATE OR REPLACE FUNCTION harden.guard_ddl_command_start() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET harden.mode = 'enforce'
AS $$
DECLARE
    context text;
    depth text;
BEGIN
    IF pg_catalog.current_setting('harden.mode') = 'off' THEN
        RETURN;
    ELSIF pg_catalog.current_setting('harden.restore', true) IS NOT DISTINCT FROM 'on' AND harden._guard_restoring() THEN
        RETURN;
    END IF;
    -- An ALTER TABLE may run inside another (from a function the outer one
    -- calls): Python keeps one snapshot per nesting depth, which the error
    -- context tells, and ddl_command_end finds its own by the same.
    GET DIAGNOSTICS context = PG_CONTEXT;
    depth := pg_catalog.cardinality(pg_catalog.string_to_array(context, E'\n'))::text;
    IF depth = @@TOP_LEVEL_DEPTH@@
       AND NOT @@ROW_SECURITY_WORDS_SQL@@ THEN
        RETURN;
    END IF;
    IF pg_catalog.to_regclass('pgtrickle.pgt_dependencies') IS NOT NULL AND harden._pgt_catalog_trusted() THEN
        PERFORM pg_catalog.set_config('harden.guard_depth', depth, true);
        PERFORM harden._guard_ddl_command_start();
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION harden.set_mode(mode text) RETURNS text
LANGUAGE plpython3u VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET quote_all_identifiers = off
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
return entry.set_mode(plpy, mode)
$$;

-- action NULL returns the rule to its default action.
CREATE OR REPLACE FUNCTION harden.set_rule_action(rule text, action text) RETURNS text
LANGUAGE plpython3u VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET quote_all_identifiers = off
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
return entry.set_rule_action(plpy, rule, action)
$$;

CREATE OR REPLACE FUNCTION harden.status()
RETURNS TABLE(section text, name text, value text)
LANGUAGE plpython3u STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET quote_all_identifiers = off
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
return entry.status(plpy)
$$;

CREATE OR REPLACE FUNCTION harden.prune_history(older_than interval) RETURNS bigint
LANGUAGE plpython3u VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET quote_all_identifiers = off
AS $$
#HARDEN_PRELUDE
from harden.guard import entry
return entry.prune_history(plpy, older_than)
$$;

GRANT EXECUTE ON FUNCTION harden.status() TO harden_auditor;
GRANT EXECUTE ON FUNCTION harden.set_mode(text), harden.set_rule_action(text, text),
    harden.prune_history(interval) TO harden_admin;
