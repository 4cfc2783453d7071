-- The SQL surface: version, catalogue, report shape, configuration errors.
SELECT harden.version() ~ '^\d+\.\d+\.\d+$' AS version_ok;
SELECT count(*) > 0 AS has_checks, count(DISTINCT name) = count(*) AS names_unique FROM harden.checks();
SELECT severity FROM harden.audit_summary();
SELECT jsonb_typeof(harden.audit_report_json());
SELECT harden.configure('mode', 'warn');
SELECT name, value, is_default FROM harden.settings() WHERE name = 'mode';
SELECT harden.configure('mode', NULL);
\set VERBOSITY terse
SELECT harden.configure('mode', 'loud');
SELECT harden.configure('no_such_setting', 'x');
