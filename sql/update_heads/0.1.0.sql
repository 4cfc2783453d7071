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
    -- Every object in the schema depends on it (pg_depend): every kind of
    -- object, extensions and default privileges too (an attacker helper kept
    -- collations, text search objects and an extension past a list of
    -- catalogs). Its owner is read from its own catalog: pg_shdepend has no
    -- row for a predefined role, to which a database owner can give objects
    -- (found by an attacker helper); a kind not listed has no known owner
    -- and is refused.
    SELECT pg_catalog.string_agg(DISTINCT pg_catalog.format('%s (%s)', o.what,
                                                          CASE WHEN o.owner IS NULL THEN 'owner unknown'
                                                               WHEN o.owner = 0 THEN 'PUBLIC'
                                                               ELSE o.owner::pg_catalog.regrole::pg_catalog.text END),
                                  ', ')
      INTO squatters
      FROM (SELECT 'schema harden' AS what, n.nspowner AS owner
              FROM pg_catalog.pg_namespace n WHERE n.nspname = 'harden'
            UNION ALL
            SELECT pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid),
                   CASE d.classid
                   WHEN 'pg_catalog.pg_class'::pg_catalog.regclass THEN
                        (SELECT x.relowner FROM pg_catalog.pg_class x WHERE x.oid = d.objid)
                   WHEN 'pg_catalog.pg_proc'::pg_catalog.regclass THEN
                        (SELECT x.proowner FROM pg_catalog.pg_proc x WHERE x.oid = d.objid)
                   WHEN 'pg_catalog.pg_type'::pg_catalog.regclass THEN
                        (SELECT x.typowner FROM pg_catalog.pg_type x WHERE x.oid = d.objid)
                   WHEN 'pg_catalog.pg_operator'::pg_catalog.regclass THEN
                        (SELECT x.oprowner FROM pg_catalog.pg_operator x WHERE x.oid = d.objid)
                   WHEN 'pg_catalog.pg_opclass'::pg_catalog.regclass THEN
                        (SELECT x.opcowner FROM pg_catalog.pg_opclass x WHERE x.oid = d.objid)
                   WHEN 'pg_catalog.pg_opfamily'::pg_catalog.regclass THEN
                        (SELECT x.opfowner FROM pg_catalog.pg_opfamily x WHERE x.oid = d.objid)
                   WHEN 'pg_catalog.pg_collation'::pg_catalog.regclass THEN
                        (SELECT x.collowner FROM pg_catalog.pg_collation x WHERE x.oid = d.objid)
                   WHEN 'pg_catalog.pg_conversion'::pg_catalog.regclass THEN
                        (SELECT x.conowner FROM pg_catalog.pg_conversion x WHERE x.oid = d.objid)
                   WHEN 'pg_catalog.pg_ts_config'::pg_catalog.regclass THEN
                        (SELECT x.cfgowner FROM pg_catalog.pg_ts_config x WHERE x.oid = d.objid)
                   WHEN 'pg_catalog.pg_ts_dict'::pg_catalog.regclass THEN
                        (SELECT x.dictowner FROM pg_catalog.pg_ts_dict x WHERE x.oid = d.objid)
                   WHEN 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass THEN
                        (SELECT x.stxowner FROM pg_catalog.pg_statistic_ext x WHERE x.oid = d.objid)
                   WHEN 'pg_catalog.pg_extension'::pg_catalog.regclass THEN
                        (SELECT x.extowner FROM pg_catalog.pg_extension x WHERE x.oid = d.objid)
                   WHEN 'pg_catalog.pg_default_acl'::pg_catalog.regclass THEN
                        (SELECT x.defaclrole FROM pg_catalog.pg_default_acl x WHERE x.oid = d.objid)
                   END
              FROM pg_catalog.pg_depend d
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

