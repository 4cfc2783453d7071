-- 0.2.0, issue 13: the gate is generated from the rules (harden.guard.gate).
-- Its queries read the event's commands directly; the views it read are gone.
DROP VIEW IF EXISTS harden._guard_foreign_keys, harden._guard_routines, harden._guard_triggers,
    harden._guard_grant_text, harden._guard_grant_written;
DROP VIEW IF EXISTS harden._guard_commands;
-- The gate hands Python the command tag alone, no longer whether the
-- statement ran at top level: harden._guard_ddl_command_end(text) replaces it.
DROP FUNCTION IF EXISTS harden._guard_ddl_command_end(text, boolean);
