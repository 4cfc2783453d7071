-- Statements that harden.ddl_history recorded before redaction existed
-- (0.1.0) may hold passwords (CREATE SUBSCRIPTION ... CONNECTION, ALTER ROLE
-- ... PASSWORD, user-mapping options). Here rather than a migration because
-- it needs harden._redact_statement(), which the idempotent part creates; it
-- changes only rows that still hold a secret, so running it at every install
-- and update costs one scan of the history. Which standard_conforming_strings
-- a stored statement ran under is not known, so each is redacted under both
-- readings. The test is harden.redact.may_hold_secret_sql, the guard's own:
-- rows it is false for hold nothing to redact.
UPDATE harden.ddl_history h
   SET statement = r.redacted
  FROM (SELECT s.id, harden._redact_statement(harden._redact_statement(s.statement, true), false) AS redacted
          FROM (SELECT d.id, d.statement, pg_catalog.lower(d.statement COLLATE pg_catalog."C") AS lowered
                  FROM harden.ddl_history d) s
         WHERE @@MAY_HOLD_SECRET_SQL@@) r
 WHERE h.id = r.id AND h.statement IS DISTINCT FROM r.redacted;
