-- Waivers: waive, see it hidden and marked, renew, unwaive, and the errors.
CREATE TABLE public."Wide ""Open"" Ñandú" (a int);
GRANT INSERT ON public."Wide ""Open"" Ñandú" TO PUBLIC;
SELECT check_name, object_identity, waived FROM harden.audit_report(true)
 WHERE check_name = 'table_public_write';
SELECT fingerprint AS fp FROM harden.audit_report() WHERE check_name = 'table_public_write' \gset
SELECT check_name, object_identity, reason, expires IS NULL AS no_expiry, waived_by = session_user AS by_me,
       waived_at = now() AS now
  FROM harden.waive(:'fp', 'legacy loader, ticket 42');
SELECT count(*) AS shown FROM harden.audit_report() WHERE check_name = 'table_public_write';
SELECT check_name, waived FROM harden.audit_report(true) WHERE check_name = 'table_public_write';
-- Waiving again renews it; upper case and spaces around the fingerprint are accepted.
SELECT reason, expires > now() AS in_future
  FROM harden.waive(' ' || upper(:'fp') || ' ', 'renewed for the migration', now() + interval '30 days');
SELECT count(*) AS waivers FROM harden.waivers;
-- An expired waiver stops hiding the finding.
UPDATE harden.waivers SET expires = now() - interval '1 minute';
SELECT check_name, waived FROM harden.audit_report(true) WHERE check_name = 'table_public_write';
SELECT harden.unwaive(:'fp');
SELECT count(*) AS waivers FROM harden.waivers;
-- A fingerprint no finding has yet is accepted, with a NOTICE.
SELECT check_name IS NULL AS unknown FROM harden.waive('0123456789abcdef0123456789abcdef', 'pre-approved');
SELECT harden.unwaive('0123456789abcdef0123456789abcdef');
-- Errors.
\set VERBOSITY terse
SELECT harden.waive('not-a-fingerprint', 'x');
SELECT harden.waive(NULL, 'x');
SELECT harden.waive(:'fp', '   ');
SELECT harden.waive(:'fp', NULL);
SELECT harden.waive(:'fp', 'x', now() - interval '1 day');
SELECT harden.unwaive(:'fp');
SELECT harden.unwaive('zz');
\set VERBOSITY default
DROP TABLE public."Wide ""Open"" Ñandú";
