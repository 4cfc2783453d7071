-- One-off data change for the update from 0.1.0 (issue 12): statements that
-- harden.ddl_history recorded before redaction existed may hold passwords
-- (CREATE SUBSCRIPTION ... CONNECTION, ALTER ROLE ... PASSWORD, user-mapping
-- options). Run once per database after harden._redact_statement() exists
-- (sql/10_core.sql). Which standard_conforming_strings a stored statement ran
-- under is not known, so each is redacted under both readings. The pattern
-- is harden.redact.MAY_HOLD_SECRET_REGEX (a test checks it): rows it does not
-- match hold nothing to redact.
UPDATE harden.ddl_history
   SET statement = harden._redact_statement(harden._redact_statement(statement, true), false)
 WHERE statement ~* 'pass|secret|token|api_?key|access_key|private_key|://|u&|\\';
