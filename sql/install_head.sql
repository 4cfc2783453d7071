-- harden owns its schema: the control file names pg_catalog, as plpgsql's
-- does, and the schema is a member of the extension, so that DROP EXTENSION
-- removes it. A schema of that name made by someone else would let its owner
-- put objects beside harden's, so an install refuses it.
DO $schema$
BEGIN
    IF pg_catalog.to_regnamespace('harden') IS NOT NULL THEN
        RAISE EXCEPTION 'harden: schema "harden" already exists'
            USING ERRCODE = 'duplicate_schema',
                  DETAIL = pg_catalog.format('It is owned by %s. harden creates its own schema, so that no other role owns what it runs.',
                                             (SELECT n.nspowner::pg_catalog.regrole FROM pg_catalog.pg_namespace n
                                               WHERE n.nspname = 'harden')),
                  HINT = 'Rename or drop that schema, then create the extension again.';
    END IF;
END
$schema$;
CREATE SCHEMA harden;

