-- The guard's SQL surface: status, modes and rule actions, a blocked DDL with
-- its hint, a warning, the history, and a policy change on a stream table's
-- source marking the stream tables. Messages name the session user, so the
-- DDL runs under SET SESSION AUTHORIZATION with roles made here.
\set SHOW_CONTEXT never
-- (subscription_run_as_owner's line depends on the server version.)
SELECT section, name, value FROM harden.status()
 WHERE (section IN ('event_trigger', 'rule') OR name = 'mode') AND name <> 'subscription_run_as_owner'
 ORDER BY section, name;

\set VERBOSITY terse
SELECT harden.set_mode('loud');
SELECT harden.set_rule_action('pgt_role_missing', 'off');
SELECT harden.set_rule_action('rls_source_changed', 'block');
SELECT harden.set_rule_action('grant_all_privileges', 'off');
SELECT value LIKE 'off (set by % at %)' AS overridden FROM harden.status() WHERE name = 'grant_all_privileges';
SELECT harden.set_rule_action('grant_all_privileges', NULL);
\set VERBOSITY default

CREATE ROLE "regress guard Ñ";
CREATE ROLE "regress grantee";
CREATE SCHEMA "Guard ""Demo""" AUTHORIZATION "regress guard Ñ";
SET SESSION AUTHORIZATION "regress guard Ñ";
-- Blocked: a SECURITY DEFINER function that pins no search_path.
CREATE FUNCTION "Guard ""Demo""".lookup() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1';
-- Allowed with a pinned search_path, and recorded: SECURITY DEFINER routines are watched.
CREATE FUNCTION "Guard ""Demo""".lookup() RETURNS int LANGUAGE sql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS 'SELECT 1';
-- A warning: GRANT ALL hands out TRIGGER and REFERENCES.
CREATE TABLE "Guard ""Demo"""."T ñ" (id int);
GRANT ALL ON "Guard ""Demo"""."T ñ" TO "regress grantee";
-- Unrelated DDL passes silently and is not recorded.
CREATE TABLE "Guard ""Demo"""."U ñ" (id int);
CREATE INDEX ON "Guard ""Demo"""."T ñ" (id);
GRANT SELECT ON "Guard ""Demo"""."U ñ" TO "regress grantee";
-- A GRANT is judged by the ACL it leaves, not by the privileges it names:
-- on a table where a role holds every privilege, it warns again.
GRANT SELECT ON "Guard ""Demo"""."T ñ" TO "regress grantee";
RESET SESSION AUTHORIZATION;

-- Warn mode: the blocking rule warns instead.
SELECT harden.set_mode('warn');
SET SESSION AUTHORIZATION "regress guard Ñ";
CREATE FUNCTION "Guard ""Demo""".unsafe() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1';
RESET SESSION AUTHORIZATION;
SELECT harden.configure('mode', NULL);

SELECT command_tag, object_identity, rule, verdict, performed_by
  FROM harden.ddl_history ORDER BY id;

-- A policy on the source of a stream table that feeds another one.
\set ECHO none
\o /dev/null
SET client_min_messages = error;
\i tests/fixtures/pgtrickle.sql
CREATE TABLE public.orders (id int PRIMARY KEY, region text, amount numeric);
SELECT pgtrickle.create_stream_table('public.order_totals',
    'SELECT region, sum(amount) AS total FROM public.orders GROUP BY region');
SELECT pgtrickle.create_stream_table('public."Top régions"',
    'SELECT region FROM public.order_totals WHERE total > 100');
RESET client_min_messages;
\o
\set ECHO all
CREATE POLICY "Tenant ñ" ON public.orders FOR SELECT USING (amount > 0);
SELECT pgt_name, needs_reinit FROM pgtrickle.pgt_stream_tables ORDER BY pgt_id;
SELECT pgt_schema, pgt_name, action FROM harden.stream_table_ddl_history ORDER BY pgt_name;

-- Leave the database as the next test expects it.
SET client_min_messages = warning;
SELECT harden.configure('mode', 'off');
DROP SCHEMA pgtrickle, pgtrickle_changes CASCADE;
DROP TABLE public."Top régions", public.order_totals, public.orders;
DROP SCHEMA "Guard ""Demo""" CASCADE;
SELECT harden.configure('mode', NULL);
DELETE FROM harden.ddl_history;
DROP OWNED BY "regress guard Ñ", "regress grantee";
DROP ROLE "regress guard Ñ", "regress grantee";
RESET client_min_messages;
