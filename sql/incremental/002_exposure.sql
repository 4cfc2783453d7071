-- 0.2.0, issue 14: exposed roles.
--
-- security_definer_public_execute became security_definer_exposed_execute.
-- A fingerprint is the first 32 hex digits of sha256(check_name, object_type,
-- object_identity, key joined by U+001F) (harden.rule.fingerprint), so the
-- rule's new name gives its findings new fingerprints. A waiver of the old
-- rule is carried over: its object type (function or procedure; the key was
-- empty) is the one that reproduces the stored fingerprint, and the waiver is
-- rewritten with the fingerprint the new rule gives the same routine.
WITH old AS (
    SELECT w.fingerprint, w.object_identity, t.object_type
      FROM harden.waivers w
     CROSS JOIN (VALUES ('function'), ('procedure')) AS t(object_type)
     WHERE w.check_name = 'security_definer_public_execute' AND w.object_identity IS NOT NULL
       AND w.fingerprint = pg_catalog.left(pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(
               pg_catalog.concat_ws(pg_catalog.chr(31), 'security_definer_public_execute', t.object_type,
                                    w.object_identity, ''), 'UTF8')), 'hex'), 32)
)
UPDATE harden.waivers w
   SET check_name = 'security_definer_exposed_execute',
       fingerprint = pg_catalog.left(pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(
               pg_catalog.concat_ws(pg_catalog.chr(31), 'security_definer_exposed_execute', old.object_type,
                                    old.object_identity, ''), 'UTF8')), 'hex'), 32)
  FROM old
 WHERE w.fingerprint = old.fingerprint;

-- harden.apply() takes the rules to apply: harden.apply(dry_run, rules) in
-- sql/idempotent/30_apply.sql replaces harden.apply(dry_run).
DROP FUNCTION IF EXISTS harden.apply(boolean);
