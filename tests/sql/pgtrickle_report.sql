-- The pg_trickle checks on a deliberately insecure deployment: which checks
-- fire on which objects, run by a non-superuser member of harden_auditor.
-- The catalog layout comes from tests/fixtures/pgtrickle.sql (make runs
-- pg_regress from the repository root); its statements are not echoed.
\set ECHO none
\i tests/fixtures/pgtrickle.sql
\set ECHO all
SET client_min_messages = warning;
-- The insecure state below predates harden here: the guard, which would block
-- that DDL, is off.
SELECT harden.configure('mode', 'off');

-- Role names that need quoting, configured in harden; the readonly role is missing.
SELECT harden.configure('admin_role', 'regress "Admin"');
SELECT harden.configure('user_role', 'regress user');
SELECT harden.configure('readonly_role', 'regress readonly');
CREATE ROLE "regress ""Admin""" LOGIN INHERIT;
CREATE ROLE "regress user" NOLOGIN NOINHERIT;
CREATE ROLE "regress auditor" NOLOGIN IN ROLE harden_auditor;

-- A tenant table with RLS, a stream table over it and one over that, all
-- owned by the superuser; write grants, an open change-buffer schema, a
-- FOR ALL policy, a pending reinit and unsafe settings for this database.
CREATE SCHEMA "Sales ""EU"" Ñandú";
CREATE TABLE "Sales ""EU"" Ñandú"."Order Lines" (id int PRIMARY KEY, tenant int, region text, amount numeric);
ALTER TABLE "Sales ""EU"" Ñandú"."Order Lines" ENABLE ROW LEVEL SECURITY;
SELECT pgtrickle.create_stream_table('"Sales ""EU"" Ñandú"."Région Totals"',
    'SELECT region, sum(amount) AS total FROM "Sales ""EU"" Ñandú"."Order Lines" GROUP BY region');
SELECT pgtrickle.create_stream_table('"Sales ""EU"" Ñandú".regions',
    'SELECT region FROM "Sales ""EU"" Ñandú"."Région Totals"');
GRANT SELECT, INSERT ON "Sales ""EU"" Ñandú"."Région Totals" TO PUBLIC;
GRANT SELECT ON "Sales ""EU"" Ñandú".regions TO "regress user";
GRANT USAGE ON SCHEMA pgtrickle_changes TO PUBLIC;
ALTER TABLE "Sales ""EU"" Ñandú".regions ENABLE ROW LEVEL SECURITY;
CREATE POLICY "any ""write""" ON "Sales ""EU"" Ñandú".regions FOR ALL TO "regress user" USING (true);
UPDATE pgtrickle.pgt_stream_tables SET needs_reinit = true WHERE pgt_name = 'regions';
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET pg_trickle.allow_circular = on', current_database());
    EXECUTE format('ALTER DATABASE %I SET log_statement = %L', current_database(), 'none');
END $$;

CREATE VIEW pgt_findings AS
SELECT check_name, severity, object_type, object_identity
  FROM harden.audit_report()
 WHERE check_name IN ('pgt_role_missing', 'pgt_role_attributes', 'pgt_catalog_unrecognized',
                      'stream_table_owner', 'stream_table_consumer_grant_missing',
                      'stream_table_default_privileges_missing', 'stream_table_writable',
                      'change_buffer_exposed', 'cdc_trigger_owned_by_superuser',
                      'cdc_function_search_path', 'pgtrickle_function_public_execute',
                      'ddl_logging_disabled', 'pgtrickle_enabled_on_replica', 'pgtrickle_allow_circular',
                      'stream_table_rls_exposure', 'stream_table_rls_no_policy',
                      'stream_table_write_policy', 'stream_table_needs_reinit');
GRANT SELECT ON pgt_findings TO "regress auditor";

SET ROLE "regress auditor";
SELECT * FROM pgt_findings ORDER BY check_name COLLATE "C", object_identity COLLATE "C";
RESET ROLE;

-- Each remediation, run as given, clears its finding.
SELECT remediation FROM harden.audit_report()
 WHERE check_name IN ('stream_table_owner', 'stream_table_writable', 'stream_table_rls_exposure',
                      'stream_table_write_policy', 'pgtrickle_allow_circular')
 ORDER BY check_name COLLATE "C", object_identity COLLATE "C" \gexec
SELECT check_name, count(*) FROM pgt_findings
 WHERE check_name IN ('stream_table_owner', 'stream_table_writable', 'stream_table_rls_exposure',
                      'stream_table_write_policy', 'pgtrickle_allow_circular')
 GROUP BY check_name;

-- Roles are cluster-wide: leave none behind.
DROP VIEW pgt_findings;
DROP OWNED BY "regress ""Admin""", "regress user", "regress auditor";
DROP ROLE "regress ""Admin""", "regress user", "regress auditor";
