-- make demo: run by tools/demo.sh as a superuser, in a database holding
-- tests/fixtures/pgtrickle.sql and tests/fixtures/pgtrickle_demo.sql. Each
-- section after the first runs only when this build has what it shows, so the
-- demo works at every stage of the project.
\pset pager off
\pset null '-'
-- Wrapping applies to the expanded (\x) listings, whose messages are long.
\pset columns 130

\echo
\echo '=== 1. harden.audit_report() on an insecure pg_trickle deployment'
\echo
SELECT severity, check_name, object_type, object_identity FROM harden.audit_report();
\echo '--- one finding of each check in full, with the SQL that fixes it:'
\x on
\pset format wrapped
SELECT DISTINCT ON (check_name) check_name, severity, object_identity, message, remediation
  FROM harden.audit_report()
 ORDER BY check_name, object_identity;
\x off
\pset format aligned
\echo '--- harden.audit_summary()'
SELECT * FROM harden.audit_summary();

SELECT pg_catalog.to_regprocedure('harden.apply(boolean, text[])') IS NOT NULL AS has_apply,
       pg_catalog.to_regprocedure('harden.verify()') IS NOT NULL AS has_verify,
       EXISTS (SELECT FROM pg_catalog.pg_event_trigger e
                 JOIN pg_catalog.pg_depend d
                   ON d.classid = 'pg_catalog.pg_event_trigger'::pg_catalog.regclass
                  AND d.objid = e.oid AND d.deptype = 'e'
                 JOIN pg_catalog.pg_extension x ON x.oid = d.refobjid
                WHERE x.extname = 'harden' AND e.evtenabled <> 'D') AS has_guard,
       EXISTS (SELECT FROM harden.checks() WHERE name = 'stream_table_writable') AS has_writable_rule,
       EXISTS (SELECT FROM harden.checks() WHERE name = 'security_definer_search_path') AS has_secdef_rule,
       EXISTS (SELECT FROM harden.checks() WHERE name = 'rls_source_changed') AS has_rls_rule,
       pg_catalog.to_regclass('harden.stream_table_ddl_history') IS NOT NULL AS has_history
\gset

\echo
\if :has_apply
\echo '=== 2. harden.apply(dry_run => true): what a run would change (nothing changes yet)'
\echo
SELECT step, rule, status, count(*) AS actions
  FROM harden.apply(dry_run => true)
 GROUP BY step, rule, status
 ORDER BY step, rule, status;
\echo
\echo '=== 3. harden.apply(): the tutorial in one transaction'
\echo
SELECT step, status, sql FROM harden.apply();
\echo '--- a second run has nothing left to apply:'
SELECT status, count(*) FROM harden.apply() GROUP BY status ORDER BY status;
\echo
\echo '=== 4. The report after apply (what remains needs a human decision)'
\echo
SELECT severity, check_name, object_type, object_identity FROM harden.audit_report();
SELECT * FROM harden.audit_summary();
\if :has_verify
\echo '--- harden.verify(): the tutorial checklist, evaluated live'
SELECT * FROM harden.verify();
\endif
\else
\echo '=== 2-4. (harden.apply() is not in this build: no apply steps to show)'
\endif

\echo
\if :has_guard
\echo '=== 5. The guard: DDL that breaks a rule fails as it happens'
\set ON_ERROR_STOP off
\set VERBOSITY default
\if :has_writable_rule
\echo
\echo '--- GRANT INSERT on a stream table (rule stream_table_writable):'
BEGIN;
GRANT INSERT ON public.order_totals TO PUBLIC;
ROLLBACK;
\endif
\if :has_secdef_rule
\echo
\echo '--- a SECURITY DEFINER function without a pinned search_path (rule security_definer_search_path):'
BEGIN;
CREATE FUNCTION public.demo_lookup() RETURNS bigint LANGUAGE sql SECURITY DEFINER
    AS 'SELECT count(*) FROM public.orders';
ROLLBACK;
\endif
\set ON_ERROR_STOP on
\if :has_rls_rule
\echo
\echo '=== 6. A policy change on a stream table source (rule rls_source_changed)'
\echo
SELECT pgt_schema, pgt_name, needs_reinit FROM pgtrickle.pgt_stream_tables ORDER BY pgt_id;
\echo '--- CREATE POLICY on public.orders, a source of both stream tables:'
CREATE POLICY "tenant one" ON public.orders FOR SELECT USING (tenant_id = 1);
ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
SELECT pgt_schema, pgt_name, needs_reinit FROM pgtrickle.pgt_stream_tables ORDER BY pgt_id;
\if :has_history
\echo '--- the tutorial step 7 query, answered by harden.stream_table_ddl_history:'
SELECT pgt_name, action, performed_by, performed_at
  FROM harden.stream_table_ddl_history
 ORDER BY performed_at DESC
 LIMIT 10;
\endif
\echo '--- the report now flags the stream tables to reinitialise and their RLS exposure:'
\x on
\pset format wrapped
SELECT severity, check_name, object_identity, message
  FROM harden.audit_report()
 WHERE check_name IN ('stream_table_needs_reinit', 'stream_table_rls_exposure');
\x off
\pset format aligned
\endif
\else
\echo '=== 5-6. (the guard is not in this build: no blocked DDL to show)'
\endif
