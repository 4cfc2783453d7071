-- harden.apply(), revert() and verify(): the SQL surface on the insecure demo
-- deployment (tests/fixtures; make runs pg_regress from the repository root),
-- which the guard, off while it is built, would refuse. The superuser's and
-- the database's names vary between installations: the output shows them as
-- <superuser> and <db>. At the end the database is as it was.
SET client_min_messages = warning;
SELECT harden.configure('mode', 'off');
\set ECHO none
\i tests/fixtures/pgtrickle.sql
\i tests/fixtures/pgtrickle_demo.sql
\set ECHO all
SELECT harden.configure('mode', NULL);

CREATE FUNCTION pg_temp.portable(text) RETURNS text LANGUAGE sql AS $$
    SELECT replace(replace($1, pg_catalog.quote_ident(current_user), '<superuser>'),
                   pg_catalog.quote_ident(pg_catalog.current_database()), '<db>')
$$;

-- Who may call what.
SELECT p.oid::regprocedure AS function, p.prosecdef AS security_definer, p.proconfig,
       has_function_privilege('harden_admin', p.oid, 'EXECUTE') AS harden_admin,
       has_function_privilege('harden_auditor', p.oid, 'EXECUTE') AS harden_auditor,
       has_function_privilege('public', p.oid, 'EXECUTE') AS public
  FROM pg_proc p
 WHERE p.oid IN ('harden.apply(boolean, text[])'::regprocedure, 'harden.revert(bigint)'::regprocedure,
                 'harden.verify()'::regprocedure)
 ORDER BY 1;

-- The plan: every step, nothing changed.
SELECT step, rule, pg_temp.portable(action) AS action, pg_temp.portable(sql) AS sql, status
  FROM harden.apply(dry_run => true);
SELECT count(*) AS runs FROM harden.apply_runs;
SELECT count(*) AS roles FROM pg_roles WHERE rolname LIKE 'pgtrickle%';

-- The run, then a second one with nothing left to apply.
SELECT status, count(*) FROM harden.apply() GROUP BY status ORDER BY status;
SELECT step, status, pg_temp.portable(action) AS action FROM harden.apply() WHERE status <> 'manual';
SELECT dry_run, applied, already, manual, performed_by = session_user AS by_me, reverted_at IS NULL AS live
  FROM harden.apply_runs ORDER BY run_id;
SELECT item, check_item, passed, pg_temp.portable(detail) AS detail FROM harden.verify();

-- The record of one action, with its undo.
SELECT step, rule, sql, pg_temp.portable(undo_sql) AS undo_sql, object_type, object_identity
  FROM harden.apply_actions
 WHERE run_id = (SELECT min(run_id) FROM harden.apply_runs) AND object_identity = 'public.order_totals'
 ORDER BY seq;

-- Bad input: clear errors, nothing done.
\set VERBOSITY terse
SELECT * FROM harden.apply(NULL);
SELECT * FROM harden.revert(NULL);
SELECT * FROM harden.revert(-1);
\set VERBOSITY default

-- Back to the start: the second run changed nothing, so the first one can go.
SELECT * FROM harden.revert((SELECT max(run_id) FROM harden.apply_runs));
SELECT step, status, count(*)
  FROM harden.revert((SELECT min(run_id) FROM harden.apply_runs))
 GROUP BY step, status ORDER BY step DESC, status;
SELECT applied, reverted_at IS NOT NULL AS reverted, reverted_by = session_user AS by_me
  FROM harden.apply_runs ORDER BY run_id;
\set VERBOSITY terse
SELECT * FROM harden.revert((SELECT min(run_id) FROM harden.apply_runs));
\set VERBOSITY default
SELECT count(*) AS roles FROM pg_roles WHERE rolname LIKE 'pgtrickle%';
SELECT pg_get_userbyid(relowner) = current_user AS superuser_owns_it,
       has_table_privilege('public', 'public.order_totals', 'INSERT') AS public_can_insert
  FROM pg_class WHERE oid = 'public.order_totals'::regclass;
SELECT count(*) AS log_statement_set
  FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase, unnest(s.setconfig) c
 WHERE d.datname = current_database() AND c LIKE 'log\_statement=%';

-- Leave the database as the next test expects it.
SELECT harden.configure('mode', 'off');
DROP SCHEMA pgtrickle, pgtrickle_changes CASCADE;
DROP TABLE public.order_totals, public."Région totals", public.orders, public."Customer ""VIP"" List";
SELECT harden.configure('mode', NULL);
