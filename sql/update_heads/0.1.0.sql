-- 0.1.0 named schema harden in its control file, so CREATE EXTENSION made
-- the schema without making it a member, and DROP EXTENSION left it behind.
-- From 0.2.0 the extension sits in pg_catalog and owns schema harden; the
-- extension's dependency on the schema goes, or the schema could not be a
-- member. 0.1.0 holds the baseline migration.
-- 0.1.0's CREATE EXTENSION also took over a schema harden that existed
-- already, whoever made it. Its owner, or the owner of an object in it, could
-- then replace what harden's superuser-run functions call by name (found by
-- an attacker helper): the update refuses such a schema, as a 0.2.0 install
-- does, until a superuser owns it and everything in it.
DO $schema$
DECLARE
    squatters text;
BEGIN
    -- Every object in the schema depends on it (pg_depend), and every owner
    -- but the bootstrap superuser is recorded in pg_shdepend: one question
    -- covers every kind of object, extensions and default privileges too (an
    -- attacker helper kept collations, text search objects and an extension
    -- past a list of catalogs).
    SELECT pg_catalog.string_agg(DISTINCT pg_catalog.format('%s (%s)', o.what,
                                                          CASE o.owner WHEN 0 THEN 'PUBLIC'
                                                          ELSE o.owner::pg_catalog.regrole::pg_catalog.text END), ', ')
      INTO squatters
      FROM (SELECT 'schema harden' AS what, n.nspowner AS owner
              FROM pg_catalog.pg_namespace n WHERE n.nspname = 'harden'
            UNION ALL
            SELECT pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid), s.refobjid
              FROM pg_catalog.pg_depend d
              JOIN pg_catalog.pg_shdepend s ON s.classid = d.classid AND s.objid = d.objid AND s.deptype = 'o'
                                           AND s.dbid = (SELECT b.oid FROM pg_catalog.pg_database b
                                                          WHERE b.datname = pg_catalog.current_database())
             WHERE d.refclassid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
               AND d.refobjid = 'harden'::pg_catalog.regnamespace
            UNION ALL
            -- A grant on the schema outlives a change of its owner: CREATE in
            -- it lets the grantee put an overload beside harden's functions.
            SELECT pg_catalog.format('%s on schema harden', a.privilege_type), a.grantee
              FROM pg_catalog.pg_namespace n, pg_catalog.aclexplode(n.nspacl) a
             WHERE n.nspname = 'harden' AND a.grantee <> n.nspowner
               AND NOT (a.privilege_type = 'USAGE'
                        AND a.grantee IN (SELECT r.oid FROM pg_catalog.pg_roles r
                                           WHERE r.rolname IN ('harden_admin', 'harden_auditor')))) o
      LEFT JOIN pg_catalog.pg_roles r ON r.oid = o.owner
     WHERE NOT COALESCE(r.rolsuper, false);
    IF squatters IS NOT NULL THEN
        RAISE EXCEPTION 'harden: roles other than superusers own schema "harden", objects in it or rights on it: %', squatters
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = 'harden''s functions run as a superuser and call what is in that schema by name: its owners could replace it.',
                  HINT = pg_catalog.format('Read what those roles put there and drop what harden did not make, revoke what they were granted on the schema, then ALTER SCHEMA harden OWNER TO %s; and update again.',
                                           (SELECT pg_catalog.quote_ident(r.rolname) FROM pg_catalog.pg_roles r
                                              JOIN pg_catalog.pg_extension e ON e.extowner = r.oid
                                             WHERE e.extname = 'harden'));
    END IF;
END
$schema$;
UPDATE pg_catalog.pg_extension SET extnamespace = 'pg_catalog'::pg_catalog.regnamespace WHERE extname = 'harden';
DELETE FROM pg_catalog.pg_depend d
 WHERE d.classid = 'pg_catalog.pg_extension'::pg_catalog.regclass
   AND d.objid = (SELECT e.oid FROM pg_catalog.pg_extension e WHERE e.extname = 'harden')
   AND d.refclassid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
   AND d.refobjid = 'harden'::pg_catalog.regnamespace;
ALTER EXTENSION harden ADD SCHEMA harden;
INSERT INTO harden._migrations (name, version) VALUES ('001_baseline', '0.1.0');

