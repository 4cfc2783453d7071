-- 0.1.0 named schema harden in its control file, so CREATE EXTENSION made
-- the schema without making it a member, and DROP EXTENSION left it behind.
-- From 0.2.0 the extension sits in pg_catalog and owns schema harden; the
-- extension's dependency on the schema goes, or the schema could not be a
-- member. 0.1.0 holds the baseline migration.
UPDATE pg_catalog.pg_extension SET extnamespace = 'pg_catalog'::pg_catalog.regnamespace WHERE extname = 'harden';
DELETE FROM pg_catalog.pg_depend d
 WHERE d.classid = 'pg_catalog.pg_extension'::pg_catalog.regclass
   AND d.objid = (SELECT e.oid FROM pg_catalog.pg_extension e WHERE e.extname = 'harden')
   AND d.refclassid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
   AND d.refobjid = 'harden'::pg_catalog.regnamespace;
ALTER EXTENSION harden ADD SCHEMA harden;
INSERT INTO harden._migrations (name, version) VALUES ('001_baseline', '0.1.0');

