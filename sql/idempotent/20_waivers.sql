
-- SECURITY DEFINER: harden_admin members write waivers only through here.
-- Waiving again replaces the reason and expiry. A fingerprint no current
-- finding has is accepted with a NOTICE (the finding may come back, or exist
-- on another node), since the format check already catches typos in shape.
CREATE OR REPLACE FUNCTION harden.waive(fingerprint text, reason text, expires timestamptz DEFAULT NULL)
RETURNS harden.waivers
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    fp text := pg_catalog.lower(pg_catalog.btrim(waive.fingerprint));
    found_check text;
    found_object text;
    result harden.waivers;
BEGIN
    IF fp IS NULL OR fp !~ '^[0-9a-f]{32}$' THEN
        RAISE EXCEPTION 'harden: invalid fingerprint %', pg_catalog.quote_nullable(waive.fingerprint)
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'A fingerprint is the 32 hexadecimal digits in the fingerprint column of harden.audit_report().',
                  HINT = 'Copy it from SELECT check_name, object_identity, fingerprint FROM harden.audit_report().';
    END IF;
    IF waive.reason IS NULL OR waive.reason !~ '\S' THEN
        RAISE EXCEPTION 'harden: a waiver needs a reason'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'The reason is what the next auditor reads to decide whether the waiver still holds.',
                  HINT = 'Say why the finding is accepted, e.g. harden.waive(''...'', ''legacy app, removed in Q3'').';
    END IF;
    IF waive.expires IS NOT NULL AND waive.expires <= pg_catalog.now() THEN
        RAISE EXCEPTION 'harden: a waiver''s expiry must be in the future'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = pg_catalog.format('expires is %s, now is %s: the waiver would hide nothing.',
                                             waive.expires, pg_catalog.now()),
                  HINT = 'Pass a later timestamp, or NULL for a waiver that does not expire.';
    END IF;

    SELECT r.check_name, r.object_identity INTO found_check, found_object
      FROM harden.audit_report(true) r
     WHERE r.fingerprint = fp;
    IF found_check IS NULL THEN
        RAISE NOTICE 'harden: no current finding has fingerprint %; the waiver will apply if it appears', fp;
    END IF;

    INSERT INTO harden.waivers AS w (fingerprint, reason, expires, check_name, object_identity)
    VALUES (fp, waive.reason, waive.expires, found_check, found_object)
    ON CONFLICT ON CONSTRAINT waivers_pkey DO UPDATE
       SET reason = EXCLUDED.reason, expires = EXCLUDED.expires,
           check_name = COALESCE(EXCLUDED.check_name, w.check_name),
           object_identity = COALESCE(EXCLUDED.object_identity, w.object_identity),
           waived_by = EXCLUDED.waived_by, waived_at = EXCLUDED.waived_at
    RETURNING * INTO result;
    RETURN result;
END
$$;

CREATE OR REPLACE FUNCTION harden.unwaive(fingerprint text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    fp text := pg_catalog.lower(pg_catalog.btrim(unwaive.fingerprint));
BEGIN
    IF fp IS NULL OR fp !~ '^[0-9a-f]{32}$' THEN
        RAISE EXCEPTION 'harden: invalid fingerprint %', pg_catalog.quote_nullable(unwaive.fingerprint)
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'A fingerprint is the 32 hexadecimal digits in the fingerprint column of harden.audit_report().',
                  HINT = 'SELECT fingerprint, check_name, object_identity FROM harden.waivers lists the waivers.';
    END IF;
    DELETE FROM harden.waivers w WHERE w.fingerprint = fp;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'harden: no waiver has fingerprint %', fp
            USING ERRCODE = 'no_data_found',
                  HINT = 'SELECT fingerprint, check_name, object_identity FROM harden.waivers lists the waivers.';
    END IF;
END
$$;

GRANT EXECUTE ON FUNCTION harden.waive(text, text, timestamptz), harden.unwaive(text) TO harden_admin;
